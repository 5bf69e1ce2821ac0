const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// Not "six days after" / "the day after": what follows ("… after he was shot") is what it counts from.
const COUNTED = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (days?|weeks?) (later|earlier)$/i;
const NEXT_DAY = /^(?:the )?(?:next|following) day$/i;

/**
 * How far "two days later", "a week earlier", "the next day" stand from the date told just before
 * them: days to add, and whether the result is a day or only a week. Null for anything else
 * ("later that month", "six days after he was shot": what it counts from is not the date before it).
 */
export function narrativeOffset(span: string): { readonly days: number; readonly week: boolean } | null {
  if (NEXT_DAY.test(span)) return { days: 1, week: false };
  const m = COUNTED.exec(span);
  if (!m) return null;
  const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
  const week = m[2].toLowerCase().startsWith('week');
  const sign = m[3].toLowerCase() === 'later' ? 1 : -1;
  return { days: sign * n * (week ? 7 : 1), week };
}
