/**
 * Which Chromium the end-to-end tests (playwright.config.ts) and the benchmark drive.
 * The choice is made here and nowhere else, in this order:
 *   1. BANFANG_CHROMIUM — a path to a Chromium/Chrome executable;
 *   2. /usr/bin/chromium — Debian's package (what CI and the sandboxed machines have);
 *   3. Playwright's own browser, as `npx playwright install chromium` puts it on a laptop.
 * With none of them, findChromium() throws NO_CHROMIUM_MESSAGE, which says what to install.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for a Chromium that is not Playwright's own (Debian's, run as root in a sandbox with
 * no network but the package registries). Without the background-networking ones, Chromium
 * keeps trying to reach Google's hosts, and the closed network refuses those connections.
 * `--no-sandbox` is added separately, only when running as root (see launchArgs).
 */
export const SYSTEM_CHROMIUM_ARGS: readonly string[] = [
	'--headless',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const NO_CHROMIUM_MESSAGE =
	'No Chromium found. Install one of: `npx playwright install chromium` (downloads Playwright\'s browser), ' +
	'or on Debian/Ubuntu `sudo apt-get install -y chromium fonts-noto-cjk`, ' +
	'or set BANFANG_CHROMIUM=/path/to/chrome.';

export type ChromiumSource = 'env' | 'system' | 'playwright';

export interface FoundChromium {
	/** Absolute path of the executable that was found. */
	executablePath: string;
	/** Where it came from: BANFANG_CHROMIUM, /usr/bin/chromium, or Playwright's download. */
	source: ChromiumSource;
	/** Command-line flags to start it with (headless included; see launchOptions for Playwright). */
	args: string[];
}

/** What findChromium looks at; tests replace these, callers normally pass nothing. */
export interface ChromiumProbe {
	env?: Record<string, string | undefined>;
	isExecutable?: (path: string) => boolean;
	playwrightPath?: () => string;
	isRoot?: boolean;
}

function isExecutableFile(path: string): boolean {
	try {
		if (!statSync(path).isFile()) return false;
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function playwrightChromiumPath(): string {
	try {
		return chromium.executablePath();
	} catch {
		return '';
	}
}

/** Flags for a browser of the given source; `--no-sandbox` only when running as root. */
export function launchArgs(source: ChromiumSource, isRoot = process.getuid?.() === 0): string[] {
	const args = source === 'playwright' ? [] : [...SYSTEM_CHROMIUM_ARGS];
	if (isRoot) args.push('--no-sandbox');
	return args;
}

/** Picks the browser (see the order at the top of this file) or throws NO_CHROMIUM_MESSAGE. */
export function findChromium(probe: ChromiumProbe = {}): FoundChromium {
	const env = probe.env ?? process.env;
	const isExecutable = probe.isExecutable ?? isExecutableFile;
	const isRoot = probe.isRoot ?? process.getuid?.() === 0;

	const fromEnv = env.BANFANG_CHROMIUM?.trim();
	if (fromEnv) {
		// An explicit choice that is wrong is an error, not a reason to quietly use another browser.
		if (!isExecutable(fromEnv)) {
			throw new Error(
				`BANFANG_CHROMIUM=${fromEnv} is not an executable file. Point it at a Chromium/Chrome ` +
					'executable, or unset it to use /usr/bin/chromium or Playwright\'s own browser.'
			);
		}
		return { executablePath: fromEnv, source: 'env', args: launchArgs('env', isRoot) };
	}

	if (isExecutable(SYSTEM_CHROMIUM_PATH)) {
		return {
			executablePath: SYSTEM_CHROMIUM_PATH,
			source: 'system',
			args: launchArgs('system', isRoot)
		};
	}

	const bundled = (probe.playwrightPath ?? playwrightChromiumPath)();
	if (bundled && isExecutable(bundled)) {
		return { executablePath: bundled, source: 'playwright', args: launchArgs('playwright', isRoot) };
	}

	throw new Error(NO_CHROMIUM_MESSAGE);
}

/**
 * Options for Playwright's `chromium.launch()` / `use.launchOptions`.
 * Playwright adds `--headless` itself (and leaves it out for `--headed`), so it is dropped here.
 * For Playwright's own browser no executablePath is given, so Playwright keeps choosing its
 * usual build (the headless shell when headless, full Chromium when headed).
 */
export function launchOptions(found: FoundChromium = findChromium()): {
	executablePath?: string;
	args: string[];
} {
	const args = found.args.filter((arg) => arg !== '--headless');
	return found.source === 'playwright' ? { args } : { executablePath: found.executablePath, args };
}
