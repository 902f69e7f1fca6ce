/**
 * The embed's side of the postMessage API: takes commands from the parent window (and
 * from listed origins only, when configured), and tells the parent's origin what happens.
 */
import { acceptsFrom, parentOrigin, parseCommand, type EmbedCommand, type EmbedEvent } from './protocol';

type Payload = EmbedEvent extends infer E ? (E extends EmbedEvent ? Omit<E, 'banfang'> : never) : never;

export interface EmbedMessenger {
	send(event: Payload): void;
	close(): void;
}

export function connectToHost(allowed: string[] | null, onCommand: (command: EmbedCommand) => void): EmbedMessenger {
	const parent = window.parent !== window ? window.parent : null;
	const target = parent ? parentOrigin(location, document.referrer) : null;
	const onMessage = (event: MessageEvent) => {
		if (!acceptsFrom(event, parent, allowed)) return;
		const command = parseCommand(event.data);
		if (command) onCommand(command);
	};
	addEventListener('message', onMessage);
	return {
		send(event) {
			if (parent && target) parent.postMessage({ banfang: 1, ...event }, target);
		},
		close() {
			removeEventListener('message', onMessage);
		}
	};
}
