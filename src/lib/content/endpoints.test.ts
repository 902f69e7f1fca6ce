/**
 * Every message or stream label that reads as an HTTP request names a real endpoint (endpoints.ts),
 * and an Engine API call carries the API version of the machine its scenario is set on.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFiles } from '../scenario/load-dir.ts';
import { matchRequest, REQUEST, type Match } from './endpoints.ts';
import type { MachineIdentity } from './identities/identity.ts';

const modules = import.meta.glob<{ identity?: MachineIdentity }>('./identities/*.ts', { eager: true });
const machines: MachineIdentity[] = Object.values(modules).flatMap((m) => (m.identity ? [m.identity] : []));

/** The labels of every send, open-stream and initial stream, in both languages. */
function requestLabels(value: unknown, inStreams = false): string[] {
	if (Array.isArray(value)) return value.flatMap((v) => requestLabels(v, inStreams));
	if (value === null || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	const here: string[] = [];
	if ((record.do === 'send' || record.do === 'open-stream' || inStreams) && record.label !== undefined) {
		const label = record.label;
		here.push(...(typeof label === 'string' ? [label] : Object.values(label as Record<string, string>)));
	}
	return [...here, ...Object.entries(record).flatMap(([k, v]) => requestLabels(v, k === 'streams'))];
}

describe('endpoints', () => {
	it('match real calls and refuse made-up ones (the check can fail)', () => {
		const ok = (label: string) => matchRequest(label) as Match;
		expect(ok('POST /v1.26/containers/3f2a1c9d8e7b…/attach?stderr=1&stdout=1&stream=1').endpoint.path).toBe('/v{version}/containers/{id}/attach');
		expect(ok('POST /v1.26/containers/3f2a1c9d8e7b…/attach?stderr=1&stdout=1&stream=1').version).toBe('1.26');
		expect(ok('GET /v2/library/busybox/manifests/sha256:…').endpoint.api).toBe('registry');
		expect(ok('PATCH …/pods/nginx-5f8c9d7b46-x7kqp/status').endpoint.api).toBe('kubernetes');
		expect(matchRequest('GET /v1.26/containers/3f2a1c9d8e7b/output')).toMatch(/^no GET endpoint/);
		expect(matchRequest('POST /v1.26/containers/x/attach?stream=1&stdout=1&stderr=1')).toMatch(/sorted order/);
		expect(matchRequest('POST /v1.26/containers/x/resize?height=24')).toMatch(/takes no query parameter height/);
		expect(matchRequest('GET /v2/library/busybox/layers/sha256:…')).toMatch(/^no GET endpoint/);
		expect(matchRequest('stdout: hello world')).toBe('not a request');
	});

	for (const file of scenarioFiles()) {
		const id = basename(file, '.json');
		it(`${id}: every request label is a real endpoint`, () => {
			const labels = requestLabels(JSON.parse(readFileSync(file, 'utf8'))).filter((l) => REQUEST.test(l));
			const machine = machines.find((m) => m.scenarios.includes(id));
			const problems = labels.flatMap((label) => {
				const match = matchRequest(label);
				if (typeof match === 'string') return [`${label}: ${match}`];
				if (match.endpoint.api === 'engine' && machine?.apiVersion && match.version !== machine.apiVersion)
					return [`${label}: ${machine.hostname} speaks API ${machine.apiVersion}`];
				return [];
			});
			expect(problems).toEqual([]);
		});
	}

	it('finds the requests of the Docker scenarios', () => {
		const labels = requestLabels(JSON.parse(readFileSync('scenarios/docker-run-echo.json', 'utf8')));
		expect(labels).toContain('POST /v1.26/containers/create');
		expect(labels).toContain('GET /v1.26/events?filters=…');
	});
});
