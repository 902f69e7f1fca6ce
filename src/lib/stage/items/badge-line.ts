/**
 * Where an item's state badge goes. Beside the label when both fit, on a line of its own
 * under the label when they do not: the wall never cuts a badge ("strongest isolation ·
 * heavy" on two virtual machines), and the desk's small type always fits beside.
 * Decided for both languages at once, so a layout is the same in zh and en.
 */
import type { ItemState } from '../../engine/world.ts';
import { LANGS, tr, type Lang } from '../../i18n/text.ts';
import { textWidth } from '../text-metrics.ts';
import { badgeHeight, badgeWidth, itemFont, itemLabelX, type TypeScale } from '../type-scale.ts';
import type { ItemKind } from './item-kind.ts';
import { meterText } from './meter.ts';
import { propText } from './item-text.ts';

/** The width the badge takes with its margin (0: none). */
export function badgeRoom(item: ItemState, lang: Lang, type: TypeScale): number {
	const text = propText(item, 'state', lang);
	return text === undefined ? 0 : badgeWidth(textWidth(text, type.badge), type) + 8;
}

/** The width the label alone takes, with the room its kind keeps (as ItemNode and Meter draw it: a meter writes its value on the row). */
export function labelRoom(item: ItemState, lang: Lang, type: TypeScale, kind: ItemKind): number {
	const font = itemFont(kind, type);
	const value = kind.draw === 'meter' ? textWidth(meterText(item), font, true) + 20 : 0;
	return itemLabelX(kind, type) + textWidth(tr(item.label, lang), font, kind.mono) + 10 + value + (kind.labelRoom ?? 0);
}

/** The width an item's label row takes whole with its badge beside the label. */
export function labelNeed(item: ItemState, lang: Lang, type: TypeScale, kind: ItemKind): number {
	return labelRoom(item, lang, type, kind) + badgeRoom(item, lang, type);
}

/** The least width that writes the label and the badge whole, the badge on its own line if need be. */
export function labelNeedWithBadgeBelow(item: ItemState, lang: Lang, type: TypeScale, kind: ItemKind): number {
	return Math.max(labelRoom(item, lang, type, kind), itemLabelX(kind, type) + badgeRoom(item, lang, type));
}

/** Whether the badge goes under the label in a box `width` wide (only on the wall). */
export function badgeBelow(item: ItemState, width: number, type: TypeScale, kind: ItemKind): boolean {
	if (type.density !== 'wall') return false;
	return LANGS.some((lang) => badgeRoom(item, lang, type) > 0 && labelNeed(item, lang, type, kind) > width + 0.01);
}

/** The height the badge's own line adds under the label. */
export function badgeLineHeight(type: TypeScale): number {
	return badgeHeight(type) + 8;
}
