import { h, link } from '../lib/dom.js';
import { formatDate, safeExternalUrl } from '../lib/format.js';
import { documentHash } from '../lib/route.js';

function documentItem(doc) {
  const external = safeExternalUrl(doc.url);
  return h(
    'li',
    { 'data-testid': 'document-item' },
    link(documentHash(doc.versionId), doc.title || doc.url || doc.versionId),
    h('span', { class: 'doc-meta' }, ' · ', doc.outlet ?? 'unknown outlet', ' · ', doc.published ? formatDate(doc.published) : 'undated', doc.primary ? '' : ' · mentioned in passing'),
    external ? [' · ', h('a', { href: external, rel: 'noopener noreferrer external', target: '_blank' }, 'original', h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'))] : null,
  );
}

export function renderDocumentList(incident) {
  return h(
    'section',
    { class: 'documents', 'aria-labelledby': 'documents-heading', 'data-testid': 'documents' },
    h('h2', { id: 'documents-heading' }, 'Documents'),
    incident.documents.length ? h('ul', {}, incident.documents.map(documentItem)) : h('p', {}, 'No documents.'),
  );
}
