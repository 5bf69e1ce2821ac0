/**
 * A cheap necessary condition for a regex to match: literal strings that every match must
 * contain. Extraction runs ~200 vocabulary patterns over every sentence, and most patterns cannot
 * match most sentences; `String.includes` over the sentence rules them out far faster than the
 * regex engine can (the idea of RE2's prefilter). The screen is conservative by construction: a
 * part of the pattern it does not understand yields no requirement, never a wrong one, so a
 * pattern that passes the screen is run as before and one that fails it could not have matched.
 */
export interface RegexScreen {
  /** Compare against the raw text (the regex has no `i` flag) or against `foldForScreen(text)`. */
  readonly caseSensitive: boolean;
  /** Every set must have a member contained in the text (an AND of ORs); empty: no condition. */
  readonly required: readonly (readonly string[])[];
}

/** The text a case-insensitive screen compares with: lower case, long s as s (the only non-ASCII letter that /iu folds onto a lowercase ASCII letter and toLowerCase keeps; the Kelvin sign lowercases to k). */
export function foldForScreen(text: string): string {
  // The same sentence is screened against several lists in a row: the last fold is kept.
  if (text !== lastText) {
    lastText = text;
    const lower = text.toLowerCase();
    // includes first: the replace is a regex pass over every screened text, and the long s is rare.
    lastFolded = lower.includes('\u017f') ? lower.replace(/\u017f/gu, 's') : lower;
  }
  return lastFolded;
}

let lastText = '';
let lastFolded = '';

/** Whether `text` may match the screened regex; `folded` is foldForScreen(text), computed once per text by the caller. */
export function passesScreen(screen: RegexScreen, text: string, folded: string): boolean {
  const hay = screen.caseSensitive ? text : folded;
  return screen.required.every((anyOf) => anyOf.some((s) => hay.includes(s)));
}

// A node of the pattern: the finite set of strings it can match when small and known (null when
// not), and the literal sets any match of it must contain.
interface Node {
  readonly exact: readonly string[] | null;
  readonly required: readonly (readonly string[])[];
}

const MAX_SET = 24;
const MAX_LENGTH = 40;
const UNKNOWN: Node = Object.freeze({ exact: null, required: [] });
const EMPTY: Node = Object.freeze({ exact: [''], required: [] });

/** The screen of `regex`; a pattern it cannot read at all gets the empty (always passing) screen. */
export function screenRegex(regex: RegExp): RegexScreen {
  const caseSensitive = !regex.flags.includes('i');
  const unicode = regex.flags.includes('u') || regex.flags.includes('v');
  // Without the u flag, escapes and classes read differently; such patterns are not screened.
  if (!unicode || regex.flags.includes('v')) return Object.freeze({ caseSensitive, required: [] });
  try {
    const reader = new PatternReader(regex.source, caseSensitive);
    const node = reader.readDisjunction();
    if (!reader.done()) return Object.freeze({ caseSensitive, required: [] });
    const required = [...node.required].sort((a, b) => shortest(b) - shortest(a)).slice(0, 3);
    return Object.freeze({ caseSensitive, required: Object.freeze(required.map((s) => Object.freeze([...s]))) });
  } catch {
    return Object.freeze({ caseSensitive, required: [] });
  }
}

function shortest(set: readonly string[]): number {
  return Math.min(...set.map((s) => s.length));
}

/** A set as a requirement when every member is a useful literal (no empty string, not too short). */
function asRequirement(set: readonly string[] | null): (readonly string[])[] {
  if (!set || set.length === 0 || set.some((s) => s.length < 2)) return [];
  return [[...new Set(set)]];
}

function concatenate(nodes: readonly Node[]): Node {
  const required: (readonly string[])[] = [];
  let run: string[] | null = [''];
  let whole: string[] | null = [''];
  for (const n of nodes) {
    whole = whole && n.exact ? cross(whole, n.exact) : null;
    const next: string[] | null = run && n.exact ? cross(run, n.exact) : null;
    if (next) {
      run = next;
      continue;
    }
    required.push(...asRequirement(run));
    if (n.exact) run = [...n.exact];
    else {
      required.push(...n.required);
      run = [''];
    }
  }
  required.push(...asRequirement(run));
  return { exact: whole, required };
}

function cross(left: readonly string[], right: readonly string[]): string[] | null {
  if (left.length * right.length > MAX_SET) return null;
  const out = left.flatMap((l) => right.map((r) => l + r));
  return out.some((s) => s.length > MAX_LENGTH) ? null : out;
}

function alternate(nodes: readonly Node[]): Node {
  if (nodes.length === 1) return nodes[0];
  const exact = nodes.every((n) => n.exact) ? nodes.flatMap((n) => n.exact ?? []) : null;
  if (exact && exact.length <= MAX_SET) return { exact, required: asRequirement(exact) };
  // One member from each branch: the branch's best set.
  const picks = nodes.map((n) => [...n.required].sort((a, b) => shortest(b) - shortest(a))[0]);
  if (picks.some((p) => !p)) return UNKNOWN;
  const union = [...new Set(picks.flat())];
  return { exact: null, required: union.length <= MAX_SET * 2 ? [union] : [] };
}

function repeat(node: Node, min: number, max: number): Node {
  if (min === 0) return max === 1 && node.exact ? { exact: [...node.exact, ''], required: [] } : UNKNOWN;
  if (min === 1 && max === 1) return node;
  return { exact: null, required: node.required.length ? node.required : asRequirement(node.exact) };
}

/** Reads the subset of regex syntax (u flag) the vocabularies use; anything else throws and the screen is dropped. */
class PatternReader {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly caseSensitive: boolean,
  ) {}

  done(): boolean {
    return this.at >= this.source.length;
  }

  readDisjunction(): Node {
    const branches: Node[] = [this.readAlternative()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.readAlternative());
    }
    return alternate(branches);
  }

  private readAlternative(): Node {
    const terms: Node[] = [];
    while (!this.done() && this.source[this.at] !== '|' && this.source[this.at] !== ')') terms.push(this.readTerm());
    return concatenate(terms);
  }

  private readTerm(): Node {
    const c = this.source[this.at];
    if (c === '^' || c === '$') {
      this.at++;
      return EMPTY;
    }
    if (this.source.startsWith('(?=', this.at) || this.source.startsWith('(?!', this.at)) return this.readLookaround(3);
    if (this.source.startsWith('(?<=', this.at) || this.source.startsWith('(?<!', this.at)) return this.readLookaround(4);
    const atom = this.readAtom();
    return this.readQuantifier(atom);
  }

  // Zero-width: what it looks at is not consumed by the match.
  private readLookaround(open: number): Node {
    this.at += open;
    this.readDisjunction();
    this.expect(')');
    return EMPTY;
  }

  private readAtom(): Node {
    const c = this.source[this.at];
    if (c === '(') return this.readGroup();
    if (c === '[') return this.readClass();
    if (c === '.') {
      this.at++;
      return UNKNOWN;
    }
    if (c === '\\') return this.readEscape();
    if ('*+?{}])|'.includes(c)) throw new Error(`unexpected ${c}`);
    const cp = this.source.codePointAt(this.at) ?? 0;
    this.at += cp > 0xffff ? 2 : 1;
    return this.literal(String.fromCodePoint(cp));
  }

  private readGroup(): Node {
    this.at++;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (this.source.startsWith('?<', this.at)) {
      const close = this.source.indexOf('>', this.at);
      if (close < 0) throw new Error('unclosed group name');
      this.at = close + 1;
    } else if (this.source[this.at] === '?') throw new Error('unknown group');
    const inner = this.readDisjunction();
    this.expect(')');
    return inner;
  }

  private readClass(): Node {
    this.at++;
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const members: string[] = [];
    let simple = !negated;
    while (this.source[this.at] !== ']') {
      if (this.done()) throw new Error('unclosed class');
      let c = this.source[this.at];
      if (c === '\\') {
        const e = this.source[this.at + 1];
        if (e === undefined) throw new Error('bad escape');
        simple = simple && isIdentityEscape(e);
        c = e;
        this.at += 2;
      } else {
        const cp = this.source.codePointAt(this.at) ?? 0;
        c = String.fromCodePoint(cp);
        this.at += c.length;
      }
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') simple = false;
      members.push(c);
    }
    this.at++;
    if (!simple || members.length > 8) return UNKNOWN;
    const chars = members.map((m) => this.literal(m).exact);
    return chars.every((x) => x) ? { exact: [...new Set(chars.flatMap((x) => x ?? []))], required: [] } : UNKNOWN;
  }

  private readEscape(): Node {
    const e = this.source[this.at + 1];
    if (e === undefined) throw new Error('bad escape');
    this.at += 2;
    if (e === 'b' || e === 'B') return EMPTY;
    if ('dDwWsS'.includes(e)) return UNKNOWN;
    if (e === 'p' || e === 'P') return this.skipBraces();
    if (e === 'k') {
      const close = this.source.indexOf('>', this.at);
      if (close < 0) throw new Error('bad backreference');
      this.at = close + 1;
      return UNKNOWN;
    }
    if (/[1-9]/u.test(e)) {
      while (/[0-9]/u.test(this.source[this.at] ?? '')) this.at++;
      return UNKNOWN;
    }
    const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (e in controls) return this.literal(controls[e]);
    if (isIdentityEscape(e)) return this.literal(e);
    // \x, \u, \c, \0 and the rest: a character, but not one worth reading here.
    if (e === 'x') this.at += 2;
    else if (e === 'u') {
      if (this.source[this.at] === '{') return this.skipBraces();
      this.at += 4;
    } else if (e === 'c') this.at += 1;
    else if (e !== '0') throw new Error(`unknown escape \\${e}`);
    return UNKNOWN;
  }

  private skipBraces(): Node {
    this.expect('{');
    const close = this.source.indexOf('}', this.at);
    if (close < 0) throw new Error('unclosed braces');
    this.at = close + 1;
    return UNKNOWN;
  }

  private readQuantifier(atom: Node): Node {
    const c = this.source[this.at];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.at++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.source.slice(this.at));
      if (!m) throw new Error('bad quantifier');
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return atom;
    if (this.source[this.at] === '?') this.at++;
    return repeat(atom, min, max);
  }

  // A literal character as the texts it matches: itself when case-sensitive; in /iu, its lower case
  // when it is ASCII or has no case at all (anything else may fold in ways toLowerCase does not follow).
  private literal(c: string): Node {
    if (this.caseSensitive) return { exact: [c], required: [] };
    const ascii = c.length === 1 && c.charCodeAt(0) < 0x80;
    if (ascii || (c.toLowerCase() === c && c.toUpperCase() === c)) return { exact: [c.toLowerCase()], required: [] };
    return UNKNOWN;
  }

  private expect(c: string): void {
    if (this.source[this.at] !== c) throw new Error(`expected ${c}`);
    this.at++;
  }
}

// Characters whose escape stands for the character itself in a /u pattern (syntax characters and /).
function isIdentityEscape(c: string): boolean {
  return '^$\\.*+?()[]{}|/-'.includes(c);
}
