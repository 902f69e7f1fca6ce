import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { AutoHide, IDLE_MS } from './auto-hide.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('hides only in fullscreen, after the idle time', () => {
	const chrome = new AutoHide();
	vi.advanceTimersByTime(IDLE_MS * 2);
	expect(chrome.hidden).toBe(false);
	chrome.active = true;
	vi.advanceTimersByTime(IDLE_MS - 1);
	expect(chrome.hidden).toBe(false);
	vi.advanceTimersByTime(1);
	expect(chrome.hidden).toBe(true);
	chrome.active = false;
	expect(chrome.hidden).toBe(false);
	vi.advanceTimersByTime(IDLE_MS * 2);
	expect(chrome.hidden).toBe(false);
});

it('a pointer move shows it and restarts the count', () => {
	const chrome = new AutoHide();
	chrome.active = true;
	vi.advanceTimersByTime(IDLE_MS);
	expect(chrome.hidden).toBe(true);
	chrome.wake();
	expect(chrome.hidden).toBe(false);
	vi.advanceTimersByTime(IDLE_MS - 100);
	chrome.wake();
	vi.advanceTimersByTime(IDLE_MS - 100);
	expect(chrome.hidden).toBe(false);
	vi.advanceTimersByTime(100);
	expect(chrome.hidden).toBe(true);
});

it('stays while the pointer rests on it or a control has keyboard focus', () => {
	let focused = false;
	const chrome = new AutoHide(() => focused);
	chrome.active = true;
	chrome.hover(true);
	vi.advanceTimersByTime(IDLE_MS * 3);
	expect(chrome.hidden).toBe(false);
	chrome.hover(false);
	focused = true;
	vi.advanceTimersByTime(IDLE_MS * 3);
	expect(chrome.hidden).toBe(false);
	focused = false;
	vi.advanceTimersByTime(IDLE_MS);
	expect(chrome.hidden).toBe(true);
	chrome.destroy();
});
