import { h, link } from '../lib/dom.js';
import { formatDate, formatSpeaker, humanize } from '../lib/format.js';
import { documentHash, speakerHash } from '../lib/route.js';

/**
 * Who makes the claim: the resolved speaker, the outlet itself for its own reporting, or a video as
 * the outlet describes it.
 */
export function claimSpeaker(claim) {
  if (claim.speaker) return formatSpeaker(claim.speaker);
  if (claim.side === 'footage') return 'What the video shows (as the outlet describes it)';
  return claim.side === 'outlet' ? "Outlet's own reporting" : 'Speaker not resolved';
}

/** The link every claim carries: its sentence, highlighted, in the version it was read from. */
export function claimSourceLink(claim, text = 'Read in context') {
  return link(documentHash(claim.versionId, claim), text, {
    class: 'source-link',
    'aria-label': `${text}: ${claimSpeaker(claim)}, ${humanize(claim.facet).toLowerCase()}`,
    'data-testid': 'claim-link',
  });
}

/** One claim with speaker, outlet, date, its words, and the link to its sentence. */
export function renderClaimCard({ claim, document }, { showFacet = false } = {}) {
  const outlet = document?.outlet ?? 'unknown outlet';
  const date = document?.published ? formatDate(document.published) : 'undated';
  return h(
    'article',
    { class: 'claim', 'data-testid': 'claim', 'data-claim-id': claim.id },
    h(
      'p',
      { class: 'claim-meta' },
      h('span', { class: 'claim-speaker' }, claim.speaker && !claim.speaker.name.includes('█') ? link(speakerHash(claim.speaker.name), claimSpeaker(claim), { 'data-testid': 'speaker-link' }) : claimSpeaker(claim)),
      ' · ',
      h('span', { class: 'claim-outlet' }, outlet),
      ' · ',
      h('time', document?.published ? { datetime: document.published } : {}, date),
    ),
    showFacet ? h('p', { class: 'claim-facet' }, `${humanize(claim.facet)}: `, h('strong', {}, claim.value)) : null,
    h('blockquote', { class: 'claim-text' }, claim.text),
    h('p', { class: 'claim-link' }, claimSourceLink(claim)),
  );
}
