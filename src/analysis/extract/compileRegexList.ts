import { ParallaxError } from '../../lib/errors.js';

/** Compiles vocabulary regex sources once (global, case-insensitive, unicode); a bad one fails loudly. */
export function compileRegexList(file: string, sources: readonly string[]): readonly RegExp[] {
  return Object.freeze(
    sources.map((source) => {
      try {
        return new RegExp(source, 'giu');
      } catch (err) {
        throw new ParallaxError('stage_failed', `vocab/${file}: bad pattern.`, { source, reason: (err as Error).message });
      }
    }),
  );
}

/** Every match of any of `regexes` in `text`, as [start, end) pairs relative to `text`. */
export function findAll(regexes: readonly RegExp[], text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const re of regexes) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether any of `regexes` matches `text`. */
export function matchesAny(regexes: readonly RegExp[], text: string): boolean {
  return regexes.some((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });
}
