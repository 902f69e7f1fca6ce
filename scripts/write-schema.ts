/** npm run schema — regenerates static/scenario.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../src/lib/scenario/json-schema';

writeFileSync('static/scenario.schema.json', scenarioJsonSchemaText());
console.log('wrote static/scenario.schema.json');
