/**
 * The lab VM the board house is built on: not the lesson's CentOS 7 server but a Debian 11
 * VirtualBox guest with Docker 24 and cgroup v2, where `docker run -it -m 64m --cpus 0.5
 * --pids-limit 100 alpine sh` started brave_lamport.
 */
import type { MachineIdentity } from './identity.ts';

const fullId = 'e67bbaa8b74c376912dd195f699390288041d906be1d764f17f463b626cc56c0';

export const identity: MachineIdentity = {
	machine: 'board-house lab VM',
	scenarios: ['board-house', 'who-builds-the-house'],
	hostname: 'debian-lab',
	os: 'Debian GNU/Linux 11 (bullseye)',
	kernel: '5.10.0-23-amd64',
	dockerVersion: '24.0.7',
	apiVersion: '1.43',
	cgroup: 'v2',
	nics: [
		{ name: 'enp0s3', address: '10.0.2.15/24' },
		{ name: 'docker0', address: '172.17.0.1/16' }
	],
	containers: [
		{
			id: fullId.slice(0, 12),
			fullId,
			name: 'brave_lamport',
			image: 'alpine',
			command: 'sh',
			ip: '172.17.0.2',
			cgroupPath: `/sys/fs/cgroup/system.slice/docker-${fullId}.scope`,
			limits: { memoryMax: '67108864', cpuMax: '50000 100000', pidsMax: '100' }
		}
	],
	images: [
		{
			// alpine 3.18.4, the latest tag when Docker 24.0.7 came out (October 2023).
			repository: 'alpine',
			tag: 'latest',
			imageId: '8ca4688f4f35',
			digest: 'sha256:eece025e432126ce23f223450a0326fbebde39cdf496a85d8c016293fc851978',
			layers: ['96526aa774ef'],
			size: '7.34MB'
		}
	]
};
