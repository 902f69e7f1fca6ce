/** Expected final worlds of the Docker flow scenarios (see shipped.test.ts). */
import { expect } from 'vitest';
import { allStates, stateAt } from '../engine/state-at.ts';
import type { World } from '../engine/world.ts';
import type { LocalizedText } from '../scenario/schema.ts';
import { children, expectItem, final, indicesOf, lines, linesOfStep, messages, ofKind, stepIndex, text, type Expectation } from './kit.ts';

/**
 * The pull as the wire has it (Docker 1.13 against registry-1.docker.io): GET /v2/ → 401, a token
 * from auth.docker.io, the tag's manifest list, the platform's manifest by digest, the config blob
 * (its prefix is the IMAGE ID), then the layer blob (its prefix is the id "Pull complete" prints).
 */
function expectPullSequence(s: Parameters<Expectation>[0], repo: string, imageId: string, layer: string) {
	const hub = messages(s).filter((m) => m.link === 'hub');
	const asks = hub.filter((m) => !m.reverse).map((m) => m.label);
	expect(asks).toEqual([
		'GET /v2/',
		// Go's url.Values.Encode: keys sorted, values escaped.
		`GET https://auth.docker.io/token?scope=repository%3Alibrary%2F${repo}%3Apull&service=registry.docker.io`,
		`GET /v2/library/${repo}/manifests/latest`,
		`GET /v2/library/${repo}/manifests/sha256:…`,
		`GET /v2/library/${repo}/blobs/sha256:${imageId}…`,
		`GET /v2/library/${repo}/blobs/sha256:${layer}…`
	]);
	const ping = hub.findIndex((m) => m.label === 'GET /v2/');
	expect(hub[ping + 1]!.reverse && hub[ping + 1]!.label.startsWith('401 Unauthorized')).toBe(true);
	expect(hub.some((m) => m.reverse && m.label.startsWith('200 OK: manifest list sha256:'))).toBe(true);
}

/**
 * docker run as Docker 1.13's CLI drives it: create, then attach (a hijacked connection the
 * output comes back over) and the events stream (its "die" event carries the exit code; /wait
 * takes over from API 1.30), both opened before start; the output arrives while attach is open.
 * `query` is the attach query, keys sorted as Go's url.Values encodes them.
 */
function expectAttachedRun(s: Parameters<Expectation>[0], id: string, query: string) {
	const actions = s.steps.flatMap((step) => step.actions);
	// The first action after `from` that passes the test.
	const at = (what: string, test: (a: (typeof actions)[number]) => boolean, from = 0) => {
		const i = actions.findIndex((a, n) => n >= from && test(a));
		expect(i, what).toBeGreaterThanOrEqual(0);
		return i;
	};
	const attach = at('attach opened', (a) => a.do === 'open-stream' && text(a.label) === `POST /v1.26/containers/${id}…/attach?${query}`);
	const attachId = (actions[attach] as { id: string }).id;
	const events = at('events opened', (a) => a.do === 'open-stream' && text(a.label) === 'GET /v1.26/events?filters=…', attach);
	const eventsId = (actions[events] as { id: string }).id;
	const start = at('start', (a) => a.do === 'send' && text(a.label) === `POST /v1.26/containers/${id}…/start`);
	const output = at('output', (a) => a.do === 'send' && !!a.reverse && text(a.label).startsWith('stdout:'), start);
	const closed = at('attach closed', (a) => a.do === 'close-stream' && a.id === attachId);
	const die = at('die event', (a) => a.do === 'send' && !!a.reverse && /^event die: exitCode=\d+$/.test(text(a.label)), start);
	const eventsClosed = at('events closed', (a) => a.do === 'close-stream' && a.id === eventsId, events);
	expect(attach).toBeLessThan(start);
	expect(events).toBeLessThan(start);
	expect(start).toBeLessThan(output);
	expect(output, 'output travels over attach').toBeLessThan(closed);
	expect(start).toBeLessThan(die);
	expect(die).toBeLessThan(eventsClosed);
	expect(messages(s).some((m) => /\/logs\b/.test(m.label)), 'no separate logs call').toBe(false);
	expect(final(s).streams).toEqual([]);
}

export const dockerExpectations: Record<string, Expectation> = {
	'docker-pull': (s) => {
		const w = final(s);
		expectItem(w, 'img-busybox', { kind: 'image', in: 'images', label: 'busybox:latest' });
		expect(w.items['img-busybox']!.props?.detail).toBe('2bd29714875d · 1.24 MB');
		expect(w.items['img-busybox']!.props?.state, 'no longer "pulling"').toBeUndefined();
		expectItem(w, 'layer-729ce43e2c91', { kind: 'layer', in: 'img-busybox', label: '729ce43e2c91' });
		expect(lines(w).slice(-2)).toContain('Digest: sha256:ad9bd57a3a57cc95515c537b89aaa69d83a6df54c4050fcf2b41ad367bec0cd5');
		expect(lines(w)).toContain('729ce43e2c91: Pull complete ');
		// The daemon, not the client, talks to the registry.
		expect(messages(s).some((m) => m.link === 'hub' && m.label.startsWith('GET /v2/library/busybox/manifests/'))).toBe(true);
		expect(messages(s).filter((m) => m.link === 'api' && !m.reverse).map((m) => m.label)).toEqual(['POST /v1.26/images/create?fromImage=busybox&tag=latest']);
		expectPullSequence(s, 'busybox', '2bd29714875d', '729ce43e2c91');
		// Digest names the manifest list; no caption or note may call it the image's hash for every machine.
		for (const step of s.steps) {
			for (const t of [step.caption, step.notes!]) expect(text(t), step.id).not.toMatch(/manifest is (just )?a list of layers|same digest gets the same image/i);
		}
	},
	'docker-architecture': (s) => {
		const w = final(s);
		expect(lines(w)).toContain('Client:');
		expect(lines(w)).toContain('Server:');
		expect(lines(w).indexOf('Client:')).toBeLessThan(lines(w).indexOf('Server:'));
		expect(messages(s).some((m) => m.link === 'api' && m.label === 'GET /v1.26/version')).toBe(true);
		// It only explains: nothing is pulled, stored or created.
		expect(Object.keys(w.items)).toEqual(s.initial.items.map((i) => i.id));
		const focused = new Set(allStates(s).flatMap((world) => world.focus));
		for (const actor of ['client', 'daemon', 'registry', 'images', 'containers']) expect(focused, actor).toContain(actor);
	},
	'docker-images': (s) => {
		const w = final(s);
		const out = lines(w);
		// The lesson's table, all of its rows.
		expect(out).toContain('REPOSITORY                                          TAG                 IMAGE ID            CREATED             SIZE');
		expect(out).toContain('docker.io/busybox                                   latest              2bd29714875d        4 days ago          1.24 MB');
		expect(out).toContain('registry.aliyuncs.com/helowin/oracle_11g            latest              3fa112fd3642        6 years ago         6.85 GB');
		expect(messages(s).some((m) => m.link === 'api' && m.label === 'GET /v1.26/images/json' && !m.reverse)).toBe(true);
		expect(messages(s).some((m) => m.link === 'api' && m.reverse)).toBe(true);
		expect(messages(s).filter((m) => m.link === 'hub'), 'docker images never contacts the registry').toEqual([]);
		// The table matches the stage: one row per repository:tag, one box per IMAGE ID; an image
		// with two names (or two tags) is one box and two rows.
		const rows = out.slice(out.findIndex((l) => l.startsWith('REPOSITORY')) + 1);
		expect(rows).toHaveLength(8);
		const rowIds = rows.map((row) => row.slice(72, 84));
		const images = ofKind(w, 'image').map((id) => text(w.items[id]!.props!.detail as LocalizedText).split(' · ')[0]!);
		expect([...new Set(rowIds)].sort()).toEqual([...images].sort());
		expect(rowIds.filter((id) => id === 'ffe481c085e9'), 'one IMAGE ID under two names').toHaveLength(2);
		expect(rowIds.filter((id) => id === 'c91dff94df48'), 'one image under two tags').toHaveLength(2);
		expect(ofKind(w, 'image')).not.toContain('img-alpine');
	},
	'docker-run-echo': (s) => {
		const w = final(s);
		expect(lines(w)).toContain('hello world');
		expect(lines(w)).not.toContain('hello wrold');
		// The image is local: no pull, no new image.
		expect(messages(s).filter((m) => m.link === 'hub')).toEqual([]);
		expect(ofKind(w, 'image')).toEqual(s.initial.items.filter((i) => i.kind === 'image').map((i) => i.id));
		expect(lines(w).some((l) => l.startsWith('Unable to find image'))).toBe(false);
		const api = messages(s).filter((m) => m.link === 'api');
		expect(api.map((m) => m.label)).toContain('POST /v1.26/containers/create');
		expect(api.map((m) => m.label)).toContain('POST /v1.26/containers/3f2a1c9d8e7b…/start');
		expect(api.some((m) => m.reverse && m.label.includes('hello world'))).toBe(true);
		expectAttachedRun(s, '3f2a1c9d8e7b', 'stderr=1&stdout=1&stream=1');
		// The lesson typed "wrold"; the notes tell the teacher the scenario shows "world".
		expect(text(s.steps[0]!.notes!, 'en')).toContain('hello wrold');
		expect(text(s.steps[0]!.notes!, 'zh')).toContain('hello wrold');
		// The container: writable layer on top of the image's read-only layer; its process has exited.
		expectItem(w, 'ctr-3f2a1c9d8e7b', { kind: 'container', in: 'containers' });
		expect(text(w.items['ctr-3f2a1c9d8e7b']!.props!.state as LocalizedText)).toBe('exited (0)');
		const [top, base, ...rest] = children(w, 'ctr-3f2a1c9d8e7b');
		expect(top!.kind).toBe('layer');
		expect(top!.props?.writable).toBe(true);
		expect(base!.kind).toBe('layer');
		expect(text(base!.label)).toBe('729ce43e2c91');
		expect(base!.props?.writable).toBeUndefined();
		expect(rest.filter((i) => i.kind === 'process'), 'the process has exited').toEqual([]);
		// While it ran, echo was a process inside the container.
		const ran = allStates(s).some((world) => world.items['proc-echo']?.in === 'ctr-3f2a1c9d8e7b' && text(world.items['proc-echo']!.label) === 'echo hello world');
		expect(ran).toBe(true);
		const fromImage = s.steps.flatMap((step) => step.actions).some((a) => a.do === 'add' && a.item.id === base!.id && a.from === 'img-busybox');
		expect(fromImage).toBe(true);
	},
	'docker-ps': (s) => {
		const [all] = indicesOf(s, 'docker ps -a');
		const plain = indicesOf(s, 'docker ps');
		expect(all).toBeDefined();
		expect(plain.length).toBeGreaterThan(0);
		const header = /^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$/;
		const running = (w: World) => ofKind(w, 'container').filter((id) => text(w.items[id]!.props!.state as LocalizedText) === 'running');
		const exited = (w: World) => ofKind(w, 'container').filter((id) => text(w.items[id]!.props!.state as LocalizedText).startsWith('exited'));

		const allOut = linesOfStep(s, all!);
		expect(allOut.some((l) => header.test(l))).toBe(true);
		expect(allOut.some((l) => /\bExited \(0\) .+ ago\b/.test(l) && l.endsWith('busy_hopper'))).toBe(true);
		expect(messages(s).some((m) => m.step === all && m.label === 'GET /v1.26/containers/json?all=1')).toBe(true);
		// -a lists every container the daemon holds.
		const worldAll = stateAt(s, all! + 1);
		expect(allOut.filter((l) => !header.test(l)).slice(1)).toHaveLength(ofKind(worldAll, 'container').length);

		for (const i of plain) {
			const out = linesOfStep(s, i);
			expect(out.some((l) => header.test(l))).toBe(true);
			expect(out.some((l) => l.includes('Exited')), `docker ps (step ${s.steps[i]!.id}) lists an exited container`).toBe(false);
			expect(messages(s).some((m) => m.step === i && m.label === 'GET /v1.26/containers/json')).toBe(true);
			// Plain docker ps lists exactly the running containers.
			const w = stateAt(s, i + 1);
			expect(out.slice(2)).toHaveLength(running(w).length);
		}
		// At least one plain docker ps runs while an exited container exists, and before docker ps -a.
		expect(plain.some((i) => i < all! && exited(stateAt(s, i + 1)).length > 0)).toBe(true);
		expectAttachedRun(s, '3f2a1c9d8e7b', 'stderr=1&stdout=1&stream=1');
		expect(running(final(s))).toEqual(['ctr-a41b7e05c9d2']);
		expect(exited(final(s))).toEqual(['ctr-3f2a1c9d8e7b']);
	},
	'docker-run-alpine': (s) => {
		// The way into the board house: the camera zooms through the container and back out.
		const inside = stateAt(s, stepIndex(s, 'enter-house') + 1);
		expect(inside.scene).toBe('house');
		expect(inside.zoom).toBe('ctr-9e1d4b7a2c6f');
		expect(ofKind(inside, 'floor')).toHaveLength(1);
		expect(final(s).scene).toBe('flow');
		const w = final(s);
		const out = lines(w);
		expect(out).toContain('PRETTY_NAME="Alpine Linux v3.16"');
		expect(out).toContain('VERSION_ID=3.16.2');
		expect(out).toContain('NAME="Alpine Linux"');
		const order = [
			"Unable to find image 'alpine:latest' locally",
			'Trying to pull repository docker.io/library/alpine ... ',
			'latest: Pulling from docker.io/library/alpine',
			'213ec9aee27d: Pull complete ',
			'Digest: sha256:bc41182d7ef5ffc53a40b044e725193bc10142a1243f395ee852a8d9730fc2ad',
			'Status: Downloaded newer image for docker.io/alpine:latest',
			'NAME="Alpine Linux"'
		].map((l) => out.indexOf(l));
		expect(order.every((i) => i >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expectItem(w, 'img-alpine', { kind: 'image', in: 'images', label: 'alpine:latest' });
		expect(w.items['img-alpine']!.props?.detail).toBe('9c6f07244728 · 5.54 MB');
		expectItem(w, 'layer-213ec9aee27d', { kind: 'layer', in: 'img-alpine', label: '213ec9aee27d' });
		expect(messages(s).some((m) => m.link === 'hub' && m.label.includes('/v2/library/alpine/manifests/'))).toBe(true);
		// The 404 from create makes the client, not the daemon, ask for the pull; then create again.
		const api = messages(s).filter((m) => m.link === 'api' && !m.reverse).map((m) => m.label);
		expect(api.slice(0, 3)).toEqual(['POST /v1.26/containers/create', 'POST /v1.26/images/create?fromImage=alpine&tag=latest', 'POST /v1.26/containers/create']);
		expect(messages(s).some((m) => m.reverse && m.label.startsWith('404'))).toBe(true);
		expectPullSequence(s, 'alpine', '9c6f07244728', '213ec9aee27d');
		expectAttachedRun(s, '9e1d4b7a2c6f', 'stderr=1&stdin=1&stdout=1&stream=1');
		// -t: the CLI sets the container's terminal size once it has started.
		const resize = api.indexOf('POST /v1.26/containers/9e1d4b7a2c6f…/resize?h=…&w=…');
		expect(resize).toBeGreaterThan(api.indexOf('POST /v1.26/containers/9e1d4b7a2c6f…/start'));
		// cat ran inside the container (typed at its prompt); exit brought back the host prompt.
		const cat = w.terminal.lines.find((l) => l.kind === 'command' && l.text === 'cat /etc/os-release');
		expect(cat?.prompt).toBe('/ # ');
		expect(w.terminal.prompt).toBe('[root@iZ8vb53kklhrg4j6sviqtpZ ~]# ');
		const [container] = children(w, 'containers');
		expect(container!.kind).toBe('container');
		const [top, base] = children(w, container!.id);
		expect(top!.props?.writable).toBe(true);
		expect(text(base!.label)).toBe('213ec9aee27d');
		expect(allStates(s).some((world) => Object.values(world.items).some((i) => i.kind === 'process' && i.in === container!.id && text(i.label) === 'sh'))).toBe(true);
	}
};
