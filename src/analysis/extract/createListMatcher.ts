import { screenSetOf } from './compileScreenSet.js';

/** Several regex lists screened together: which of them match one text. */
export interface ListMatcher {
  /** Screens `text` against every list at once; `matches` then answers for it, until the next `load`. */
  load(text: string): void;
  /** Whether a regex of list `k` matches the loaded text, as `matchesAny(lists[k], text)` says. */
  matches(k: number): boolean;
  /**
   * The first match of list `k` in the loaded text, as `findAll(lists[k], text)[0]` gives it (the
   * earliest, the longest of those starting there, the first listed on a tie); null when none matches.
   */
  first(k: number): { start: number; end: number; text: string } | null;
}

/**
 * One screen pass per text for all of `lists` instead of one per list: describeSentences asks eight
 * lists about every sentence, and each pass walks the sentence's literals again (see
 * compileScreenSet), and findForce asks six kinds of force about each sentence. The regexes a list's
 * screens let through are run only when that list is asked about, so a question the caller skips
 * costs nothing, as with matchesAny. Built once per set of lists.
 */
export function createListMatcher(lists: readonly (readonly RegExp[])[]): ListMatcher {
  const all = Object.freeze(lists.flat());
  const starts = [0];
  for (const list of lists) starts.push(starts[starts.length - 1] + list.length);
  const screens = screenSetOf(all);
  let text = '';
  let possible: Uint8Array = new Uint8Array(0);
  return Object.freeze({
    load(next: string): void {
      text = next;
      possible = screens.pass(next);
    },
    matches(k: number): boolean {
      for (let i = starts[k]; i < starts[k + 1]; i++) {
        if (possible[i] === 0) continue;
        const re = all[i];
        re.lastIndex = 0;
        if (re.test(text)) return true;
      }
      return false;
    },
    first(k: number): { start: number; end: number; text: string } | null {
      // A regex's first match is its earliest: its later ones start further on, so only first matches compete.
      let best: RegExpExecArray | null = null;
      for (let i = starts[k]; i < starts[k + 1]; i++) {
        if (possible[i] === 0) continue;
        const re = all[i];
        re.lastIndex = 0;
        const m = re.exec(text);
        if (m && (best === null || m.index < best.index || (m.index === best.index && m[0].length > best[0].length))) best = m;
      }
      return best === null ? null : { start: best.index, end: best.index + best[0].length, text: best[0] };
    },
  });
}
