import { ParallaxError } from '../../lib/errors.js';
import { splitsWord } from '../../lib/splitsWord.js';
import { screenSetOf } from './compileScreenSet.js';
import { hoistBoundary } from './hoistBoundary.js';

/** Compiles vocabulary regex sources once (global, case-insensitive, unicode; see hoistBoundary); a bad one fails loudly. */
export function compileRegexList(file: string, sources: readonly string[]): readonly RegExp[] {
  const list = Object.freeze(
    sources.map((source) => {
      try {
        return new RegExp(hoistBoundary(source), 'giu');
      } catch (err) {
        throw new ParallaxError('stage_failed', `vocab/${file}: bad pattern.`, { source, reason: (err as Error).message });
      }
    }),
  );
  // Registered now, with the rest of its vocabulary, rather than at its first use, so the literal
  // index is rebuilt once per vocabulary file, not once per list.
  screenSetOf(list);
  return list;
}

/**
 * Every match of any of `regexes` in `text`, as [start, end) pairs relative to `text`. A regex whose
 * literals are absent from the text (see screenRegex) is not run: it could not match.
 */
export function findAll(regexes: readonly RegExp[], text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const possible = screenSetOf(regexes).pass(text);
  // Plain loops rather than forEach/some with a closure: most lists are screened out whole, and
  // the per-entry call was most of what such a list cost.
  for (let i = 0; i < regexes.length; i++) {
    if (possible[i] === 0) continue;
    const re = regexes[i];
    re.lastIndex = 0;
    // exec rather than matchAll, which copies the regex on every call.
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!splitsWord(text, m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      if (!re.global) break;
      if (m[0] === '') re.lastIndex = advanceIndex(text, re.lastIndex, re.unicode);
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether any of `regexes` matches `text`. */
export function matchesAny(regexes: readonly RegExp[], text: string): boolean {
  const possible = screenSetOf(regexes).pass(text);
  for (let i = 0; i < regexes.length; i++) {
    if (possible[i] === 0) continue;
    const re = regexes[i];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!splitsWord(text, m.index, m.index + m[0].length)) return true;
      if (!re.global) break;
      if (m[0] === '') re.lastIndex = advanceIndex(text, re.lastIndex, re.unicode);
    }
  }
  return false;
}

/** The index after an empty match at `at`, as matchAll steps it: one code point under the u flag. */
export function advanceIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
