/**
 * The identity of one machine the shipped scenarios are set on: its host, its software and the
 * containers, images and addresses it holds. Each machine is a file in this folder
 * (`<machine>.ts` exporting `identity`), found by the identity check in the content suite, so a
 * scenario can never borrow one machine's host name with another machine's kernel, or give one
 * container id two names.
 */
export interface ContainerIdentity {
	/** The 12-hex short id `docker ps` shows. */
	id: string;
	/** The full 64-hex id, when a scenario shows it. */
	fullId?: string;
	name: string;
	image: string;
	command?: string;
	ip?: string;
	/** Its cgroup directory on the host (cgroup v2: /sys/fs/cgroup/…/docker-<fullId>.scope). */
	cgroupPath?: string;
	/** The limits docker run set, as the cgroup files hold them. */
	limits?: CgroupLimits;
}

/** cgroup v2 limit files, byte for byte as cat prints them. */
export interface CgroupLimits {
	/** memory.max in bytes, e.g. '67108864' for -m 64m. */
	memoryMax?: string;
	/** cpu.max, '<quota> <period>' in µs, e.g. '50000 100000' for --cpus 0.5. */
	cpuMax?: string;
	/** pids.max, e.g. '100' for --pids-limit 100. */
	pidsMax?: string;
}

/** A network interface on the host. */
export interface NicIdentity {
	name: string;
	/** Address with prefix length, e.g. 10.0.2.15/24. */
	address: string;
}

export interface ImageIdentity {
	/** REPOSITORY as this machine's `docker images` prints it (e.g. docker.io/busybox). */
	repository: string;
	tag: string;
	/** IMAGE ID: the first 12 hex of the config blob's sha256. */
	imageId: string;
	/** The manifest-list (image index) digest `Digest:` prints on pull, full sha256:… */
	digest?: string;
	/** Compressed layer blob digests' 12-hex prefixes, as pull prints them. */
	layers?: string[];
	size?: string;
}

export interface MachineIdentity {
	/** A short name for messages. */
	machine: string;
	/** The scenario ids set on this machine: each is checked against this identity only. */
	scenarios: string[];
	hostname: string;
	os: string;
	kernel: string;
	dockerVersion?: string;
	apiVersion?: string;
	cgroup?: 'v1' | 'v2';
	/** The host's own interface addresses (e.g. eth0, docker0), as scenarios show them (CIDR). */
	addresses?: string[];
	/** The host's network interfaces, when a scenario shows them. */
	nics?: NicIdentity[];
	containers: ContainerIdentity[];
	images: ImageIdentity[];
	/**
	 * Steps of this machine's scenarios whose notes point at another machine on purpose (e.g.
	 * "the board house is a different machine"): those notes may also use that machine's
	 * identity, found by its host name.
	 */
	elsewhere?: { scenario: string; step: string; hostname: string }[];
}
