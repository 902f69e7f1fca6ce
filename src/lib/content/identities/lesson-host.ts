/**
 * The lesson's machine: an Alibaba Cloud server with CentOS 7 and Red Hat's Docker 1.13.1
 * (docker-1.13.1-208.git7d71120.el7_9), API 1.26, cgroup v1. Host name, versions, images, IMAGE
 * IDs, the busybox layer and digest are the lesson's own output (docker version, docker pull
 * busybox, docker images); the alpine ids are alpine 3.16.2's (the lesson's cat /etc/os-release);
 * the containers, their names, the addresses and the exact kernel build are the scenarios' own
 * (the lesson shows no docker ps and no uname -r).
 */
import type { MachineIdentity } from './identity.ts';

export const identity: MachineIdentity = {
	machine: 'lesson host (CentOS 7, Docker 1.13.1)',
	scenarios: ['docker-architecture', 'docker-pull', 'docker-images', 'docker-run-echo', 'docker-ps', 'docker-run-alpine'],
	hostname: 'iZ8vb53kklhrg4j6sviqtpZ',
	os: 'CentOS 7',
	kernel: '3.10.0-1160.el7.x86_64',
	dockerVersion: '1.13.1',
	apiVersion: '1.26',
	cgroup: 'v1',
	addresses: ['172.26.0.5/20', '172.17.0.1/16'],
	containers: [
		{ id: '3f2a1c9d8e7b', name: 'busy_hopper', image: 'busybox', command: 'echo hello world' },
		{ id: 'a41b7e05c9d2', fullId: 'a41b7e05c9d2dcd2478afc12f41e86bd393a4c8b0bed3e27a6e1d91fd40ff2b2', name: 'eager_turing', image: 'busybox', command: 'sleep 3600' },
		{ id: '9e1d4b7a2c6f', name: 'keen_curie', image: 'alpine', command: 'sh', ip: '172.17.0.2/16' }
	],
	images: [
		{
			repository: 'docker.io/busybox',
			tag: 'latest',
			imageId: '2bd29714875d',
			digest: 'sha256:ad9bd57a3a57cc95515c537b89aaa69d83a6df54c4050fcf2b41ad367bec0cd5',
			layers: ['729ce43e2c91'],
			size: '1.24 MB'
		},
		{ repository: 'registry.cn-shenzhen.aliyuncs.com/star7th/showdoc', tag: 'latest', imageId: 'ffe481c085e9', size: '602 MB' },
		{ repository: 'star7th/showdoc', tag: 'latest', imageId: 'ffe481c085e9', size: '602 MB' },
		{ repository: 'docker.io/rabbitmq', tag: '3-management', imageId: 'c91dff94df48', size: '253 MB' },
		{ repository: 'docker.io/rabbitmq', tag: '3.9-management', imageId: 'c91dff94df48', size: '253 MB' },
		{ repository: 'docker.io/rabbitmq', tag: 'latest', imageId: 'c10b0f4fd126', size: '220 MB' },
		{ repository: 'docker.io/jenkinsci/jenkins', tag: 'lts', imageId: 'd7c5abfe8477', size: '703 MB' },
		{ repository: 'registry.aliyuncs.com/helowin/oracle_11g', tag: 'latest', imageId: '3fa112fd3642', size: '6.85 GB' },
		{
			repository: 'docker.io/alpine',
			tag: 'latest',
			imageId: '9c6f07244728',
			digest: 'sha256:bc41182d7ef5ffc53a40b044e725193bc10142a1243f395ee852a8d9730fc2ad',
			layers: ['213ec9aee27d'],
			size: '5.54 MB'
		}
	],
	// docker-run-alpine's notes say the board-house scenario is set on another machine.
	elsewhere: [
		{ scenario: 'docker-run-alpine', step: 'enter-house', hostname: 'debian-lab' },
		{ scenario: 'docker-run-alpine', step: 'shared-kernel', hostname: 'debian-lab' }
	]
};
