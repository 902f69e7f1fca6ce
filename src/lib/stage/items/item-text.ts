/** An item's text property (state, detail, sees…) in the reader's language, if it has one. */
import type { ItemState } from '../../engine/world.ts';
import { tr, type Lang } from '../../i18n/text.ts';

export function propText(item: ItemState, key: string, lang: Lang): string | undefined {
	const value = item.props?.[key];
	if (value === undefined || typeof value === 'boolean') return undefined;
	return typeof value === 'number' ? String(value) : tr(value, lang);
}
