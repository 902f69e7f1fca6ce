/**
 * The caption language in an embed's path (/embed/<id>/en): zh, en or both. In the path,
 * not the query, so a static host serves a page prerendered in that language and the
 * first paint is already the right one (see src/routes/embed).
 */
import type { ParamMatcher } from '@sveltejs/kit';
import { isCaptionLang } from '$lib/embed/options';

export const match = ((param: string) => isCaptionLang(param)) satisfies ParamMatcher;
