import { h } from '../lib/dom.js';
import { buildTimeline } from '../lib/timeline.js';
import { renderClaimCard } from './claimCard.js';

/** Every statement about the incident, in the order the documents carrying it were published. */
export function renderStatementTimeline(incident) {
  const entries = buildTimeline(incident);
  return h(
    'section',
    { class: 'timeline', 'aria-labelledby': 'timeline-heading', 'data-testid': 'timeline' },
    h('h2', { id: 'timeline-heading' }, 'Timeline of statements'),
    entries.length
      ? h('ol', { class: 'timeline-list' }, entries.map((entry) => h('li', {}, renderClaimCard(entry, { showFacet: true }))))
      : h('p', {}, 'No statements extracted yet.'),
  );
}
