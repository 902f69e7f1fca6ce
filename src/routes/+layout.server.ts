import { catalog } from '$lib/server/catalog';
import type { LayoutServerLoad } from './$types';

// The error page offers these when a link names a scenario that does not exist.
export const load: LayoutServerLoad = () => ({ scenarioIds: catalog.ids() });
