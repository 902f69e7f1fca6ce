/**
 * The docker commands the sandbox knows, as a table (as Learn Git Branching keeps its
 * commands): each one's flags, how many arguments it takes, and its usage line. The parser
 * (parse-command.ts) reads argv against it as docker's cobra/pflag would.
 */

export interface FlagSpec {
	long: string;
	short?: string;
	/** A flag that takes a value (-e KEY=VAL, --name web); the others are booleans. */
	value?: true;
	/** The value may be given more than once (-e, -p). */
	repeat?: true;
}

export interface CommandSpec {
	/** How the command is named after "docker" ("run", "image ls"). */
	name: string;
	/** Other names that run the same command ("image ls" for "images"). */
	aliases?: string[];
	usage: string;
	description: string;
	flags: FlagSpec[];
	/** Least and most arguments (most: undefined = any). */
	args: { min: number; max?: number };
	/** Flags stop at the first argument (docker run IMAGE COMMAND --flags-of-the-command). */
	stopAtArgument?: true;
}

const HELP: FlagSpec = { long: 'help' };

export const COMMANDS: readonly CommandSpec[] = [
	{ name: 'version', usage: 'docker version [OPTIONS]', description: 'Show the Docker version information', flags: [HELP], args: { min: 0, max: 0 } },
	{ name: 'pull', aliases: ['image pull'], usage: 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]', description: 'Pull an image or a repository from a registry', flags: [HELP, { long: 'quiet', short: 'q' }], args: { min: 1, max: 1 } },
	{ name: 'images', aliases: ['image ls', 'image list'], usage: 'docker images [OPTIONS] [REPOSITORY[:TAG]]', description: 'List images', flags: [HELP, { long: 'quiet', short: 'q' }, { long: 'all', short: 'a' }], args: { min: 0, max: 1 } },
	{
		name: 'run',
		aliases: ['container run'],
		usage: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
		description: 'Run a command in a new container',
		flags: [
			HELP,
			{ long: 'detach', short: 'd' },
			{ long: 'interactive', short: 'i' },
			{ long: 'tty', short: 't' },
			{ long: 'rm' },
			{ long: 'name', value: true },
			{ long: 'env', short: 'e', value: true, repeat: true },
			{ long: 'publish', short: 'p', value: true, repeat: true },
			{ long: 'memory', short: 'm', value: true },
			{ long: 'cpus', value: true },
			{ long: 'pids-limit', value: true }
		],
		args: { min: 1 },
		stopAtArgument: true
	},
	{ name: 'ps', aliases: ['container ls', 'container list', 'container ps'], usage: 'docker ps [OPTIONS]', description: 'List containers', flags: [HELP, { long: 'all', short: 'a' }, { long: 'quiet', short: 'q' }], args: { min: 0, max: 0 } },
	{ name: 'start', aliases: ['container start'], usage: 'docker start [OPTIONS] CONTAINER [CONTAINER...]', description: 'Start one or more stopped containers', flags: [HELP, { long: 'attach', short: 'a' }, { long: 'interactive', short: 'i' }], args: { min: 1 } },
	{ name: 'stop', aliases: ['container stop'], usage: 'docker stop [OPTIONS] CONTAINER [CONTAINER...]', description: 'Stop one or more running containers', flags: [HELP, { long: 'time', short: 't', value: true }], args: { min: 1 } },
	{ name: 'kill', aliases: ['container kill'], usage: 'docker kill [OPTIONS] CONTAINER [CONTAINER...]', description: 'Kill one or more running containers', flags: [HELP, { long: 'signal', short: 's', value: true }], args: { min: 1 } },
	{ name: 'restart', aliases: ['container restart'], usage: 'docker restart [OPTIONS] CONTAINER [CONTAINER...]', description: 'Restart one or more containers', flags: [HELP, { long: 'time', short: 't', value: true }], args: { min: 1 } },
	{ name: 'rm', aliases: ['container rm'], usage: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]', description: 'Remove one or more containers', flags: [HELP, { long: 'force', short: 'f' }], args: { min: 1 } },
	{ name: 'rmi', aliases: ['image rm'], usage: 'docker rmi [OPTIONS] IMAGE [IMAGE...]', description: 'Remove one or more images', flags: [HELP, { long: 'force', short: 'f' }], args: { min: 1 } },
	{ name: 'logs', aliases: ['container logs'], usage: 'docker logs [OPTIONS] CONTAINER', description: 'Fetch the logs of a container', flags: [HELP, { long: 'follow', short: 'f' }, { long: 'timestamps', short: 't' }], args: { min: 1, max: 1 } },
	{
		name: 'exec',
		aliases: ['container exec'],
		usage: 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]',
		description: 'Run a command in a running container',
		flags: [HELP, { long: 'detach', short: 'd' }, { long: 'interactive', short: 'i' }, { long: 'tty', short: 't' }, { long: 'env', short: 'e', value: true, repeat: true }],
		args: { min: 2 },
		stopAtArgument: true
	},
	{ name: 'inspect', usage: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]', description: 'Return low-level information on Docker objects', flags: [HELP, { long: 'format', short: 'f', value: true }], args: { min: 1 } }
];

/** The command a docker argv names, and how many words its name took ("image ls": 2). */
export function commandOf(words: readonly string[]): { spec: CommandSpec; used: number } | undefined {
	for (const spec of COMMANDS)
		for (const name of [spec.name, ...(spec.aliases ?? [])]) {
			const parts = name.split(' ');
			if (parts.every((p, i) => words[i] === p)) return { spec, used: parts.length };
		}
	return undefined;
}
