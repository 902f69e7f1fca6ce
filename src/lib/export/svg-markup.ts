/**
 * Writes a drawing, given as plain data, out as standalone SVG markup. still-svg.ts reads
 * the data off the page (with computed styles inlined); this half has no DOM, so it is
 * unit-tested. Text is always written as text: `<`, `&` and quotes are escaped, and nothing
 * that runs code or loads from elsewhere (scripts, foreignObject, on* handlers, external
 * hrefs) is ever written, whatever the input holds.
 */
export interface SvgElement {
	name: string;
	attrs: Record<string, string>;
	children: SvgNode[];
}
export type SvgNode = SvgElement | string;

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An XML name, optionally with one prefix (xml:space). */
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
/** Elements that run code, embed HTML or other documents, or restyle the whole file. */
const DROPPED = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'style', 'a', 'image', 'use', 'animate', 'set', 'animatemotion', 'animatetransform', 'handler', 'listener']);

/** Elements whose whitespace is drawn. */
const TEXT_CONTENT = new Set(['text', 'tspan', 'textPath', 'title', 'desc']);

/**
 * Characters an XML 1.0 document cannot hold at all, escaped or not (C0 controls but tab, line
 * feed and carriage return; U+FFFE, U+FFFF; lone surrogates): one in a caption made the whole
 * SVG unreadable. Each is written as U+FFFD, so the picture still draws and shows where it was.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(text: string): string {
	return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(value: string): string {
	return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}

function keepAttr(name: string, value: string): boolean {
	if (!NAME.test(name) || /^on/i.test(name)) return false;
	// Only references within the file (#id, url(#id)): a standalone picture loads nothing.
	if (/(^|:)href$/i.test(name)) return value.startsWith('#');
	for (const match of value.matchAll(/url\(\s*["']?\s*(.)/gi)) if (match[1] !== '#') return false;
	return true;
}

function write(node: SvgNode, out: string[], indent: string): void {
	if (typeof node === 'string') {
		out.push(escapeText(node));
		return;
	}
	const name = node.name;
	if (!NAME.test(name) || DROPPED.has(name.toLowerCase())) return;
	const attrs = Object.entries(node.attrs)
		.filter(([k, v]) => keepAttr(k, v))
		.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
		.join('');
	if (node.children.length === 0) {
		out.push(`<${name}${attrs}/>`);
		return;
	}
	// Inside text, whitespace is content (xml:space="preserve" keeps it): no line breaks there.
	const inline = TEXT_CONTENT.has(name) || node.children.some((c) => typeof c === 'string');
	out.push(`<${name}${attrs}>`);
	for (const child of node.children) {
		if (!inline) out.push(`\n${indent}\t`);
		write(child, out, inline ? indent : indent + '\t');
	}
	if (!inline) out.push(`\n${indent}`);
	out.push(`</${name}>`);
}

/** The markup of a standalone SVG file whose root element is `root`. */
export function svgMarkup(root: SvgElement): string {
	const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
	write({ ...root, attrs: { xmlns: SVG_NS, ...root.attrs } }, out, '');
	out.push('\n');
	return out.join('');
}
