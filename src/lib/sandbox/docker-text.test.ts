import { describe, expect, it } from 'vitest';
import {
	ADDITIONAL_HELP_ANSI,
	ago,
	argumentError,
	ellipsis,
	executableNotFound,
	execNotFound,
	familiarWithTag,
	flagNeedsArgument,
	goFormatG,
	goQuote,
	HELP,
	HELP_TRIMMED,
	helpText,
	humanDuration,
	humanSize,
	imageInUse,
	imagesQuiet,
	imagesTable,
	invalidArgument,
	manifestUnknown,
	nameInUse,
	noSuchContainer,
	noSuchImage,
	noSuchObject,
	notRunning,
	portsText,
	psCommand,
	psQuiet,
	psTable,
	pullAccessDenied,
	pullLines,
	pullProgressLines,
	REASON,
	removeRunning,
	requiresArguments,
	rmiLines,
	runPullLines,
	statusText,
	tabwrite,
	unableToFindLocally,
	unknownCommand,
	unknownFlag,
	unknownHelpTopic,
	unknownShorthand,
	versionLine,
	versionText
} from './docker-text.ts';

const ID64 = '3f2a1c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f';
const DIGEST = 'sha256:3614ca5eacf0a3a1bcc361c939202a974b4902b9334ff36eb29ffe9011aaad83';

describe('Go formatting', () => {
	it('formats %.3g as Go does, ties to even and the %e form included', () => {
		expect(goFormatG(1.24, 3)).toBe('1.24');
		expect(goFormatG(142, 3)).toBe('142');
		expect(goFormatG(1, 3)).toBe('1');
		expect(goFormatG(10, 3)).toBe('10');
		expect(goFormatG(1.5, 3)).toBe('1.5');
		expect(goFormatG(1.125, 3)).toBe('1.12'); // exact tie: Go rounds to even, JS toPrecision would give 1.13
		expect(goFormatG(999.6, 3)).toBe('1e+03');
		expect(goFormatG(0.0001234, 3)).toBe('0.000123');
		expect(goFormatG(0.00001234, 3)).toBe('1.23e-05');
		expect(goFormatG(0, 3)).toBe('0');
	});

	it('quotes as strconv.Quote', () => {
		expect(goQuote('echo hello world')).toBe('"echo hello world"');
		expect(goQuote('sh -c "echo hi"')).toBe('"sh -c \\"echo hi\\""');
		expect(goQuote('a\\b\tc\n')).toBe('"a\\\\b\\tc\\n"');
		expect(goQuote('sh -c \'while true; …')).toBe('"sh -c \'while true; …"');
		expect(goQuote('\x01')).toBe('"\\x01"');
	});

	it('aligns like text/tabwriter: blocks end at a line without the column, last cells unpadded', () => {
		expect(tabwrite('a\tb\nlonger\tc\n', 1, 1)).toEqual(['a      b', 'longer c']);
		expect(tabwrite('x\t1\nno tabs here\nyy\t2\n', 4, 1)).toEqual(['x   1', 'no tabs here', 'yy  2']);
		expect(tabwrite('a\t\tz\n', 3, 1)).toEqual(['a     z']);
	});
});

describe('sizes and times (go-units)', () => {
	it('humanSize is HumanSizeWithPrecision(size, 3), decimal units', () => {
		expect(humanSize(1_240_000)).toBe('1.24MB');
		expect(humanSize(5_540_000)).toBe('5.54MB');
		expect(humanSize(142_000_000)).toBe('142MB');
		expect(humanSize(13_300)).toBe('13.3kB');
		expect(humanSize(13_256)).toBe('13.3kB');
		expect(humanSize(77_800_000)).toBe('77.8MB');
		expect(humanSize(5_000_000_000)).toBe('5GB');
		expect(humanSize(1000)).toBe('1kB');
		expect(humanSize(999)).toBe('999B');
		expect(humanSize(0)).toBe('0B');
		expect(humanSize(1_125_000)).toBe('1.12MB');
		expect(humanSize(999_600)).toBe('1e+03kB');
	});

	it('humanDuration is units.HumanDuration', () => {
		expect(humanDuration(0)).toBe('Less than a second');
		expect(humanDuration(0.7)).toBe('Less than a second');
		expect(humanDuration(-3)).toBe('Less than a second');
		expect(humanDuration(1)).toBe('1 second');
		expect(humanDuration(1.9)).toBe('1 second');
		expect(humanDuration(5)).toBe('5 seconds');
		expect(humanDuration(59)).toBe('59 seconds');
		expect(humanDuration(60)).toBe('About a minute');
		expect(humanDuration(119)).toBe('About a minute');
		expect(humanDuration(180)).toBe('3 minutes');
		expect(humanDuration(3599)).toBe('59 minutes');
		expect(humanDuration(3600)).toBe('About an hour');
		expect(humanDuration(5399)).toBe('About an hour');
		expect(humanDuration(5400)).toBe('2 hours');
		expect(humanDuration(47 * 3600)).toBe('47 hours');
		expect(humanDuration(47.5 * 3600)).toBe('2 days');
		expect(humanDuration(4 * 86400)).toBe('4 days');
		expect(humanDuration(13 * 86400)).toBe('13 days');
		expect(humanDuration(14 * 86400)).toBe('2 weeks');
		expect(humanDuration(21 * 86400)).toBe('3 weeks');
		expect(humanDuration(59 * 86400)).toBe('8 weeks');
		expect(humanDuration(60 * 86400)).toBe('2 months');
		expect(humanDuration(270 * 86400)).toBe('9 months');
		expect(humanDuration(729 * 86400)).toBe('24 months');
		expect(humanDuration(730 * 86400)).toBe('2 years');
		expect(humanDuration(3 * 365 * 86400)).toBe('3 years');
	});

	it('ago adds " ago"', () => {
		expect(ago(4 * 86400)).toBe('4 days ago');
		expect(ago(0)).toBe('Less than a second ago');
	});
});

describe('docker images', () => {
	it('prints the default table, tabwriter(10, 1, 3) aligned', () => {
		expect(
			imagesTable([
				{ repository: 'busybox', tag: 'latest', id: '2bd29714875d', createdSecondsAgo: 4 * 86400, size: 1_240_000 },
				{ repository: 'nginx', tag: '1.23', id: '55f4b40fe486', createdSecondsAgo: 3 * 7 * 86400, size: 142_000_000 }
			])
		).toEqual([
			'REPOSITORY   TAG       IMAGE ID       CREATED       SIZE',
			'busybox      latest    2bd29714875d   4 days ago    1.24MB',
			'nginx        1.23      55f4b40fe486   3 weeks ago   142MB'
		]);
	});

	it('prints only the header when there are no images', () => {
		expect(imagesTable([])).toEqual(['REPOSITORY   TAG       IMAGE ID   CREATED   SIZE']);
	});

	it('widens a column to its longest cell plus 3', () => {
		expect(
			imagesTable([{ repository: 'registry.example.com/team/app', tag: '<none>', id: 'a1b2c3d4e5f6', createdSecondsAgo: 90, size: 13_300 }])
		).toEqual([
			'REPOSITORY                      TAG       IMAGE ID       CREATED              SIZE',
			'registry.example.com/team/app   <none>    a1b2c3d4e5f6   About a minute ago   13.3kB'
		]);
	});

	it('-q prints the IDs alone', () => {
		expect(imagesQuiet(['2bd29714875d', '55f4b40fe486'])).toEqual(['2bd29714875d', '55f4b40fe486']);
	});
});

describe('docker ps', () => {
	it('always prints the header', () => {
		expect(psTable([])).toEqual(['CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES']);
	});

	it('quotes the command after truncating it to 20 characters, and aligns every column', () => {
		expect(
			psTable([
				{
					id: '3f2a1c9d8e7b',
					image: 'nginx',
					command: psCommand(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']),
					createdSecondsAgo: 65,
					status: statusText({ state: 'running', startedSecondsAgo: 64 }),
					ports: portsText([{ host: 8080, container: 80, proto: 'tcp' }], ['80/tcp']),
					name: 'web'
				},
				{
					id: 'aaaabbbbcccc',
					image: 'busybox',
					command: 'echo hello world',
					createdSecondsAgo: 3,
					status: statusText({ state: 'exited', exitCode: 0, finishedSecondsAgo: 2 }),
					ports: '',
					name: 'nifty_hopper'
				}
			])
		).toEqual([
			'CONTAINER ID   IMAGE     COMMAND                  CREATED              STATUS                     PORTS                                   NAMES',
			'3f2a1c9d8e7b   nginx     "/docker-entrypoint.…"   About a minute ago   Up About a minute          0.0.0.0:8080->80/tcp, :::8080->80/tcp   web',
			'aaaabbbbcccc   busybox   "echo hello world"       3 seconds ago        Exited (0) 2 seconds ago                                           nifty_hopper'
		]);
	});

	it('builds the daemon command string and ellipsizes as formatter.Ellipsis', () => {
		expect(psCommand(['sh', '-c', 'while true; do sleep 1; done'])).toBe("sh -c 'while true; do sleep 1; done'");
		expect(psCommand(['top'])).toBe('top');
		expect(ellipsis("sh -c 'while true; do sleep 1; done'", 20)).toBe("sh -c 'while true; …");
		expect(ellipsis('12345678901234567890', 20)).toBe('12345678901234567890');
		expect(ellipsis('123456789012345678901', 20)).toBe('1234567890123456789…');
		expect(ellipsis('打印一二三四五六七八九十', 20)).toBe('打印一二三四五六七八九十'.slice(0, 9) + '…');
		const row = psTable([{ id: 'c0ffee123456', image: 'alpine', command: psCommand(['sh', '-c', 'while true; do sleep 1; done']), createdSecondsAgo: 10, status: 'Up 9 seconds', ports: '', name: 'loop' }]);
		expect(row[1]).toBe('c0ffee123456   alpine    "sh -c \'while true; …"   10 seconds ago   Up 9 seconds             loop');
	});

	it('-q prints the IDs alone', () => {
		expect(psQuiet(['3f2a1c9d8e7b', 'aaaabbbbcccc'])).toEqual(['3f2a1c9d8e7b', 'aaaabbbbcccc']);
	});

	it('statusText follows container/state.go', () => {
		expect(statusText({ state: 'created' })).toBe('Created');
		expect(statusText({ state: 'running', startedSecondsAgo: 5 })).toBe('Up 5 seconds');
		expect(statusText({ state: 'running', startedSecondsAgo: 0 })).toBe('Up Less than a second');
		expect(statusText({ state: 'running', startedSecondsAgo: 7200 })).toBe('Up 2 hours');
		expect(statusText({ state: 'paused', startedSecondsAgo: 30 })).toBe('Up 30 seconds (Paused)');
		expect(statusText({ state: 'exited', exitCode: 0, finishedSecondsAgo: 3 })).toBe('Exited (0) 3 seconds ago');
		expect(statusText({ state: 'exited', exitCode: 137, finishedSecondsAgo: 0 })).toBe('Exited (137) Less than a second ago');
	});

	it('portsText follows DisplayablePorts over the 20.10 daemon port list', () => {
		expect(portsText([{ host: 8080, container: 80, proto: 'tcp' }], [])).toBe('0.0.0.0:8080->80/tcp, :::8080->80/tcp');
		expect(portsText([{ host: 8080, container: 80, proto: 'tcp' }], ['80/tcp'])).toBe('0.0.0.0:8080->80/tcp, :::8080->80/tcp');
		expect(portsText([], ['80/tcp'])).toBe('80/tcp');
		expect(portsText([], ['80'])).toBe('80/tcp');
		expect(portsText([], ['80/tcp', '81/tcp', '443/tcp'])).toBe('80-81/tcp, 443/tcp');
		expect(portsText([{ host: 8080, container: 80, proto: 'tcp' }], ['80/tcp', '443/tcp'])).toBe('443/tcp, 0.0.0.0:8080->80/tcp, :::8080->80/tcp');
		expect(portsText([{ host: 80, container: 80, proto: 'tcp' }], [])).toBe('0.0.0.0:80->80/tcp, :::80->80/tcp');
		expect(portsText([{ host: 80, container: 80, proto: 'tcp' }, { host: 81, container: 81, proto: 'tcp' }], [])).toBe('0.0.0.0:80-81->80-81/tcp, :::80-81->80-81/tcp');
		expect(portsText([{ host: 5353, container: 53, proto: 'udp' }], [])).toBe('0.0.0.0:5353->53/udp, :::5353->53/udp');
		expect(portsText([{ host: 8080, container: 80, proto: 'tcp', hostIp: '127.0.0.1' }], [])).toBe('127.0.0.1:8080->80/tcp');
		expect(portsText([], [])).toBe('');
	});
});

describe('docker version', () => {
	it('prints the 20.10.17 client and server blocks, values at column 20', () => {
		expect(versionText()).toEqual([
			'Client: Docker Engine - Community',
			' Version:           20.10.17',
			' API version:       1.41',
			' Go version:        go1.17.11',
			' Git commit:        100c701',
			' Built:             Mon Jun  6 23:02:57 2022',
			' OS/Arch:           linux/amd64',
			' Context:           default',
			' Experimental:      true',
			'',
			'Server: Docker Engine - Community',
			' Engine:',
			'  Version:          20.10.17',
			'  API version:      1.41 (minimum version 1.12)',
			'  Go version:       go1.17.11',
			'  Git commit:       a89b842',
			'  Built:            Mon Jun  6 23:01:03 2022',
			'  OS/Arch:          linux/amd64',
			'  Experimental:     false',
			' containerd:',
			'  Version:          1.6.6',
			'  GitCommit:        10c12954828e7c7c9b6e0ea9b0c02b01407d3ae1',
			' runc:',
			'  Version:          1.1.2',
			'  GitCommit:        v1.1.2-0-ga916309',
			' docker-init:',
			'  Version:          0.19.0',
			'  GitCommit:        de40ad0'
		]);
	});

	it('docker --version', () => {
		expect(versionLine()).toBe('Docker version 20.10.17, build 100c701');
	});
});

describe('docker pull', () => {
	const busybox = { name: 'busybox', tag: 'latest', layers: ['729ce43e2c91'], digest: DIGEST, alreadyHave: false, upToDate: false };

	it('a fresh pull without a tag', () => {
		expect(pullLines({ ...busybox, explicitTag: false })).toEqual([
			'Using default tag: latest',
			'latest: Pulling from library/busybox',
			'729ce43e2c91: Pull complete',
			`Digest: ${DIGEST}`,
			'Status: Downloaded newer image for busybox:latest',
			'docker.io/library/busybox:latest'
		]);
	});

	it('an image already up to date, tag typed', () => {
		expect(pullLines({ ...busybox, explicitTag: true, alreadyHave: true, upToDate: true })).toEqual([
			'latest: Pulling from library/busybox',
			`Digest: ${DIGEST}`,
			'Status: Image is up to date for busybox:latest',
			'docker.io/library/busybox:latest'
		]);
	});

	it('layers already there, a user repository, quiet', () => {
		expect(pullLines({ name: 'me/app', tag: '1.0', explicitTag: true, layers: ['aaaaaaaaaaaa', 'bbbbbbbbbbbb'], digest: DIGEST, alreadyHave: ['aaaaaaaaaaaa'], upToDate: false })).toEqual([
			'1.0: Pulling from me/app',
			'aaaaaaaaaaaa: Already exists',
			'bbbbbbbbbbbb: Pull complete',
			`Digest: ${DIGEST}`,
			'Status: Downloaded newer image for me/app:1.0',
			'docker.io/me/app:1.0'
		]);
		expect(pullLines({ ...busybox, explicitTag: false, quiet: true })).toEqual(['docker.io/library/busybox:latest']);
	});

	it('docker run of a missing image', () => {
		expect(unableToFindLocally('alpine')).toEqual(["Unable to find image 'alpine:latest' locally"]);
		expect(unableToFindLocally('alpine:3.16')).toEqual(["Unable to find image 'alpine:3.16' locally"]);
		expect(unableToFindLocally('docker.io/library/alpine')).toEqual(["Unable to find image 'alpine:latest' locally"]);
		expect(runPullLines(busybox)).toEqual([
			"Unable to find image 'busybox:latest' locally",
			'latest: Pulling from library/busybox',
			'729ce43e2c91: Pull complete',
			`Digest: ${DIGEST}`,
			'Status: Downloaded newer image for busybox:latest'
		]);
		expect(pullProgressLines({ ...busybox, tag: '1.35' })[0]).toBe('1.35: Pulling from library/busybox');
		expect(familiarWithTag('me/app')).toBe('me/app:latest');
	});
});

describe('errors', () => {
	it('unknown command', () => {
		expect(unknownCommand('foo')).toEqual(["docker: 'foo' is not a docker command.", "See 'docker --help'"]);
		expect(unknownHelpTopic(['foo'])).toEqual(['unknown help topic: foo']);
	});

	it('flag errors (FlagErrorFunc)', () => {
		expect(unknownFlag('docker run', '--foo')).toEqual(['unknown flag: --foo', "See 'docker run --help'."]);
		expect(unknownFlag('run', '--foo=bar')).toEqual(['unknown flag: --foo', "See 'docker run --help'."]);
		expect(unknownFlag('docker ps', '-z')).toEqual(["unknown shorthand flag: 'z' in -z", "See 'docker ps --help'."]);
		expect(unknownShorthand('docker run', 'z', 'z')).toEqual(["unknown shorthand flag: 'z' in -z", "See 'docker run --help'."]);
		expect(unknownShorthand('docker run', 'z', '-zd')).toEqual(["unknown shorthand flag: 'z' in -zd", "See 'docker run --help'."]);
		expect(unknownShorthand('docker run', 'z', '-itz')).toEqual(["unknown shorthand flag: 'z' in -z", "See 'docker run --help'."]);
		expect(flagNeedsArgument('docker run', '--name')).toEqual(['flag needs an argument: --name', "See 'docker run --help'."]);
		expect(flagNeedsArgument('docker run', '--env', 'e')).toEqual(["flag needs an argument: 'e' in -e", "See 'docker run --help'."]);
		expect(invalidArgument('docker run', '-m', 'abc', REASON.size('abc'))).toEqual([
			'invalid argument "abc" for "-m, --memory" flag: invalid size: \'abc\'',
			"See 'docker run --help'."
		]);
		expect(invalidArgument('docker run', '--memory', 'abc', REASON.size('abc'))[0]).toBe('invalid argument "abc" for "-m, --memory" flag: invalid size: \'abc\'');
		expect(invalidArgument('docker run', '--cpus', 'x', REASON.cpus('x'))[0]).toBe('invalid argument "x" for "--cpus" flag: failed to parse x as a rational number');
		expect(invalidArgument('docker run', '--pids-limit', 'abc', REASON.int('abc'))[0]).toBe('invalid argument "abc" for "--pids-limit" flag: strconv.ParseInt: parsing "abc": invalid syntax');
		expect(invalidArgument('docker stop', '-t', 'soon', REASON.int('soon'))).toEqual([
			'invalid argument "soon" for "-t, --time" flag: strconv.ParseInt: parsing "soon": invalid syntax',
			"See 'docker stop --help'."
		]);
	});

	it('a flag error on the root command prints the whole usage', () => {
		const lines = unknownFlag('docker', '--foo');
		expect(lines.slice(0, 5)).toEqual(['unknown flag: --foo', "See 'docker --help'.", '', 'Usage:  docker [OPTIONS] COMMAND', '']);
		expect(lines.slice(-3)).toEqual(['', 'To get more help with docker, check out our guides at https://docs.docker.com/go/guides/', '']);
	});

	it('argument counts (cli/required.go)', () => {
		expect(requiresArguments('docker run', 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]', 'Run a command in a new container', 1)).toEqual([
			'"docker run" requires at least 1 argument.',
			"See 'docker run --help'.",
			'',
			'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
			'',
			'Run a command in a new container'
		]);
		expect(requiresArguments('docker exec', 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]', 'Run a command in a running container', 2)[0]).toBe('"docker exec" requires at least 2 arguments.');
		expect(requiresArguments('docker logs', 'docker logs [OPTIONS] CONTAINER', 'Fetch the logs of a container', 1, true)[0]).toBe('"docker logs" requires exactly 1 argument.');
		expect(requiresArguments('docker ps', 'docker ps [OPTIONS]', 'List containers', 0, true)).toEqual([
			'"docker ps" accepts no arguments.',
			"See 'docker ps --help'.",
			'',
			'Usage:  docker ps [OPTIONS]',
			'',
			'List containers'
		]);
		expect(requiresArguments('docker images', 'docker images [OPTIONS] [REPOSITORY[:TAG]]', 'List images', 0, false, 1)[0]).toBe('"docker images" requires at most 1 argument.');
		expect(argumentError('docker pull', 0)?.[0]).toBe('"docker pull" requires exactly 1 argument.');
		expect(argumentError('docker pull', 1)).toBeNull();
		expect(argumentError('docker version', 1)?.slice(0, 4)).toEqual(['"docker version" accepts no arguments.', "See 'docker version --help'.", '', 'Usage:  docker version [OPTIONS]']);
	});

	it('no such container, per command', () => {
		expect(noSuchContainer('x', 'docker stop')).toEqual(['Error response from daemon: No such container: x']);
		expect(noSuchContainer('x', 'docker restart')).toEqual(['Error response from daemon: No such container: x']);
		expect(noSuchContainer('x', 'docker kill')).toEqual(['Error response from daemon: Cannot kill container: x: No such container: x']);
		expect(noSuchContainer('x', 'docker start')).toEqual(['Error response from daemon: No such container: x', 'Error: failed to start containers: x']);
		expect(noSuchContainer('x', 'docker rm')).toEqual(['Error: No such container: x']);
		expect(noSuchContainer('x', 'docker logs')).toEqual(['Error: No such container: x']);
		expect(noSuchContainer('x', 'docker exec')).toEqual(['Error: No such container: x']);
		expect(noSuchContainer('x', 'docker inspect')).toEqual(['[]', 'Error: No such object: x']);
		expect(noSuchObject('x')).toEqual(['Error: No such object: x']);
	});

	it('no such image, per command', () => {
		expect(noSuchImage('foo', 'docker rmi')).toEqual(['Error: No such image: foo']);
		expect(noSuchImage('foo:1.0', 'rmi')).toEqual(['Error: No such image: foo:1.0']);
		expect(noSuchImage('foo', 'docker inspect')).toEqual(['[]', 'Error: No such object: foo']);
		expect(noSuchImage('foo', 'docker image inspect')).toEqual(['[]', 'Error: No such image: foo']);
		expect(noSuchImage('foo', 'docker tag')).toEqual(['Error response from daemon: No such image: foo:latest']);
		expect(noSuchImage('foo', 'docker run')).toEqual(['docker: Error response from daemon: No such image: foo:latest.', "See 'docker run --help'."]);
	});

	it('registry errors', () => {
		const denied = "Error response from daemon: pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied";
		expect(pullAccessDenied('foo', 'docker pull')).toEqual([denied]);
		expect(pullAccessDenied('foo', 'docker run')).toEqual([`docker: ${denied}.`, "See 'docker run --help'."]);
		expect(manifestUnknown('alpine', 'nope', 'docker pull')).toEqual(['Error response from daemon: manifest for alpine:nope not found: manifest unknown: manifest unknown']);
		expect(manifestUnknown('alpine', 'nope', 'docker run')).toEqual([
			'docker: Error response from daemon: manifest for alpine:nope not found: manifest unknown: manifest unknown.',
			"See 'docker run --help'."
		]);
	});

	it('name conflict', () => {
		expect(nameInUse('web', ID64)).toEqual([
			`docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${ID64}". You have to remove (or rename) that container to be able to reuse that name.`,
			"See 'docker run --help'."
		]);
	});

	it('image delete conflicts (image_delete.go)', () => {
		expect(imageInUse('busybox', '2bd29714875d', '3f2a1c9d8e7b', false)).toEqual([
			'Error response from daemon: conflict: unable to remove repository reference "busybox" (must force) - container 3f2a1c9d8e7b is using its referenced image 2bd29714875d'
		]);
		expect(imageInUse('busybox', '2bd29714875d', '3f2a1c9d8e7b', true)).toEqual([]);
		expect(imageInUse('2bd29714875d', '2bd29714875d', '3f2a1c9d8e7b', true)).toEqual([
			'Error response from daemon: conflict: unable to delete 2bd29714875d (cannot be forced) - image is being used by running container 3f2a1c9d8e7b'
		]);
		expect(imageInUse('2bd2', '2bd29714875d', '3f2a1c9d8e7b', false, { running: false })).toEqual([
			'Error response from daemon: conflict: unable to delete 2bd29714875d (must be forced) - image is being used by stopped container 3f2a1c9d8e7b'
		]);
		expect(imageInUse('2bd2', '2bd29714875d', '3f2a1c9d8e7b', true, { running: false })).toEqual([]);
	});

	it('running / not running', () => {
		expect(removeRunning(ID64)).toEqual([
			`Error response from daemon: You cannot remove a running container ${ID64}. Stop the container before attempting removal or force remove`
		]);
		expect(removeRunning(ID64, { paused: true })).toEqual([
			`Error response from daemon: You cannot remove a paused container ${ID64}. Unpause and then stop the container before attempting removal or force remove`
		]);
		expect(notRunning(ID64, 'docker exec')).toEqual([`Error response from daemon: Container ${ID64} is not running`]);
		expect(notRunning(ID64, 'docker kill', 'web')).toEqual([`Error response from daemon: Cannot kill container: web: Container ${ID64} is not running`]);
	});

	it('rmi output', () => {
		expect(rmiLines(['busybox:latest', `busybox@${DIGEST}`], ['sha256:2bd29714875d9206777f9e8876033cbcd58edd14f2c0f1203435296b3f31c5f7', 'sha256:0438ade5aeea533b00cd75095bec75fbc2b307bace4c89bb39b75d428637bcd8'])).toEqual([
			'Untagged: busybox:latest',
			`Untagged: busybox@${DIGEST}`,
			'Deleted: sha256:2bd29714875d9206777f9e8876033cbcd58edd14f2c0f1203435296b3f31c5f7',
			'Deleted: sha256:0438ade5aeea533b00cd75095bec75fbc2b307bace4c89bb39b75d428637bcd8'
		]);
	});

	it('a command the image does not have (exit 127) and exec of one (exit 126)', () => {
		expect(executableNotFound('foo')).toEqual([
			'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "foo": executable file not found in $PATH: unknown.'
		]);
		expect(executableNotFound('/bin/nope')).toEqual([
			'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/bin/nope": stat /bin/nope: no such file or directory: unknown.'
		]);
		expect(executableNotFound('foo', { waitError: true })[1]).toBe('ERRO[0000] error waiting for container: context canceled');
		expect(executableNotFound('foo', { command: 'docker start', container: 'web' })).toEqual([
			'Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "foo": executable file not found in $PATH: unknown',
			'Error: failed to start containers: web'
		]);
		expect(execNotFound('bash')).toEqual(['OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown']);
	});
});

describe('--help', () => {
	it('docker --help: options wrapped at 79 columns, commands padded to 11', () => {
		const h = HELP['docker']!;
		expect(h.slice(0, 26)).toEqual([
			'',
			'Usage:  docker [OPTIONS] COMMAND',
			'',
			'A self-sufficient runtime for containers',
			'',
			'Options:',
			'      --config string      Location of client config files (default',
			'                           "/root/.docker")',
			'  -c, --context string     Name of the context to use to connect to the',
			'                           daemon (overrides DOCKER_HOST env var and',
			'                           default context set with "docker context use")',
			'  -D, --debug              Enable debug mode',
			'  -H, --host list          Daemon socket(s) to connect to',
			'  -l, --log-level string   Set the logging level',
			'                           ("debug"|"info"|"warn"|"error"|"fatal")',
			'                           (default "info")',
			'      --tls                Use TLS; implied by --tlsverify',
			'      --tlscacert string   Trust certs signed only by this CA (default',
			'                           "/root/.docker/ca.pem")',
			'      --tlscert string     Path to TLS certificate file (default',
			'                           "/root/.docker/cert.pem")',
			'      --tlskey string      Path to TLS key file (default',
			'                           "/root/.docker/key.pem")',
			'      --tlsverify          Use TLS and verify the remote',
			'  -v, --version            Print version information and quit',
			''
		]);
		expect(h).toContain('Management Commands:');
		expect(h).toContain('  container   Manage containers');
		expect(h).toContain('  attach      Attach local standard input, output, and error streams to a running container');
		expect(h).toContain('  ps          List containers');
		expect(h).toContain('  version     Show the Docker version information');
		expect(h).not.toContain('  checkpoint  Manage checkpoints');
		expect(h.slice(-4)).toEqual(['', "Run 'docker COMMAND --help' for more information on a command.", '', 'To get more help with docker, check out our guides at https://docs.docker.com/go/guides/']);
		expect(ADDITIONAL_HELP_ANSI).toBe('\x1b[1mTo get more help with docker, check out our guides at https://docs.docker.com/go/guides/\x1b[0m');
	});

	it('trimmed root page keeps docker lines only', () => {
		expect(HELP_TRIMMED['docker']!.slice(26)).toEqual([
			'Management Commands:',
			'  container   Manage containers',
			'  image       Manage images',
			'',
			'Commands:',
			'  exec        Run a command in a running container',
			'  images      List images',
			'  inspect     Return low-level information on Docker objects',
			'  kill        Kill one or more running containers',
			'  logs        Fetch the logs of a container',
			'  ps          List containers',
			'  pull        Pull an image or a repository from a registry',
			'  restart     Restart one or more containers',
			'  rm          Remove one or more containers',
			'  rmi         Remove one or more images',
			'  run         Run a command in a new container',
			'  start       Start one or more stopped containers',
			'  stop        Stop one or more running containers',
			'  version     Show the Docker version information',
			'',
			"Run 'docker COMMAND --help' for more information on a command.",
			'',
			'To get more help with docker, check out our guides at https://docs.docker.com/go/guides/'
		]);
	});

	it('docker ps --help', () => {
		expect(HELP['ps']).toEqual([
			'',
			'Usage:  docker ps [OPTIONS]',
			'',
			'List containers',
			'',
			'Options:',
			'  -a, --all             Show all containers (default shows just running)',
			'  -f, --filter filter   Filter output based on conditions provided',
			'      --format string   Pretty-print containers using a Go template',
			'  -n, --last int        Show n last created containers (includes all',
			'                        states) (default -1)',
			'  -l, --latest          Show the latest created container (includes all',
			'                        states)',
			"      --no-trunc        Don't truncate output",
			'  -q, --quiet           Only display container IDs',
			'  -s, --size            Display total file sizes'
		]);
	});

	it('small pages: stop, restart, kill, rm, rmi, start, inspect, version', () => {
		expect(HELP['stop']).toEqual(['', 'Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]', '', 'Stop one or more running containers', '', 'Options:', '  -t, --time int   Seconds to wait for stop before killing it (default 10)']);
		expect(HELP['restart']).toEqual([
			'',
			'Usage:  docker restart [OPTIONS] CONTAINER [CONTAINER...]',
			'',
			'Restart one or more containers',
			'',
			'Options:',
			'  -t, --time int   Seconds to wait for stop before killing the container',
			'                   (default 10)'
		]);
		expect(HELP['kill']).toEqual(['', 'Usage:  docker kill [OPTIONS] CONTAINER [CONTAINER...]', '', 'Kill one or more running containers', '', 'Options:', '  -s, --signal string   Signal to send to the container (default "KILL")']);
		expect(HELP['rm']).toEqual([
			'',
			'Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]',
			'',
			'Remove one or more containers',
			'',
			'Options:',
			'  -f, --force     Force the removal of a running container (uses SIGKILL)',
			'  -l, --link      Remove the specified link',
			'  -v, --volumes   Remove anonymous volumes associated with the container'
		]);
		expect(HELP['rmi']).toEqual(['', 'Usage:  docker rmi [OPTIONS] IMAGE [IMAGE...]', '', 'Remove one or more images', '', 'Options:', '  -f, --force      Force removal of the image', '      --no-prune   Do not delete untagged parents']);
		expect(HELP['start']).toEqual([
			'',
			'Usage:  docker start [OPTIONS] CONTAINER [CONTAINER...]',
			'',
			'Start one or more stopped containers',
			'',
			'Options:',
			'  -a, --attach               Attach STDOUT/STDERR and forward signals',
			'      --detach-keys string   Override the key sequence for detaching a',
			'                             container',
			"  -i, --interactive          Attach container's STDIN"
		]);
		expect(HELP['inspect']).toEqual([
			'',
			'Usage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
			'',
			'Return low-level information on Docker objects',
			'',
			'Options:',
			'  -f, --format string   Format the output using the given Go template',
			'  -s, --size            Display total file sizes if the type is container',
			'      --type string     Return JSON for specified type'
		]);
		expect(HELP['version']).toEqual(['', 'Usage:  docker version [OPTIONS]', '', 'Show the Docker version information', '', 'Options:', '  -f, --format string       Format the output using the given Go template', '      --kubeconfig string   Kubernetes config file']);
	});

	it('docker logs, exec, images, pull --help', () => {
		expect(HELP['logs']).toEqual([
			'',
			'Usage:  docker logs [OPTIONS] CONTAINER',
			'',
			'Fetch the logs of a container',
			'',
			'Options:',
			'      --details        Show extra details provided to logs',
			'  -f, --follow         Follow log output',
			'      --since string   Show logs since timestamp (e.g.',
			'                       2013-01-02T13:23:37Z) or relative (e.g. 42m for 42',
			'                       minutes)',
			'  -n, --tail string    Number of lines to show from the end of the logs',
			'                       (default "all")',
			'  -t, --timestamps     Show timestamps',
			'      --until string   Show logs before a timestamp (e.g.',
			'                       2013-01-02T13:23:37Z) or relative (e.g. 42m for 42',
			'                       minutes)'
		]);
		expect(HELP['exec']).toEqual([
			'',
			'Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]',
			'',
			'Run a command in a running container',
			'',
			'Options:',
			'  -d, --detach               Detached mode: run command in the background',
			'      --detach-keys string   Override the key sequence for detaching a',
			'                             container',
			'  -e, --env list             Set environment variables',
			'      --env-file list        Read in a file of environment variables',
			'  -i, --interactive          Keep STDIN open even if not attached',
			'      --privileged           Give extended privileges to the command',
			'  -t, --tty                  Allocate a pseudo-TTY',
			'  -u, --user string          Username or UID (format:',
			'                             <name|uid>[:<group|gid>])',
			'  -w, --workdir string       Working directory inside the container'
		]);
		expect(HELP['images']).toEqual([
			'',
			'Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]',
			'',
			'List images',
			'',
			'Options:',
			'  -a, --all             Show all images (default hides intermediate images)',
			'      --digests         Show digests',
			'  -f, --filter filter   Filter output based on conditions provided',
			'      --format string   Pretty-print images using a Go template',
			"      --no-trunc        Don't truncate output",
			'  -q, --quiet           Only show image IDs'
		]);
		expect(HELP['pull']).toEqual([
			'',
			'Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
			'',
			'Pull an image or a repository from a registry',
			'',
			'Options:',
			'  -a, --all-tags                Download all tagged images in the repository',
			'      --disable-content-trust   Skip image verification (default true)',
			'      --platform string         Set platform if server is multi-platform',
			'                                capable',
			'  -q, --quiet                   Suppress verbose output'
		]);
	});

	it('docker run --help: the usage column is 39, long usages wrap', () => {
		const h = HELP['run']!;
		expect(h.slice(0, 10)).toEqual([
			'',
			'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
			'',
			'Run a command in a new container',
			'',
			'Options:',
			'      --add-host list                  Add a custom host-to-IP mapping',
			'                                       (host:ip)',
			'  -a, --attach list                    Attach to STDIN, STDOUT or STDERR',
			'      --blkio-weight uint16            Block IO (relative weight),'
		]);
		expect(h).toContain('      --cpus decimal                   Number of CPUs');
		expect(h).toContain('  -m, --memory bytes                   Memory limit');
		expect(h).toContain('      --sysctl map                     Sysctl options (default map[])');
		expect(h).toContain('      --help                           Print usage');
		expect(h).not.toContain('      --net network                    Connect a container to a network');
		expect(h.some((l) => l.includes('--cpu-count'))).toBe(false);
		expect(h.at(-1)).toBe('  -w, --workdir string                 Working directory inside the container');
	});

	it('docker run --help trimmed to the supported flags keeps docker alignment', () => {
		expect(HELP_TRIMMED['run']).toEqual([
			'',
			'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
			'',
			'Run a command in a new container',
			'',
			'Options:',
			'      --cpus decimal                   Number of CPUs',
			'  -d, --detach                         Run container in background and',
			'                                       print container ID',
			'  -e, --env list                       Set environment variables',
			'  -i, --interactive                    Keep STDIN open even if not attached',
			'  -m, --memory bytes                   Memory limit',
			'      --name string                    Assign a name to the container',
			'      --pids-limit int                 Tune container pids limit (set -1',
			'                                       for unlimited)',
			'  -p, --publish list                   Publish a container\'s port(s) to',
			'                                       the host',
			'      --rm                             Automatically remove the container',
			'                                       when it exits',
			'  -t, --tty                            Allocate a pseudo-TTY'
		]);
	});

	it('a wider terminal wraps later', () => {
		expect(helpText('docker run', { columns: 120 })).toContain('      --add-host list                  Add a custom host-to-IP mapping (host:ip)');
		expect(helpText('ps', { columns: 120 })).toContain('  -n, --last int        Show n last created containers (includes all states) (default -1)');
	});

	it('no page line ends in a space', () => {
		for (const page of Object.values(HELP)) for (const line of page) expect(line).toBe(line.trimEnd());
	});
});
