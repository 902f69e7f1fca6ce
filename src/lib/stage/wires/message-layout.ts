/**
 * Where message labels rest on their link: requests stack above the wire, answers below.
 * Two slots per direction; a third message on the same side takes the first slot again
 * (the animation fades the older one out when the newer one arrives).
 */
import type { Message } from '../../engine/world';
import { tr, type Lang } from '../../i18n/text';
import { wrapText } from '../text-metrics';
import type { LinkGeometry } from '../geometry';
import { DESK_TYPE, type TypeScale } from '../type-scale';

const SLOTS = 2;

export interface MessageBox {
	index: number;
	lines: string[];
	/** Its type: size, line height and padding (the desk's or the wall's). */
	font: number;
	line: number;
	pad: number;
	x: number;
	y: number;
	w: number;
	h: number;
	/** Where the label starts its flight, relative to its resting place. */
	fromDx: number;
	/** Index of an earlier message this one replaces in its slot. */
	replaces?: number;
	reverse: boolean;
	link: LinkGeometry;
}

export function layoutMessages(messages: Message[], links: Map<string, LinkGeometry>, lang: Lang, type: TypeScale = DESK_TYPE): MessageBox[] {
	const { font, line: LINE, pad: PAD } = type.message;
	const boxes: MessageBox[] = [];
	const slotOwners = new Map<string, number[]>();
	messages.forEach((m, index) => {
		const link = links.get(m.link);
		if (!link) return;
		const side = `${m.link}:${m.reverse}`;
		const owners = slotOwners.get(side) ?? [];
		const slots = link.slots ?? SLOTS;
		const slot = owners.length % slots;
		const replaces = owners.length >= slots ? owners[owners.length - slots] : undefined;
		owners.push(index);
		slotOwners.set(side, owners);
		const w = link.labelWidth;
		const lines = wrapText(tr(m.label, lang), font, w - 2 * PAD - font * 0.8, true, link.maxLines ?? 3);
		const h = lines.length * LINE + 2 * PAD;
		const slotHeight = (link.maxLines ?? 3) * LINE + 2 * PAD + 8;
		const y = m.reverse ? link.mid.y + 12 + slot * slotHeight : link.mid.y - 12 - h - slot * slotHeight;
		const sender = m.reverse ? link.end : link.start;
		boxes.push({ index, lines, font, line: LINE, pad: PAD, x: link.mid.x - w / 2, y, w, h, fromDx: sender.x - link.mid.x, reverse: m.reverse, link, ...(replaces !== undefined ? { replaces } : {}) });
	});
	return boxes;
}
