/**
 * Docker 20.10.17's exact words and table layouts, for the simulated docker (docker-daemon.ts).
 *
 * Everything here was read in the real sources at the released tags:
 *   - docker/cli     v20.10.17 (commit 100c70180fde3601def79a59cc3e996aa553c9b9) — the client,
 *     with what it vendors: spf13/pflag v1.0.5, spf13/cobra v1.1.1, docker/go-units v0.4.0
 *     (519db1ee), the moby client package (docker/docker 87a90dc7, v20.10.14), text/tabwriter;
 *   - moby/moby      v20.10.17 (commit a89b84221c8560e7a3dee2a653353429e7628424) — the daemon;
 *   - containerd     v1.6.6 (10c12954828e7c7c9b6e0ea9b0c02b01407d3ae1), runc v1.1.2 (a916309f),
 *     tini v0.19.0 (de40ad00) — the lower runtime's error words and version strings.
 * Each export names the file it follows. Output is an array of terminal lines (stdout and
 * stderr as a terminal shows them, in the order printed), with no trailing newline; the exit
 * status docker returns is given in each doc comment.
 */

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Go formatting, reproduced exactly
// ─────────────────────────────────────────────────────────────────────────────────────────────

/** The exact decimal digits of a positive finite double: value = 0.<digits> × 10^dp, no trailing zeros. */
function exactDecimal(x: number): { digits: string; dp: number } {
	const view = new DataView(new ArrayBuffer(8));
	view.setFloat64(0, x);
	const hi = view.getUint32(0);
	const lo = view.getUint32(4);
	const expBits = (hi >>> 20) & 0x7ff;
	let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
	let e: number;
	if (expBits === 0) e = -1074;
	else {
		mant |= 1n << 52n;
		e = expBits - 1075;
	}
	let digits: string;
	let dp: number;
	if (e >= 0) {
		digits = (mant << BigInt(e)).toString();
		dp = digits.length;
	} else {
		digits = (mant * 5n ** BigInt(-e)).toString();
		dp = digits.length + e;
	}
	return { digits: digits.replace(/0+$/, ''), dp };
}

/**
 * Go's fmt `%.<prec>g` of a double (strconv.FormatFloat(x, 'g', prec, 64)): rounds the exact value
 * to prec significant digits, ties to even (strconv/ftoaryu.go), drops trailing zeros, and uses the
 * %e form when the exponent is < -4 or >= prec — so 999.6 with prec 3 gives "1e+03" as Go does.
 */
export function goFormatG(x: number, prec: number): string {
	if (Number.isNaN(x)) return 'NaN';
	if (x === Infinity) return '+Inf';
	if (x === -Infinity) return '-Inf';
	if (x === 0) return Object.is(x, -0) ? '-0' : '0';
	const neg = x < 0;
	const p = Math.max(1, prec);
	let { digits, dp } = exactDecimal(Math.abs(x));
	if (digits.length > p) {
		const head = digits.slice(0, p);
		const next = digits.charAt(p);
		const rest = digits.slice(p + 1);
		const up = next > '5' || (next === '5' && (/[1-9]/.test(rest) || Number(head.charAt(p - 1)) % 2 === 1));
		let d = head;
		if (up) {
			d = (BigInt(head) + 1n).toString();
			if (d.length > head.length) dp += 1;
		}
		digits = d.replace(/0+$/, '');
	}
	const nd = digits.length;
	let eprec = p;
	if (eprec > nd && nd >= dp) eprec = nd;
	const exp = dp - 1;
	let s: string;
	if (exp < -4 || exp >= eprec) {
		const fracDigits = Math.min(p, nd) - 1;
		s = digits.charAt(0);
		if (fracDigits > 0) s += '.' + digits.slice(1, 1 + fracDigits);
		const ae = Math.abs(exp);
		s += 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
	} else {
		const fp = p > dp ? nd : p;
		const frac = Math.max(fp - dp, 0);
		let int = '';
		if (dp > 0) for (let i = 0; i < dp; i++) int += i < nd ? digits.charAt(i) : '0';
		else int = '0';
		s = int;
		if (frac > 0) {
			s += '.';
			for (let i = 1; i <= frac; i++) {
				const j = dp + i - 1;
				s += j >= 0 && j < nd ? digits.charAt(j) : '0';
			}
		}
	}
	return (neg ? '-' : '') + s;
}

/** Go's unicode.IsPrint, close enough for our text: letters, marks, numbers, punctuation, symbols, ASCII space. */
function goIsPrint(ch: string): boolean {
	return ch === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch);
}

function goEscapedRune(ch: string, quote: string): string {
	const cp = ch.codePointAt(0) ?? 0;
	if (ch === quote || ch === '\\') return '\\' + ch;
	if (cp < 0x80 && cp >= 0x20 && cp !== 0x7f) return ch;
	if (cp >= 0x80 && goIsPrint(ch)) return ch;
	switch (ch) {
		case '\x07': return '\\a';
		case '\b': return '\\b';
		case '\f': return '\\f';
		case '\n': return '\\n';
		case '\r': return '\\r';
		case '\t': return '\\t';
		case '\v': return '\\v';
	}
	if (cp < 0x20 || cp === 0x7f) return '\\x' + cp.toString(16).padStart(2, '0');
	if (cp >= 0xd800 && cp <= 0xdfff) return '\\ufffd';
	if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
	return '\\U' + cp.toString(16).padStart(8, '0');
}

/** Go's strconv.Quote / fmt `%q` of a string. */
export function goQuote(s: string): string {
	let out = '"';
	for (const ch of s) out += goEscapedRune(ch, '"');
	return out + '"';
}

/** Go's fmt `%q` of a rune or byte: a single-quoted character literal ('z', '\''). */
function goQuoteRune(ch: string): string {
	return "'" + goEscapedRune(ch, "'") + "'";
}

function runeCount(s: string): number {
	let n = 0;
	for (const _ of s) n++;
	return n;
}

/**
 * Go's text/tabwriter (flags 0, padchar ' '), as cli/command/formatter/formatter.go and
 * cli/command/system/version.go use it: cells end at '\t'; a column block is the run of
 * consecutive lines that have a cell in that column; each block's width is
 * max(minwidth, widest cell + padding); the last cell of a line is never padded (so no
 * trailing spaces); widths count runes. Returns the lines (the one after a final '\n' dropped).
 */
export function tabwrite(text: string, minwidth: number, padding: number): string[] {
	const raw = text.split('\n');
	const cells = raw.map((l) => l.split('\t'));
	const out: string[] = [];
	const widths: number[] = [];
	const writeLines = (from: number, to: number): void => {
		for (let i = from; i < to; i++) {
			const line = cells[i] ?? [];
			let s = '';
			line.forEach((cell, j) => {
				s += cell;
				const w = widths[j];
				if (j < widths.length && w !== undefined) s += ' '.repeat(Math.max(0, w - runeCount(cell)));
			});
			out.push(s);
		}
	};
	const format = (line0: number, line1: number): void => {
		const column = widths.length;
		for (let th = line0; th < line1; th++) {
			if (column >= (cells[th]?.length ?? 0) - 1) continue;
			writeLines(line0, th);
			line0 = th;
			let width = minwidth;
			for (; th < line1; th++) {
				const line = cells[th] ?? [];
				if (column >= line.length - 1) break;
				const w = runeCount(line[column] ?? '') + padding;
				if (w > width) width = w;
			}
			widths.push(width);
			format(line0, th);
			widths.pop();
			line0 = th;
		}
		writeLines(line0, line1);
	};
	format(0, cells.length);
	if (text.endsWith('\n')) out.pop();
	return out;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Sizes and times (docker/go-units v0.4.0)
// ─────────────────────────────────────────────────────────────────────────────────────────────

const DECIMAL_ABBRS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/**
 * The SIZE column of `docker images`: units.HumanSizeWithPrecision(float64(size), 3)
 * (cli/command/formatter/image.go → go-units size.go): divide by 1000 while >= 1000, then Go's
 * "%.3g%s". 1_240_000 → "1.24MB", 142_000_000 → "142MB", 13_300 → "13.3kB", 1000 → "1kB",
 * 999_600 → "1e+03kB" (Go's %g, a real docker quirk).
 */
export function humanSize(bytes: number): string {
	let size = bytes;
	let i = 0;
	while (size >= 1000 && i < DECIMAL_ABBRS.length - 1) {
		size = size / 1000;
		i++;
	}
	return goFormatG(size, 3) + (DECIMAL_ABBRS[i] ?? '');
}

/**
 * units.HumanDuration (go-units duration.go), the seconds given as Go's time.Duration would hold them:
 * < 1 s "Less than a second", "1 second", "N seconds", "About a minute", "N minutes" (truncated),
 * "About an hour", "N hours" (rounded, below 48), "N days" (below 14 days), "N weeks" (below 60 days),
 * "N months" (30-day months, below 2 years), "N years".
 */
export function humanDuration(seconds: number): string {
	const s = Math.trunc(seconds);
	if (!(s >= 1)) return 'Less than a second';
	if (s === 1) return '1 second';
	if (s < 60) return `${s} seconds`;
	const minutes = Math.trunc(seconds / 60);
	if (minutes === 1) return 'About a minute';
	if (minutes < 60) return `${minutes} minutes`;
	const wholeHours = Math.trunc(seconds / 3600);
	const exactHours = wholeHours + (seconds - wholeHours * 3600) / 3600;
	const hours = Math.trunc(exactHours + 0.5);
	if (hours === 1) return 'About an hour';
	if (hours < 48) return `${hours} hours`;
	if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
	if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
	if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
	return `${Math.trunc(Math.trunc(exactHours) / 24 / 365)} years`;
}

/** The CREATED columns of `docker images` and `docker ps`: HumanDuration(now − created) + " ago" (formatter/image.go CreatedSince, formatter/container.go RunningFor). */
export function ago(seconds: number): string {
	return humanDuration(seconds) + ' ago';
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// docker images / docker ps
// ─────────────────────────────────────────────────────────────────────────────────────────────

/** cli/command/formatter/formatter.go postFormat: tabwriter.NewWriter(out, 10, 1, 3, ' ', 0), header line first. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
	const text = [header, ...rows].map((cells) => cells.join('\t') + '\n').join('');
	return tabwrite(text, 10, 3);
}

export interface ImageRow {
	repository: string;
	tag: string;
	/** 12 hex (stringid.TruncateID of the image ID) */
	id: string;
	createdSecondsAgo: number;
	/** bytes */
	size: number;
}

/**
 * `docker images` / `docker image ls`, the default table (cli/command/formatter/image.go
 * defaultImageTableFormat "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}",
 * headers REPOSITORY TAG "IMAGE ID" CREATED SIZE). Rows print in the order given: the daemon lists
 * images newest first (daemon/images/images.go sorts by Created, reversed); an untagged image
 * is repository "<none>", tag "<none>". With no rows only the header prints. Exit 0.
 */
export function imagesTable(rows: readonly ImageRow[]): string[] {
	return table(
		['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
		rows.map((r) => [r.repository, r.tag, r.id, ago(r.createdSecondsAgo), humanSize(r.size)])
	);
}

/** `docker images -q`: the {{.ID}} format, one ID a line, no header (formatter.DefaultQuietFormat). */
export function imagesQuiet(ids: readonly string[]): string[] {
	return [...ids];
}

export interface ContainerRow {
	/** 12 hex */
	id: string;
	/** as the container was created with, e.g. "busybox" or "nginx:1.23" (formatter/container.go Image) */
	image: string;
	/** the daemon's Command string, unquoted and whole, e.g. "echo hello world" (see psCommand) */
	command: string;
	createdSecondsAgo: number;
	/** statusText(…) */
	status: string;
	/** portsText(…); "" for a container that is not running */
	ports: string;
	name: string;
}

/**
 * The daemon's Command for `docker ps` (moby container/view.go transform): Path, then the Args
 * joined by spaces, each arg that holds a space wrapped in single quotes.
 * ["sh", "-c", "while true; do sleep 1; done"] → "sh -c 'while true; do sleep 1; done'".
 */
export function psCommand(argv: readonly string[]): string {
	const [path = '', ...args] = argv;
	if (args.length === 0) return path;
	return `${path} ${args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}

/** East Asian Wide/Fullwidth (golang.org/x/text/width, as formatter/displayutils.go charWidth uses it). */
const WIDE: readonly (readonly [number, number])[] = [
	[0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
	[0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
	[0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
	[0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
	[0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
	[0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0x303e],
	[0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
	[0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe1],
	[0x17000, 0x18af2], [0x1b000, 0x1b2fb], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e],
	[0x1f191, 0x1f19a], [0x1f200, 0x1f251], [0x1f260, 0x1f265], [0x1f300, 0x1f320], [0x1f32d, 0x1f335],
	[0x1f337, 0x1f37c], [0x1f37e, 0x1f393], [0x1f3a0, 0x1f3ca], [0x1f3cf, 0x1f3d3], [0x1f3e0, 0x1f3f0],
	[0x1f3f4, 0x1f3f4], [0x1f3f8, 0x1f43e], [0x1f440, 0x1f440], [0x1f442, 0x1f4fc], [0x1f4ff, 0x1f53d],
	[0x1f54b, 0x1f54e], [0x1f550, 0x1f567], [0x1f57a, 0x1f57a], [0x1f595, 0x1f596], [0x1f5a4, 0x1f5a4],
	[0x1f5fb, 0x1f64f], [0x1f680, 0x1f6c5], [0x1f6cc, 0x1f6cc], [0x1f6d0, 0x1f6d2], [0x1f6eb, 0x1f6ec],
	[0x1f6f4, 0x1f6f8], [0x1f910, 0x1f93e], [0x1f940, 0x1f94c], [0x1f950, 0x1f96b], [0x1f980, 0x1f997],
	[0x1f9c0, 0x1f9c0], [0x1f9d0, 0x1f9e6], [0x20000, 0x2fffd], [0x30000, 0x3fffd]
];

function charWidth(ch: string): number {
	const cp = ch.codePointAt(0) ?? 0;
	return WIDE.some(([a, b]) => cp >= a && cp <= b) ? 2 : 1;
}

/**
 * formatter.Ellipsis (cli/command/formatter/displayutils.go): an all-ASCII string longer than max
 * keeps max−1 characters and gains "…"; otherwise East Asian wide characters count 2.
 */
export function ellipsis(s: string, maxDisplayWidth: number): string {
	if (maxDisplayWidth <= 0) return '';
	const rs = Array.from(s);
	if (maxDisplayWidth === 1) return rs[0] ?? '';
	const byteLen = new TextEncoder().encode(s).length;
	if (byteLen === rs.length) {
		if (byteLen <= maxDisplayWidth) return s;
		return rs.slice(0, maxDisplayWidth - 1).join('') + '…';
	}
	const display: number[] = [];
	let width = 0;
	for (const r of rs) {
		width += charWidth(r);
		display.push(width);
	}
	if (width <= maxDisplayWidth) return s;
	for (let i = 0; i < display.length; i++) {
		const here = display[i] ?? 0;
		const next = display[i + 1] ?? Infinity;
		if (here <= maxDisplayWidth - 1 && next > maxDisplayWidth - 1) return rs.slice(0, i + 1).join('') + '…';
	}
	return s;
}

/**
 * `docker ps` / `docker ps -a`, the default table (cli/command/formatter/container.go
 * defaultContainerTableFormat; headers "CONTAINER ID" IMAGE COMMAND CREATED STATUS PORTS NAMES,
 * always printed). COMMAND is strconv.Quote(Ellipsis(command, 20)): truncated to 20 characters
 * *before* quoting, so "echo hello world" shows as "\"echo hello world\"" and a long one as
 * "\"sh -c 'while true; …\"". Rows print in the order given: the daemon lists newest first. Exit 0.
 */
export function psTable(rows: readonly ContainerRow[]): string[] {
	return table(
		['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
		rows.map((r) => [r.id, r.image, goQuote(ellipsis(r.command, 20)), ago(r.createdSecondsAgo), r.status, r.ports, r.name])
	);
}

/** `docker ps -q`: the {{.ID}} format, one 12-hex ID a line, no header (formatter.DefaultQuietFormat). */
export function psQuiet(ids: readonly string[]): string[] {
	return [...ids];
}

/**
 * The STATUS column: moby container/state.go State.String(): "Created" (never started),
 * "Up <HumanDuration since start>" ("Up Less than a second", "Up 5 seconds", "Up About a minute"),
 * "Up <…> (Paused)", "Exited (<code>) <HumanDuration since finish> ago".
 */
export function statusText(s: { state: 'created' | 'running' | 'exited' | 'paused'; startedSecondsAgo?: number; exitCode?: number; finishedSecondsAgo?: number }): string {
	switch (s.state) {
		case 'created':
			return 'Created';
		case 'running':
			return `Up ${humanDuration(s.startedSecondsAgo ?? 0)}`;
		case 'paused':
			return `Up ${humanDuration(s.startedSecondsAgo ?? 0)} (Paused)`;
		case 'exited':
			return `Exited (${s.exitCode ?? 0}) ${humanDuration(s.finishedSecondsAgo ?? 0)} ago`;
	}
}

interface ApiPort {
	ip: string;
	privatePort: number;
	publicPort: number;
	type: string;
}

/**
 * The PORTS column of a running container (formatter/container.go DisplayablePorts over the
 * daemon's port list, moby container/view.go). Each `-p host:container` binding is listed by the
 * 20.10 daemon twice, 0.0.0.0 and :: (libnetwork drivers/bridge/port_mapping.go
 * allocatePortsInternal adds the IPv6 binding, the userland proxy being on by default), unless a
 * host IPv4 address was given. Exposed ports without a binding show as "80/tcp"; runs of
 * consecutive ports merge ("80-81/tcp"). -p 8080:80 → "0.0.0.0:8080->80/tcp, :::8080->80/tcp".
 * A stopped or created container has no port list (daemon releaseNetwork sets Ports = nil): pass [] / [].
 */
export function portsText(ports: readonly { host: number; container: number; proto: 'tcp' | 'udp'; hostIp?: string }[], exposed: readonly string[]): string {
	const list: ApiPort[] = [];
	const bound = new Set<string>();
	for (const p of ports) {
		bound.add(`${p.container}/${p.proto}`);
		const ips = p.hostIp === undefined || p.hostIp === '' || p.hostIp === '0.0.0.0' ? ['0.0.0.0', '::'] : [p.hostIp];
		for (const ip of ips) list.push({ ip, privatePort: p.container, publicPort: p.host, type: p.proto });
	}
	for (const e of exposed) {
		const [num = '', proto = 'tcp'] = e.split('/');
		const port = Number(num);
		if (!Number.isInteger(port) || bound.has(`${port}/${proto}`)) continue;
		bound.add(`${port}/${proto}`);
		list.push({ ip: '', privatePort: port, publicPort: 0, type: proto });
	}
	return displayablePorts(list);
}

function displayablePorts(ports: ApiPort[]): string {
	const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
	const sorted = [...ports].sort((i, j) => i.privatePort - j.privatePort || cmp(i.ip, j.ip) || i.publicPort - j.publicPort || cmp(i.type, j.type));
	const groupMap = new Map<string, { first: number; last: number }>();
	const result: string[] = [];
	const hostMappings: string[] = [];
	const keys: string[] = [];
	for (const port of sorted) {
		const current = port.privatePort;
		let portKey = port.type;
		if (port.ip !== '') {
			if (port.publicPort !== current) {
				hostMappings.push(`${port.ip}:${port.publicPort}->${port.privatePort}/${port.type}`);
				continue;
			}
			portKey = `${port.ip}/${port.type}`;
		}
		const group = groupMap.get(portKey);
		if (!group) {
			groupMap.set(portKey, { first: current, last: current });
			keys.push(portKey);
			continue;
		}
		if (current === group.last + 1) {
			group.last = current;
			continue;
		}
		result.push(formGroup(portKey, group.first, group.last));
		groupMap.set(portKey, { first: current, last: current });
	}
	for (const key of keys) {
		const g = groupMap.get(key);
		if (g) result.push(formGroup(key, g.first, g.last));
	}
	return [...result, ...hostMappings].join(', ');
}

function formGroup(key: string, start: number, last: number): string {
	const parts = key.split('/');
	let groupType = parts[0] ?? '';
	let ip = '';
	if (parts.length > 1) {
		ip = parts[0] ?? '';
		groupType = parts[1] ?? '';
	}
	let group = String(start);
	if (start !== last) group = `${group}-${last}`;
	if (ip !== '') group = `${ip}:${group}->${group}`;
	return `${group}/${groupType}`;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// docker version
// ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * What `docker version` reports for Docker Engine - Community 20.10.17 on linux/amd64.
 * Verified in source: Version, the commits (tags v20.10.17 of docker/cli → 100c701, moby → a89b842),
 * API 1.41 / minimum 1.12 (moby api/common.go, api/common_unix.go), Go 1.17.11 (GO_VERSION in both
 * repos' Dockerfiles at the tag), containerd v1.6.6 = 10c12954828e7c7c9b6e0ea9b0c02b01407d3ae1,
 * runc v1.1.2 = a916309f…, tini v0.19.0 = de40ad0 (the short hash its CMakeLists prints).
 * Not in any source: the Built times and "Docker Engine - Community" (stamped by the packaging
 * build; the times are those of the Ubuntu .deb as users posted them — other distros' packages
 * differ by minutes), containerd/runc (from the separate containerd.io package: 1.6.6 and runc
 * "v1.1.2-0-ga916309" is what containerd.io 1.6.6 printed, as posted).
 */
export const VERSION = {
	client: { platform: 'Docker Engine - Community', version: '20.10.17', apiVersion: '1.41', goVersion: 'go1.17.11', gitCommit: '100c701', built: 'Mon Jun  6 23:02:57 2022', osArch: 'linux/amd64', context: 'default', experimental: 'true' },
	engine: { platform: 'Docker Engine - Community', version: '20.10.17', apiVersion: '1.41', minApiVersion: '1.12', goVersion: 'go1.17.11', gitCommit: 'a89b842', built: 'Mon Jun  6 23:01:03 2022', osArch: 'linux/amd64', experimental: 'false' },
	components: [
		{ name: 'containerd', version: '1.6.6', gitCommit: '10c12954828e7c7c9b6e0ea9b0c02b01407d3ae1' },
		{ name: 'runc', version: '1.1.2', gitCommit: 'v1.1.2-0-ga916309' },
		{ name: 'docker-init', version: '0.19.0', gitCommit: 'de40ad0' }
	]
} as const;

/**
 * `docker version` (cli/command/system/version.go versionTemplate, printed through
 * tabwriter.NewWriter(out, 20, 1, 1, ' ', 0): every value starts at column 20). Exit 0.
 */
export function versionText(): string[] {
	const c = VERSION.client;
	const e = VERSION.engine;
	const lines = [
		`Client: ${c.platform}`,
		` Version:\t${c.version}`,
		` API version:\t${c.apiVersion}`,
		` Go version:\t${c.goVersion}`,
		` Git commit:\t${c.gitCommit}`,
		` Built:\t${c.built}`,
		` OS/Arch:\t${c.osArch}`,
		` Context:\t${c.context}`,
		` Experimental:\t${c.experimental}`,
		'',
		`Server: ${e.platform}`,
		' Engine:',
		`  Version:\t${e.version}`,
		`  API version:\t${e.apiVersion} (minimum version ${e.minApiVersion})`,
		`  Go version:\t${e.goVersion}`,
		`  Git commit:\t${e.gitCommit}`,
		`  Built:\t${e.built}`,
		`  OS/Arch:\t${e.osArch}`,
		`  Experimental:\t${e.experimental}`,
		...VERSION.components.flatMap((k) => [` ${k.name}:`, `  Version:\t${k.version}`, `  GitCommit:\t${k.gitCommit}`])
	];
	return tabwrite(lines.join('\n') + '\n', 20, 1);
}

/** `docker --version` / `docker -v`: cobra's version template "Docker version {{.Version}}" with Version "20.10.17, build 100c701" (cmd/docker/docker.go, cli/cobra.go). Exit 0. */
export function versionLine(): string {
	return `Docker version ${VERSION.client.version}, build ${VERSION.client.gitCommit}`;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Image references (docker/distribution reference: familiar vs. normalized names)
// ─────────────────────────────────────────────────────────────────────────────────────────────

function splitDomain(name: string): { domain: string; path: string } {
	const i = name.indexOf('/');
	const first = i < 0 ? '' : name.slice(0, i);
	if (i < 0 || (!first.includes('.') && !first.includes(':') && first !== 'localhost')) {
		const path = name.startsWith('library/') ? name.slice('library/'.length) : name;
		return { domain: 'docker.io', path: path.includes('/') ? path : `library/${path}` };
	}
	let domain = first;
	let path = name.slice(i + 1);
	if (domain === 'index.docker.io') domain = 'docker.io';
	if (domain === 'docker.io' && !path.includes('/')) path = `library/${path}`;
	return { domain, path };
}

/** reference.FamiliarName: "docker.io/library/busybox" → "busybox", "docker.io/me/app" → "me/app". */
function familiarName(name: string): string {
	const { domain, path } = splitDomain(name);
	if (domain !== 'docker.io') return `${domain}/${path}`;
	return path.startsWith('library/') && path.split('/').length === 2 ? path.slice('library/'.length) : path;
}

/** Name, tag and digest of a reference as typed ("busybox", "busybox:1.35", "me/app@sha256:…"). */
function parseRef(ref: string): { name: string; tag?: string; digest?: string } {
	let rest = ref;
	let digest: string | undefined;
	const at = rest.indexOf('@');
	if (at >= 0) {
		digest = rest.slice(at + 1);
		rest = rest.slice(0, at);
	}
	const colon = rest.lastIndexOf(':');
	if (colon > rest.lastIndexOf('/')) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
	return { name: rest, ...(digest ? { digest } : {}) };
}

/** reference.FamiliarString(reference.TagNameOnly(ref)): "alpine" → "alpine:latest", "docker.io/library/alpine:3" → "alpine:3". */
export function familiarWithTag(ref: string): string {
	const r = parseRef(ref);
	const name = familiarName(r.name);
	if (r.digest) return `${name}${r.tag ? `:${r.tag}` : ''}@${r.digest}`;
	return `${name}:${r.tag ?? 'latest'}`;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// docker pull (cli/command/image/pull.go; moby distribution/pull.go, pull_v2.go, xfer/download.go)
// ─────────────────────────────────────────────────────────────────────────────────────────────

export interface PullSpec {
	/** as typed, without tag: "busybox", "me/app" */
	name: string;
	tag: string;
	/** a tag was typed (no "Using default tag: latest") */
	explicitTag: boolean;
	/** 12-hex short ids of the layer blobs, in manifest order */
	layers: readonly string[];
	/** manifest (list) digest, "sha256:…" */
	digest: string;
	/** layers already in the layer store print "Already exists": true for all, or the ids that do */
	alreadyHave: boolean | readonly string[];
	/** the image is already here under that tag: no layer lines, "Status: Image is up to date for …" */
	upToDate: boolean;
	/** `docker pull -q`: only the final reference line */
	quiet?: boolean;
}

/**
 * The daemon's progress stream as the terminal is left showing it once done (jsonmessage
 * rewrites each layer's line in place: "Pulling fs layer", "Waiting", "Downloading […]",
 * "Verifying Checksum", "Download complete", "Extracting […]" and finally "Pull complete";
 * the animation is not modelled here). "<tag>: Pulling from library/busybox" names the
 * repository path on the registry (pull_v2.go), "Digest:", then the "Status:" line (pull.go writeStatus).
 */
export function pullProgressLines(p: Omit<PullSpec, 'explicitTag' | 'quiet'>): string[] {
	const { path } = splitDomain(p.name);
	const familiar = familiarName(p.name);
	const have = (id: string): boolean => (typeof p.alreadyHave === 'boolean' ? p.alreadyHave : p.alreadyHave.includes(id));
	const digest = p.digest.includes(':') ? p.digest : `sha256:${p.digest}`;
	return [
		`${p.tag}: Pulling from ${path}`,
		...(p.upToDate ? [] : p.layers.map((id) => `${id}: ${have(id) ? 'Already exists' : 'Pull complete'}`)),
		`Digest: ${digest}`,
		p.upToDate ? `Status: Image is up to date for ${familiar}:${p.tag}` : `Status: Downloaded newer image for ${familiar}:${p.tag}`
	];
}

/**
 * `docker pull NAME[:TAG]`: "Using default tag: latest" when no tag was typed, the progress
 * (pullProgressLines), then the full reference (reference.String(): "docker.io/library/busybox:latest").
 * All stdout. Exit 0.
 */
export function pullLines(p: PullSpec): string[] {
	const { domain, path } = splitDomain(p.name);
	const full = `${domain}/${path}:${p.tag}`;
	if (p.quiet) return [full];
	return [...(p.explicitTag ? [] : [`Using default tag: ${p.tag}`]), ...pullProgressLines(p), full];
}

/**
 * `docker run`/`docker create` of an image not here (cli/command/container/create.go
 * createContainer): "Unable to find image 'alpine:latest' locally" (the reference with its tag
 * made explicit), on stderr. The pull that follows prints pullProgressLines to stderr too — no
 * "Using default tag" and no final reference line — and then the container runs.
 */
export function unableToFindLocally(ref: string): string[] {
	return [`Unable to find image '${familiarWithTag(ref)}' locally`];
}

/** unableToFindLocally + pullProgressLines: what `docker run` prints (stderr) before the container's own output. */
export function runPullLines(p: Omit<PullSpec, 'explicitTag' | 'quiet'>): string[] {
	return [...unableToFindLocally(`${p.name}:${p.tag}`), ...pullProgressLines(p)];
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Errors
// ─────────────────────────────────────────────────────────────────────────────────────────────

/** "docker run", "run" → "docker run"; "docker" stays. */
function commandPath(command: string): string {
	const c = command.trim();
	return c === 'docker' || c.startsWith('docker ') ? c : `docker ${c}`;
}

/** The command's own name ("docker container rm" → "rm"). */
function verbOf(command: string): string {
	const words = commandPath(command).split(/\s+/);
	return words[words.length - 1] ?? '';
}

/**
 * cli/command/container/run.go reportError: "docker: " + the message with one final "." and,
 * for errors before the container starts, "See 'docker run --help'." (create.go has the same).
 */
function reportError(command: string, message: string, withHelp: boolean): string[] {
	const str = message.replace(/\.$/, '') + '.';
	return withHelp ? [`docker: ${str}`, `See '${commandPath(command)} --help'.`] : [`docker: ${str}`];
}

function isRunLike(command: string): boolean {
	const v = verbOf(command);
	return v === 'run' || v === 'create';
}

const DAEMON = 'Error response from daemon: ';

/**
 * `docker foo` (cmd/docker/docker.go, the root command's RunE): two lines on stderr, the second
 * without a final period. Exit 1.
 */
export function unknownCommand(word: string): string[] {
	return [`docker: '${word}' is not a docker command.`, "See 'docker --help'"];
}

/**
 * `docker help foo` (cli/cobra.go helpCommand: Find fails, or leaves words over): "unknown help
 * topic: foo". Exit 1. (`docker foo --help` is different: the root command takes the stray word and
 * prints its own help.)
 */
export function unknownHelpTopic(words: readonly string[]): string[] {
	return [`unknown help topic: ${words.join(' ')}`];
}

/**
 * A flag error (cli/cobra.go FlagErrorFunc): pflag's message, then "See 'docker run --help'.".
 * On the root command (`docker --foo`), which has subcommands, the whole usage follows after a
 * blank line (and, Fprintln after a usage that ends in "\n", one more empty line). Exit 125.
 */
function flagError(command: string, message: string): string[] {
	const path = commandPath(command);
	const lines = [message, `See '${path} --help'.`];
	if (path === 'docker') return [...lines, '', ...helpText('docker').slice(1), ''];
	return lines;
}

/**
 * "unknown flag: --foo" (pflag v1.0.5 flag.go parseLongArg; the name without "=value").
 * A flag given as "-x" is a shorthand and gets unknownShorthand's wording. Exit 125.
 */
export function unknownFlag(command: string, flag: string): string[] {
	if (/^-[^-]/.test(flag)) return unknownShorthand(command, flag.charAt(1), flag.slice(1));
	const name = flag.replace(/^--/, '').split('=')[0] ?? '';
	return flagError(command, `unknown flag: --${name}`);
}

/**
 * "unknown shorthand flag: 'z' in -z" (pflag parseSingleShortArg: %q of the letter, then the
 * shorthand cluster still unparsed at that letter: `-itz` → "'z' in -z", `-zit` → "'z' in -zit").
 * arg may be the whole cluster as typed ("-itz") or what is left of it, with or without its "-".
 * Exit 125.
 */
export function unknownShorthand(command: string, letter: string, arg: string): string[] {
	const cluster = arg.replace(/^-/, '');
	const at = cluster.indexOf(letter);
	return flagError(command, `unknown shorthand flag: ${goQuoteRune(letter)} in -${at >= 0 ? cluster.slice(at) : cluster}`);
}

/**
 * "flag needs an argument: --name" (pflag parseLongArg: the argument as typed) or, for a
 * shorthand, "flag needs an argument: 'e' in -e" (parseSingleShortArg: the letter is the last of
 * its cluster, else the rest would be its value, so `-ie` also reads "'e' in -e"). Exit 125.
 */
export function flagNeedsArgument(command: string, flag: string, shorthand?: string): string[] {
	if (shorthand) return flagError(command, `flag needs an argument: ${goQuoteRune(shorthand)} in -${shorthand}`);
	return flagError(command, `flag needs an argument: ${flag.startsWith('-') ? flag : `--${flag}`}`);
}

/**
 * A flag value its type refuses (pflag FlagSet.Set): invalid argument "abc" for "-m, --memory"
 * flag: invalid size: 'abc'. The flag is named "-m, --memory" when it has a shorthand, else
 * "--cpus"; pass it in any form ("-m", "--memory", "memory") and it is looked up in the command's
 * flags. See REASON for the reasons the types give. Exit 125.
 */
export function invalidArgument(command: string, flag: string, value: string, reason: string): string[] {
	return flagError(command, `invalid argument ${goQuote(value)} for ${goQuote(flagDisplayName(command, flag))} flag: ${reason}`);
}

/** The reasons flag types give for a bad value (the `reason` of invalidArgument). */
export const REASON = {
	/** -m/--memory, --shm-size…: opts.MemBytes.Set → go-units RAMInBytes */
	size: (v: string): string => `invalid size: '${v}'`,
	/** --pids-limit, -t/--time, --cpu-shares… (pflag int/int64 → strconv.ParseInt(s, 0, 64)) */
	int: (v: string): string => `strconv.ParseInt: parsing ${goQuote(v)}: invalid syntax`,
	/** --cpus: opts.ParseCPUs */
	cpus: (v: string): string => `failed to parse ${v} as a rational number`,
	/** --cpus with more than 9 decimals */
	cpusTooPrecise: (): string => 'value is too precise'
} as const;

function flagDisplayName(command: string, flag: string): string {
	if (flag.includes(', ')) return flag;
	const bare = flag.replace(/^-+/, '');
	const flags = FLAGS[verbOf(command)] ?? [];
	const found = flags.find(([long, short]) => (flag.startsWith('--') || bare.length > 1 ? long === bare : short === bare));
	if (!found) return flag.startsWith('-') ? flag : `--${flag}`;
	const [long, short] = found;
	return short ? `-${short}, --${long}` : `--${long}`;
}

/**
 * A wrong number of arguments (cli/required.go): `"docker run" requires at least 1 argument.`,
 * "See 'docker run --help'.", a blank line, "Usage:  <use line>", a blank line, the short
 * description. min 0 (with no max, or max 0, or exact) is NoArgs: `"docker ps" accepts no
 * arguments.`; exact is ExactArgs ("requires exactly 1 argument."); a max above min is
 * RequiresMaxArgs (min 0: "requires at most 1 argument.") or RequiresRangeArgs. usage is the whole
 * use line ("docker run [OPTIONS] IMAGE [COMMAND] [ARG...]"). Plain error: exit 1.
 */
export function requiresArguments(command: string, usage: string, description: string, min: number, exact?: boolean, max?: number): string[] {
	const path = commandPath(command);
	const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');
	let first: string;
	if (min === 0 && (max === undefined || max === 0)) first = `"${path}" accepts no arguments.`;
	else if (exact) first = `"${path}" requires exactly ${min} ${plural(min)}.`;
	else if (max !== undefined && max > min && min === 0) first = `"${path}" requires at most ${max} ${plural(max)}.`;
	else if (max !== undefined && max > min) first = `"${path}" requires at least ${min} and at most ${max} ${plural(max)}.`;
	else first = `"${path}" requires at least ${min} ${plural(min)}.`;
	return [first, `See '${path} --help'.`, '', `Usage:  ${usage}`, '', description];
}

/**
 * A container name or ID the daemon does not know, as each command prints it in 20.10.17:
 *   stop, restart, pause, unpause, top, port, wait …: "Error response from daemon: No such container: x"
 *     (the daemon's objNotFoundError, moby daemon/errors.go; client checkResponseErr adds the prefix);
 *   kill:    "Error response from daemon: Cannot kill container: x: No such container: x"
 *     (moby api/server/router/container/container_routes.go postContainersKill wraps every error);
 *   start:   the daemon error, then "Error: failed to start containers: x" (container/start.go);
 *   rm, logs, exec: "Error: No such container: x" — the client's own 404 wording (client/errors.go
 *     wrapResponseError, used by ContainerRemove and ContainerInspect, which logs and exec call first);
 *   inspect: "[]" on stdout, then "Error: No such object: x" (system/inspect.go; inspector Flush).
 * Exit 1 (`docker rm -f x` prints the same line but exits 0).
 */
export function noSuchContainer(name: string, command: string): string[] {
	switch (verbOf(command)) {
		case 'kill':
			return [`${DAEMON}Cannot kill container: ${name}: No such container: ${name}`];
		case 'start':
			return [`${DAEMON}No such container: ${name}`, `Error: failed to start containers: ${name}`];
		case 'rm':
		case 'logs':
		case 'exec':
		case 'attach':
			return [`Error: No such container: ${name}`];
		case 'inspect':
			return ['[]', ...noSuchObject(name)];
		default:
			return [`${DAEMON}No such container: ${name}`];
	}
}

/** One ref `docker inspect` found as nothing (system/inspect.go inspectAll): the error line only — the output's "[]" (or, with -f, one empty line) is the caller's. */
export function noSuchObject(ref: string): string[] {
	return [`Error: No such object: ${ref}`];
}

/**
 * An image not here:
 *   rmi:   "Error: No such image: foo" — the reference exactly as typed (client/image_remove.go
 *          wrapResponseError on the 404; the daemon's own "No such image: foo:latest" is not shown).
 *          Exit 1; with -f the line still prints but the exit is 0 (image/remove.go).
 *   inspect: "[]", then "Error: No such object: foo"; `image inspect`: "[]", then "Error: No such image: foo".
 *   run/create --pull=never: "docker: Error response from daemon: No such image: foo:latest." + See line.
 *   others (tag, history, save): "Error response from daemon: No such image: foo:latest"
 *          (moby daemon/images/image.go ErrImageDoesNotExist: the reference with its tag made explicit).
 */
export function noSuchImage(ref: string, command: string): string[] {
	const path = commandPath(command);
	if (path === 'docker rmi' || path === 'docker image rm' || path === 'docker image remove') return [`Error: No such image: ${ref}`];
	if (path === 'docker inspect') return ['[]', ...noSuchObject(ref)];
	if (path === 'docker image inspect') return ['[]', `Error: No such image: ${ref}`];
	const message = `${DAEMON}No such image: ${familiarWithTag(ref)}`;
	return isRunLike(command) ? reportError(command, message, true) : [message];
}

/**
 * Docker Hub's answer for a repository that does not exist (moby distribution/errors.go
 * notFoundError, ErrorCodeDenied; errcode "denied: requested access to the resource is denied").
 * pull: one line (after "Using default tag: latest" when no tag was typed), exit 1;
 * run/create: after unableToFindLocally, reportError's "docker: …denied." and "See 'docker run --help'.", exit 125.
 */
export function pullAccessDenied(name: string, command: string): string[] {
	const message = `${DAEMON}pull access denied for ${familiarName(parseRef(name).name)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
	return isRunLike(command) ? reportError(command, message, true) : [message];
}

/**
 * A known repository, an unknown tag (distribution/errors.go, v2.ErrorCodeManifestUnknown):
 * "Error response from daemon: manifest for alpine:nope not found: manifest unknown: manifest unknown".
 * pull exit 1; run/create as pullAccessDenied, exit 125.
 */
export function manifestUnknown(name: string, tag: string, command: string): string[] {
	const message = `${DAEMON}manifest for ${familiarName(parseRef(name).name)}:${tag} not found: manifest unknown: manifest unknown`;
	return isRunLike(command) ? reportError(command, message, true) : [message];
}

/**
 * `docker run --name web` when "web" is taken (moby daemon/errors.go nameConflictError, the name
 * with its "/"; run.go reportError). Exit 125.
 */
export function nameInUse(name: string, id64: string, command = 'docker run'): string[] {
	const slashed = name.startsWith('/') ? name : `/${name}`;
	return reportError(command, `${DAEMON}Conflict. The container name ${goQuote(slashed)} is already in use by container ${goQuote(id64)}. You have to remove (or rename) that container to be able to reuse that name.`, true);
}

/**
 * `docker rmi` of an image a container uses (moby daemon/images/image_delete.go ImageDelete):
 *   by name/tag, no -f:  conflict: unable to remove repository reference "busybox" (must force) -
 *                        container 3f2a1c9d8e7b is using its referenced image 2bd29714875d
 *                        (the reference as typed; only when it is the image's single reference);
 *   by name/tag, -f:     no error — the tag is removed ("Untagged: …" lines, rmiLines) and the
 *                        image itself stays, silently (imageDeleteHelper quiet): returns [];
 *   by ID, running container: conflict: unable to delete 2bd29714875d (cannot be forced) - image is
 *                        being used by running container 3f2a1c9d8e7b (with or without -f);
 *   by ID, stopped container, no -f: conflict: unable to delete 2bd29714875d (must be forced) -
 *                        image is being used by stopped container 3f2a1c9d8e7b; with -f: [].
 * byId defaults to whether ref looks like a prefix of the image ID; running defaults to true.
 * Each "Error response from daemon: …"; exit 1.
 */
export function imageInUse(ref: string, imageId12: string, containerId12: string, force: boolean, opts: { running?: boolean; byId?: boolean } = {}): string[] {
	const bare = ref.replace(/^sha256:/, '');
	const byId = opts.byId ?? (/^[0-9a-f]+$/.test(bare) && (imageId12.startsWith(bare) || bare.startsWith(imageId12)));
	const running = opts.running ?? true;
	if (!byId) {
		if (force) return [];
		return [`${DAEMON}conflict: unable to remove repository reference ${goQuote(ref)} (must force) - container ${containerId12} is using its referenced image ${imageId12}`];
	}
	if (running) return [`${DAEMON}conflict: unable to delete ${imageId12} (cannot be forced) - image is being used by running container ${containerId12}`];
	if (force) return [];
	return [`${DAEMON}conflict: unable to delete ${imageId12} (must be forced) - image is being used by stopped container ${containerId12}`];
}

/**
 * `docker rm` of a running container without -f (moby daemon/delete.go cleanupContainer: the full
 * 64-hex ID; a paused one reads "…a paused container <id>. Unpause and then stop the container
 * before attempting removal or force remove"). Exit 1.
 */
export function removeRunning(id64: string, opts: { paused?: boolean } = {}): string[] {
	if (opts.paused) return [`${DAEMON}You cannot remove a paused container ${id64}. Unpause and then stop the container before attempting removal or force remove`];
	return [`${DAEMON}You cannot remove a running container ${id64}. Stop the container before attempting removal or force remove`];
}

/**
 * A command that needs a running container (moby daemon/errors.go errNotRunning, the full ID):
 *   exec (and pause, top…): "Error response from daemon: Container <64hex> is not running";
 *   kill: "Error response from daemon: Cannot kill container: web: Container <64hex> is not running"
 *         — `web` being the name or ID as typed (typedName; defaults to the ID).
 * `docker stop` / `docker start` of a container already in that state are not errors (304): they
 * print the name as typed. Exit 1.
 */
export function notRunning(id64: string, command: string, typedName?: string): string[] {
	if (verbOf(command) === 'kill') return [`${DAEMON}Cannot kill container: ${typedName ?? id64}: Container ${id64} is not running`];
	return [`${DAEMON}Container ${id64} is not running`];
}

/**
 * `docker rmi`'s output (cli/command/image/remove.go): "Untagged: busybox:latest",
 * "Untagged: busybox@sha256:…" then "Deleted: sha256:…" for the image ID and each layer chain ID
 * removed, in the daemon's order (image_delete.go). With several images, docker prints every
 * success first and the errors together at the end. Exit 0.
 */
export function rmiLines(untagged: readonly string[], deleted: readonly string[]): string[] {
	return [...untagged.map((u) => `Untagged: ${u}`), ...deleted.map((d) => `Deleted: ${d.includes(':') ? d : `sha256:${d}`}`)];
}

/** Go exec.LookPath's error as runc 1.1.2 reports it (libcontainer/standard_init_linux.go): a bare name is searched in $PATH, a path is stat'ed. */
function lookPathError(cmd: string): string {
	return cmd.includes('/') ? `exec: ${goQuote(cmd)}: stat ${cmd}: no such file or directory` : `exec: ${goQuote(cmd)}: executable file not found in $PATH`;
}

/**
 * `docker run busybox foo`, a command the image does not have. The chain: runc 1.1.2
 * (create.go "runc create failed: ", container_linux.go "unable to start container process: ")
 * → containerd 1.6.6 (pkg/process/init.go "OCI runtime create failed: ", runtime/v2/manager.go
 * "failed to create shim task: ", errdefs gRPC ": unknown") → moby (daemon/errors.go
 * translateContainerdStartErr) → run.go reportError without "See" (the container was created):
 *   docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create
 *   failed: unable to start container process: exec: "foo": executable file not found in $PATH: unknown.
 * Exit status 127 (run.go runStartContainerErr: "executable file not found" / "no such file or
 * directory"); the container stays, Created, with exit code 127. With -d the container ID prints
 * first. Without -d docker sometimes adds "ERRO[0000] error waiting for container: context canceled"
 * (a race in container/utils.go waitExitOrRemoved): pass waitError to include it.
 * For `docker start` of such a container: command 'docker start' gives the daemon line and
 * "Error: failed to start containers: <name>" (pass the container as typed), exit 1.
 */
export function executableNotFound(cmd: string, opts: { command?: string; container?: string; waitError?: boolean } = {}): string[] {
	const message = `${DAEMON}failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${lookPathError(cmd)}: unknown`;
	if (opts.command && verbOf(opts.command) === 'start') return [message, `Error: failed to start containers: ${opts.container ?? ''}`];
	const lines = reportError(opts.command ?? 'docker run', message, false);
	return opts.waitError ? [...lines, 'ERRO[0000] error waiting for container: context canceled'] : lines;
}

/**
 * `docker exec web foo`, a command the container does not have: runc exec.go "exec failed: ",
 * containerd pkg/process/exec.go "OCI runtime exec failed: ", ": unknown"; the daemon writes it
 * into the attached stream with "\r\n" (api/server/router/container/exec.go) and sets the exit
 * code to 126 (daemon/exec.go ContainerExecStart). Exit 126.
 */
export function execNotFound(cmd: string): string[] {
	return [`OCI runtime exec failed: exec failed: unable to start container process: ${lookPathError(cmd)}: unknown`];
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// --help (cli/cobra.go usageTemplate/helpTemplate; pflag v1.0.5 FlagUsagesWrapped)
// ─────────────────────────────────────────────────────────────────────────────────────────────

/** [long, shorthand, value name (pflag UnquoteUsage: the Value's Type()), usage, default as pflag shows it, hidden]. */
type Flag = readonly [long: string, short: string, varname: string, usage: string, def: string, hidden?: boolean];

/**
 * Every flag of each command, from its New…Command in docker/cli v20.10.17 (container/run.go +
 * container/opts.go addFlags + command.AddPlatformFlag/AddTrustVerificationFlags for run and pull;
 * container/list.go, start.go, stop.go, kill.go, restart.go, rm.go, logs.go, exec.go; image/list.go,
 * pull.go, remove.go; system/inspect.go, version.go). Value names are the Value's Type() (opts/*.go:
 * ListOpts "list", MapOpts "map", NetworkOpt "network", MountOpt "mount", GpuOpts "gpu-request",
 * UlimitOpt "ulimit", NanoCPUs "decimal", MemBytes "bytes", FilterOpt "filter"; pflag "int" for
 * int/int64, "uint16", "uint" for uint64, "duration"). Defaults are shown where pflag's
 * defaultIsZeroValue says so (a Value's String(): "[]" for the device/ulimit lists, "map[]" for
 * --sysctl). Hidden: MarkHidden (dns-opt, net, net-alias), ostype=windows on a Linux daemon
 * (cpu-count, cpu-percent, io-maxbandwidth, io-maxiops), experimental on a non-experimental daemon
 * (start --checkpoint, --checkpoint-dir) — cmd/docker/docker.go hideUnsupportedFeatures. Hidden flags
 * still listed so nothing is lost, but they neither print nor count for the alignment.
 */
const FLAGS: Record<string, readonly Flag[]> = {
	run: [
		['add-host', '', 'list', 'Add a custom host-to-IP mapping (host:ip)', ''],
		['attach', 'a', 'list', 'Attach to STDIN, STDOUT or STDERR', ''],
		['blkio-weight', '', 'uint16', 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)', ''],
		['blkio-weight-device', '', 'list', 'Block IO weight (relative device weight)', '[]'],
		['cap-add', '', 'list', 'Add Linux capabilities', ''],
		['cap-drop', '', 'list', 'Drop Linux capabilities', ''],
		['cgroup-parent', '', 'string', 'Optional parent cgroup for the container', ''],
		['cgroupns', '', 'string', 'Cgroup namespace to use (host|private)\n\'host\':    Run the container in the Docker host\'s cgroup namespace\n\'private\': Run the container in its own private cgroup namespace\n\'\':        Use the cgroup namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)', ''],
		['cidfile', '', 'string', 'Write the container ID to the file', ''],
		['cpu-count', '', 'int', 'CPU count (Windows only)', '', true],
		['cpu-percent', '', 'int', 'CPU percent (Windows only)', '', true],
		['cpu-period', '', 'int', 'Limit CPU CFS (Completely Fair Scheduler) period', ''],
		['cpu-quota', '', 'int', 'Limit CPU CFS (Completely Fair Scheduler) quota', ''],
		['cpu-rt-period', '', 'int', 'Limit CPU real-time period in microseconds', ''],
		['cpu-rt-runtime', '', 'int', 'Limit CPU real-time runtime in microseconds', ''],
		['cpu-shares', 'c', 'int', 'CPU shares (relative weight)', ''],
		['cpus', '', 'decimal', 'Number of CPUs', ''],
		['cpuset-cpus', '', 'string', 'CPUs in which to allow execution (0-3, 0,1)', ''],
		['cpuset-mems', '', 'string', 'MEMs in which to allow execution (0-3, 0,1)', ''],
		['detach', 'd', '', 'Run container in background and print container ID', ''],
		['detach-keys', '', 'string', 'Override the key sequence for detaching a container', ''],
		['device', '', 'list', 'Add a host device to the container', ''],
		['device-cgroup-rule', '', 'list', 'Add a rule to the cgroup allowed devices list', ''],
		['device-read-bps', '', 'list', 'Limit read rate (bytes per second) from a device', '[]'],
		['device-read-iops', '', 'list', 'Limit read rate (IO per second) from a device', '[]'],
		['device-write-bps', '', 'list', 'Limit write rate (bytes per second) to a device', '[]'],
		['device-write-iops', '', 'list', 'Limit write rate (IO per second) to a device', '[]'],
		['disable-content-trust', '', '', 'Skip image verification', 'true'],
		['dns', '', 'list', 'Set custom DNS servers', ''],
		['dns-opt', '', 'list', 'Set DNS options', '', true],
		['dns-option', '', 'list', 'Set DNS options', ''],
		['dns-search', '', 'list', 'Set custom DNS search domains', ''],
		['domainname', '', 'string', 'Container NIS domain name', ''],
		['entrypoint', '', 'string', 'Overwrite the default ENTRYPOINT of the image', ''],
		['env', 'e', 'list', 'Set environment variables', ''],
		['env-file', '', 'list', 'Read in a file of environment variables', ''],
		['expose', '', 'list', 'Expose a port or a range of ports', ''],
		['gpus', '', 'gpu-request', 'GPU devices to add to the container (\'all\' to pass all GPUs)', ''],
		['group-add', '', 'list', 'Add additional groups to join', ''],
		['health-cmd', '', 'string', 'Command to run to check health', ''],
		['health-interval', '', 'duration', 'Time between running the check (ms|s|m|h) (default 0s)', ''],
		['health-retries', '', 'int', 'Consecutive failures needed to report unhealthy', ''],
		['health-start-period', '', 'duration', 'Start period for the container to initialize before starting health-retries countdown (ms|s|m|h) (default 0s)', ''],
		['health-timeout', '', 'duration', 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)', ''],
		['help', '', '', 'Print usage', ''],
		['hostname', 'h', 'string', 'Container host name', ''],
		['init', '', '', 'Run an init inside the container that forwards signals and reaps processes', ''],
		['interactive', 'i', '', 'Keep STDIN open even if not attached', ''],
		['io-maxbandwidth', '', 'bytes', 'Maximum IO bandwidth limit for the system drive (Windows only)', '', true],
		['io-maxiops', '', 'uint', 'Maximum IOps limit for the system drive (Windows only)', '', true],
		['ip', '', 'string', 'IPv4 address (e.g., 172.30.100.104)', ''],
		['ip6', '', 'string', 'IPv6 address (e.g., 2001:db8::33)', ''],
		['ipc', '', 'string', 'IPC mode to use', ''],
		['isolation', '', 'string', 'Container isolation technology', ''],
		['kernel-memory', '', 'bytes', 'Kernel memory limit', ''],
		['label', 'l', 'list', 'Set meta data on a container', ''],
		['label-file', '', 'list', 'Read in a line delimited file of labels', ''],
		['link', '', 'list', 'Add link to another container', ''],
		['link-local-ip', '', 'list', 'Container IPv4/IPv6 link-local addresses', ''],
		['log-driver', '', 'string', 'Logging driver for the container', ''],
		['log-opt', '', 'list', 'Log driver options', ''],
		['mac-address', '', 'string', 'Container MAC address (e.g., 92:d0:c6:0a:29:33)', ''],
		['memory', 'm', 'bytes', 'Memory limit', ''],
		['memory-reservation', '', 'bytes', 'Memory soft limit', ''],
		['memory-swap', '', 'bytes', 'Swap limit equal to memory plus swap: \'-1\' to enable unlimited swap', ''],
		['memory-swappiness', '', 'int', 'Tune container memory swappiness (0 to 100)', '-1'],
		['mount', '', 'mount', 'Attach a filesystem mount to the container', ''],
		['name', '', 'string', 'Assign a name to the container', ''],
		['net', '', 'network', 'Connect a container to a network', '', true],
		['net-alias', '', 'list', 'Add network-scoped alias for the container', '', true],
		['network', '', 'network', 'Connect a container to a network', ''],
		['network-alias', '', 'list', 'Add network-scoped alias for the container', ''],
		['no-healthcheck', '', '', 'Disable any container-specified HEALTHCHECK', ''],
		['oom-kill-disable', '', '', 'Disable OOM Killer', ''],
		['oom-score-adj', '', 'int', 'Tune host\'s OOM preferences (-1000 to 1000)', ''],
		['pid', '', 'string', 'PID namespace to use', ''],
		['pids-limit', '', 'int', 'Tune container pids limit (set -1 for unlimited)', ''],
		['platform', '', 'string', 'Set platform if server is multi-platform capable', ''],
		['privileged', '', '', 'Give extended privileges to this container', ''],
		['publish', 'p', 'list', 'Publish a container\'s port(s) to the host', ''],
		['publish-all', 'P', '', 'Publish all exposed ports to random ports', ''],
		['pull', '', 'string', 'Pull image before running ("always"|"missing"|"never")', '"missing"'],
		['read-only', '', '', 'Mount the container\'s root filesystem as read only', ''],
		['restart', '', 'string', 'Restart policy to apply when a container exits', '"no"'],
		['rm', '', '', 'Automatically remove the container when it exits', ''],
		['runtime', '', 'string', 'Runtime to use for this container', ''],
		['security-opt', '', 'list', 'Security Options', ''],
		['shm-size', '', 'bytes', 'Size of /dev/shm', ''],
		['sig-proxy', '', '', 'Proxy received signals to the process', 'true'],
		['stop-signal', '', 'string', 'Signal to stop a container', '"SIGTERM"'],
		['stop-timeout', '', 'int', 'Timeout (in seconds) to stop a container', ''],
		['storage-opt', '', 'list', 'Storage driver options for the container', ''],
		['sysctl', '', 'map', 'Sysctl options', 'map[]'],
		['tmpfs', '', 'list', 'Mount a tmpfs directory', ''],
		['tty', 't', '', 'Allocate a pseudo-TTY', ''],
		['ulimit', '', 'ulimit', 'Ulimit options', '[]'],
		['user', 'u', 'string', 'Username or UID (format: <name|uid>[:<group|gid>])', ''],
		['userns', '', 'string', 'User namespace to use', ''],
		['uts', '', 'string', 'UTS namespace to use', ''],
		['volume', 'v', 'list', 'Bind mount a volume', ''],
		['volume-driver', '', 'string', 'Optional volume driver for the container', ''],
		['volumes-from', '', 'list', 'Mount volumes from the specified container(s)', ''],
		['workdir', 'w', 'string', 'Working directory inside the container', ''],
	],
	ps: [
		['all', 'a', '', 'Show all containers (default shows just running)', ''],
		['filter', 'f', 'filter', 'Filter output based on conditions provided', ''],
		['format', '', 'string', 'Pretty-print containers using a Go template', ''],
		['last', 'n', 'int', 'Show n last created containers (includes all states)', '-1'],
		['latest', 'l', '', 'Show the latest created container (includes all states)', ''],
		['no-trunc', '', '', 'Don\'t truncate output', ''],
		['quiet', 'q', '', 'Only display container IDs', ''],
		['size', 's', '', 'Display total file sizes', ''],
	],
	start: [
		['attach', 'a', '', 'Attach STDOUT/STDERR and forward signals', ''],
		['checkpoint', '', 'string', 'Restore from this checkpoint', '', true],
		['checkpoint-dir', '', 'string', 'Use a custom checkpoint storage directory', '', true],
		['detach-keys', '', 'string', 'Override the key sequence for detaching a container', ''],
		['interactive', 'i', '', 'Attach container\'s STDIN', ''],
	],
	stop: [
		['time', 't', 'int', 'Seconds to wait for stop before killing it', '10'],
	],
	kill: [
		['signal', 's', 'string', 'Signal to send to the container', '"KILL"'],
	],
	restart: [
		['time', 't', 'int', 'Seconds to wait for stop before killing the container', '10'],
	],
	rm: [
		['force', 'f', '', 'Force the removal of a running container (uses SIGKILL)', ''],
		['link', 'l', '', 'Remove the specified link', ''],
		['volumes', 'v', '', 'Remove anonymous volumes associated with the container', ''],
	],
	rmi: [
		['force', 'f', '', 'Force removal of the image', ''],
		['no-prune', '', '', 'Do not delete untagged parents', ''],
	],
	logs: [
		['details', '', '', 'Show extra details provided to logs', ''],
		['follow', 'f', '', 'Follow log output', ''],
		['since', '', 'string', 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)', ''],
		['tail', 'n', 'string', 'Number of lines to show from the end of the logs', '"all"'],
		['timestamps', 't', '', 'Show timestamps', ''],
		['until', '', 'string', 'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)', ''],
	],
	exec: [
		['detach', 'd', '', 'Detached mode: run command in the background', ''],
		['detach-keys', '', 'string', 'Override the key sequence for detaching a container', ''],
		['env', 'e', 'list', 'Set environment variables', ''],
		['env-file', '', 'list', 'Read in a file of environment variables', ''],
		['interactive', 'i', '', 'Keep STDIN open even if not attached', ''],
		['privileged', '', '', 'Give extended privileges to the command', ''],
		['tty', 't', '', 'Allocate a pseudo-TTY', ''],
		['user', 'u', 'string', 'Username or UID (format: <name|uid>[:<group|gid>])', ''],
		['workdir', 'w', 'string', 'Working directory inside the container', ''],
	],
	inspect: [
		['format', 'f', 'string', 'Format the output using the given Go template', ''],
		['size', 's', '', 'Display total file sizes if the type is container', ''],
		['type', '', 'string', 'Return JSON for specified type', ''],
	],
	images: [
		['all', 'a', '', 'Show all images (default hides intermediate images)', ''],
		['digests', '', '', 'Show digests', ''],
		['filter', 'f', 'filter', 'Filter output based on conditions provided', ''],
		['format', '', 'string', 'Pretty-print images using a Go template', ''],
		['no-trunc', '', '', 'Don\'t truncate output', ''],
		['quiet', 'q', '', 'Only show image IDs', ''],
	],
	pull: [
		['all-tags', 'a', '', 'Download all tagged images in the repository', ''],
		['disable-content-trust', '', '', 'Skip image verification', 'true'],
		['platform', '', 'string', 'Set platform if server is multi-platform capable', ''],
		['quiet', 'q', '', 'Suppress verbose output', ''],
	],
	version: [
		['format', 'f', 'string', 'Format the output using the given Go template', ''],
		['kubeconfig', '', 'string', 'Kubernetes config file', ''],
	],
};

/** The root command's flags (cli/cobra.go setupCommonRootCommand, cli/flags/common.go InstallFlags, cmd/docker/docker.go); paths follow $HOME. */
function rootFlags(home: string): readonly Flag[] {
	const dir = `${home.replace(/\/$/, '')}/.docker`;
	return [
		['config', '', 'string', 'Location of client config files', `"${dir}"`],
		['context', 'c', 'string', 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")', ''],
		['debug', 'D', '', 'Enable debug mode', ''],
		['help', 'h', '', 'Print usage', '', true],
		['host', 'H', 'list', 'Daemon socket(s) to connect to', ''],
		['log-level', 'l', 'string', 'Set the logging level ("debug"|"info"|"warn"|"error"|"fatal")', '"info"'],
		['tls', '', '', 'Use TLS; implied by --tlsverify', ''],
		['tlscacert', '', 'string', 'Trust certs signed only by this CA', `"${dir}/ca.pem"`],
		['tlscert', '', 'string', 'Path to TLS certificate file', `"${dir}/cert.pem"`],
		['tlskey', '', 'string', 'Path to TLS key file', `"${dir}/key.pem"`],
		['tlsverify', '', '', 'Use TLS and verify the remote', ''],
		['version', 'v', '', 'Print version information and quit', '']
	];
}

/** Use and Short of every top-level command (their New…Command in docker/cli v20.10.17; root from cmd/docker/docker.go). */
export const COMMANDS: Readonly<Record<string, { use: string; short: string }>> = {
	attach: { use: 'attach [OPTIONS] CONTAINER', short: 'Attach local standard input, output, and error streams to a running container' },
	build: { use: 'build [OPTIONS] PATH | URL | -', short: 'Build an image from a Dockerfile' },
	commit: { use: 'commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]', short: "Create a new image from a container's changes" },
	cp: { use: 'cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-', short: 'Copy files/folders between a container and the local filesystem' },
	create: { use: 'create [OPTIONS] IMAGE [COMMAND] [ARG...]', short: 'Create a new container' },
	diff: { use: 'diff CONTAINER', short: "Inspect changes to files or directories on a container's filesystem" },
	events: { use: 'events [OPTIONS]', short: 'Get real time events from the server' },
	exec: { use: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]', short: 'Run a command in a running container' },
	export: { use: 'export [OPTIONS] CONTAINER', short: "Export a container's filesystem as a tar archive" },
	history: { use: 'history [OPTIONS] IMAGE', short: 'Show the history of an image' },
	images: { use: 'images [OPTIONS] [REPOSITORY[:TAG]]', short: 'List images' },
	import: { use: 'import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]', short: 'Import the contents from a tarball to create a filesystem image' },
	info: { use: 'info [OPTIONS]', short: 'Display system-wide information' },
	inspect: { use: 'inspect [OPTIONS] NAME|ID [NAME|ID...]', short: 'Return low-level information on Docker objects' },
	kill: { use: 'kill [OPTIONS] CONTAINER [CONTAINER...]', short: 'Kill one or more running containers' },
	load: { use: 'load [OPTIONS]', short: 'Load an image from a tar archive or STDIN' },
	login: { use: 'login [OPTIONS] [SERVER]', short: 'Log in to a Docker registry' },
	logout: { use: 'logout [SERVER]', short: 'Log out from a Docker registry' },
	logs: { use: 'logs [OPTIONS] CONTAINER', short: 'Fetch the logs of a container' },
	pause: { use: 'pause CONTAINER [CONTAINER...]', short: 'Pause all processes within one or more containers' },
	port: { use: 'port CONTAINER [PRIVATE_PORT[/PROTO]]', short: 'List port mappings or a specific mapping for the container' },
	ps: { use: 'ps [OPTIONS]', short: 'List containers' },
	pull: { use: 'pull [OPTIONS] NAME[:TAG|@DIGEST]', short: 'Pull an image or a repository from a registry' },
	push: { use: 'push [OPTIONS] NAME[:TAG]', short: 'Push an image or a repository to a registry' },
	rename: { use: 'rename CONTAINER NEW_NAME', short: 'Rename a container' },
	restart: { use: 'restart [OPTIONS] CONTAINER [CONTAINER...]', short: 'Restart one or more containers' },
	rm: { use: 'rm [OPTIONS] CONTAINER [CONTAINER...]', short: 'Remove one or more containers' },
	rmi: { use: 'rmi [OPTIONS] IMAGE [IMAGE...]', short: 'Remove one or more images' },
	run: { use: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]', short: 'Run a command in a new container' },
	save: { use: 'save [OPTIONS] IMAGE [IMAGE...]', short: 'Save one or more images to a tar archive (streamed to STDOUT by default)' },
	search: { use: 'search [OPTIONS] TERM', short: 'Search the Docker Hub for images' },
	start: { use: 'start [OPTIONS] CONTAINER [CONTAINER...]', short: 'Start one or more stopped containers' },
	stats: { use: 'stats [OPTIONS] [CONTAINER...]', short: 'Display a live stream of container(s) resource usage statistics' },
	stop: { use: 'stop [OPTIONS] CONTAINER [CONTAINER...]', short: 'Stop one or more running containers' },
	tag: { use: 'tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE' },
	top: { use: 'top CONTAINER [ps OPTIONS]', short: 'Display the running processes of a container' },
	unpause: { use: 'unpause CONTAINER [CONTAINER...]', short: 'Unpause all processes within one or more containers' },
	update: { use: 'update [OPTIONS] CONTAINER [CONTAINER...]', short: 'Update configuration of one or more containers' },
	version: { use: 'version [OPTIONS]', short: 'Show the Docker version information' },
	wait: { use: 'wait CONTAINER [CONTAINER...]', short: 'Block until one or more containers stop, then print their exit codes' }
};

/**
 * The management commands a 20.10.17 CLI with no plugins lists (their cmd.go in docker/cli;
 * "checkpoint" is hidden on a daemon without experimental features).
 */
export const MANAGEMENT_COMMANDS: Readonly<Record<string, string>> = {
	builder: 'Manage builds',
	config: 'Manage Docker configs',
	container: 'Manage containers',
	context: 'Manage contexts',
	image: 'Manage images',
	manifest: 'Manage Docker image manifests and manifest lists',
	network: 'Manage networks',
	node: 'Manage Swarm nodes',
	plugin: 'Manage plugins',
	secret: 'Manage Docker secrets',
	service: 'Manage services',
	stack: 'Manage Docker stacks',
	swarm: 'Manage Swarm',
	system: 'Manage Docker',
	trust: 'Manage trust on Docker images',
	volume: 'Manage volumes'
};

/** The commands and flags the sandbox answers (the brief's list), for the trimmed help pages. */
export const SUPPORTED_COMMANDS = ['version', 'pull', 'images', 'run', 'ps', 'start', 'stop', 'kill', 'restart', 'rm', 'rmi', 'logs', 'exec', 'inspect'] as const;
export const SUPPORTED_FLAGS: Readonly<Record<string, readonly string[]>> = {
	run: ['detach', 'interactive', 'tty', 'rm', 'name', 'env', 'publish', 'memory', 'cpus', 'pids-limit'],
	ps: ['all', 'quiet'],
	rm: ['force'],
	rmi: ['force'],
	exec: ['detach', 'interactive', 'tty', 'env'],
	logs: ['follow', 'timestamps'],
	inspect: ['format'],
	stop: ['time'],
	restart: ['time'],
	kill: ['signal']
};

/** The root help's last line (root Annotations "additionalHelp"); docker prints it bold: "\x1b[1m" + this + "\x1b[0m" (cli/cobra.go additionalHelp, morikuni/aec). */
export const ADDITIONAL_HELP = 'To get more help with docker, check out our guides at https://docs.docker.com/go/guides/';
export const ADDITIONAL_HELP_ANSI = `\x1b[1m${ADDITIONAL_HELP}\x1b[0m`;

/** pflag wrapN: split s at the last whitespace before i, unless it fits within i + slop. */
function wrapN(i: number, slop: number, s: string): [string, string] {
	if (i + slop > s.length) return [s, ''];
	const head = s.slice(0, i);
	const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
	if (w <= 0) return [s, ''];
	const nl = head.lastIndexOf('\n');
	if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
	return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag wrap: s wrapped to width w, continuation lines indented by i (the first line's indent is the caller's). */
function wrap(i: number, w: number, s: string): string {
	if (w === 0) return s.replace(/\n/g, '\n' + ' '.repeat(i));
	let width = w - i;
	let r = '';
	if (width < 24) {
		i = 16;
		width = w - i;
		r += '\n' + ' '.repeat(i);
	}
	if (width < 24) return s.replace(/\n/g, r);
	const slop = 5;
	width -= slop;
	const indent = ' '.repeat(i);
	let [l, rest] = wrapN(width, slop, s);
	r += l.replace(/\n/g, '\n' + indent);
	while (rest !== '') {
		let t: string;
		[t, rest] = wrapN(width, slop, rest);
		r += '\n' + indent + t.replace(/\n/g, '\n' + indent);
	}
	return r;
}

/**
 * pflag FlagSet.FlagUsagesWrapped(cols): flags sorted by name, "  -s, --long type" or
 * "      --long type", usage at column maxlen+2 (maxlen counted over every visible flag, so a
 * trimmed list keeps docker's alignment), " (default …)" appended, wrapped to cols.
 */
function flagUsages(flags: readonly Flag[], cols: number, only?: readonly string[]): string[] {
	const visible = flags.filter((f) => !f[5]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	const prefix = (f: Flag): string => (f[1] ? `  -${f[1]}, --${f[0]}` : `      --${f[0]}`) + (f[2] ? ` ${f[2]}` : '');
	const maxlen = Math.max(0, ...visible.map((f) => prefix(f).length + 1));
	const lines: string[] = [];
	for (const f of visible) {
		if (only && !only.includes(f[0])) continue;
		const p = prefix(f);
		const usage = f[3] + (f[4] ? ` (default ${f[4]})` : '');
		lines.push(...`${p} ${' '.repeat(maxlen - p.length)} ${wrap(maxlen + 2, cols, usage)}`.split('\n'));
	}
	const last = lines.length - 1;
	if (last >= 0) lines[last] = (lines[last] ?? '').trimEnd();
	return lines;
}

export interface HelpOptions {
	/** the terminal's width (docker wraps the options to width − 1; 80 when it cannot tell) */
	columns?: number;
	/** $HOME, for the root page's default paths */
	home?: string;
	/** print only these options (by long name); the alignment stays docker's */
	flags?: readonly string[];
	/** root page: the Commands to list (default all) */
	commands?: readonly string[];
	/** root page: the Management Commands to list (default all) */
	management?: readonly string[];
}

/**
 * `docker <command> --help` (also `docker help <command>`), on stdout: cobra's helpTemplate is
 * "\n" + the usage template, so the page starts with an empty line; "Usage:  docker run [OPTIONS]
 * IMAGE [COMMAND] [ARG...]", the Short text, "Options:" and the flags. `docker --help` (and plain
 * `docker`, which prints it to stderr) adds Management Commands and Commands (names padded to 11:
 * cobra NamePadding), "Run 'docker COMMAND --help' for more information on a command." and the
 * guides line (bold in a terminal, see ADDITIONAL_HELP_ANSI). CLI plugins (app*, buildx*, scan*,
 * compose*) are not installed here, so none are listed. Exit 0.
 */
export function helpText(command: string, opts: HelpOptions = {}): string[] {
	const cols = (opts.columns ?? 80) - 1;
	const verb = command === 'docker' ? 'docker' : verbOf(command);
	if (verb === 'docker') {
		const management = opts.management ?? Object.keys(MANAGEMENT_COMMANDS);
		const commands = opts.commands ?? Object.keys(COMMANDS);
		const lines = ['', 'Usage:  docker [OPTIONS] COMMAND', '', 'A self-sufficient runtime for containers', '', 'Options:', ...flagUsages(rootFlags(opts.home ?? '/root'), cols, opts.flags)];
		if (management.length) lines.push('', 'Management Commands:', ...management.map((n) => `  ${`${n} `.padEnd(12)}${MANAGEMENT_COMMANDS[n] ?? ''}`));
		if (commands.length) lines.push('', 'Commands:', ...commands.map((n) => `  ${n.padEnd(11)} ${COMMANDS[n]?.short ?? ''}`));
		lines.push('', "Run 'docker COMMAND --help' for more information on a command.", '', ADDITIONAL_HELP);
		return lines;
	}
	const meta = COMMANDS[verb];
	if (!meta) return [];
	return ['', `Usage:  docker ${meta.use}`, '', meta.short, '', 'Options:', ...flagUsages(FLAGS[verb] ?? [], cols, opts.flags)];
}

const HELP_PAGES = ['docker', ...SUPPORTED_COMMANDS] as const;

/**
 * The exact `--help` pages of docker and the 14 commands, as a 20.10.17 client prints them in an
 * 80-column terminal for root (HOME=/root): every option, not trimmed.
 */
export const HELP: Record<string, string[]> = Object.fromEntries(HELP_PAGES.map((c) => [c, helpText(c)]));

/**
 * The same pages trimmed to what the sandbox answers: the root page lists only the 14 commands
 * (and the container and image management commands), each command page only SUPPORTED_FLAGS
 * (version, pull, images and start keep all theirs). Every line kept is docker's, alignment included.
 */
export const HELP_TRIMMED: Record<string, string[]> = Object.fromEntries(
	HELP_PAGES.map((c) => [
		c,
		c === 'docker'
			? helpText('docker', { commands: [...SUPPORTED_COMMANDS].sort(), management: ['container', 'image'] })
			: helpText(c, SUPPORTED_FLAGS[c] ? { flags: SUPPORTED_FLAGS[c] } : {})
	])
);

/**
 * The argument count each command accepts (cli/required.go validator in its New…Command), and the
 * error `docker <command>` prints for `given` arguments, or null when the count is fine.
 */
export const ARGS: Readonly<Record<string, { min: number; max?: number; exact?: boolean }>> = {
	version: { min: 0, max: 0 },
	pull: { min: 1, max: 1, exact: true },
	images: { min: 0, max: 1 },
	run: { min: 1 },
	ps: { min: 0, max: 0 },
	start: { min: 1 },
	stop: { min: 1 },
	kill: { min: 1 },
	restart: { min: 1 },
	rm: { min: 1 },
	rmi: { min: 1 },
	logs: { min: 1, max: 1, exact: true },
	exec: { min: 2 },
	inspect: { min: 1 }
};

export function argumentError(command: string, given: number): string[] | null {
	const verb = verbOf(command);
	const rule = ARGS[verb];
	const meta = COMMANDS[verb];
	if (!rule || !meta) return null;
	if (given >= rule.min && (rule.max === undefined || given <= rule.max)) return null;
	return requiresArguments(`docker ${verb}`, `docker ${meta.use}`, meta.short, rule.min, rule.exact, rule.max);
}
