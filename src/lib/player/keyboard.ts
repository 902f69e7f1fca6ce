/** Applies the keymap to a player. Returns true when the key was ours. */
import { bindingFor, type PlayerAction } from './keymap';
import type { Player } from './player.svelte';

/** What a key can ask of the page around the player (the browser, other windows, the stage). */
export interface PlayerHost {
	cycleTheme(): void;
	toggleMotion(): void;
	toggleFullscreen(): void;
	openSpeakerView(): void;
	/** Moves the spotlight to the next actor on stage (none after the last). */
	spotlightNext(): void;
}

function isEditable(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Keys that still work while a dialog (help, overview) is open. */
const OVER_DIALOGS: PlayerAction[] = ['toggleHelp', 'escape', 'cycleLang', 'cycleTheme', 'fullscreen'];

export function handlePlayerKey(player: Player, host: PlayerHost, event: KeyboardEvent): boolean {
	if (isEditable(event.target)) return false;
	// Space and Enter on a focused button belong to that button.
	if ((event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLElement && event.target.closest('button, a, [role="slider"]'))
		return false;
	const binding = bindingFor(event);
	if (!binding) return false;
	return runAction(player, host, binding.action, event.key);
}

export function runAction(player: Player, host: PlayerHost, action: PlayerAction, key = ''): boolean {
	// A blacked-out screen comes back on any key, without moving on (as in slide software).
	if (player.blackout && action !== 'speakerView') {
		player.blackout = false;
		return true;
	}
	if (player.dialogOpen && !OVER_DIALOGS.includes(action)) {
		if ((action === 'next' || action === 'prev') && player.helpOpen) player.helpOpen = false;
		else return false;
	}
	switch (action) {
		case 'next':
			player.next();
			break;
		case 'prev':
			player.prev();
			break;
		case 'first':
			player.first();
			break;
		case 'last':
			player.last();
			break;
		case 'digit':
			player.goto(Number(key));
			break;
		case 'togglePlay':
			player.togglePlay();
			break;
		case 'cycleLang':
			player.cycleLang();
			break;
		case 'cycleTheme':
			host.cycleTheme();
			break;
		case 'fullscreen':
			host.toggleFullscreen();
			break;
		case 'blackout':
			player.blackout = true;
			break;
		case 'overview':
			player.overviewOpen = !player.overviewOpen;
			break;
		case 'transcript':
			player.transcriptOpen = !player.transcriptOpen;
			break;
		case 'spotlight':
			host.spotlightNext();
			break;
		case 'motion':
			host.toggleMotion();
			break;
		case 'speakerView':
			host.openSpeakerView();
			break;
		case 'toggleHelp':
			player.helpOpen = !player.helpOpen;
			break;
		case 'escape':
			// Dialogs are modal <dialog>s: Esc closes them natively, which also gives focus back.
			if (player.dialogOpen) return false;
			if (player.spotlight === null) return false;
			player.spotlight = null;
			break;
	}
	return true;
}
