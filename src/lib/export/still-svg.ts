/**
 * The still figure (stage + caption, StillFigure.svelte) as one standalone SVG file, read
 * off the page in the browser. The stage is copied element by element with its computed
 * style inlined (CSS variables resolved, so no stylesheet is needed); the caption, which
 * the page lays out as HTML, becomes one <text> per line as the browser broke it.
 * Fonts are not embedded: a viewer draws the text in its own fonts (the stack names
 * Noto Sans SC first), so each caption line is held to its measured width (textLength).
 */
import { svgMarkup, type SvgElement, type SvgNode } from './svg-markup';

/** Inherited properties: written where they differ from the parent's. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility',
	'white-space'
];
/** Properties that do not inherit: written where they differ from their initial value. */
const OWN: Record<string, string> = { opacity: '1', filter: 'none', 'clip-path': 'none', 'baseline-shift': '0px' };
/** Attributes that only matter to the live page (classes are replaced by inlined style). */
const SKIPPED_ATTR = /^(class|style|role|tabindex|data-.*|aria-.*|on.*)$/i;
const IDENTITY = /^matrix\(1, 0, 0, 1, 0, 0\)$/;

function styleOf(el: Element, parent: CSSStyleDeclaration | null): { style: string; computed: CSSStyleDeclaration } {
	const computed = getComputedStyle(el);
	const parts: string[] = [];
	for (const prop of INHERITED) {
		const value = computed.getPropertyValue(prop);
		if (value && (!parent || parent.getPropertyValue(prop) !== value)) parts.push(`${prop}:${value}`);
	}
	for (const [prop, initial] of Object.entries(OWN)) {
		const value = computed.getPropertyValue(prop);
		// clip-path is kept as the attribute (a reference into the file), not the computed url().
		if (value && value !== initial && !(prop === 'clip-path' && el.hasAttribute('clip-path'))) parts.push(`${prop}:${value}`);
	}
	return { style: parts.join(';'), computed };
}

function copy(el: Element, parent: CSSStyleDeclaration | null): SvgElement | null {
	const { style, computed } = styleOf(el, parent);
	if (computed.display === 'none') return null;
	// Invisible right now (a packet at rest): leave it out of the picture.
	if (computed.opacity === '0' && el.localName !== 'svg') return null;
	const attrs: Record<string, string> = {};
	for (const attr of Array.from(el.attributes)) if (!SKIPPED_ATTR.test(attr.name)) attrs[attr.name] = attr.value;
	// A transform set through CSS (the camera, GSAP leftovers) becomes the attribute.
	const transform = computed.transform;
	if ((el instanceof SVGElement && (el as SVGElement).style.transform) || (!attrs.transform && transform && transform !== 'none')) {
		if (transform && transform !== 'none' && !IDENTITY.test(transform)) attrs.transform = transform;
		else delete attrs.transform;
	}
	if (style) attrs.style = style;
	if (computed.whiteSpace.startsWith('pre') && el.localName === 'text') attrs['xml:space'] = 'preserve';
	const children: SvgNode[] = [];
	for (const node of Array.from(el.childNodes)) {
		if (node.nodeType === Node.TEXT_NODE) {
			if (node.textContent) children.push(node.textContent);
		} else if (node instanceof Element) {
			const child = copy(node, computed);
			if (child) children.push(child);
		}
	}
	return { name: el.localName, attrs, children };
}

interface Line {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** The lines of an element's text as the browser broke them, each with its box. */
function linesOf(el: Element): Line[] {
	const lines: Line[] = [];
	const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
	const range = document.createRange();
	const fontSize = parseFloat(getComputedStyle(el).fontSize) || 16;
	let current: Line | null = null;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.textContent ?? '';
		for (let i = 0; i < text.length; ) {
			const ch = String.fromCodePoint(text.codePointAt(i)!);
			range.setStart(node, i);
			range.setEnd(node, i + ch.length);
			i += ch.length;
			const rect = Array.from(range.getClientRects()).find((r) => r.width > 0 || r.height > 0);
			if (!rect) continue; // a collapsed space at a line break
			if (!current || Math.abs(rect.top - current.top) > fontSize / 2) {
				current = { text: '', left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
				lines.push(current);
			}
			if (current.text === '' && /\s/.test(ch)) continue;
			if (current.text === '') current.left = rect.left;
			current.text += ch;
			if (!/\s/.test(ch)) current.right = rect.right;
			current.bottom = Math.max(current.bottom, rect.bottom);
		}
	}
	return lines.map((l) => ({ ...l, text: l.text.replace(/\s+$/, '') })).filter((l) => l.text);
}

const round = (n: number) => String(Math.round(n * 100) / 100);

/** `frame` holds one svg.stage and elements marked data-svg-text (the caption). */
export function stillSvg(frame: HTMLElement, title: string): string {
	const box = frame.getBoundingClientRect();
	const frameStyle = getComputedStyle(frame);
	const children: SvgNode[] = [];
	if (title) children.push({ name: 'title', attrs: {}, children: [title] });
	children.push({ name: 'rect', attrs: { width: round(box.width), height: round(box.height), fill: frameStyle.backgroundColor }, children: [] });

	const stage = frame.querySelector('svg.stage');
	if (stage) {
		const copied = copy(stage, null);
		const at = stage.getBoundingClientRect();
		if (copied) {
			for (const a of ['x', 'y', 'width', 'height']) delete copied.attrs[a];
			copied.attrs = { x: round(at.left - box.left), y: round(at.top - box.top), width: round(at.width), height: round(at.height), ...copied.attrs };
			children.push(copied);
		}
	}

	// Rules drawn by CSS borders (the line above the caption).
	for (const el of Array.from(frame.querySelectorAll('[data-svg-rule]'))) {
		const s = getComputedStyle(el);
		const r = el.getBoundingClientRect();
		const thickness = parseFloat(s.borderTopWidth);
		if (thickness > 0 && s.borderTopStyle !== 'none')
			children.push({
				name: 'rect',
				attrs: { x: round(r.left - box.left), y: round(r.top - box.top), width: round(r.width), height: round(thickness), fill: s.borderTopColor },
				children: []
			});
	}

	for (const el of Array.from(frame.querySelectorAll('[data-svg-text]'))) {
		const s = getComputedStyle(el);
		const style = ['font-family', 'font-size', 'font-weight', 'font-style'].map((p) => `${p}:${s.getPropertyValue(p)}`).join(';');
		const texts: SvgNode[] = linesOf(el).map((line) => ({
			name: 'text',
			attrs: {
				x: round(line.left - box.left),
				y: round((line.top + line.bottom) / 2 - box.top),
				'dominant-baseline': 'central',
				textLength: round(line.right - line.left),
				lengthAdjust: 'spacingAndGlyphs'
			},
			children: [line.text]
		}));
		if (texts.length > 0) children.push({ name: 'g', attrs: { fill: s.color, style }, children: texts });
	}

	return svgMarkup({
		name: 'svg',
		attrs: { width: round(box.width), height: round(box.height), viewBox: `0 0 ${round(box.width)} ${round(box.height)}` },
		children
	});
}
