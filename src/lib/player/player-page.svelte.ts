/**
 * What every page that shows a player does around it (audience player and presenter
 * view alike): read the URL once the router runs, keep the URL and <html lang> current,
 * remember the language chosen, keep other windows of the same scenario in sync, and
 * answer the keyboard. Construct it while a component initialises (it uses effects).
 */
import { untrack } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { resolve } from '$app/paths';
import type { Scenario } from '../scenario/schema';
import type { World } from '../engine/world';
import { htmlLang } from '../i18n/text';
import { ui } from '../i18n/ui';
import { actorsOf } from '../stage/scenes/registry';
import { nextSpotlight, spotlightOrder } from '../stage/spotlight';
import { brightActors } from '../stage/stage-layers';
import type { Player } from './player.svelte';
import { preferences } from './preferences.svelte';
import { handlePlayerKey, type PlayerHost } from './keyboard';
import { preferredLang, readUrlState, writeUrlState } from './url-state';
import { joinSync } from './sync';
import { AfterPaint } from './after-paint.svelte';

export class PlayerPage {
	/** The URL has been read. Only then may we write it: replaceState throws until
	 *  SvelteKit's router has started, and afterNavigate is when it has. */
	ready = $state(false);
	notices = $state<string[]>([]);
	readonly host: PlayerHost;

	constructor(
		readonly player: Player,
		readonly scenario: Scenario,
		worlds: () => World[],
		readonly role: 'audience' | 'presenter'
	) {
		this.host = {
			cycleTheme: () => preferences.cycleTheme(),
			toggleMotion: () => preferences.toggleMotion(),
			toggleFullscreen,
			openSpeakerView: () => {
				if (role === 'audience') this.openSpeakerView();
			},
			spotlightNext: () => {
				const world = worlds()[player.index];
				const ids = actorsOf(scenario, world?.scene ?? scenario.scene).map((a) => a.id);
				// Z starts where the step looks: its focus first.
				player.spotlight = nextSpotlight(world ? spotlightOrder(ids, brightActors(world)) : ids, player.spotlight);
			}
		};

		afterNavigate(() => {
			if (this.ready) return;
			const fromUrl = readUrlState(page.url.searchParams, player.count);
			player.lang = fromUrl.lang ?? preferences.savedLang ?? preferredLang(navigator.languages);
			player.bilingual = fromUrl.bilingual ?? false;
			if (fromUrl.index !== undefined) player.goto(fromUrl.index);
			this.notices = fromUrl.notices.map((n) =>
				n.kind === 'step' ? ui('stepClamped', player.lang, { asked: n.asked, n: n.shown }) : ui('badLang', player.lang, { asked: n.asked })
			);
			this.ready = true;
		});

		// What other windows and the address bar learn, a frame after the stage has changed.
		const shown = new AfterPaint(() => ({ index: player.index, lang: player.lang, bilingual: player.bilingual, blackout: player.blackout }));

		// The URL always names the current step and language.
		$effect(() => {
			const url = writeUrlState(page.url, shown.current.index, shown.current.lang, shown.current.bilingual);
			// Compare with the address bar: replaceState does not update page.url.
			if (this.ready && url.search !== location.search) replaceState(url, {});
		});
		$effect(() => {
			document.documentElement.lang = htmlLang(player.lang);
		});
		// A language picked here is the one the next visit starts in.
		let first = true;
		$effect(() => {
			const lang = player.lang;
			if (!this.ready) return;
			if (first) first = false;
			else preferences.rememberLang(lang);
		});

		// handle cross-window updates (audience ⇄ presenter)
		$effect(() => {
			const link = joinSync(
				scenario.id,
				(s) => {
					player.goto(s.index);
					player.blackout = s.blackout;
				},
				() => ({ index: player.index, blackout: player.blackout })
			);
			// Publish changes only: a window that just opened must not drag the others to its start.
			let opened = true;
			$effect(() => {
				// A frame after the stage changed, tell the others where we are now: not the frame's
				// own (possibly older) state, which, sent after another window's newer one had
				// moved us, would start the two bouncing.
				void shown.current.index;
				void shown.current.blackout;
				if (!this.ready) return;
				const state = untrack(() => ({ index: player.index, blackout: player.blackout }));
				if (opened) opened = false;
				else link.publish(state);
			});
			return () => link.close();
		});
		$effect(() => () => player.dispose());
	}

	onkeydown = (event: KeyboardEvent) => {
		if (handlePlayerKey(this.player, this.host, event)) event.preventDefault();
	};

	presenterUrl(): string {
		const url = new URL(resolve('/present/[id]', { id: this.scenario.id }), location.href);
		return writeUrlState(url, this.player.index, this.player.lang, this.player.bilingual).href;
	}

	openSpeakerView() {
		// A named window: pressing S again brings the same one back instead of opening another.
		window.open(this.presenterUrl(), `banfang-presenter-${this.scenario.id}`, 'popup,width=1280,height=800');
	}
}

function toggleFullscreen() {
	if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
	else void document.documentElement.requestFullscreen?.().catch(() => {});
}
