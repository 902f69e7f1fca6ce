/**
 * The cluster scene, driven by keyboard on kubectl-apply: watches held open as streams, the
 * file kubectl applies, the control-plane and node boxes, references between objects, and
 * every transition played both ways to a clean stage.
 */
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer, stageSnapshot, waitForRest } from './helpers/player';

test('kubectl-apply by keyboard: streams open, the file shows and goes, the watch window follows the pods, they end Running, and back again', async ({ page }) => {
	// Nine animated steps on a loaded machine: a long walk, not a speed test.
	test.setTimeout(180_000);
	const errors = collectConsoleErrors(page);
	await openPlayer(page, 'kubectl-apply', { step: 0, lang: 'en' });
	const stage = page.locator('svg.stage');
	await expect(stage.locator('[data-group]')).toHaveCount(3);
	await expect(stage.locator('[data-stream]')).toHaveCount(0);

	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 1);
	await expect(stage.locator('[data-stream]')).toHaveCount(6);
	await expect(stage.locator('[data-stream="watch-node-1"]')).toContainText('spec.nodeName%3Dnode-1');
	// The second window: kubectl get pods -w typed there, not in the main terminal, and running (no prompt).
	const watch = stage.locator('[data-other-terminal="watch"]');
	await expect(watch).toContainText('root@k8s-master:~# kubectl get pods -w');
	await expect(watch.locator('[data-line]')).toHaveCount(1);
	await expect(stage.locator('[data-terminal]')).not.toContainText('get pods');
	await expect(page.getByTestId('announcer')).toContainText('opens a stream to');

	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 2);
	const file = stage.locator('[data-file-panel]');
	await expect(file).toContainText('nginx-deploy.yaml');
	await expect(file).toContainText('replicas: 2');

	for (const n of [3, 4, 5]) {
		await page.keyboard.press('ArrowRight');
		await waitForRest(page, n);
	}
	await expect(file).toHaveCount(0);
	await expect(stage.locator('[data-terminal]')).toContainText('deployment.apps/nginx created');

	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 6);
	await expect(stage.locator('[data-ref="obj-rs>obj-deploy"]')).toHaveCount(1);
	await expect(watch.locator('[data-line]')).toHaveCount(1);

	// The replicaset controller's pods appear in the watch window as they are made.
	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 7);
	await expect(watch).toContainText('NAME                     READY   STATUS    RESTARTS   AGE');
	await expect(watch.locator('[data-line="2"]')).toHaveText('nginx-5f8c9d7b46-x7kqp   0/1     Pending   0          0s');
	expect(await watch.locator('[data-line="3"]').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
	// What the step printed is marked, in the window it printed in.
	await expect(watch.locator('[data-fresh-line]')).toHaveCount(3);
	await expect(stage.locator('[data-terminal] [data-fresh-line]')).toHaveCount(0);

	await page.keyboard.press('End');
	await waitForRest(page, 12);
	await expect(stage.locator('[data-terminal]')).toContainText('nginx-5f8c9d7b46-x7kqp   1/1     Running   0          24s');
	await expect(stage.locator('[data-item="ctr-x7kqp"]')).toBeVisible();
	await expect(watch).toContainText('nginx-5f8c9d7b46-m2w9r   1/1     Running             0          6s');

	// Back one step plays the transition in reverse and rests where a fresh load would.
	await page.keyboard.press('ArrowLeft');
	await waitForRest(page, 11);
	expect((await stageSnapshot(page)).halfDrawn).toEqual([]);

	await page.keyboard.press('Home');
	await waitForRest(page, 0);
	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 1);
	await page.keyboard.press('ArrowLeft');
	await waitForRest(page, 0);
	await expect(stage.locator('[data-stream]')).toHaveCount(0);
	await expect(watch.locator('[data-line]')).toHaveCount(0);
	expect((await stageSnapshot(page)).halfDrawn).toEqual([]);
	expect(errors).toEqual([]);
});

test('stepping back over hide-file brings the file back, drawn whole', async ({ page }) => {
	await openPlayer(page, 'kubectl-apply', { step: 5, lang: 'zh' });
	const file = page.locator('svg.stage [data-file-panel]');
	await expect(file).toHaveCount(0);
	await page.keyboard.press('ArrowLeft');
	await waitForRest(page, 4);
	await expect(file).toContainText('nginx-deploy.yaml');
	expect(await file.evaluate((el) => (el as SVGElement).style.opacity)).toBe('');
});
