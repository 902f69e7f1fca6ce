import { describe, expect, it } from 'vitest';
import { CATALOG, findImage, type CatalogImage } from './catalog.ts';

/** Docker's units.HumanSizeWithPrecision(size, 3): decimal units, 3 significant digits ("%.3g"). */
function dockerSize(bytes: number): string {
	const units = ['B', 'kB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${Number(value.toPrecision(3))}${units[unit]}`;
}

const shortId = (digest: string) => digest.slice('sha256:'.length, 'sha256:'.length + 12);
const DIGEST = /^sha256:[0-9a-f]{64}$/;

function image(name: string): CatalogImage {
	const found = CATALOG.find((i) => i.name === name);
	if (!found) throw new Error(`${name} is not in the catalog`);
	return found;
}

describe('CATALOG', () => {
	it('holds the six images, each once', () => {
		expect(CATALOG.map((i) => i.name)).toEqual(['busybox', 'alpine', 'nginx', 'redis', 'ubuntu', 'hello-world']);
	});

	it('busybox:latest is the one the lesson pulls', () => {
		const busybox = image('busybox');
		expect(busybox.digest).toBe('sha256:ad9bd57a3a57cc95515c537b89aaa69d83a6df54c4050fcf2b41ad367bec0cd5');
		expect(busybox.layers).toHaveLength(1);
		expect(shortId(busybox.layers[0]!.digest)).toBe('729ce43e2c91');
		expect(shortId(busybox.configDigest)).toBe('2bd29714875d');
		expect(dockerSize(busybox.size)).toBe('1.24MB');
		expect(busybox.cmd).toEqual(['sh']);
		expect(busybox.files['/etc/os-release']).toBeUndefined();
		expect(busybox.rootEntries).toEqual(['bin', 'dev', 'etc', 'home', 'proc', 'root', 'sys', 'tmp', 'usr', 'var']);
	});

	it('alpine:latest is Alpine 3.16.2', () => {
		const alpine = image('alpine');
		expect(alpine.tags).toEqual(expect.arrayContaining(['latest', '3.16', '3.16.2']));
		expect(shortId(alpine.layers[0]!.digest)).toBe('213ec9aee27d');
		expect(shortId(alpine.configDigest)).toBe('9c6f07244728');
		expect(dockerSize(alpine.size)).toBe('5.54MB');
		expect(alpine.files['/etc/os-release']).toBe(
			'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.16.2\nPRETTY_NAME="Alpine Linux v3.16"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n'
		);
		expect(alpine.rootEntries.join(' ')).toBe('bin dev etc home lib media mnt opt proc root run sbin srv sys tmp usr var');
	});

	it('prints the sizes `docker images` printed for these images', () => {
		expect(CATALOG.map((i) => `${i.name} ${shortId(i.configDigest)} ${dockerSize(i.size)}`)).toEqual([
			'busybox 2bd29714875d 1.24MB',
			'alpine 9c6f07244728 5.54MB',
			'nginx 2d389e545974 142MB',
			'redis 2460522297a1 117MB',
			'ubuntu 2dc39ba059dc 77.8MB',
			'hello-world feb5d9fea6a5 13.3kB'
		]);
	});

	it('has well-formed digests, sizes, times and tags', () => {
		for (const i of CATALOG) {
			expect(i.digest, i.name).toMatch(DIGEST);
			expect(i.configDigest, i.name).toMatch(DIGEST);
			expect(i.layers.length, i.name).toBeGreaterThan(0);
			for (const layer of i.layers) {
				expect(layer.digest, i.name).toMatch(DIGEST);
				expect(Number.isInteger(layer.size) && layer.size > 0, i.name).toBe(true);
			}
			expect(Number.isInteger(i.size) && i.size > 0, i.name).toBe(true);
			expect(i.created, i.name).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/);
			expect(Number.isNaN(Date.parse(i.created)), i.name).toBe(false);
			expect(i.tags[0], i.name).toBe('latest');
			expect(new Set(i.tags).size, i.name).toBe(i.tags.length);
			expect(i.env[0], i.name).toBe('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
			expect(i.rootEntries, i.name).toEqual([...i.rootEntries].sort());
			for (const text of Object.values(i.files)) expect(text.endsWith('\n'), i.name).toBe(true);
			for (const port of i.exposed) expect(port, i.name).toMatch(/^\d+\/(tcp|udp)$/);
		}
		expect(new Set(CATALOG.map((i) => i.digest)).size).toBe(CATALOG.length);
	});

	it('gives the rest of the lesson what it runs', () => {
		expect(image('nginx').exposed).toEqual(['80/tcp']);
		expect(image('nginx').entrypoint).toEqual(['/docker-entrypoint.sh']);
		expect(image('nginx').files['/usr/share/nginx/html/index.html']).toHaveLength(615);
		expect(image('redis').exposed).toEqual(['6379/tcp']);
		expect(image('redis').workdir).toBe('/data');
		expect(image('ubuntu').files['/etc/os-release']).toContain('PRETTY_NAME="Ubuntu 22.04.1 LTS"\n');
		expect(image('hello-world').files).toEqual({});
		for (const i of CATALOG) expect(i.output === null, i.name).toBe(i.name !== 'hello-world');
	});

	it("hello-world prints hello.c's message, line by line", () => {
		const output = image('hello-world').output!;
		const text = `${output.join('\n')}\n`;
		expect(output[0]).toBe('');
		expect(output[1]).toBe('Hello from Docker!');
		expect(output.at(-2)).toBe(' https://docs.docker.com/get-started/');
		expect(output.at(-1)).toBe('');
		expect(text).toContain('\n 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.\n    (amd64)\n');
		expect(text.length).toBe(807);
	});
});

describe('findImage', () => {
	it('resolves the forms a learner types', () => {
		const alpine = image('alpine');
		for (const [reference, tag] of [
			['alpine', 'latest'],
			['alpine:latest', 'latest'],
			['alpine:3.16', '3.16'],
			['alpine:3.16.2', '3.16.2'],
			['library/alpine', 'latest'],
			['library/alpine:3', '3'],
			['docker.io/alpine', 'latest'],
			['docker.io/library/alpine:latest', 'latest'],
			['index.docker.io/library/alpine:3.16', '3.16']
		] as const) {
			const found = findImage(reference);
			expect(found, reference).toBeDefined();
			expect(found!.image, reference).toBe(alpine);
			expect(found!.tag, reference).toBe(tag);
		}
		expect(findImage('hello-world')?.image.name).toBe('hello-world');
		expect(findImage('busybox:1.34.1')?.tag).toBe('1.34.1');
		expect(findImage('ubuntu:22.04')?.image.name).toBe('ubuntu');
		expect(findImage('nginx:mainline')?.image.name).toBe('nginx');
		expect(findImage('redis:7.0.4')?.image.name).toBe('redis');
	});

	it('rejects unknown names, tags and other registries', () => {
		for (const reference of [
			'',
			'nosuchimage',
			'postgres',
			'alpine:3.17',
			'alpine:edge',
			'alpine:',
			'busybox:1.35.0',
			'ubuntu:20.04',
			'hello-world:linux',
			'Alpine',
			'alpine:LATEST',
			'myuser/alpine',
			'library/library/alpine',
			'quay.io/alpine',
			'localhost:5000/alpine',
			'alpine@sha256:bc41182d7ef5ffc53a40b044e725193bc10142a1243f395ee852a8d9730fc2ad'
		]) {
			expect(findImage(reference), reference).toBeUndefined();
		}
	});
});
