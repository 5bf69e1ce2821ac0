import type { Chrono, Parser } from 'chrono-node';

/**
 * chrono parsers whose pattern ends with one of a few words and a word boundary: "3 days ago",
 * "two weeks later", "the end of the month". Their patterns start with a time amount that V8 tries
 * at every word of a text ("a", "the" and one-letter units such as "s" begin one everywhere), and
 * most news texts hold no such phrase at all.
 */
const LAST_WORDS: ReadonlyMap<string, string> = new Map([
  ['ENTimeUnitAgoFormatParser', '(?:ago|before|earlier)'],
  ['ENTimeUnitLaterFormatParser', '(?:later|after|from now|henceforth|forward|out)'],
  ['ENEndOfCurrentMonthParser', 'month'],
]);

/** chrono's month names, a group its day-month patterns hold at their top level. */
const MONTH_GROUP = '((?:september|february|november|december|january|october|august|march|april|sept\\.|june|july|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept|oct\\.|nov\\.|dec\\.|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))';

/**
 * chrono parsers whose pattern passes, at its top level, through a group news texts seldom reach
 * in that pattern's way: "5 March" (most write "March 5"), "3/2026". The pattern up to that group
 * is read back from the group (innerScreen); a text without such a place has no match.
 */
const INNER_WORDS: ReadonlyMap<string, string> = new Map([
  ['ENMonthNameLittleEndianParser', MONTH_GROUP],
  ['ENSlashMonthFormatParser', '\\/'],
]);

/** The word boundaries chrono's patterns end with. */
const TAILS = new Set(['(?=\\W|$)', '(?=(?:\\W|$))']);

/** Fails at once: a start-anchored pattern is tried at the first position only. */
const NEVER = /^(?!)/;

/**
 * The same pattern turned around: find the last words first (V8 looks for a literal fast) and only
 * there read back over the rest of the pattern (a lookbehind). It matches a text exactly when the
 * pattern does, so a text it does not match is a text the parser finds nothing in. Null when the
 * pattern does not end with `lastWords` and a boundary (another chrono version): no screen then.
 */
export function reversedPattern(pattern: RegExp, lastWords: string): RegExp | null {
  const source = pattern.source;
  for (const tail of TAILS) {
    if (!source.endsWith(lastWords + tail)) continue;
    const head = source.slice(0, source.length - lastWords.length - tail.length);
    try {
      return new RegExp(`${lastWords}(?<=${head}${lastWords})${tail}`, pattern.flags.replace(/[gy]/g, ''));
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * A screen for `pattern`: `words` (a group of its source, at its top level, unquantified) read back
 * over the pattern up to and with it, as a lookbehind. Every match of the pattern passes through
 * such a place, so a text the screen does not match holds no match. Null when `words` is not where
 * that holds (another chrono version): no screen then.
 */
export function innerScreen(pattern: RegExp, words: string): RegExp | null {
  const source = pattern.source;
  const at = source.lastIndexOf(words);
  const after = source[at + words.length];
  if (at < 0 || !isTopLevel(source, at) || after === '?' || after === '*' || after === '{') return null;
  try {
    return new RegExp(`${words}(?<=${source.slice(0, at + words.length)})`, pattern.flags.replace(/[gy]/g, ''));
  } catch {
    return null;
  }
}

/** Whether source[at] lies outside every group and no top-level alternative opens before it. */
function isTopLevel(source: string, at: number): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < at; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return depth === 0 && !inClass;
}

/**
 * Gives `parser` (a clone: chrono's parsers list is shared by its instances) the parsers of
 * LAST_WORDS behind their reversed pattern: on a text it does not match the parser's own pattern
 * is not run (it would find nothing, having scanned the whole text); on any other text the parser
 * runs as before. The same results either way. A parser chrono names differently, or whose pattern
 * has another shape, is left as it is.
 */
export function screenParsers(parser: Chrono): Chrono {
  parser.parsers = parser.parsers.map((inner) => {
    const lastWords = LAST_WORDS.get(inner.constructor.name);
    const innerWords = INNER_WORDS.get(inner.constructor.name);
    if (!lastWords && !innerWords) return inner;
    const screens = new Map<RegExp, RegExp | null>();
    const screened: Parser = {
      pattern(context) {
        const pattern = inner.pattern(context);
        let screen = screens.get(pattern);
        if (screen === undefined) screens.set(pattern, (screen = lastWords ? reversedPattern(pattern, lastWords) : innerScreen(pattern, innerWords!)));
        return screen === null || screen.test(context.text) ? pattern : NEVER;
      },
      extract: (context, match) => inner.extract(context, match),
    };
    return screened;
  });
  return parser;
}
