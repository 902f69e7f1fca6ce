/**
 * The session's clock: it starts on 18 September 2022, 10:00 UTC (the catalog's snapshot of
 * Docker Hub is from then), and each command moves it on a few seconds, so "Up 10 seconds"
 * and "Exited (0) 5 seconds ago" read as a real terminal's would.
 */
export const SESSION_START = Date.UTC(2022, 8, 18, 10, 0, 0);

/** Seconds a typed command takes on the clock. */
export const SECONDS_PER_COMMAND = 5;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

function at(clock: number): Date {
	return new Date(SESSION_START + clock * 1000);
}

/** `date` in a container: "Thu Sep  1 10:00:05 UTC 2022". */
export function dateText(clock: number): string {
	const d = at(clock);
	return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** redis's log time: "01 Sep 2022 10:00:05.000". */
export function redisTime(clock: number): string {
	const d = at(clock);
	return `${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.000`;
}

/** RFC 3339 with nanoseconds, as docker inspect writes times. */
export function isoTime(clock: number): string {
	return at(clock).toISOString().replace('.000Z', '.000000000Z');
}

/** How long ago, in seconds, an ISO time was at this clock. */
export function secondsSince(iso: string, clock: number): number {
	return Math.max(0, Math.round((SESSION_START + clock * 1000 - Date.parse(iso)) / 1000));
}
