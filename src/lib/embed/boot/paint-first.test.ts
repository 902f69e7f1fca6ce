import { expect, it } from 'vitest';
import { modulesPreloadedAfterPaint, paintFirst } from './paint-first';

// What SvelteKit 2 writes in the head and at the end of a prerendered page (shortened).
const HEAD = `		<link href="../../_app/immutable/entry/start.DYM3OWgG.js" rel="modulepreload">
		<link href="../../_app/immutable/chunks/COmu-k-o.js" rel="modulepreload">
		<link href="../../_app/immutable/assets/0.CzK8cJ-M.css" rel="stylesheet">
`;
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
	expect(out).toContain('(window.__banfangPaintFirst || Promise.resolve()).then(() => ([].forEach(');
	expect(out).toContain('import("../../_app/immutable/entry/start.DYM3OWgG.js")');
	expect(out).toContain('import("../../_app/immutable/entry/app.CBAqd1ty.js")');
	expect(out).toContain(']))).then(([kit, app]) => {');
	// Still a well-formed script: parentheses balance.
	const body = out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1);
	expect([...body].filter((c) => c === '(').length).toBe([...body].filter((c) => c === ')').length);
	expect(() => new Function(body)).not.toThrow();
});

it('moves the module preloads from the head to the start, after the wait', () => {
	const out = paintFirst(HEAD + KIT);
	expect(out).not.toContain('modulepreload">');
	expect(out).toContain('<link href="../../_app/immutable/assets/0.CzK8cJ-M.css" rel="stylesheet">');
	expect(out).toContain('.then(() => (["../../_app/immutable/entry/start.DYM3OWgG.js","../../_app/immutable/chunks/COmu-k-o.js"].forEach(');
	// Run the start script's first step: it adds the links back, in order.
	const added: Record<string, string>[] = [];
	const document = { createElement: () => ({}), head: { append: (link: Record<string, string>) => added.push(link) } };
	const list = out.slice(out.indexOf('.then(() => (') + '.then(() => ('.length, out.indexOf(', Promise.all(['));
	new Function('document', list)(document);
	expect(added).toEqual([
		{ rel: 'modulepreload', href: '../../_app/immutable/entry/start.DYM3OWgG.js' },
		{ rel: 'modulepreload', href: '../../_app/immutable/chunks/COmu-k-o.js' }
	]);
});

it('reads back the modules a rewritten page preloads after its paint (what the byte budget counts)', () => {
	expect(modulesPreloadedAfterPaint(paintFirst(HEAD + KIT))).toEqual(['../../_app/immutable/entry/start.DYM3OWgG.js', '../../_app/immutable/chunks/COmu-k-o.js']);
	expect(modulesPreloadedAfterPaint(HEAD + KIT)).toEqual([]);
});

it('leaves a page without that script as it is', () => {
	const html = HEAD + '<p>Promise.all is mentioned here</p>';
	expect(paintFirst(html)).toBe(html);
});
