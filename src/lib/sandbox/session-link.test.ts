import { describe, expect, it } from 'vitest';
import { readSessionFragment, sessionFragment } from './session-link.ts';

describe('a session as a link', () => {
	it('comes back as the same lines, control characters and all', async () => {
		const lines = ['docker pull busybox', 'docker run busybox echo "hello world"', 'cat /etc/os-release', '<script>alert(1)</script>', 'a\u0007b', '中文 ✓'];
		const fragment = await sessionFragment(lines);
		expect(fragment).toMatch(/^#s=[A-Za-z0-9_-]+$/);
		expect(await readSessionFragment(fragment)).toEqual({ ok: true, lines });
	});
	it('refuses what is not a session, and a broken one, with a reason', async () => {
		expect(await readSessionFragment('#step=3')).toEqual({ ok: false, error: 'not-a-session' });
		expect(await readSessionFragment('#s=not*base64')).toEqual({ ok: false, error: 'broken' });
		expect(await readSessionFragment('#s=AAAA')).toEqual({ ok: false, error: 'broken' });
		const notLines = (await sessionFragment([])).replace('#s=', '');
		expect(notLines.length).toBeGreaterThan(0);
		const object = await sessionFragment({ length: 1 } as unknown as string[]);
		expect(await readSessionFragment(object)).toEqual({ ok: false, error: 'broken' });
	});
});
