import { expect, it } from 'vitest';
import { paintFirst } from './paint-first';

// What SvelteKit 2 writes at the end of a prerendered page (shortened).
const KIT = `<script>
	{
		const element = document.currentScript.parentElement;

		Promise.all([
			import("../../_app/immutable/entry/start.DYM3OWgG.js"),
			import("../../_app/immutable/entry/app.CBAqd1ty.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 3] });
		});
	}
</script>`;

it('makes the start wait for the painted picture, keeping both imports', () => {
	const out = paintFirst(KIT);
	expect(out).toContain('(window.__banfangPaintFirst || Promise.resolve()).then(() => Promise.all([');
	expect(out).toContain('import("../../_app/immutable/entry/start.DYM3OWgG.js")');
	expect(out).toContain('import("../../_app/immutable/entry/app.CBAqd1ty.js")');
	expect(out).toContain('])).then(([kit, app]) => {');
	// Still a well-formed script: parentheses balance.
	const body = out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1);
	expect([...body].filter((c) => c === '(').length).toBe([...body].filter((c) => c === ')').length);
	expect(() => new Function(body)).not.toThrow();
});

it('leaves a page without that script as it is', () => {
	const html = '<p>Promise.all is mentioned here</p>';
	expect(paintFirst(html)).toBe(html);
});
