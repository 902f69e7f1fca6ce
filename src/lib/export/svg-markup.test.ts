import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeText, svgMarkup, type SvgElement } from './svg-markup.ts';

const svg = (...children: SvgElement['children']): SvgElement => ({ name: 'svg', attrs: { viewBox: '0 0 10 10' }, children });
const text = (content: string, attrs: Record<string, string> = {}): SvgElement => ({ name: 'text', attrs, children: [content] });

describe('svgMarkup', () => {
	it('writes a standalone file: XML declaration, SVG namespace, the tree', () => {
		const out = svgMarkup(svg({ name: 'g', attrs: { fill: 'rgb(0, 114, 178)' }, children: [{ name: 'rect', attrs: { width: '4', height: '4' }, children: [] }] }));
		expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">')).toBe(true);
		expect(out).toContain('<g fill="rgb(0, 114, 178)">');
		expect(out).toContain('<rect width="4" height="4"/>');
	});

	it('keeps caption text as text: markup in it is escaped, never an element', () => {
		const caption = 'Caption <img src=x onerror=alert(1)> and <script>alert(2)</script> & more';
		const out = svgMarkup(svg(text(caption)));
		expect(out).toContain('<text>Caption &lt;img src=x onerror=alert(1)&gt; and &lt;script&gt;alert(2)&lt;/script&gt; &amp; more</text>');
		expect(out).not.toMatch(/<img|<script/i);
	});

	it('writes characters XML cannot hold (a bell in a caption, a lone surrogate) as U+FFFD, so the file still parses', () => {
		const out = svgMarkup(svg(text('ring \u0007 the bell \uD800 \uFFFF'), { name: 'g', attrs: { 'aria-x': 'a\u001bb' }, children: [] }));
		expect(out).toContain('<text>ring \uFFFD the bell \uFFFD \uFFFD</text>');
		expect(out).toContain('aria-x="a\uFFFDb"');
		expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
		expect(escapeText('tab\tline\nreturn\r emoji 😀 中文')).toBe('tab\tline\nreturn\r emoji 😀 中文');
	});

	it('escapes attribute values, quotes included', () => {
		const out = svgMarkup(svg({ name: 'g', attrs: { 'aria-x': '"><script>alert(1)</script>' }, children: [] }));
		expect(out).toContain('aria-x="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
		expect(escapeAttr('a\nb')).toBe('a&#10;b');
		expect(escapeText('1 < 2 > 0 & "q"')).toBe('1 &lt; 2 &gt; 0 &amp; "q"');
	});

	it('never writes elements that run code or load from elsewhere', () => {
		const out = svgMarkup(
			svg(
				{ name: 'script', attrs: {}, children: ['alert(1)'] },
				{ name: 'foreignObject', attrs: {}, children: [{ name: 'img', attrs: { src: 'x' }, children: [] }] },
				{ name: 'a', attrs: { href: 'javascript:alert(1)' }, children: [text('link')] },
				{ name: 'image', attrs: { href: 'https://tracker.example/x.png' }, children: [] },
				{ name: 'style', attrs: {}, children: ['* { fill: red }'] },
				{ name: 'img src=x onerror=alert(1)', attrs: {}, children: [] },
				text('kept')
			)
		);
		expect(out).not.toMatch(/script|foreignObject|javascript|tracker|<style|onerror|<a /i);
		expect(out).toContain('<text>kept</text>');
	});

	it('drops event handlers, bad attribute names and references outside the file', () => {
		const out = svgMarkup(
			svg({
				name: 'path',
				attrs: {
					d: 'M0 0L1 1',
					onclick: 'alert(1)',
					OnLoad: 'alert(2)',
					'x onerror': 'alert(3)',
					'marker-end': 'url(#s1-arrow)',
					'clip-path': 'url(https://evil.example/a.svg#c)',
					style: 'fill:url( "http://evil.example/p.svg#g" )',
					'xlink:href': 'http://evil.example',
					'xml:space': 'preserve'
				},
				children: []
			})
		);
		expect(out).toContain('d="M0 0L1 1"');
		expect(out).toContain('marker-end="url(#s1-arrow)"');
		expect(out).toContain('xml:space="preserve"');
		expect(out).not.toMatch(/alert|evil/);
	});

	it('adds no whitespace inside text, where it would be drawn', () => {
		const out = svgMarkup(svg({ name: 'text', attrs: { 'xml:space': 'preserve' }, children: [text('[root@host ~]# ', {}), text('docker pull', {})].map((t) => ({ ...t, name: 'tspan' })) }));
		expect(out).toContain('<text xml:space="preserve"><tspan>[root@host ~]# </tspan><tspan>docker pull</tspan></text>');
	});
});
