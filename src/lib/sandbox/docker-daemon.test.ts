/**
 * Every command and flag the sandbox knows, typed as a learner would, answered as Docker 20.10
 * answers (the wording itself is checked against docker's source in docker-text.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { replay } from './session.ts';

/** The rest of an image's full id after its first 12 hex. */
const untaggedTail = (sandbox: { images: { image: { configDigest: string } }[] }) => sandbox.images[0]!.image.configDigest.slice(19);

/** What the last of these lines printed, and the sandbox after it. */
function after(...lines: string[]) {
	const session = replay(lines);
	const last = session.outcomes[session.outcomes.length - 1]!;
	return { lines: last.lines, story: last.story, sandbox: session.sandboxes[session.sandboxes.length - 1]!, prompt: last.prompt };
}

describe('docker, as the sandbox answers it', () => {
	it('version and help', () => {
		expect(after('docker version').lines.slice(0, 3)).toEqual(['Client: Docker Engine - Community', ' Version:           20.10.17', ' API version:       1.41']);
		expect(after('docker --version').lines).toEqual(['Docker version 20.10.17, build 100c701']);
		expect(after('docker run --help').lines[1]).toBe('Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]');
		expect(after('docker help ps').lines[1]).toBe('Usage:  docker ps [OPTIONS]');
		expect(after('docker').lines[1]).toBe('Usage:  docker [OPTIONS] COMMAND');
		expect(after('docker help nope').lines).toEqual(['unknown help topic: nope']);
	});

	it('pull: new, already here, an unknown repository, an unknown tag, -q', () => {
		expect(after('docker pull alpine').lines).toEqual([
			'Using default tag: latest',
			'latest: Pulling from library/alpine',
			expect.stringMatching(/^213ec9aee27d: Pull complete$/),
			expect.stringMatching(/^Digest: sha256:[0-9a-f]{64}$/),
			'Status: Downloaded newer image for alpine:latest',
			'docker.io/library/alpine:latest'
		]);
		expect(after('docker pull alpine', 'docker pull alpine:latest').lines).toContain('Status: Image is up to date for alpine:latest');
		expect(after('docker pull nosuch').lines).toEqual(['Using default tag: latest', "Error response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"]);
		expect(after('docker pull alpine:nope').lines).toEqual(['Error response from daemon: manifest for alpine:nope not found: manifest unknown: manifest unknown']);
		expect(after('docker pull -q busybox').lines).toEqual(['docker.io/library/busybox:latest']);
	});

	it('images and image ls, -q and a filter', () => {
		const two = ['docker pull busybox', 'docker pull alpine'];
		expect(after(...two, 'docker images').lines.map((l) => l.split(/\s{2,}/)[0])).toEqual(['REPOSITORY', 'alpine', 'busybox']);
		expect(after(...two, 'docker image ls -q').lines).toEqual(['9c6f07244728', '2bd29714875d']);
		expect(after(...two, 'docker images busybox').lines).toHaveLength(2);
	});

	it('run: a command, -d, --rm, --name, -e, -p, limits, and what cannot run', () => {
		expect(after('docker run busybox echo hi').lines.slice(-1)).toEqual(['hi']);
		const detached = after('docker run -d --name web -p 8080:80 nginx');
		expect(detached.lines[detached.lines.length - 1]).toMatch(/^[0-9a-f]{64}$/);
		expect(detached.sandbox.containers[0]).toMatchObject({ name: 'web', state: 'running', options: { ports: [{ host: 8080, container: 80, proto: 'tcp' }] } });
		expect(after('docker run -d --name web nginx', 'docker ps').lines[1]).toMatch(/nginx\s+"\/docker-entrypoint\.…"\s+.*Up 5 seconds\s+80\/tcp\s+web$/);
		expect(after('docker run --rm busybox true').sandbox.containers).toEqual([]);
		expect(after('docker run -e GREETING=hi busybox env').lines).toContain('GREETING=hi');
		expect(after('docker run -m 64m --cpus 0.5 --pids-limit 100 -d busybox sleep 60').sandbox.containers[0]!.options).toMatchObject({ memory: 64 * 1024 * 1024, cpus: 0.5, pidsLimit: 100 });
		expect(after('docker run -m lots busybox').lines[0]).toMatch(/^invalid argument "lots" for "-m, --memory" flag/);
		expect(after('docker run --name a busybox true', 'docker run --name a busybox true').lines).toEqual([
			expect.stringMatching(/^docker: Error response from daemon: Conflict\. The container name "\/a" is already in use by container "[0-9a-f]{64}"\. You have to remove \(or rename\) that container to be able to reuse that name\.$/),
			"See 'docker run --help'."
		]);
		const missing = after('docker run busybox nosuchprogram');
		expect(missing.lines[missing.lines.length - 1]).toContain('exec: "nosuchprogram": executable file not found in $PATH: unknown.');
		expect(missing.sandbox.containers[0]).toMatchObject({ state: 'created', exitCode: 127 });
		expect(after('docker run hello-world').lines).toContain('Hello from Docker!');
		expect(after('docker run').lines[0]).toBe('"docker run" requires at least 1 argument.');
		expect(after('docker run --foo busybox').lines).toEqual(['unknown flag: --foo', "See 'docker run --help'."]);
	});

	it('ps, -a, -q', () => {
		const base = ['docker run -d --name up busybox sleep 3600', 'docker run --name done busybox true'];
		expect(after(...base, 'docker ps').lines.slice(1).map((l) => l.split(/\s+/).pop())).toEqual(['up']);
		expect(after(...base, 'docker ps -a').lines.slice(1).map((l) => l.split(/\s+/).pop())).toEqual(['done', 'up']);
		expect(after(...base, 'docker ps -aq').lines).toHaveLength(2);
		expect(after('docker ps -z').lines).toEqual(["unknown shorthand flag: 'z' in -z", "See 'docker ps --help'."]);
	});

	it('start, stop, kill, restart', () => {
		const web = ['docker run -d --name web nginx'];
		expect(after(...web, 'docker stop web')).toMatchObject({ lines: ['web'], sandbox: { containers: [{ state: 'exited', exitCode: 0 }] } });
		expect(after(...web, 'docker kill web')).toMatchObject({ lines: ['web'], sandbox: { containers: [{ state: 'exited', exitCode: 137 }] } });
		expect(after(...web, 'docker stop web', 'docker start web').sandbox.containers[0]!.state).toBe('running');
		expect(after(...web, 'docker restart web').sandbox.containers[0]!.state).toBe('running');
		expect(after(...web, 'docker stop web', 'docker kill web').lines[0]).toMatch(/^Error response from daemon: Cannot kill container: web: Container [0-9a-f]{64} is not running$/);
		expect(after('docker stop ghost').lines).toEqual(['Error response from daemon: No such container: ghost']);
	});

	it('rm and rmi: a running container, -f, an image in use, missing ones', () => {
		const web = ['docker run -d --name web nginx'];
		expect(after(...web, 'docker rm web').lines[0]).toMatch(/^Error response from daemon: You cannot remove a running container [0-9a-f]{64}\. Stop the container before attempting removal or force remove$/);
		expect(after(...web, 'docker rm -f web')).toMatchObject({ lines: ['web'], sandbox: { containers: [] } });
		expect(after('docker rm ghost').lines).toEqual(['Error: No such container: ghost']);
		const used = ['docker run --name old busybox true'];
		expect(after(...used, 'docker rmi busybox').lines[0]).toMatch(/^Error response from daemon: conflict: unable to remove repository reference "busybox" \(must force\) - container [0-9a-f]{12} is using its referenced image 2bd29714875d$/);
		expect(after(...used, 'docker rm old', 'docker rmi busybox').lines).toEqual([
			'Untagged: busybox:latest',
			'Untagged: busybox@sha256:ad9bd57a3a57cc95515c537b89aaa69d83a6df54c4050fcf2b41ad367bec0cd5',
			expect.stringMatching(/^Deleted: sha256:2bd29714875d[0-9a-f]{52}$/)
		]);
		// -f on a tag a container still uses only untags it: the image stays for the container.
		expect(after(...used, 'docker rmi -f busybox').lines).toEqual(['Untagged: busybox:latest', expect.stringMatching(/^Untagged: busybox@sha256:/)]);
		expect(after(...used, 'docker rm old', 'docker rmi busybox').sandbox.images).toEqual([]);
		expect(after('docker rmi nope').lines).toEqual(['Error: No such image: nope']);
		// Untagged while a container still uses it: the image stays, as <none>; its ID still names it.
		const untagged = after(...used, 'docker rmi -f busybox', 'docker images');
		expect(untagged.lines[1]).toMatch(/^<none>\s+<none>\s+2bd29714875d\s+4 days ago\s+1\.24MB$/);
		expect(after(...used, 'docker rmi -f busybox', 'docker rm old', 'docker rmi 2bd2').lines).toEqual(['Deleted: sha256:2bd29714875d' + untaggedTail(untagged.sandbox)]);
		// Pulled back, it is the same image with its tag again.
		expect(after(...used, 'docker rmi -f busybox', 'docker pull busybox', 'docker images').lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(['busybox']);
	});

	it('a second tag of an image that is here downloads nothing: its layers already exist', () => {
		expect(after('docker pull alpine', 'docker pull alpine:3.16').lines).toEqual([
			'3.16: Pulling from library/alpine',
			'213ec9aee27d: Already exists',
			expect.stringMatching(/^Digest: sha256:/),
			'Status: Downloaded newer image for alpine:3.16',
			'docker.io/library/alpine:3.16'
		]);
		expect(after('docker pull alpine', 'docker pull alpine:3.16', 'docker images').lines.slice(1).map((l) => l.split(/\s+/).slice(0, 3).join(' '))).toEqual(['alpine 3.16 9c6f07244728', 'alpine latest 9c6f07244728']);
	});

	it('logs, exec and inspect', () => {
		expect(after('docker run --name say busybox echo hi', 'docker logs say').lines).toEqual(['hi']);
		expect(after('docker run -d --name web nginx', 'docker exec web hostname').lines[0]).toMatch(/^[0-9a-f]{12}$/);
		const shell = after('docker run -d --name web nginx', 'docker exec -it web bash');
		expect(shell.prompt).toMatch(/^root@[0-9a-f]{12}:\/# $/);
		expect(after('docker run -d --name web nginx', 'docker exec -it web bash', 'exit').sandbox).toMatchObject({ containers: [{ state: 'running' }] });
		expect(after('docker run --name done busybox true', 'docker exec done ls').lines[0]).toMatch(/^Error response from daemon: Container [0-9a-f]{64} is not running$/);
		expect(after('docker run --name done busybox true', "docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' done").lines).toEqual(['exited 0']);
		expect(after('docker inspect ghost').lines).toEqual(['[]', 'Error: No such object: ghost']);
	});

	it('inside a container: the shell answers, exit leaves it and stops the container', () => {
		const inside = ['docker run -it alpine sh'];
		expect(after(...inside, 'hostname').lines[0]).toMatch(/^[0-9a-f]{12}$/);
		expect(after(...inside, 'ls /').lines).toEqual(['bin    dev    etc    home   lib    media  mnt    opt    proc   root   run    sbin   srv    sys    tmp    usr    var']);
		expect(after(...inside, 'uname -r').lines).toEqual(['3.10.0-1160.el7.x86_64']);
		expect(after(...inside, 'docker ps').lines).toEqual(['sh: docker: not found']);
		expect(after(...inside, 'cat /nope').lines).toEqual(["cat: can't open '/nope': No such file or directory"]);
		expect(after(...inside, 'exit 3')).toMatchObject({ prompt: 'root@docker-lab:~# ', sandbox: { containers: [{ state: 'exited', exitCode: 3 }] } });
	});

	it('not docker at all', () => {
		expect(after('dockr ps').lines).toEqual(['-bash: dockr: command not found']);
		expect(after('docker frobnicate').lines).toEqual(["docker: 'frobnicate' is not a docker command.", "See 'docker --help'"]);
		expect(after('docker ps | grep x').story).toEqual({ kind: 'unsupported', what: '|' });
	});
});
