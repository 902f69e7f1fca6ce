import { describe, expect, it } from 'vitest';
import { MotionRegistry, SvgMotion } from './svg-motion';

/** Just enough of an SVG element: attributes and an inline style. */
function fakeElement() {
	const attributes = new Map<string, string>();
	const style = new Map<string, string>();
	return {
		attributes,
		style: { set opacity(v: string) { style.set('opacity', v); }, removeProperty: (k: string) => style.delete(k), get opacityValue() { return style.get('opacity'); } },
		setAttribute: (k: string, v: string) => attributes.set(k, v),
		removeAttribute: (k: string) => attributes.delete(k)
	};
}

describe('SvgMotion', () => {
	it('moves by x and y', () => {
		const el = fakeElement();
		const m = new SvgMotion(el as unknown as Element);
		m.x = 10;
		m.y = -4;
		expect(el.attributes.get('transform')).toBe('matrix(1 0 0 1 10 -4)');
	});

	it('scales about its origin: the origin stays where it is', () => {
		const el = fakeElement();
		const m = new SvgMotion(el as unknown as Element, { x: 50, y: 100 });
		m.scaleY = 0;
		// y' = 0·y + ty must put the origin (y = 100) at 100.
		expect(el.attributes.get('transform')).toBe('matrix(1 0 0 0 0 100)');
		m.scale = 2;
		const [a, , , d, e, f] = /matrix\((.*)\)/.exec(el.attributes.get('transform')!)![1]!.split(' ').map(Number);
		expect(a! * 50 + e!).toBe(50);
		expect(d! * 100 + f!).toBe(100);
	});

	it('writes opacity inline and clears everything it wrote', () => {
		const el = fakeElement();
		const m = new SvgMotion(el as unknown as Element);
		m.opacity = 0.5;
		m.x = 3;
		expect(el.style.opacityValue).toBe('0.5');
		m.clear();
		expect(el.attributes.has('transform')).toBe(false);
		expect(el.style.opacityValue).toBeUndefined();
	});

	it('is one stand-in per element in a registry, which clears them all', () => {
		const a = fakeElement();
		const b = fakeElement();
		const registry = new MotionRegistry();
		expect(registry.of(a as unknown as Element)).toBe(registry.of(a as unknown as Element));
		registry.of(a as unknown as Element).x = 1;
		registry.of(b as unknown as Element).opacity = 0;
		registry.clear();
		expect(a.attributes.size).toBe(0);
		expect(b.style.opacityValue).toBeUndefined();
	});
});
