import { h } from '../lib/dom.js';
import { formatDate, formatPlace } from '../lib/format.js';
import { renderContestedTable } from './contestedTable.js';
import { renderDocumentList } from './documentList.js';
import { renderIncidentFacts } from './incidentFacts.js';
import { renderStatementTimeline } from './statementTimeline.js';

export async function renderIncidentPage(route, ctx) {
  const incident = await ctx.fetchJson(`/api/v1/incidents/${encodeURIComponent(route.id)}`);
  const title = `${formatDate(incident.date, incident.datePrecision)} — ${formatPlace(incident)}`;
  const heading = h('h1', { tabindex: '-1' }, title);
  const node = h(
    'article',
    { class: 'page page-incident', 'data-testid': 'page-incident', 'data-incident-id': incident.id },
    heading,
    h('p', { class: 'lede' }, `${incident.claims.length} claims from ${incident.documents.length} documents; ${incident.contested.length} contested points.`),
    renderIncidentFacts(incident),
    renderContestedTable(incident),
    renderStatementTimeline(incident),
    renderDocumentList(incident),
  );
  return { title, node, focus: heading };
}
