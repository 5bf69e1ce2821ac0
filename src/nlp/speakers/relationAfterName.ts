import type { RoleVocab } from './roleVocab.js';
import { splitWords, type Word } from './words.js';

// "released by Inés Barragán, Alvarenga Ruiz’s attorney. …", "Rosa Molina, his mother, said …",
// "Ben Cole, the family's lawyer,", "Lauren Okafor, one of Soto's attorneys,": a possessive and a relation
// noun set off by a comma right after a name, the apposition ending at a comma, a full stop, a semicolon
// or a closing parenthesis.
const RELATION_AFTER = /^,\s*(?:(?:one|two|another) of\s+)?((?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+[\p{Ll}-]+['’]s|\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}['’]s?)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s*(?:[,.;)]|$)/u;

// "Marcus Feeney, a civil rights attorney the family has retained, disputed …": a lawyer's noun and who hired them.
// So is "Rebecca Thornquist, a Boston immigration attorney who said she had been retained by Seitkali's family on
// Tuesday,": a relative of being retained by a family, up to the family's noun.
const COUNSEL_HIRED_AFTER = /^,\s*((?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:attorney|lawyer|counsel)\s+(?:(?:whom\s+)?(?:the|his|her|their)\s+(?:[\p{Ll}-]+\s+){1,2}(?:(?:has|had|have)\s+)?(?:retained|hired)\s*[,.;)]|who\s+(?:said\s+(?:she|he)\s+)?(?:(?:has|had|have)\s+been|was|is)\s+(?:retained|hired)\s+by\s+(?:the|his|her|their|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:family|parents|relatives)\b))/u;

// "Marisol Ybarra, a senior staff attorney with the ACLU of Texas who represents Villalba, disputed …": a lawyer's
// noun (perhaps with the body they work for) and a relative that says whom they represent, up to that name.
const COUNSEL_REPRESENTS_AFTER = /^,\s*((?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:attorney|lawyer|counsel)\s+(?:(?:with|at|of|for|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+(?:of\s+|for\s+)?){1,6})?who\s+(?:now\s+|also\s+)?(?:represents|is\s+representing|has\s+represented)\s+(?:the\s+(?:\p{Lu}[\p{L}'’-]*\s+)?family|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}))\s*[,.;)]/u;
// "Marcus Bell, an attorney for the family, filed …", "Ana Ruiz, a lawyer representing the Arroyo family,": a lawyer's noun
// and the family or person they act for (stop 71).
const COUNSEL_FOR_AFTER = /^,\s*((?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:attorney|lawyer)\s+(?:for|representing)\s+(?:the\s+(?:\p{Lu}[\p{L}'’-]*\s+)?family|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}))\s*[,.;)]/u;

/**
 * The words of a relation set off after a name that ends at `end` ("Alvarenga Ruiz’s attorney"
 * after "Inés Barragán, "), when they end in a relation noun of vocab/roles.json, or name a lawyer
 * and who hired them ("a civil rights attorney the family has retained") or whom they represent ("a
 * senior staff attorney with the ACLU of Texas who represents Villalba"); null otherwise.
 * The apposition's possessive says whose relative the person is; the relation noun, which.
 */
export function relationAfterName(text: string, end: number, vocab: RoleVocab): readonly Word[] | null {
  if (text.charCodeAt(end) !== COMMA) return null;
  const hired = COUNSEL_HIRED_AFTER.exec(text.slice(end, end + 120)) ?? COUNSEL_REPRESENTS_AFTER.exec(text.slice(end, end + 140)) ?? COUNSEL_FOR_AFTER.exec(text.slice(end, end + 100));
  if (hired) {
    const from = end + hired[0].indexOf(hired[1]);
    return splitWords(text, from, from + hired[1].length);
  }
  const m = RELATION_AFTER.exec(text.slice(end, end + 80));
  if (!m) return null;
  const at = end + m[0].indexOf(m[1]);
  const words = splitWords(text, at, at + m[1].length);
  return words.length && vocab.relationRoles.has(words[words.length - 1].norm) ? words : null;
}

const COMMA = 44;
