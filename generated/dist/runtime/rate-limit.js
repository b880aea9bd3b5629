const DIGITS = /^\d+$/;
const MONTHS = [
	"Jan",
	"Feb",
	"Mar",
	"Apr",
	"May",
	"Jun",
	"Jul",
	"Aug",
	"Sep",
	"Oct",
	"Nov",
	"Dec"
];
// The three HTTP-date forms a recipient must accept (RFC 9110 §5.6.7), with the same group names.
const HTTP_DATES = [
	/^[A-Z][a-z]{2}, (?<day>\d{2}) (?<mon>[A-Z][a-z]{2}) (?<year>\d{4}) (?<h>\d{2}):(?<mi>\d{2}):(?<s>\d{2}) GMT$/,
	/^[A-Z][a-z]+, (?<day>\d{2})-(?<mon>[A-Z][a-z]{2})-(?<year>\d{2}) (?<h>\d{2}):(?<mi>\d{2}):(?<s>\d{2}) GMT$/,
	/^[A-Z][a-z]{2} (?<mon>[A-Z][a-z]{2}) (?<day>[ \d]\d) (?<h>\d{2}):(?<mi>\d{2}):(?<s>\d{2}) (?<year>\d{4})$/
];
/** Non-negative integer header value, or undefined when absent or malformed. */
function parseCount(raw) {
	if (raw === null || !DIGITS.test(raw.trim())) return undefined;
	const n = Number(raw);
	return Number.isSafeInteger(n) ? n : undefined;
}
/**
 * Parses an HTTP-date into epoch milliseconds. `Date.parse` is not used because it accepts far
 * more than HTTP-dates (V8 reads "1.5" as a date) and reads zone-less asctime as local time.
 */
function parseHttpDate(value, now) {
	let g;
	for (const form of HTTP_DATES) g ??= form.exec(value)?.groups;
	if (g === undefined) return undefined;
	let year = Number(g.year);
	if (g.year?.length === 2) {
		// RFC 850's two-digit year: one that would be more than 50 years ahead is in the past century.
		year += 2e3 + year > new Date(now).getUTCFullYear() + 50 ? 1900 : 2e3;
	}
	const month = MONTHS.indexOf(g.mon ?? "");
	const day = Number(g.day);
	const [hour, minute, second] = [
		g.h,
		g.mi,
		g.s
	].map(Number);
	if (month < 0 || hour > 23 || minute > 59 || second > 60) return undefined;
	const ms = Date.UTC(year, month, day, hour, minute, second);
	// Date.UTC rolls "31 Feb" over into March; a date that does not round-trip is malformed.
	return new Date(ms).getUTCDate() === day ? ms : undefined;
}
/**
 * Reads `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `Retry-After` from response headers.
 * `Retry-After` may be delay-seconds or an HTTP-date (converted to whole seconds from `now`,
 * never negative). Malformed or absent values are left out rather than guessed.
 *
 * @param now Current time in epoch ms; a parameter so callers and tests can pin the clock.
 */
export function readRateLimit(headers, now = Date.now()) {
	const info = {};
	const limit = parseCount(headers.get("x-ratelimit-limit"));
	if (limit !== undefined) info.limit = limit;
	const remaining = parseCount(headers.get("x-ratelimit-remaining"));
	if (remaining !== undefined) info.remaining = remaining;
	const retryAfter = headers.get("retry-after");
	if (retryAfter !== null) {
		const seconds = parseCount(retryAfter);
		const at = seconds === undefined ? parseHttpDate(retryAfter.trim(), now) : undefined;
		if (seconds !== undefined) info.retryAfterSeconds = seconds;
		else if (at !== undefined) info.retryAfterSeconds = Math.max(0, Math.ceil((at - now) / 1e3));
	}
	return info;
}
