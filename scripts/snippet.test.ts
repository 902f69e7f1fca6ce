import { describe, expect, it } from 'vitest';
import { validateFile } from '../src/lib/scenario/load-dir.ts';
import { tr, type Lang } from '../src/lib/i18n/text.ts';
import { escapeMarkdown, playerUrl, snippetHtml, snippetMarkdown, type SnippetInput } from './snippet.ts';

function input(path: string, langs: Lang[] = ['en'], base = 'https://blog.example/viz/'): SnippetInput {
	const result = validateFile(path);
	if (!result.ok) throw new Error(`${path} is not valid`);
	const s = result.scenario;
	const n = String(s.steps.length).padStart(2, '0');
	return {
		id: s.id,
		base,
		images: langs.map((lang) => ({ lang, title: tr(s.title, lang), summary: tr(s.summary, lang), steps: s.steps.length, png: `${lang}-${n}.png`, webp: `${lang}-${n}.webp`, width: 1600, height: 900 }))
	};
}

describe('snippet.html', () => {
	it('links the poster (WebP with a PNG fallback) to the live player, alt text from title and summary', () => {
		const html = snippetHtml(input('scenarios/docker-pull.json'));
		expect(html).toContain('<a href="https://blog.example/viz/s/docker-pull?lang=en">');
		expect(html).toContain('<source srcset="en-04.webp" type="image/webp">');
		expect(html).toContain('<img src="en-04.png" width="1600" height="900" alt="docker pull: fetching an image from a registry — The client only asks;');
		expect(html).toContain('▶ Play the animation (4 steps)');
	});

	it('offers the iframe embed and host script inside a comment', () => {
		const html = snippetHtml(input('scenarios/docker-pull.json', ['zh']));
		const comment = html.slice(html.indexOf('<!-- Where iframes'));
		expect(comment).toContain('<iframe src="https://blog.example/viz/embed/docker-pull/zh"');
		expect(comment).toContain('<script src="https://blog.example/viz/embed.js" async></script>\n-->');
		expect(html).toContain('▶ 播放动画（共 4 步）');
	});

	it('writes one block per language', () => {
		const html = snippetHtml(input('scenarios/docker-pull.json', ['zh', 'en']));
		expect(html.split('<figure').length - 1).toBe(2);
		expect(html).toContain('lang="zh-CN"');
		expect(html).toContain('lang="en"');
	});

	it('keeps scenario text as text: attributes escaped, no element or comment end made from it', () => {
		const html = snippetHtml(input('tests/fixtures/xss-caption.json', ['en', 'zh']));
		expect(html).toContain('alt="Title &lt;script&gt;alert(3)&lt;/script&gt; &amp; &quot;quotes&quot; — Summary &lt;img src=x onerror=alert(4)&gt;');
		// Outside comments there is no script and no img but ours.
		const live = html.replace(/<!--[\s\S]*?-->/g, '');
		expect(live).not.toContain('<script');
		expect(live.match(/<img /g)).toHaveLength(2);
		expect(live).not.toMatch(/<img src=x|alert\(\d\)>/);
		// Every comment ends where we end it: the summary's "-->" is escaped.
		expect(html.split('<!--').length).toBe(html.split('-->').length);
	});
});

describe('snippet.md', () => {
	it('is a linked image with the player link under it, and the embed in a comment', () => {
		const md = snippetMarkdown(input('scenarios/docker-pull.json'));
		expect(md).toContain('[![docker pull: fetching an image from a registry — The client only asks;');
		expect(md).toContain('](en-04.png)](https://blog.example/viz/s/docker-pull?lang=en)');
		expect(md).toContain('<iframe src="https://blog.example/viz/embed/docker-pull/en"');
	});

	it('escapes Markdown in the alt text, so scenario text cannot make links or HTML', () => {
		const md = snippetMarkdown(input('tests/fixtures/xss-caption.json'));
		expect(md).toContain('Summary \\<img src=x onerror=alert\\(4\\)\\> --\\> \\[link\\]\\(javascript:alert\\(5\\)\\)');
		const live = md.replace(/<!--[\s\S]*?-->/g, '');
		// Only backslash-escaped, that is literal, brackets are left.
		expect(live).not.toMatch(/(?<!\\)<(script|img)/);
		expect(live).not.toMatch(/(?<!\\)\]\(javascript/);
		expect(escapeMarkdown('a [b](c) <d> *e* _f_ `g`')).toBe('a \\[b\\]\\(c\\) \\<d\\> \\*e\\* \\_f\\_ \\`g\\`');
	});
});

it('builds URLs under the base, with or without a trailing slash', () => {
	expect(playerUrl('https://x.example/viz/', 'docker-pull', 'zh')).toBe('https://x.example/viz/s/docker-pull?lang=zh');
	expect(playerUrl('https://x.example', 'a b', 'en')).toBe('https://x.example/s/a%20b?lang=en');
});
