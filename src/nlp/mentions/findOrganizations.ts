import type { OrganizationMention, Token } from '../../domain/analysis.js';
import { findAgencyAliases } from './findAgencyAliases.js';
import { findBodies } from './findBodies.js';
import { findCourts } from './findCourts.js';
import { findPatternOrganizations } from './findPatternOrganizations.js';
import { pickNonOverlapping } from './pickNonOverlapping.js';

/**
 * Agencies (by alias, longest wins, acronyms case-sensitive so "ice" in "office" never matches),
 * police, sheriffs, state bureaus and courts named after their place, and the civil-society bodies of
 * vocab/bodies.json ("the ACLU of Texas"), which carry no agency. News outlets are not
 * organisations here: they are the publishers, handled with the document.
 */
export function findOrganizations(text: string, tokens: readonly Token[]): OrganizationMention[] {
  return pickNonOverlapping([...findCourts(text), ...findAgencyAliases(text, tokens), ...findPatternOrganizations(text, tokens), ...findBodies(text, tokens)]);
}
