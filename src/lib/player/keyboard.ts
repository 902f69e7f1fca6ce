/** Applies the keymap to a player. Returns true when the key was ours. */
import { bindingFor } from './keymap';
import type { Player } from './player.svelte';

function isEditable(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function handlePlayerKey(player: Player, event: KeyboardEvent): boolean {
	if (isEditable(event.target)) return false;
	// Space and Enter on a focused button belong to that button.
	if ((event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLElement && event.target.closest('button, a, [role="slider"]'))
		return false;
	const binding = bindingFor(event);
	if (!binding) return false;
	if (player.helpOpen && binding.action !== 'toggleHelp' && binding.action !== 'closeHelp' && binding.action !== 'toggleLang') {
		if (binding.action === 'next' || binding.action === 'prev') player.helpOpen = false;
		else return false;
	}
	// The overview handles its own arrows, Home, End, Enter and O; of the player's keys only L acts behind it.
	if (player.overviewOpen && binding.action !== 'toggleOverview' && binding.action !== 'toggleLang') return false;
	switch (binding.action) {
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
			player.goto(Number(event.key));
			break;
		case 'togglePlay':
			player.togglePlay();
			break;
		case 'toggleLang':
			player.toggleLang();
			break;
		case 'toggleHelp':
			player.helpOpen = !player.helpOpen;
			break;
		case 'toggleOverview':
			player.overviewOpen = !player.overviewOpen;
			break;
		case 'closeHelp':
			// The help is a modal <dialog>: Esc closes it natively, which also gives focus back.
			return false;
	}
	return true;
}
