import { h } from '../lib/dom.js';
import { buildContestedRows, CAMPS } from '../lib/camps.js';
import { humanize } from '../lib/format.js';
import { renderClaimCard } from './claimCard.js';

function positionBlock(position) {
  return h(
    'div',
    { class: `position side-${position.side}`, 'data-testid': 'position', 'data-side': position.side },
    h('p', { class: 'position-summary' }, h('strong', {}, position.summary), ` (${humanize(position.side).toLowerCase()})`),
    position.claims.map((entry) => renderClaimCard(entry)),
  );
}

/**
 * The accounts side by side: one row per contested facet, one column per camp. The outlet's
 * column appears only when some outlet reporting takes a position, so it never looks like a side.
 */
export function renderContestedTable(incident) {
  const rows = buildContestedRows(incident);
  const heading = h('h2', { id: 'contested-heading' }, 'Contested points');
  if (!rows.length) {
    return h('section', { class: 'contested', 'aria-labelledby': 'contested-heading', 'data-testid': 'contested' }, heading, h('p', {}, 'No conflicting accounts found.'));
  }
  const camps = CAMPS.filter((camp) => camp.key !== 'outlet' || rows.some((row) => row.cells.outlet.length));
  return h(
    'section',
    { class: 'contested', 'aria-labelledby': 'contested-heading', 'data-testid': 'contested' },
    heading,
    h(
      'table',
      { class: 'contested-table stack-on-narrow' },
      h('caption', { class: 'visually-hidden' }, 'Contested points, by who makes each claim'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Point'), camps.map((camp) => h('th', { scope: 'col' }, camp.label)))),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            { 'data-testid': 'contested-row', 'data-facet': row.facet },
            h('th', { scope: 'row' }, row.label),
            camps.map((camp) =>
              h('td', { 'data-label': camp.label, 'data-camp': camp.key }, row.cells[camp.key].length ? row.cells[camp.key].map(positionBlock) : h('p', { class: 'empty' }, 'No claim')),
            ),
          ),
        ),
      ),
    ),
  );
}
