/** A time of day read from text: "09:50 a.m. ET", "5 p.m.", "17:12 UTC", "noon". */
export interface TimeMatch {
  /** HH:MM, 24-hour */
  readonly time: string;
  readonly timezone: string | null;
  /** Index one past the last character read. */
  readonly end: number;
}

const MERIDIEM_TIME = /(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?/iy;
const CLOCK_TIME = /([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?![\d:])/y;
const NAMED_TIME = /(noon|midnight)\b/iy;
// US zones as newsrooms write them, plus UTC/GMT; the long forms map to the short ones.
// Case-sensitive on purpose: "et" or "pacific" in running text are not zones.
const ZONE_NAMES = 'E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|AK[SD]?T|H[SD]?T|UTC|GMT|Eastern|Central|Mountain|Pacific';
const ZONE = new RegExp(`,?\\s*(?:\\(\\s*(${ZONE_NAMES})(?:\\s+[Tt]ime)?\\s*\\)|(${ZONE_NAMES})\\b(?:\\s+[Tt]ime\\b)?)`, 'y');
const LONG_ZONES: Readonly<Record<string, string>> = Object.freeze({ eastern: 'ET', central: 'CT', mountain: 'MT', pacific: 'PT' });

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function readZone(text: string, at: number): { zone: string | null; end: number } {
  ZONE.lastIndex = at;
  const m = ZONE.exec(text);
  if (!m) return { zone: null, end: at };
  const raw = m[1] ?? m[2];
  return { zone: LONG_ZONES[raw.toLowerCase()] ?? raw.toUpperCase(), end: at + m[0].length };
}

function withZone(text: string, time: string, end: number): TimeMatch {
  const { zone, end: zoneEnd } = readZone(text, end);
  return Object.freeze({ time, timezone: zone, end: zoneEnd });
}

/** Reads a time of day starting exactly at `at`, or returns null. */
export function readTimeAt(text: string, at: number): TimeMatch | null {
  MERIDIEM_TIME.lastIndex = at;
  const meridiem = MERIDIEM_TIME.exec(text);
  if (meridiem) {
    const hour = Number(meridiem[1]);
    const minute = meridiem[2] === undefined ? 0 : Number(meridiem[2]);
    if (hour >= 1 && hour <= 12 && minute <= 59) {
      const pm = meridiem[3].toLowerCase() === 'p';
      const h24 = (hour % 12) + (pm ? 12 : 0);
      return withZone(text, `${pad(h24)}:${pad(minute)}`, at + meridiem[0].length);
    }
    return null;
  }
  CLOCK_TIME.lastIndex = at;
  const clock = CLOCK_TIME.exec(text);
  if (clock) return withZone(text, `${pad(Number(clock[1]))}:${clock[2]}`, at + clock[0].length);
  NAMED_TIME.lastIndex = at;
  const named = NAMED_TIME.exec(text);
  if (named) return withZone(text, named[1].toLowerCase() === 'noon' ? '12:00' : '00:00', at + named[0].length);
  return null;
}
