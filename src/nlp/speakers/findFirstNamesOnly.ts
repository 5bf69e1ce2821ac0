// "who asked to be identified only by his first name, Omar", "who gave only her first name, Brenda",
// "identified only as Rick": a person the story names by one name at their own wish.
const FIRST_NAME_ONLY = /\b(?:(?:by|as|gave|give|gives|giving|using|use|uses)\s+(?:only\s+)?(?:his|her|their)\s+first\s+name|identified\s+only\s+as|(?:asked|agreed)\s+to\s+be\s+called|who\s+goes\s+by|known\s+only\s+as)\s*,?\s+["“]?(\p{Lu}\p{Ll}+)\b(?![ \t]+\p{Lu})/gu;

/** The names people are given by one word at their own wish, each with where it stands. */
export function findFirstNamesOnly(text: string): { start: number; name: string }[] {
  return [...text.matchAll(FIRST_NAME_ONLY)].map((m) => ({ start: m.index + m[0].length - m[1].length, name: m[1] }));
}
