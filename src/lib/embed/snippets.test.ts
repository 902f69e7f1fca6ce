import { expect, it } from 'vitest';
import { iframeSnippet, scriptSnippet, shareLink, type ShareTarget } from './snippets';

const target: ShareTarget = {
	playerUrl: 'https://ex.example/viz/s/docker-pull',
	embedUrl: 'https://ex.example/viz/embed/docker-pull',
	scriptUrl: 'https://ex.example/viz/embed.js',
	id: 'docker-pull',
	title: 'docker pull: "fetching" <an image>',
	step: 2,
	lang: 'zh'
};

it('links to the current step and language', () => {
	expect(shareLink(target)).toBe('https://ex.example/viz/s/docker-pull?step=2&lang=zh');
});
it('writes an iframe with the embed URL, escaped', () => {
	const html = iframeSnippet(target);
	expect(html).toContain('src="https://ex.example/viz/embed/docker-pull/zh?step=2"');
	expect(html).toContain('title="docker pull: &quot;fetching&quot; &lt;an image&gt;"');
	expect(html).toContain('loading="lazy"');
});
it('sizes the iframe as a 16:9 stage plus room for the caption and controls, more for two languages', () => {
	expect(iframeSnippet(target)).toMatch(/^<div style="[^"]*padding-top:calc\(56\.25% \+ 200px\)">.*<\/iframe><\/div>$/);
	expect(iframeSnippet({ ...target, lang: 'both' })).toContain('padding-top:calc(56.25% + 260px)');
	expect(iframeSnippet(target)).toContain('style="position:absolute;inset:0;width:100%;height:100%;border:0"');
});
it('writes the one-line script embed', () => {
	expect(scriptSnippet(target)).toBe(
		'<div data-banfang="docker-pull" data-step="2" data-lang="zh"></div>\n<script src="https://ex.example/viz/embed.js" async></script>'
	);
});
