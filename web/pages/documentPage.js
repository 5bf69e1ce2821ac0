import { buildTargetMark } from '../lib/attributionMarks.js';
import { h, link } from '../lib/dom.js';
import { formatDate, formatSpeaker, safeExternalUrl } from '../lib/format.js';
import { documentHash } from '../lib/route.js';
import { assignSpeakerColours } from '../lib/speakerPalette.js';
import { renderAttributionLegend } from './attributionLegend.js';
import { renderDocumentText } from './documentText.js';
import { findPreviousVersion, renderVersionChanges } from './versionChanges.js';

function header(doc) {
  const external = safeExternalUrl(doc.url);
  return h(
    'header',
    { class: 'doc-header' },
    h('h1', { tabindex: '-1' }, doc.title || doc.url || doc.versionId),
    h('p', { class: 'doc-meta' }, doc.outlet ?? 'unknown outlet', ' · ', doc.published ? formatDate(doc.published) : 'undated'),
    external ? h('p', {}, h('a', { href: external, rel: 'noopener noreferrer external' }, 'Original at ', new URL(external).host)) : null,
  );
}

function updateNotes(doc) {
  if (!doc.updateNotes.length) return null;
  return h(
    'section',
    { class: 'update-notes', 'aria-labelledby': 'updates-heading', 'data-testid': 'update-notes' },
    h('h2', { id: 'updates-heading' }, 'Updates'),
    h('ul', {}, doc.updateNotes.map((n) => h('li', {}, link(documentHash(doc.versionId, n.span), [n.date ? formatDate(n.date) : 'undated', n.time ? ` ${n.time}` : '', n.timezone ? ` ${n.timezone}` : '']), ': ', n.note))),
  );
}

function versions(doc) {
  if (doc.versions.length < 2) return null;
  return h(
    'section',
    { class: 'versions', 'aria-labelledby': 'versions-heading' },
    h('h2', { id: 'versions-heading' }, 'Versions'),
    h('ol', {}, doc.versions.map((v) => h('li', {}, link(documentHash(v.versionId), `Ingested ${v.ingestedAt}`, v.versionId === doc.versionId ? { 'aria-current': 'page' } : {})))),
  );
}

function attributionList(doc) {
  return h(
    'section',
    { class: 'attribution-list', 'aria-labelledby': 'attributions-heading', 'data-testid': 'attribution-list' },
    h('h2', { id: 'attributions-heading' }, `Attributions (${doc.attributions.length})`),
    h('ol', {}, doc.attributions.map((a) => h('li', {}, h('span', { class: 'claim-speaker' }, formatSpeaker(a.speaker)), a.cue ? [' — ', h('em', {}, a.cue.text)] : null, ': ', link(documentHash(doc.versionId, a.content), a.content.text)))),
  );
}

export async function renderDocumentPage(route, ctx) {
  const doc = await ctx.fetchJson(`/api/v1/documents/${encodeURIComponent(route.id)}`);
  const previousVersion = findPreviousVersion(doc);
  const previous = previousVersion ? await ctx.fetchJson(`/api/v1/documents/${encodeURIComponent(previousVersion.versionId)}`) : null;
  const colours = assignSpeakerColours(doc.attributions);
  const wanted = route.start !== null || route.end !== null;
  const target = buildTargetMark(doc.text.length, route.start, route.end);
  const text = renderDocumentText(doc, colours, target);
  const top = header(doc);
  const node = h(
    'article',
    { class: 'page page-document', 'data-testid': 'page-document', 'data-version-id': doc.versionId },
    top,
    wanted && !target ? h('p', { class: 'notice', role: 'alert' }, 'The linked passage is not inside this version of the document.') : null,
    updateNotes(doc),
    renderAttributionLegend(doc.attributions, colours),
    h('section', { class: 'doc-body', 'aria-label': 'Document text' }, text.node),
    versions(doc),
    previous ? renderVersionChanges(doc, { ...previous, ingestedAt: previousVersion.ingestedAt }) : null,
    attributionList(doc),
  );
  return { title: doc.title || doc.versionId, node, focus: text.firstTarget ?? top.querySelector('h1'), scrollTo: text.firstTarget };
}
