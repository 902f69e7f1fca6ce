import { describe, expect, it, vi } from 'vitest';
import { KEYMAP } from './keymap';
import { runAction, type PlayerHost } from './keyboard';
import { Player } from './player.svelte';

function host(): PlayerHost & Record<string, ReturnType<typeof vi.fn>> {
	return { cycleTheme: vi.fn(), toggleMotion: vi.fn(), toggleFullscreen: vi.fn(), openSpeakerView: vi.fn(), spotlightNext: vi.fn() };
}

describe('keys a teacher presses', () => {
	it('every action in the keymap is handled', () => {
		for (const binding of KEYMAP) {
			const player = new Player(5, { index: 2 });
			const h = host();
			const before = JSON.stringify({ ...player, index: player.index, blackout: player.blackout, spotlight: player.spotlight });
			const taken = runAction(player, h, binding.action, binding.keys[0]!.key);
			const after = JSON.stringify({ ...player, index: player.index, blackout: player.blackout, spotlight: player.spotlight });
			const hostCalled = Object.values(h).some((f) => f.mock.calls.length > 0);
			// Esc with nothing to close is left to the browser; every other key does something.
			if (binding.action === 'escape') expect(taken).toBe(false);
			else expect(taken && (hostCalled || before !== after || player.helpOpen || player.overviewOpen || player.transcriptOpen || player.lang !== 'zh' || player.playing), binding.action).toBe(true);
			player.dispose();
		}
	});
	it('blackout: B blacks out; the next key only brings the screen back', () => {
		const player = new Player(5, { index: 2 });
		runAction(player, host(), 'blackout');
		expect(player.blackout).toBe(true);
		runAction(player, host(), 'next');
		expect(player.blackout).toBe(false);
		expect(player.index).toBe(2);
		runAction(player, host(), 'blackout');
		runAction(player, host(), 'blackout');
		expect(player.blackout).toBe(false);
	});
	it('Esc ends the spotlight, but leaves an open dialog to the browser', () => {
		const player = new Player(5);
		player.spotlight = 'daemon';
		expect(runAction(player, host(), 'escape')).toBe(true);
		expect(player.spotlight).toBeNull();
		player.spotlight = 'daemon';
		player.helpOpen = true;
		expect(runAction(player, host(), 'escape')).toBe(false);
		expect(player.spotlight).toBe('daemon');
	});
	it('a dialog keeps stepping keys from the player behind it (the help closes on them)', () => {
		const player = new Player(5, { index: 1 });
		player.overviewOpen = true;
		expect(runAction(player, host(), 'next')).toBe(false);
		expect(player.index).toBe(1);
		player.overviewOpen = false;
		player.helpOpen = true;
		runAction(player, host(), 'next');
		expect(player.helpOpen).toBe(false);
		expect(player.index).toBe(2);
	});
	it('L cycles zh → en → both → zh', () => {
		const player = new Player(3);
		const seen = [];
		for (let i = 0; i < 4; i++) {
			seen.push(player.captionLangs.join('+'));
			runAction(player, host(), 'cycleLang');
		}
		expect(seen).toEqual(['zh', 'en', 'zh+en', 'zh']);
	});
	it('no key is bound twice', () => {
		const keys = KEYMAP.flatMap((b) => b.keys.map((k) => `${k.key}:${k.shift ?? '*'}`));
		expect(new Set(keys).size).toBe(keys.length);
	});
});
