import { svg, h } from '../lib/dom.js';
import { formatDate } from '../lib/format.js';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Every week from the first to the last, empty weeks included, so gaps read as gaps. */
export function fillWeeks(weeks) {
  if (!weeks.length) return [];
  const counts = new Map(weeks.map((w) => [w.value, w.count]));
  const out = [];
  const last = Date.parse(`${weeks[weeks.length - 1].value}T00:00:00Z`);
  for (let t = Date.parse(`${weeks[0].value}T00:00:00Z`); t <= last && out.length < 1000; t += WEEK_MS) {
    const value = new Date(t).toISOString().slice(0, 10);
    out.push({ value, count: counts.get(value) ?? 0 });
  }
  return out;
}

/** Incidents per week as bars, with the same figures as a list for screen readers. */
export function renderWeekTimeline(weeks) {
  const all = fillWeeks(weeks);
  const section = h('figure', { class: 'week-timeline', 'data-testid': 'week-timeline' });
  if (!all.length) return appendCaption(section, 'No dated incidents to chart.');
  const max = Math.max(...all.map((w) => w.count));
  const width = Math.max(all.length * 14, 280);
  const bars = all.map((w, i) => {
    const height = Math.round((w.count / max) * 80);
    return svg('rect', { x: i * 14 + 2, y: 90 - height, width: 10, height, class: 'bar' }, svg('title', {}, `Week of ${formatDate(w.value)}: ${w.count}`));
  });
  section.append(
    svg('svg', { viewBox: `0 0 ${width} 100`, preserveAspectRatio: 'none', 'aria-hidden': 'true' }, svg('line', { x1: 0, y1: 90.5, x2: width, y2: 90.5, class: 'axis' }), bars),
    h('ul', { class: 'visually-hidden' }, all.filter((w) => w.count).map((w) => h('li', {}, `Week of ${formatDate(w.value)}: ${w.count}`))),
  );
  return appendCaption(section, `Incidents per week, ${formatDate(all[0].value)} to ${formatDate(all[all.length - 1].value)}.`);
}

function appendCaption(figure, text) {
  figure.append(h('figcaption', {}, text));
  return figure;
}
