import { svg, h } from '../lib/dom.js';
import { formatDate, formatPlace } from '../lib/format.js';
import { incidentHash, listHash } from '../lib/route.js';

let basemap = null;

/** The state outlines, drawn by the server from us-atlas; fetched once per page load. */
async function loadBasemap(fetchJson) {
  basemap ??= fetchJson('/api/v1/map').catch((err) => {
    basemap = null;
    throw err;
  });
  return basemap;
}

/**
 * The incidents on an offline map of the U.S.: one linked dot per incident (a ring when it is
 * placed at its state's centre for want of coordinates). Each dot is a keyboard-reachable link.
 */
export async function renderIncidentMap(points, fetchJson) {
  const map = await loadBasemap(fetchJson);
  const located = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const placed = located.reduce((n, p) => n + (p.count ?? 1), 0);
  const figure = h('figure', { class: 'incident-map', 'data-testid': 'incident-map' });
  const drawing = svg(
    'svg',
    { viewBox: `0 0 ${map.width} ${map.height}`, role: 'group', 'aria-label': `Map: ${placed} incidents` },
    svg('g', { class: 'states', 'aria-hidden': 'true' }, map.states.map((s) => svg('path', { d: s.d, 'data-state': s.code ?? '' }))),
    svg(
      'g',
      { class: 'points' },
      located.map((p) => {
        const count = p.count ?? 1;
        const where = `${formatPlace(p)}${p.approximate ? ' (placed at the state centre)' : ''}`;
        const label = count > 1 ? `${count} incidents, ${where}` : `${formatDate(p.date)}, ${where}`;
        // A shared spot links to its state's incidents; a single incident links to itself.
        const href = count > 1 && p.state ? listHash({ filters: { state: [p.state] } }) : incidentHash(p.id);
        return svg(
          'a',
          { href, 'aria-label': label, 'data-testid': 'map-point', 'data-incident-id': p.id, 'data-count': count },
          svg('title', {}, label),
          svg('circle', { cx: p.x, cy: p.y, r: Math.min(9 + Math.sqrt(count - 1) * 2, 24), class: p.approximate ? 'approximate' : 'exact' }),
        );
      }),
    ),
  );
  figure.append(drawing, h('figcaption', {}, `${placed} matching incidents placed; rings are placed at their state's centre.`));
  return figure;
}
