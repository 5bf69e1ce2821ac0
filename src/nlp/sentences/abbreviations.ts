/**
 * Abbreviations that end in a period. A sentence never ends on a title or a month ("Dr. Ruiz",
 * "Jan. 5"); it may end on a time or a country ("at 6 a.m. The next day"), decided by the next word.
 */
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'rev', 'sen', 'rep', 'reps', 'sens', 'gov', 'lt', 'gen', 'col', 'sgt', 'capt', 'cpl', 'maj', 'adm',
  'cmdr', 'det', 'ofc', 'insp', 'supt', 'prof', 'pres', 'hon', 'atty', 'st', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'rd', 'hwy', 'dept',
  'approx', 'e.g', 'i.e', 'msgr', 'fr', 'ald',
]);

/** After these, a capitalised word that is not a day, month or time zone starts a new sentence. */
export const TIME_ABBREVIATIONS = new Set(['a.m', 'p.m']);

/** Words that continue a time expression rather than start a sentence ("at 9 a.m. Monday"). */
export const TIME_CONTINUATIONS = new Set([
  'et', 'ct', 'mt', 'pt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'utc', 'gmt', 'local', 'eastern', 'central',
  'mountain', 'pacific', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Speech verbs that keep `"Stop!" Ruiz shouted.` in one sentence. */
export const QUOTE_TAIL_VERBS = new Set([
  'said', 'says', 'asked', 'asks', 'told', 'added', 'wrote', 'shouted', 'yelled', 'replied', 'screamed', 'exclaimed', 'recalled',
  'tweeted', 'continued', 'explained', 'insisted', 'cried', 'whispered',
]);

/** Abbreviations that may end a sentence: decided by whether the next word looks like a sentence start. */
export const AMBIGUOUS = new Set(['inc', 'co', 'corp', 'ltd', 'llc', 'jr', 'sr', 'etc', 'bros', 'assn', 'univ', 'dist']);
