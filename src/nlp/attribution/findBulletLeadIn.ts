import type { Token } from '../../domain/analysis.js';
import type { TokenRange } from './attributionContext.js';

const BULLETS = new Set(['-', '–', '—', '•', '*']);
const TITLE_PARTS = new Set(['NOUN', 'PROPN', 'ADJ']);
const MAX_TITLE_TOKENS = 6;
const MAX_ASIDE_TOKENS = 16;
// What may not stand inside the aside: another colon, a quotation mark, a sentence's end.
const ASIDE_BREAKS = new Set([':', ';', '“', '”', '"', '.', '!', '?']);

/**
 * A list item's lead-in to a quotation, as newsletters and explainers write them: `- Benjamin
 * Achterberg, Quintero's attorney: “…”`, `- CBP spokesperson Dwayne Kessler, in an emailed
 * statement: “…”`, `• Dolores Ference, who was folding towels near the window: “…”`. The item's
 * bullet opens its sentence (at `floor`) or stands right before it; a name of two capitalised words or more follows, perhaps
 * after a title of nouns and adjectives (none a verb of saying, `isCueForm`); then an aside set off
 * by its comma runs to the colon at `colon`. Returns the name with its title and aside (the speaker's
 * description), or null. The rules alone (findDirectQuotes).
 */
export function findBulletLeadIn(tokens: readonly Token[], floor: number, colon: number, isCueForm: (normal: string) => boolean): TokenRange | null {
  // The sentence may start past its bullet (the splitter leaves a list's mark out) or on it.
  const from = BULLETS.has(tokens[floor]?.text ?? '') ? floor + 1 : floor > 0 && BULLETS.has(tokens[floor - 1].text) ? floor : -1;
  if (from < 0) return null;
  let comma = -1;
  for (let i = from; i < colon; i++) {
    if (tokens[i].text === ',') {
      comma = i;
      break;
    }
  }
  if (comma < from + 2 || colon - comma - 1 < 1 || colon - comma - 1 > MAX_ASIDE_TOKENS) return null;
  for (let i = comma + 1; i < colon; i++) if (ASIDE_BREAKS.has(tokens[i].text)) return null;
  // The name: the capitalised words right before the comma, two or more.
  let name = comma;
  while (name - 1 >= from && tokens[name - 1].pos === 'PROPN') name--;
  if (comma - name < 2) return null;
  // The title before it: nouns and adjectives, no verb of saying ("- Ruiz said Ana Diaz, …:" is no lead-in).
  if (name - from > MAX_TITLE_TOKENS) return null;
  for (let i = from; i < name; i++) if (!TITLE_PARTS.has(tokens[i].pos) || isCueForm(tokens[i].normal)) return null;
  return { from, to: colon };
}
