/** The flow scene's drawings: with every page (scene-parts.ts imports them; most scenarios are flows). */
import type { Component } from 'svelte';
import type { SceneParts } from '../scene-parts.ts';
import type { OwnItemProps } from '../../items/own-items.ts';
import { byFileName } from '../../items/by-file-name.ts';
import Backdrop from './Backdrop.svelte';

const items = import.meta.glob<{ default: Component<OwnItemProps> }>('./items/*.svelte', { eager: true });

export const parts: SceneParts = { backdrop: Backdrop, items: byFileName(items), actors: new Map() };
