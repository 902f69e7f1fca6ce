/** A meter as numbers: a gauge (a use against its `limit`, e.g. a cgroup's) or a bar (one `value` of a comparison). */
import type { ItemState } from '../../engine/world.ts';

export interface MeterValue {
	value: number;
	max: number;
	unit: string;
	/** 0…1, how full the track is drawn. */
	fraction: number;
	/** It has a limit (a gauge). */
	limited: boolean;
	/** At or over its limit. */
	full: boolean;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function meterOf(item: ItemState): MeterValue {
	const p = item.props ?? {};
	const value = num(p.used) ?? num(p.value) ?? 0;
	const max = num(p.limit) ?? num(p.max) ?? Math.max(value, 1);
	const unit = typeof p.unit === 'string' ? p.unit : '';
	const fraction = max > 0 ? Math.min(Math.max(value / max, 0), 1) : 0;
	const limited = num(p.limit) !== undefined;
	return { value, max, unit, fraction, limited, full: limited && value >= max };
}

/** "48 / 64 MiB" for a gauge, "30 s" for a bar. */
export function meterText(item: ItemState, m: MeterValue = meterOf(item)): string {
	const n = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0+$/, ''));
	const unit = m.unit ? ` ${m.unit}` : '';
	return m.limited ? `${n(m.value)} / ${n(m.max)}${unit}` : `${n(m.value)}${unit}`;
}

/** Width of the filled part of a track of the given width. */
export function meterFill(item: ItemState, trackWidth: number): number {
	return meterOf(item).fraction * trackWidth;
}

/** The track inside a meter's box (the label and value sit above it; `row`: where, by density). */
export function meterTrack(box: { w: number }, row: { y: number; h: number } = { y: 27, h: 12 }): { x: number; y: number; w: number; h: number } {
	return { x: 10, y: row.y, w: box.w - 20, h: row.h };
}
