/** Small formatting helpers shared by the pages. All return plain strings, never markup. */

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "2025-05-06" → "May 6, 2025"; honours a coarser precision ("month" → "May 2025"). */
export function formatDate(iso, precision = 'day') {
  if (!iso) return 'date unknown';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (precision === 'year') return year;
  if (precision === 'month') return `${monthName} ${year}`;
  const text = `${monthName} ${Number(day)}, ${year}`;
  return precision === 'week' ? `week of ${text}` : text;
}

export function formatPlace({ city, state, place }) {
  const parts = [place, city, state].filter(Boolean);
  return parts.length ? parts.join(', ') : 'place unknown';
}

/** "vehicle_movement" → "Vehicle movement": for keys that have no label of their own. */
export function humanize(key) {
  if (!key) return '';
  const words = String(key).replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatSpeaker(speaker) {
  if (!speaker) return 'Speaker not resolved';
  const role = speaker.role ? humanize(speaker.role).toLowerCase() : null;
  const detail = [speaker.affiliation, role].filter(Boolean).join(', ');
  return detail ? `${speaker.name} (${detail})` : speaker.name;
}

/** Only http(s) URLs become links: a `javascript:` URL in a document's metadata stays text. */
export function safeExternalUrl(url) {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
