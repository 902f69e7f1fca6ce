// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Validation messages of a broken scenario, one per problem. */
			details?: string[];
		}
	}
}

declare module 'virtual:banfang-fonts.css';

export {};
