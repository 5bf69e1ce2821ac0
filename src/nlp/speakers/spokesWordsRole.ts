import type { Role } from '../../domain/roles.js';
import { OFFICE_SEATS } from './apposedTitle.js';
import type { RoleVocab } from './roleVocab.js';
import { matchLongest, type Word } from './words.js';

// Words that say only how high or where a spokesperson sits ("a senior county spokeswoman").
const SPOKES_GRADES = new Set([...OFFICE_SEATS, 'senior', 'deputy', 'chief', 'press', 'lead', 'acting']);

/** The words around a spokesperson noun that say whom they speak for: no article, no grade. */
export function spokesWords(words: readonly Word[]): Word[] {
  return words.filter((w) => w.norm !== 'the' && !SPOKES_GRADES.has(w.norm));
}

/**
 * Whom the words beside a spokesperson noun say they speak for, by the vocabulary alone: a family
 * ("the Ruiz family's spokesman"), an office or a government ("a military spokesman", "a sheriff's
 * spokeswoman"), a kind of body (vocab/roles.json organizationRoles), a body that is no government's
 * ("Coalition spokesperson …", "the hospital's spokesman": spokesOtherBodies), an agency by its noun
 * ("the department's spokesman"). Null when the words say none of these.
 */
export function spokesWordsRole(around: readonly Word[], vocab: RoleVocab): Role | null {
  if (around.some((w) => vocab.relationRoles.get(w.norm) === 'family')) return 'family';
  for (let i = 0; i < around.length; i++) {
    const m = matchLongest(around, i, vocab.titleRoles) ?? matchLongest(around, i, vocab.spokesGovernmentWords);
    if (m) return m.value === true ? 'official' : m.value;
  }
  const text = around.map((w) => w.norm).join(' ');
  for (const [part, role] of vocab.organizationRoles) if (text.includes(part)) return role;
  if (around.some((w) => vocab.spokesOtherBodies.has(w.norm))) return 'other';
  if (around.some((w) => vocab.anaphoricOrgNouns.has(w.norm))) return 'official';
  return null;
}
