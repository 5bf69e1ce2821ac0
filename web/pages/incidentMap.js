import { svg, h } from '../lib/dom.js';
import { formatDate, formatPlace } from '../lib/format.js';
import { incidentHash } from '../lib/route.js';

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
  const figure = h('figure', { class: 'incident-map', 'data-testid': 'incident-map' });
  const drawing = svg(
    'svg',
    { viewBox: `0 0 ${map.width} ${map.height}`, role: 'group', 'aria-label': `Map: ${located.length} incidents` },
    svg('g', { class: 'states', 'aria-hidden': 'true' }, map.states.map((s) => svg('path', { d: s.d, 'data-state': s.code ?? '' }))),
    svg(
      'g',
      { class: 'points' },
      located.map((p) => {
        const label = `${formatDate(p.date)}, ${formatPlace(p)}${p.approximate ? ' (placed at the state centre)' : ''}`;
        return svg(
          'a',
          { href: incidentHash(p.id), 'aria-label': label, 'data-testid': 'map-point', 'data-incident-id': p.id },
          svg('title', {}, label),
          svg('circle', { cx: p.x, cy: p.y, r: 9, class: p.approximate ? 'approximate' : 'exact' }),
        );
      }),
    ),
  );
  figure.append(drawing, h('figcaption', {}, `${located.length} of ${points.length} matching incidents placed; rings are placed at their state's centre.`));
  return figure;
}
