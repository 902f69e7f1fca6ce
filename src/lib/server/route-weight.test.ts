import { expect, it } from 'vitest';
import { assetsOf } from './route-weight';

it('finds the JS and CSS a page names: links, imports, and modules preloaded after the first paint', () => {
	const html = `<head>
		<link href="../_app/immutable/chunks/A.js" rel="modulepreload">
		<link href="../_app/immutable/assets/0.css" rel="stylesheet">
		<link href="../_app/immutable/assets/font.woff2" rel="preload" as="font" crossorigin>
	</head><body><script>
		p.then(() => (["../_app/immutable/entry/start.js","../_app/immutable/chunks/B.js"].forEach((href) => add(href)), Promise.all([
			import("../_app/immutable/entry/start.js"),
			import("../_app/immutable/entry/app.js")
		])));
	</script></body>`;
	expect(assetsOf(html)).toEqual({
		js: ['../_app/immutable/chunks/A.js', '../_app/immutable/entry/start.js', '../_app/immutable/entry/app.js', '../_app/immutable/chunks/B.js'],
		css: ['../_app/immutable/assets/0.css']
	});
});
