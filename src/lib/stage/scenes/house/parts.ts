/** The house scene's drawings (scene-parts.ts loads them with the first scenario that shows a house). */
import type { SceneParts } from '../scene-parts.ts';
import { byFileName } from '../../items/by-file-name.ts';
import Backdrop from './Backdrop.svelte';
import type { OwnItemProps } from '../../items/own-items.ts';
import type { OwnActorProps } from '../../items/own-actors.ts';
import type { Component } from 'svelte';

const items = import.meta.glob<{ default: Component<OwnItemProps> }>('./items/*.svelte', { eager: true });
const actors = import.meta.glob<{ default: Component<OwnActorProps> }>('./actors/*.svelte', { eager: true });

export const parts: SceneParts = { backdrop: Backdrop, items: byFileName(items), actors: byFileName(actors) };
