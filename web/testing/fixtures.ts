/* Invented fixtures for the web tests: made-up people, places and sentences. */

export const TEXT = [
  'Title: Shooting at a traffic stop',
  '',
  'A Border Patrol agent fired at a car in Millbrook on Friday, the agency said.',
  'Police Chief Ana Ruiz said the car "came right at the agent."',
  'The driver\'s sister, Mia Cole, said he was <script>alert(1)</script> backing away.',
].join('\n');

export function spanOf(needle: string, from = 0) {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture text lacks ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

const BODY_START = TEXT.indexOf('A Border');
const chief = { name: 'Ana Ruiz', affiliation: 'Millbrook Police', role: 'official' };
const sister = { name: 'Mia Cole', affiliation: null, role: 'family' };

export const DOCUMENT = {
  id: 'doc_one',
  versionId: 'ver_one',
  title: 'Shooting <b>at</b> a traffic stop',
  url: 'javascript:alert(1)',
  outlet: 'The Daily Example',
  published: '2025-09-12',
  text: TEXT,
  bodyStart: BODY_START,
  updateNotes: [],
  attributions: [
    { id: 'att_a', kind: 'direct', source: spanOf('Ana Ruiz'), cue: spanOf('said the car'), content: { ...spanOf('"came right at the agent."'), fragments: [spanOf('"came right at the agent."')] }, speaker: chief, sentence: 1 },
    { id: 'att_b', kind: 'indirect', source: spanOf('Mia Cole'), cue: spanOf('said he was'), content: { ...spanOf('<script>alert(1)</script> backing away'), fragments: [spanOf('<script>alert(1)</script> backing away')] }, speaker: sister, sentence: 2 },
    { id: 'att_c', kind: 'indirect', source: null, cue: spanOf('the agency said'), content: { ...spanOf('A Border Patrol agent fired at a car'), fragments: [spanOf('A Border Patrol agent fired at a car')] }, speaker: null, sentence: 0 },
  ],
  versions: [{ versionId: 'ver_one', ingestedAt: '2025-09-13T08:00:00Z', sha256: '00' }],
};

const toward = spanOf('"came right at the agent."');
const away = spanOf('<script>alert(1)</script> backing away');
const fired = spanOf('A Border Patrol agent fired at a car');

export const INCIDENT = {
  id: 'inc_one',
  date: '2025-09-12',
  datePrecision: 'day',
  time: '14:30',
  city: 'Millbrook',
  state: 'NY',
  place: null,
  lat: null,
  lon: null,
  agencies: ['CBP'],
  persons: [{ name: 'Unnamed driver', age: 31, role: 'subject', outcome: 'injured', injuries: 'arm' }],
  charges: [],
  force: ['shots fired'],
  footage: null,
  documents: [
    { id: 'doc_two', versionId: 'ver_two', url: null, outlet: 'Later Gazette', title: 'Follow-up', published: '2025-09-20', primary: true },
    { id: 'doc_one', versionId: 'ver_one', url: 'https://example.org/a', outlet: 'The Daily Example', title: 'Shooting at a traffic stop', published: '2025-09-12', primary: true },
  ],
  claims: [
    { id: 'clm_late', facet: 'shots_fired', value: 'two shots', stance: 'two', text: 'two shots', speaker: null, side: 'outlet', documentId: 'doc_two', versionId: 'ver_two', start: 5, end: 14, stage: 'extract@1' },
    { id: 'clm_away', facet: 'vehicle_movement', value: 'backing away', stance: 'away', text: away.text, speaker: sister, side: 'family', documentId: 'doc_one', versionId: 'ver_one', start: away.start, end: away.end, stage: 'extract@1' },
    { id: 'clm_toward', facet: 'vehicle_movement', value: 'toward the agent', stance: 'toward', text: toward.text, speaker: chief, side: 'officials', documentId: 'doc_one', versionId: 'ver_one', start: toward.start, end: toward.end, stage: 'extract@1' },
  ],
  contested: [
    {
      facet: 'vehicle_movement',
      label: 'Vehicle movement',
      positions: [
        { stance: 'toward', summary: 'toward the agent', side: 'officials', claimIds: ['clm_toward'], speakers: ['Ana Ruiz'] },
        { stance: 'away', summary: 'backing away', side: 'family', claimIds: ['clm_away', 'clm_missing'], speakers: ['Mia Cole'] },
      ],
    },
  ],
  sources: [
    { field: 'date', versionId: 'ver_one', ...spanOf('on Friday') },
    { field: 'agencies.0', versionId: 'ver_one', ...fired },
  ],
};

/** The incident above with one more point: a question the family asks that the authorities leave unanswered. */
export const UNANSWERED_INCIDENT = {
  ...INCIDENT,
  claims: [
    ...INCIDENT.claims,
    { id: 'clm_why', facet: 'reason_for_approach', value: 'no reason given', stance: 'unexplained', text: 'nobody has told us why he was stopped', speaker: sister, side: 'family', documentId: 'doc_two', versionId: 'ver_two', start: 20, end: 57, stage: 'extract@1' },
    { id: 'clm_mum', facet: 'reason_for_approach', value: 'no reason given', stance: 'unexplained', text: 'The agency has not said why the car was stopped.', speaker: null, side: 'outlet', documentId: 'doc_two', versionId: 'ver_two', start: 60, end: 108, stage: 'extract@1' },
  ],
  contested: [
    ...INCIDENT.contested,
    {
      facet: 'reason_for_approach',
      label: 'Reason for approach',
      kind: 'unanswered',
      silent: { camp: 'state', summary: 'not answered by the authorities; stated in 1 sentence', claimIds: ['clm_mum'] },
      positions: [{ stance: 'unexplained', summary: 'no reason given (Mia Cole)', side: 'family', claimIds: ['clm_why'], speakers: ['Mia Cole'] }],
    },
  ],
};
