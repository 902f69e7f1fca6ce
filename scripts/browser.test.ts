import { describe, expect, it } from 'vitest';
import {
	findChromium,
	launchArgs,
	launchOptions,
	NO_CHROMIUM_MESSAGE,
	SYSTEM_CHROMIUM_ARGS,
	SYSTEM_CHROMIUM_PATH,
	type ChromiumProbe
} from './browser';

const BUNDLED = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

/** A machine where exactly the given paths are executables. */
function machine(paths: string[], probe: ChromiumProbe = {}): ChromiumProbe {
	return {
		env: {},
		isExecutable: (path) => paths.includes(path),
		playwrightPath: () => BUNDLED,
		isRoot: false,
		...probe
	};
}

describe('findChromium', () => {
	it('prefers BANFANG_CHROMIUM over everything else', () => {
		const found = findChromium(
			machine(['/opt/chrome', SYSTEM_CHROMIUM_PATH, BUNDLED], { env: { BANFANG_CHROMIUM: '/opt/chrome' } })
		);
		expect(found).toMatchObject({ executablePath: '/opt/chrome', source: 'env' });
		expect(found.args).toEqual([...SYSTEM_CHROMIUM_ARGS]);
	});

	it('rejects a BANFANG_CHROMIUM that is not an executable instead of falling back', () => {
		expect(() =>
			findChromium(machine([SYSTEM_CHROMIUM_PATH], { env: { BANFANG_CHROMIUM: '/nope/chrome' } }))
		).toThrow(/BANFANG_CHROMIUM=\/nope\/chrome is not an executable/);
	});

	it('ignores an empty BANFANG_CHROMIUM', () => {
		const found = findChromium(machine([SYSTEM_CHROMIUM_PATH], { env: { BANFANG_CHROMIUM: ' ' } }));
		expect(found.source).toBe('system');
	});

	it('uses /usr/bin/chromium before Playwright’s browser', () => {
		const found = findChromium(machine([SYSTEM_CHROMIUM_PATH, BUNDLED]));
		expect(found).toMatchObject({ executablePath: SYSTEM_CHROMIUM_PATH, source: 'system' });
		expect(found.args).toContain('--disable-background-networking');
		expect(found.args).not.toContain('--no-sandbox');
	});

	it('falls back to Playwright’s own browser, with no extra flags', () => {
		const found = findChromium(machine([BUNDLED]));
		expect(found).toEqual({ executablePath: BUNDLED, source: 'playwright', args: [] });
	});

	it('does not trust a Playwright path that is not on disk', () => {
		expect(() => findChromium(machine([]))).toThrow(NO_CHROMIUM_MESSAGE);
		expect(() => findChromium(machine([], { playwrightPath: () => '' }))).toThrow(NO_CHROMIUM_MESSAGE);
	});

	it('says exactly what to install', () => {
		expect(NO_CHROMIUM_MESSAGE).toContain('npx playwright install chromium');
		expect(NO_CHROMIUM_MESSAGE).toContain('apt-get install -y chromium fonts-noto-cjk');
		expect(NO_CHROMIUM_MESSAGE).toContain('BANFANG_CHROMIUM=');
	});

	it('adds --no-sandbox only as root', () => {
		expect(findChromium(machine([SYSTEM_CHROMIUM_PATH], { isRoot: true })).args).toContain('--no-sandbox');
		expect(findChromium(machine([BUNDLED], { isRoot: true })).args).toEqual(['--no-sandbox']);
		expect(launchArgs('system', false)).not.toContain('--no-sandbox');
	});

	it('finds something real on this machine, or explains why not', () => {
		try {
			const found = findChromium();
			expect(found.executablePath).not.toBe('');
		} catch (e) {
			expect((e as Error).message).toBe(NO_CHROMIUM_MESSAGE);
		}
	});
});

describe('launchOptions', () => {
	it('passes a system browser’s path and leaves --headless to Playwright', () => {
		const options = launchOptions(findChromium(machine([SYSTEM_CHROMIUM_PATH], { isRoot: true })));
		expect(options.executablePath).toBe(SYSTEM_CHROMIUM_PATH);
		expect(options.args).not.toContain('--headless');
		expect(options.args).toContain('--no-sandbox');
	});

	it('lets Playwright pick its own build for its own browser', () => {
		const options = launchOptions(findChromium(machine([BUNDLED])));
		expect(options).toEqual({ args: [] });
	});
});
