/**
 * An item's label in one line, or on the wall in two where one would be cut: broken after a
 * hyphen, a slash, a colon, a dot or a space, or between CJK characters, so
 * "containerd-shim-runc-v2" reads "containerd-shim-" / "runc-v2" whole in a 460-wide host.
 * The layout decides the lines for both languages at once (a box is as tall in zh as in en).
 */
import type { ItemState } from '../../engine/world.ts';
import { LANGS, tr, type Lang } from '../../i18n/text.ts';
import { isWide, mayStartLine, textWidth } from '../text-metrics.ts';
import { itemFont, itemLabelX, type TypeScale } from '../type-scale.ts';
import type { ItemKind } from './item-kind.ts';
import { badgeBelow, badgeRoom } from './badge-line.ts';

const BREAK_AFTER = /[-/:._ ]/;

/** `text` whole on one line if it fits `room`, else split in two lines that both fit; else one (cut by the drawing). */
export function splitLabel(text: string, font: number, mono: boolean, room: number): [string] | [string, string] {
	if (textWidth(text, font, mono) <= room) return [text];
	const chars = [...text];
	// From the end: the longest first line that fits, so the second is as short as it can be.
	for (let i = chars.length - 1; i > 0; i--) {
		const breaks = BREAK_AFTER.test(chars[i - 1]!) || (isWide(chars[i - 1]!) && isWide(chars[i]!) && mayStartLine(chars[i]!));
		if (!breaks) continue;
		const first = chars.slice(0, i).join('').trimEnd();
		const second = chars.slice(i).join('').trimStart();
		if (textWidth(first, font, mono) <= room && textWidth(second, font, mono) <= room) return [first, second];
	}
	return [text];
}

/** The width an item's label may take on its row: the box less its inset and a badge beside it. */
export function labelRoomIn(item: ItemState, width: number, type: TypeScale, kind: ItemKind, lang: Lang): number {
	const beside = badgeBelow(item, width, type, kind) ? 0 : badgeRoom(item, lang, type);
	return width - itemLabelX(kind, type) - 10 - beside - (kind.labelRoom ?? 0);
}

/** How many lines the label takes in a box `width` wide: two on the wall where either language needs them. */
export function labelLineCount(item: ItemState, width: number, type: TypeScale, kind: ItemKind): 1 | 2 {
	if (type.density !== 'wall' || (kind.draw !== 'box' && kind.draw !== 'group')) return 1;
	const font = itemFont(kind, type);
	return LANGS.some((lang) => splitLabel(tr(item.label, lang), font, kind.mono, labelRoomIn(item, width, type, kind, lang)).length === 2) ? 2 : 1;
}

/** The height a second label line adds. */
export function labelLineHeight(type: TypeScale): number {
	return Math.round((type.itemLabel ?? 16) * 1.25);
}
