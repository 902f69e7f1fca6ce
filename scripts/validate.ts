/** npm run validate [files…] — checks scenarios/ (or the files given); exits 1 on any error. */
import { formatError } from '../src/lib/scenario/validate';
import { scenarioFiles, validateFile } from '../src/lib/scenario/load-dir';

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : scenarioFiles();
let failed = 0;
for (const file of files) {
	let result;
	try {
		result = validateFile(file);
	} catch (e) {
		console.error(`${file}: cannot read: ${(e as Error).message}`);
		failed++;
		continue;
	}
	if (result.ok) console.log(`✓ ${file}`);
	else {
		failed++;
		for (const error of result.errors) console.error(`✗ ${formatError(error)}`);
	}
}
console.log(`${files.length - failed} of ${files.length} scenario files valid`);
process.exit(failed > 0 ? 1 : 0);
