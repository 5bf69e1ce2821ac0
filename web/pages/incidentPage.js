import { h } from '../lib/dom.js';
import { formatDate, formatPlace, humanize } from '../lib/format.js';
import { renderAuditLog } from './auditLog.js';
import { renderContestedTable } from './contestedTable.js';
import { renderDocumentList } from './documentList.js';
import { renderIncidentFacts } from './incidentFacts.js';
import { addSplitButtons, addUndoButtons, renderMergeControl } from './incidentOperations.js';
import { renderClaimReview, renderFieldReview } from './reviewControls.js';
import { renderStatementTimeline } from './statementTimeline.js';

const ANONYMOUS = Object.freeze({ canEdit: false });

/** Fetches the reviewed incident (corrections applied, private parts withheld for this viewer). */
async function loadIncident(route, ctx) {
  const [view, viewer] = await Promise.all([
    ctx.fetchJson(`/api/v1/incidents/${encodeURIComponent(route.id)}/review`),
    ctx.fetchJson('/api/v1/viewer').catch(() => ANONYMOUS),
  ]);
  return { view, viewer };
}

function reviewBadges(view) {
  const { review } = view;
  return h(
    'p',
    { class: 'badges', 'data-testid': 'review-badges' },
    h('span', { class: `badge badge-${review.status}` }, `Review: ${humanize(review.status).toLowerCase()}`),
    review.private ? h('span', { class: 'badge badge-private' }, 'Private') : null,
    review.withheld.length ? h('span', { class: 'badge' }, `${review.withheld.length} field(s) withheld`) : null,
  );
}

/** Marks each corrected claim with its original value and who changed it, and adds editor controls. */
function decorateClaims(node, view, viewer) {
  const claims = new Map(view.incident.claims.map((c) => [c.id, c]));
  for (const card of node.querySelectorAll('[data-claim-id]')) {
    const claim = claims.get(card.getAttribute('data-claim-id'));
    if (!claim) continue;
    for (const d of view.review.decisions.filter((x) => x.key === claim.id)) {
      const what = d.kind === 'speaker' ? 'speaker' : 'value';
      const original = d.kind === 'speaker' ? (d.original?.name ?? 'none') : d.original;
      card.append(
        h('p', { class: `review-note review-${d.verdict}`, 'data-testid': 'claim-review-note' }, d.verdict === 'confirmed' ? `Confirmed by ${d.actor}.` : `Corrected ${what} by ${d.actor}; machine read: “${original}”.`),
      );
    }
    if (viewer.canEdit) card.append(renderClaimReview(view.incident.id, claim));
  }
}

export async function renderIncidentPage(route, ctx) {
  const { view, viewer } = await loadIncident(route, ctx);
  const incident = view.incident;
  const title = `${formatDate(incident.date, incident.datePrecision)} — ${formatPlace(incident)}`;
  const heading = h('h1', { tabindex: '-1' }, title);
  const node = h(
    'article',
    { class: 'page page-incident', 'data-testid': 'page-incident', 'data-incident-id': incident.id },
    heading,
    reviewBadges(view),
    h('p', { class: 'lede' }, describeCounts(incident)),
    renderIncidentFacts(incident, view.review.withheld),
    renderContestedTable(incident),
    renderStatementTimeline(incident),
    renderDocumentList(incident),
    viewer.canEdit ? renderFieldReview(view) : null,
    viewer.canEdit ? renderMergeControl(incident) : null,
    renderAuditLog(view.audit),
  );
  decorateClaims(node, view, viewer);
  if (viewer.canEdit) {
    addSplitButtons(node, incident);
    addUndoButtons(node, incident.id, view.audit);
  }
  return { title, node, focus: heading };
}

/** "12 claims from 3 documents; 4 contested points (1 unanswered)." */
export function describeCounts(incident) {
  const unanswered = incident.contested.filter((point) => point.kind === 'unanswered').length;
  const points = `${incident.contested.length} contested points${unanswered ? ` (${unanswered} unanswered)` : ''}`;
  return `${incident.claims.length} claims from ${incident.documents.length} documents; ${points}.`;
}
