// "Andrés Villalobos, 26, said …", "Rosa Lind, a 34-year-old nurse, said …": a paragraph that opens
// on a full name and the person's age, the way news names the one its lede only described.
const NAMED_WITH_AGE = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+(?:\d{1,3},|an?\s+\d{1,3}-year-old\b)/u;

/** Where the paragraph after the one holding `at` opens, or -1 when none follows. */
function nextParagraphStart(text: string, at: number): number {
  const gap = /\n\s*\n/gu;
  gap.lastIndex = at;
  const m = gap.exec(text);
  return m ? m.index + m[0].length : -1;
}

/** The full name the paragraph after the one holding `at` opens on, with an age ("Andrés Villalobos, 26,"); null otherwise. */
export function nameOpeningNextParagraph(text: string, at: number): string | null {
  const from = nextParagraphStart(text, at);
  return from < 0 ? null : (NAMED_WITH_AGE.exec(text.slice(from, from + 120))?.[1] ?? null);
}

// A full name and an age anywhere in a paragraph: someone named the way news names its subject.
const ANY_NAMED_WITH_AGE = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3},\s+\d{1,3},/u;

/**
 * The full name, with an age, that opens one of the `reach` paragraphs after the one holding `at`,
 * when no paragraph before it names anyone else with an age ("A Tulsa mother says …", then the
 * statement that answers her, the anchor's lead-in, and "Kayla Brightwater, 29, told News 5 …");
 * null otherwise.
 */
function nameOpeningParagraphWithin(text: string, at: number, reach: number): string | null {
  let from = nextParagraphStart(text, at);
  for (let k = 0; k < reach && from >= 0; k++) {
    const m = NAMED_WITH_AGE.exec(text.slice(from, from + 120));
    if (m) return m[1];
    const next = nextParagraphStart(text, from);
    if (ANY_NAMED_WITH_AGE.test(text.slice(from, next < 0 ? text.length : next))) return null;
    from = next;
  }
  return null;
}

// "Agent Daniel Ocasio, 31, told …": a paragraph that opens on a title, a full name and an age.
const TITLED_WITH_AGE = /^\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+\d{1,3},/u;

/** The title and full name the paragraph after the one holding `at` opens on, with an age ("Agent Daniel Ocasio, 31,"); null otherwise. */
export function titledNameOpeningNextParagraph(text: string, at: number): { readonly title: string; readonly name: string } | null {
  const from = nextParagraphStart(text, at);
  const m = from < 0 ? null : TITLED_WITH_AGE.exec(text.slice(from, from + 140));
  return m ? { title: m[1], name: m[2] } : null;
}

// The sentences of a lede (headline, dek and first paragraph), and how many paragraphs on it may name its subject.
const LEDE_SENTENCES = 4;
const LEDE_REACH = 5;

/**
 * The name a description at `at` ("A Mesa man says …") is given: the next paragraph's opening name
 * and age; from a lede (sentence `sentence` of the document), the first such within a few paragraphs.
 */
export function nameForDescription(text: string, at: number, sentence: number): string | null {
  return nameOpeningNextParagraph(text, at) ?? (sentence <= LEDE_SENTENCES ? nameOpeningParagraphWithin(text, at, LEDE_REACH) : null);
}
