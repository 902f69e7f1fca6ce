/**
 * The simulated registry: six Docker Hub official images (library/...) as they were in
 * mid-September 2022, linux/amd64 only, with their real manifest-list digests, image-config
 * digests (IMAGE ID), layer digests and sizes.
 *
 * The snapshot. The lesson needs busybox:latest = sha256:ad9bd57a... (layer 729ce43e2c91,
 * IMAGE ID 2bd29714875d). That busybox was built on 2022-09-14 (00:12:39 UTC), so the catalog is
 * the registry as it stood in the days after, before redis 7.0.5 (released 2022-09-21) took
 * redis:latest: each image below is its repository's `latest` of about 2022-09-15 to 09-20. On
 * 2022-09-01, the date the brief suggested, busybox:latest was an older build, and nginx, redis
 * and ubuntu pointed at other builds as well; mixing the two dates would show images that never
 * were `latest` together.
 *
 * Sources. docker-library/repo-info (repos/<name>/remote/<tag>.md for manifests and layers,
 * repos/<name>/local/<tag>.md for the config's Created, Env and on-disk size). The file
 * versions were read from the GitHub index at the commits named below; those commits are
 * docker-library/repo-info history as carried by its forks (maxmood96/repo-info,
 * rameshkumarbaskaran/docker-repo-info-repo-info, thomascherickal/docker-image-repo-info),
 * since the upstream repository itself could not be cloned here. Where repo-info did not
 * give a fact, the comment says what did.
 *
 * Sizes. `size` is what `docker images` prints under SIZE (and `docker inspect` as "Size"):
 * the unpacked layers, in bytes. repo-info's remote files only give compressed sizes; its local
 * files give "Virtual Size: ~ N Mb" rounded. Only hello-world's exact byte count (13256) was
 * found; for the others the number is the published size rounded as stated in each comment,
 * chosen so that Docker's display (decimal units, 3 significant digits) prints exactly what a
 * real `docker images` printed for that image at the time.
 */

export interface CatalogLayer {
	/** Full sha256:... of the compressed layer blob (what `docker pull` shortens to 12 hex). */
	digest: string;
	/** Bytes, compressed, as the manifest lists it. */
	size: number;
}

export interface CatalogImage {
	/** Repository as Docker Hub names it: "busybox", "library/..." NOT included. */
	name: string;
	/** Tags that point at this image (same manifest list) in the snapshot; the first is "latest". */
	tags: string[];
	/** The manifest list (index) digest: what `docker pull` prints after "Digest:". */
	digest: string;
	/** The image config digest, full sha256:... (its first 12 hex are the IMAGE ID). */
	configDigest: string;
	/** The linux/amd64 manifest's layers, bottom first. */
	layers: CatalogLayer[];
	/** Uncompressed size in bytes as `docker images` computes SIZE (see the note at the top). */
	size: number;
	/** The config's "created" timestamp, ISO 8601. */
	created: string;
	/** The config's Entrypoint (null when unset). */
	entrypoint: string[] | null;
	/** The config's Cmd: what runs when `docker run IMAGE` is given no command (after the entrypoint). */
	cmd: string[];
	/** Environment from the config. */
	env: string[];
	/** Ports the image EXPOSEs, e.g. ["80/tcp"] (empty if none). */
	exposed: string[];
	/** Working directory ('' when unset). */
	workdir: string;
	/** Files a learner may `cat` inside a container of it, path to exact content. */
	files: Record<string, string>;
	/** The top-level entries `ls /` prints in a running container, in ls order. */
	rootEntries: string[];
	/** What the image prints when run with no command and no terminal, line by line, if it prints and exits; else null. */
	output: string[] | null;
}

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * Debian 11's /etc/os-release (base-files 11.1+deb11uN; the file is the same in every point
 * release), as nginx:1.23.1 and redis:7.0.4 (both FROM debian:bullseye-slim) carry it.
 */
const DEBIAN_11_OS_RELEASE = [
	'PRETTY_NAME="Debian GNU/Linux 11 (bullseye)"',
	'NAME="Debian GNU/Linux"',
	'VERSION_ID="11"',
	'VERSION="11 (bullseye)"',
	'VERSION_CODENAME=bullseye',
	'ID=debian',
	'HOME_URL="https://www.debian.org/"',
	'SUPPORT_URL="https://www.debian.org/support"',
	'BUG_REPORT_URL="https://bugs.debian.org/"',
	''
].join('\n');

/** `ls /` of a debian:bullseye-slim based container (amd64: lib64, no lib32/libx32). */
const DEBIAN_11_ROOT = ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib64', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'];

const sorted = (entries: string[]): string[] => [...entries].sort();

/**
 * The message /hello writes, from docker-library/hello-world hello.c (DOCKER_IMAGE
 * "hello-world", DOCKER_GREETING from greetings/hello-world.txt, DOCKER_ARCH "amd64"), checked
 * against the string inside amd64/hello-world/hello at commit 480c62c (the tree of 2022-09-01;
 * the amd64 binary last changed in 3332fbe, 2021-08-24). It starts with an empty line and ends
 * with one: `HELLO_OUTPUT.join('\n') + '\n'` is the exact text, 807 bytes.
 */
const HELLO_OUTPUT = [
	'',
	'Hello from Docker!',
	'This message shows that your installation appears to be working correctly.',
	'',
	'To generate this message, Docker took the following steps:',
	' 1. The Docker client contacted the Docker daemon.',
	' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
	'    (amd64)',
	' 3. The Docker daemon created a new container from that image which runs the',
	'    executable that produces the output you are currently reading.',
	' 4. The Docker daemon streamed that output to the Docker client, which sent it',
	'    to your terminal.',
	'',
	'To try something more ambitious, you can run an Ubuntu container with:',
	' $ docker run -it ubuntu bash',
	'',
	'Share images, automate workflows, and more with a free Docker ID:',
	' https://hub.docker.com/',
	'',
	'For more examples and ideas, visit:',
	' https://docs.docker.com/get-started/',
	''
];

/**
 * nginx's default page, /usr/share/nginx/html/index.html (615 bytes): docs/html/index.html of
 * nginx at tag release-1.23.1 (github.com/nginx/nginx), which the nginx.org package installs.
 */
const NGINX_INDEX_HTML = [
	'<!DOCTYPE html>',
	'<html>',
	'<head>',
	'<title>Welcome to nginx!</title>',
	'<style>',
	'html { color-scheme: light dark; }',
	'body { width: 35em; margin: 0 auto;',
	'font-family: Tahoma, Verdana, Arial, sans-serif; }',
	'</style>',
	'</head>',
	'<body>',
	'<h1>Welcome to nginx!</h1>',
	'<p>If you see this page, the nginx web server is successfully installed and',
	'working. Further configuration is required.</p>',
	'',
	'<p>For online documentation and support please refer to',
	'<a href="http://nginx.org/">nginx.org</a>.<br/>',
	'Commercial support is available at',
	'<a href="http://nginx.com/">nginx.com</a>.</p>',
	'',
	'<p><em>Thank you for using nginx.</em></p>',
	'</body>',
	'</html>',
	''
].join('\n');

export const CATALOG: readonly CatalogImage[] = [
	/**
	 * busybox:latest = busybox 1.34.1, uclibc variant (on amd64 `latest`, `1`, `1.34`, `1.34.1` and
	 * `stable` are the uclibc build; 1.35.0 was `unstable` then, see versions.json and
	 * generate-stackbrew-library.sh in docker-library/busybox at 84e9f7f, 2022-08-31).
	 * - configDigest, created, cmd, env, size: repo-info repos/busybox/local/stable.md at commit
	 *   15617d93ae1eb47afd178e62f8b977b8fae309f9 ("busybox:1.34.1", Image ID 2bd29714875d...,
	 *   Created 2022-09-14T00:12:39.709969946Z, Command ["sh"], Virtual Size ~ 1.24 Mb).
	 * - digest, the layer's digest and size: the repo-info remote version of this build was not
	 *   reachable with the tools at hand. They are taken from OpenShift's apiserver test
	 *   TestGetLayersOK, which records busybox's manifest list ad9bd57a..., its linux/amd64
	 *   manifest sha256:bbb248c803ff97f51db3b37a2a604a6270cd2ee1ca9266120aeccb3b19ce80d2, this
	 *   layer (LayerSize 772986) and config 2bd29714875d..., and they agree with September/October
	 *   2022 `docker pull busybox` logs ("729ce43e2c91: Pull complete", "Digest: sha256:ad9bd57a...")
	 *   and a Sept. 2022 changelog pinning busybox:1.34.1@sha256:ad9bd57a....
	 * - size: 1,240,000 bytes is the local file's "~ 1.24 Mb" (prints 1.24MB, as `docker images`
	 *   did for 2bd29714875d); the exact byte count was not found.
	 * - rootEntries: the rootfs that docker-library/busybox's stable/uclibc/Dockerfile.builder (at
	 *   84e9f7f) makes (bin; etc with group, passwd, shadow, localtime; buildroot's device_table
	 *   dirs dev, tmp, root, var/www; the passwd homes usr/sbin, var/spool/mail, home), plus proc
	 *   and sys, which exist in every container; the same as `ls` in busybox containers prints.
	 * - files: none listed. BusyBox has no /etc/os-release (cat answers "No such file or directory").
	 */
	{
		name: 'busybox',
		tags: ['latest', '1', '1.34', '1.34.1', 'stable'],
		digest: 'sha256:ad9bd57a3a57cc95515c537b89aaa69d83a6df54c4050fcf2b41ad367bec0cd5',
		configDigest: 'sha256:2bd29714875d9206777f9e8876033cbcd58edd14f2c0f1203435296b3f31c5f7',
		layers: [{ digest: 'sha256:729ce43e2c915c3463b620f3fba201a4a641ca5a282387e233db799208342a08', size: 772986 }],
		size: 1240000,
		created: '2022-09-14T00:12:39.709969946Z',
		entrypoint: null,
		cmd: ['sh'],
		env: [PATH],
		exposed: [],
		workdir: '',
		files: {},
		rootEntries: ['bin', 'dev', 'etc', 'home', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'],
		output: null
	},
	/**
	 * alpine:latest = Alpine 3.16.2, built 2022-08-09, `latest` until 3.16.3 (2022-11).
	 * - digest, configDigest, layer, cmd: repo-info repos/alpine/remote/3.16.2.md at commit
	 *   51971af0ab98143835af3608369d0899eae548ed (manifest list bc41182d..., linux/amd64 manifest
	 *   sha256:1304f174557314a7ed9eddb4eab12fed12cb0cd9809e4c28f29af86979a3c870, Image ID
	 *   9c6f07244728..., one layer 213ec9aee27d... of 2806054 bytes, Default Command ["/bin/sh"]).
	 * - created, env, size: repo-info repos/alpine/local/latest.md at commit
	 *   79198b41d473d801f5f78ce6f6db83b8349513cd ("alpine:3.16.2", Created
	 *   2022-08-09T17:19:53.47374331Z, Virtual Size ~ 5.54 Mb); size 5,540,000 prints 5.54MB.
	 * - /etc/os-release: the lesson's text, which is what `cat /etc/os-release` printed in
	 *   alpine:3.16.2 containers (e.g. right after "Digest: sha256:bc41182d..."); /etc/alpine-release
	 *   holds the release number and a newline.
	 * - rootEntries: alpine-baselayout's directories plus proc and sys.
	 */
	{
		name: 'alpine',
		tags: ['latest', '3', '3.16', '3.16.2'],
		digest: 'sha256:bc41182d7ef5ffc53a40b044e725193bc10142a1243f395ee852a8d9730fc2ad',
		configDigest: 'sha256:9c6f0724472873bb50a2ae67a9e7adcb57673a183cea8b06eb778dca859181b5',
		layers: [{ digest: 'sha256:213ec9aee27d8be045c6a92b7eac22c9a64b44558193775a1a7f626352392b49', size: 2806054 }],
		size: 5540000,
		created: '2022-08-09T17:19:53.47374331Z',
		entrypoint: null,
		cmd: ['/bin/sh'],
		env: [PATH],
		exposed: [],
		workdir: '',
		files: {
			'/etc/os-release': [
				'NAME="Alpine Linux"',
				'ID=alpine',
				'VERSION_ID=3.16.2',
				'PRETTY_NAME="Alpine Linux v3.16"',
				'HOME_URL="https://alpinelinux.org/"',
				'BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"',
				''
			].join('\n'),
			'/etc/alpine-release': '3.16.2\n'
		},
		rootEntries: ['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
		output: null
	},
	/**
	 * nginx:latest = nginx 1.23.1 on debian:bullseye-slim, rebuilt 2022-09-13 on that day's
	 * Debian 11 base (the layer 31b3f1ad... that redis shares).
	 * - configDigest, layers, entrypoint, cmd, env, exposed, created: repo-info
	 *   repos/nginx/remote/1.23.1.md at commit 5782104a13ddd8ca8ef24f903ea09ad329a8863f, section
	 *   "linux; amd64" (manifest sha256:79c77eb7ca32f9a117ef91bc6ac486014e0d0e75f2f06683ba24dc298f9f4dd4,
	 *   Image ID 2d389e545974..., six layers; the last history step CMD at Tue, 13 Sep 2022
	 *   06:29:32 GMT, so `created` is given to the second: repo-info's remote files carry no
	 *   fraction and the local file of this build was not found).
	 * - digest: 0b970013... is the manifest list that `docker pull nginx` printed in
	 *   September/early October 2022 together with exactly these six amd64 layers (31b3f1ad4ce1,
	 *   fd42b079d0f8, 30585fbbebc6, 18f4ffdd25f4, 9dc932c8fba2, 600c24b8ba39), and Terraform states of
	 *   the time pair it with image id 2d389e545974. The repo-info version at 5782104a lists a
	 *   later manifest list (bc3dcfda..., after the arm images were rebuilt on 2022-10-04) whose
	 *   amd64 entry is this same image.
	 * - size: `docker images` printed 142MB for 2d389e545974; the previous build of the same
	 *   Dockerfile measured ~ 141.51 Mb (repo-info repos/nginx/local/1.23.1.md at c9d802e5);
	 *   141,510,000 is used (prints 142MB); exact bytes of this build not found.
	 * - files: Debian 11's os-release; the default page from nginx release-1.23.1.
	 * - rootEntries: Debian's plus the entrypoint the image adds (docker-entrypoint.sh and
	 *   docker-entrypoint.d at /).
	 */
	{
		name: 'nginx',
		tags: ['latest', '1', '1.23', '1.23.1', 'mainline'],
		digest: 'sha256:0b970013351304af46f322da1263516b188318682b2ab1091862497591189ff1',
		configDigest: 'sha256:2d389e545974d4a93ebdef09b650753a55f72d1ab4518d17a30c0e1b3e297444',
		layers: [
			{ digest: 'sha256:31b3f1ad4ce1f369084d0f959813c51df0ca17d9877d5ee88c2db6ff88341430', size: 31404121 },
			{ digest: 'sha256:fd42b079d0f818ce0687ee4290715b1b4843a1d5e6ebe7e3144c55ed11a215ca', size: 25349445 },
			{ digest: 'sha256:30585fbbebc6bc3f81cb80830fe83b04613cda93ea449bb3465a08bdec8e2e43', size: 600 },
			{ digest: 'sha256:18f4ffdd25f46fa28f496efb7949b137549b35cb441fb671c1f7fa4e081fd925', size: 895 },
			{ digest: 'sha256:9dc932c8fba266219fd16728c9e3f632296d043407e77d6af626c5119f021b42', size: 665 },
			{ digest: 'sha256:600c24b8ba3900f029e02f62ad9d14a04880ffdf7b8c57bfc74d569477002d67', size: 1393 }
		],
		size: 141510000,
		created: '2022-09-13T06:29:32Z',
		entrypoint: ['/docker-entrypoint.sh'],
		cmd: ['nginx', '-g', 'daemon off;'],
		env: [PATH, 'NGINX_VERSION=1.23.1', 'NJS_VERSION=0.7.6', 'PKG_RELEASE=1~bullseye'],
		exposed: ['80/tcp'],
		workdir: '',
		files: {
			'/etc/os-release': DEBIAN_11_OS_RELEASE,
			'/usr/share/nginx/html/index.html': NGINX_INDEX_HTML
		},
		rootEntries: sorted([...DEBIAN_11_ROOT, 'docker-entrypoint.d', 'docker-entrypoint.sh']),
		output: null
	},
	/**
	 * redis:latest = Redis 7.0.4 on debian:bullseye-slim, the 2022-09-13 rebuild, `latest` until
	 * 7.0.5 (2022-09-21).
	 * - digest, configDigest, layers, entrypoint, cmd, env, exposed, workdir, created: repo-info
	 *   repos/redis/remote/latest.md, the version whose manifest list is 091a7b5d... (8 platforms;
	 *   linux/amd64 manifest sha256:f3be7cc42282295cdd2ccaafd10e6f315df4d3ce6f27f6d00946b294395966f1,
	 *   Image ID 2460522297a1..., six layers; WORKDIR /data, EXPOSE 6379, last step CMD at Tue,
	 *   13 Sep 2022 12:13:04 GMT, so `created` is to the second). The index served that version
	 *   by content (id 56128260495) without naming its commit; the same digest is what redis:7.0.4
	 *   and redis:latest resolved to on 2022-09-15 (KubeDB docs, a kubectl describe of that day).
	 * - size: `docker images` printed 117MB for 2460522297a1; 117,000,000 is used; exact bytes not found.
	 * - files: Debian 11's os-release. rootEntries: Debian's plus /data.
	 */
	{
		name: 'redis',
		tags: ['latest', '7', '7.0', '7.0.4'],
		digest: 'sha256:091a7b5de688f283b30a4942280b64cf822bbdab0abfb2d2ce6db989f2d3c3f4',
		configDigest: 'sha256:2460522297a148c1bcb477b126451ed44cca05c916694367313be1a91c69f793',
		layers: [
			{ digest: 'sha256:31b3f1ad4ce1f369084d0f959813c51df0ca17d9877d5ee88c2db6ff88341430', size: 31404121 },
			{ digest: 'sha256:ff29a33e56fb103eac94e6d8bc8af85fdbc8559bf642063ce27c536a63ae9c61', size: 1732 },
			{ digest: 'sha256:b230e0fd0bf57ef5eddae71954fd46257270675567c162913f6194132754781f', size: 1410532 },
			{ digest: 'sha256:7fe3ad1966420a9e0c0379a66d93c93a62dfe9e208bac1eb007894997cf98eb1', size: 9559369 },
			{ digest: 'sha256:3d8096d6920ceda485e4f6a51d5d87cc40b3fc31e0c6ac87b4a75e67c145e0aa', size: 132 },
			{ digest: 'sha256:85e4b89053d8b46b1bd17cc98b9e9e697981f68e9c3d51bf16ba94c4a248e076', size: 577 }
		],
		size: 117000000,
		created: '2022-09-13T12:13:04Z',
		entrypoint: ['docker-entrypoint.sh'],
		cmd: ['redis-server'],
		env: [
			PATH,
			'GOSU_VERSION=1.14',
			'REDIS_VERSION=7.0.4',
			'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-7.0.4.tar.gz',
			'REDIS_DOWNLOAD_SHA=f0e65fda74c44a3dd4fa9d512d4d4d833dd0939c934e946a5c622a630d057f2f'
		],
		exposed: ['6379/tcp'],
		workdir: '/data',
		files: { '/etc/os-release': DEBIAN_11_OS_RELEASE },
		rootEntries: sorted([...DEBIAN_11_ROOT, 'data']),
		output: null
	},
	/**
	 * ubuntu:latest = Ubuntu 22.04.1 LTS (jammy-20220815, built 2022-09-01 23:46 UTC).
	 * - configDigest, layer, cmd, created: repo-info repos/ubuntu/remote/jammy-20220815.md at
	 *   commit 7e7099db1368b9caa46a102565a5404908fb478f, section "linux; amd64" (manifest
	 *   sha256:2d7ecc9c5e08953d586a6e50c29b91479a48f69ac1ba1f9dc0420d18a728dfc5, Image ID
	 *   2dc39ba059dc..., one layer 2b55860d4c66... of 30426706 bytes, Default Command ["bash"],
	 *   ADD and CMD at Thu, 01 Sep 2022 23:46:35 GMT, so `created` is to the second).
	 * - digest: 20fa2d7b..., the tag's complete 6-platform manifest list, as a later repo-info
	 *   version listing all ubuntu tags gives it for ubuntu:jammy-20220815 (the index served that
	 *   version by content, id 56188718821, without naming its commit; the version at 7e7099db
	 *   still had 5 platforms, arm v7 came after); it is also what `docker rmi ubuntu:22.04`
	 *   untagged together with 2dc39ba059dc in courses of the time, and what Dockerfiles pinned
	 *   as ubuntu:22.04 "2022-09-01".
	 * - size: 77.8MB as `docker images` printed for 2dc39ba059dc (repo-info local files of later
	 *   jammy builds: ~ 77.81 Mb); 77,800,000 is used; exact bytes not found.
	 * - /etc/os-release: Ubuntu 22.04.1's (point release of 2022-08-11, so in the 20220815
	 *   serial), as `cat /etc/os-release` printed it in ubuntu:22.04 containers of the time; the
	 *   base-files version inside this exact build was not checked.
	 * - rootEntries: jammy's merged-/usr layout (bin, lib, lib32, lib64, libx32 and sbin are links into /usr).
	 */
	{
		name: 'ubuntu',
		tags: ['latest', '22.04', 'jammy', 'jammy-20220815'],
		digest: 'sha256:20fa2d7bb4de7723f542be5923b06c4d704370f0390e4ae9e1c833c8785644c1',
		configDigest: 'sha256:2dc39ba059dcd42ade30aae30147b5692777ba9ff0779a62ad93a74de02e3e1f',
		layers: [{ digest: 'sha256:2b55860d4c667a7200a0cb279aec26777df61e5d3530388f223ce7859d566e7a', size: 30426706 }],
		size: 77800000,
		created: '2022-09-01T23:46:35Z',
		entrypoint: null,
		cmd: ['bash'],
		env: [PATH],
		exposed: [],
		workdir: '',
		files: {
			'/etc/os-release': [
				'PRETTY_NAME="Ubuntu 22.04.1 LTS"',
				'NAME="Ubuntu"',
				'VERSION_ID="22.04"',
				'VERSION="22.04.1 LTS (Jammy Jellyfish)"',
				'VERSION_CODENAME=jammy',
				'ID=ubuntu',
				'ID_LIKE=debian',
				'HOME_URL="https://www.ubuntu.com/"',
				'SUPPORT_URL="https://help.ubuntu.com/"',
				'BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"',
				'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"',
				'UBUNTU_CODENAME=jammy',
				''
			].join('\n')
		},
		rootEntries: ['bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib32', 'lib64', 'libx32', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var'],
		output: null
	},
	/**
	 * hello-world:latest; its linux/amd64 image is the build of 2021-09-23 (still the one in
	 * January 2023).
	 * - configDigest, layer, cmd: repo-info repos/hello-world/remote/linux.md at commit
	 *   72e4be79b9c831d8da7d63a6ce871b20fc9e06c1, section "linux; amd64" (manifest
	 *   sha256:f54a58bc1aac5ea1a25d796ae155dc228b3f0e11d046ae276b39c4bf2f13d8c4, Image ID
	 *   feb5d9fea6a5..., one layer 2db29710123e... of 2479 bytes, Default Command ["/hello"]).
	 * - created, env, size: `docker inspect hello-world` of this image ("Created":
	 *   "2021-09-23T23:47:57.442225064Z", "Size": 13256, the one file /hello; 13.3kB).
	 * - digest: `latest` also holds Windows images rebuilt every month, so its manifest list moves
	 *   though the amd64 image does not. 62af9efd... is the one `docker pull hello-world` printed
	 *   in September/October 2022 (listings of the same machines show feb5d9fea6a5 as "12 months
	 *   ago"); no repo-info version of latest.md from those weeks was reachable here.
	 * - files: none. The image is one static binary: no /etc/os-release, no shell, no ls. The
	 *   rootEntries are what a container of it holds: /hello, and dev, etc, proc and sys, which
	 *   the runtime makes; `docker run hello-world ls /` itself fails (no ls in $PATH).
	 * - output: the message of docker-library/hello-world's hello.c, see HELLO_OUTPUT.
	 */
	{
		name: 'hello-world',
		tags: ['latest'],
		digest: 'sha256:62af9efd515a25f84961b70f973a798d2eca956b1b2b026d0a4a63a3b0b6a3f2',
		configDigest: 'sha256:feb5d9fea6a5e9606aa995e879d862b825965ba48de054caab5ef356dc6b3412',
		layers: [{ digest: 'sha256:2db29710123e3e53a794f2694094b9b4338aa9ee5c40b930cb8063a1be392c54', size: 2479 }],
		size: 13256,
		created: '2021-09-23T23:47:57.442225064Z',
		entrypoint: null,
		cmd: ['/hello'],
		env: [PATH],
		exposed: [],
		workdir: '',
		files: {},
		rootEntries: ['dev', 'etc', 'hello', 'proc', 'sys'],
		output: HELLO_OUTPUT
	}
];

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/**
 * Looks up "alpine", "alpine:latest", "alpine:3.16", "docker.io/library/alpine:latest",
 * "library/alpine", "docker.io/alpine" -> the image and the tag asked for (default tag
 * "latest"); undefined if the name is not in the catalog (or names another registry or user),
 * the tag is not one of its tags, or the reference is by digest.
 */
export function findImage(reference: string): { image: CatalogImage; tag: string } | undefined {
	if (reference.includes('@')) return undefined;
	let rest = reference;
	for (const registry of ['docker.io/', 'index.docker.io/', 'registry-1.docker.io/']) {
		if (rest.startsWith(registry)) {
			rest = rest.slice(registry.length);
			break;
		}
	}
	if (rest.startsWith('library/')) rest = rest.slice('library/'.length);
	const colon = rest.lastIndexOf(':');
	const name = colon === -1 ? rest : rest.slice(0, colon);
	const tag = colon === -1 ? 'latest' : rest.slice(colon + 1);
	if (!TAG.test(tag)) return undefined;
	const image = CATALOG.find((i) => i.name === name);
	if (!image || !image.tags.includes(tag)) return undefined;
	return { image, tag };
}
