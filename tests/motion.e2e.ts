/**
 * Motion a room can follow: a message's packet travels its wire and the wire lights up behind
 * it, from the sender towards the receiver, then lets go once the packet has arrived.
 */
import { expect, test } from '@playwright/test';
import { openPlayer, waitForRest } from './helpers/player';

test.use({ locale: 'en-US' });
test.describe.configure({ timeout: 120_000 });

test('the wire lights up behind a packet in its direction, and is dark again at rest', async ({ page }) => {
	await openPlayer(page, 'docker-pull', { step: 0, lang: 'en' });
	// Sample the first message's trail and packet on every frame of the step's transition.
	await page.evaluate(() => {
		const samples: { opacity: number; offset: number; packetX: number }[] = [];
		(window as unknown as { __samples: typeof samples }).__samples = samples;
		const tick = () => {
			const trail = document.querySelector('[data-trail="0"]');
			const packet = document.querySelector('[data-packet="0"]');
			if (trail && packet) {
				const style = getComputedStyle(trail);
				samples.push({ opacity: Number(style.opacity), offset: parseFloat(style.strokeDashoffset), packetX: packet.getBoundingClientRect().x });
			}
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 1);
	const samples = await page.evaluate(() => (window as unknown as { __samples: { opacity: number; offset: number; packetX: number }[] }).__samples);
	const lit = samples.filter((s) => s.opacity > 0 && s.offset > 0 && s.offset < 1);
	expect(lit.length, 'frames with the wire half lit').toBeGreaterThan(0);
	// The request goes client → daemon (left to right): the lit part grows as the packet moves right.
	const moving = samples.filter((s) => s.opacity > 0);
	expect(moving.at(-1)!.packetX).toBeGreaterThan(moving[0]!.packetX);
	expect(moving.at(-1)!.offset).toBeLessThan(moving[0]!.offset);
	// At rest nothing is left half drawn.
	expect(await page.locator('[data-trail="0"]').evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(0);
});
