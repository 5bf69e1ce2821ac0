import { h } from '../lib/dom.js';
import { colourOf } from '../lib/speakerPalette.js';
import { formatSpeaker } from '../lib/format.js';

/** Explains the highlighting: one swatch per speaker, then what source, cue and content look like. */
export function renderAttributionLegend(attributions, colours) {
  const speakers = new Map();
  for (const att of attributions) {
    const colour = colourOf(colours, att.speaker);
    if (!speakers.has(colour)) speakers.set(colour, []);
    const label = formatSpeaker(att.speaker);
    if (!speakers.get(colour).includes(label)) speakers.get(colour).push(label);
  }
  return h(
    'aside',
    { class: 'legend', 'aria-labelledby': 'legend-heading', 'data-testid': 'legend' },
    h('h2', { id: 'legend-heading' }, 'Legend'),
    h(
      'ul',
      { class: 'legend-speakers' },
      [...speakers].map(([colour, labels]) => h('li', {}, h('span', { class: `swatch mark-content ${colour}`, 'aria-hidden': 'true' }), labels.join(' / '))),
    ),
    h(
      'ul',
      { class: 'legend-kinds' },
      h('li', {}, h('span', { class: 'mark-source spk-0' }, 'Source'), ': who is credited'),
      h('li', {}, h('span', { class: 'mark-cue' }, 'Cue'), ': the words that attribute (said, told, according to)'),
      h('li', {}, h('span', { class: 'mark-content spk-0' }, 'Content'), ': what they said; the colour is the speaker'),
      h('li', {}, h('mark', { class: 'mark-target' }, 'Linked passage'), ': the sentence you came to see'),
    ),
  );
}
