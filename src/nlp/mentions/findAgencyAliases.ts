import type { OrganizationMention, Token } from '../../domain/analysis.js';
import { loadAgencies, type Agency, type AgencyRegistry } from './loadAgencies.js';
import { loadPlaces } from './loadPlaces.js';
import { isCapitalized, tokenIndexAt } from './tokenShape.js';

const POSSESSIVE = /^['\u2019]s?\s+/;
// "National ICE Council", "Border Patrol Foundation": an alias inside the name of another body (a union,
// a charity) is not the agency. One to three more capitalised words, the last such a body's head noun.
const OTHER_BODY_AFTER = /^(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:Council|Union|Association|Coalition|Alliance|Caucus|Foundation|Network|Fund|Federation|League|Society)\b/u;

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}

/** "Department of Homeland Security (DHS)": the acronym in parentheses is part of the same mention. */
function extendParenthetical(text: string, reg: AgencyRegistry, agency: Agency, end: number): number {
  const m = /^\s*\(([^()\n]{1,40})\)/.exec(text.slice(end, end + 45));
  if (m && reg.findByAlias(m[1])?.id === agency.id) return end + m[0].length;
  return end;
}

/** "ICE Enforcement and Removal Operations", "ICE ERO": a child agency right after its parent is one mention of the child. */
function extendChild(text: string, reg: AgencyRegistry, agency: Agency, end: number): { agency: Agency; end: number } {
  const at = skipSpaces(text, end);
  if (at === end) return { agency, end };
  const child = reg.aliasMatcher.longestAt(text, at);
  const next = child?.values[0];
  if (child && next && reg.parentsOf(next.id).some((p) => p.id === agency.id)) return { agency: next, end: child.end };
  return { agency, end };
}

/** "FBI Phoenix Field Office", "Border Patrol's Tucson Sector". */
function extendFieldUnit(text: string, tokens: readonly Token[], reg: AgencyRegistry, end: number): number {
  const m = POSSESSIVE.exec(text.slice(end, end + 4));
  let i = tokenIndexAt(tokens, skipSpaces(text, end + (m ? m[0].length : 0)));
  const first = i;
  while (i < tokens.length && i - first < 4 && tokens[i].pos !== 'PUNCT') {
    // The unit word may be lower-case ("the FBI's Phoenix field office"); the place before it may not.
    const unit = i > first ? reg.courts.fieldUnits.find((u) => text.startsWith(u, tokens[i].start) || text.startsWith(u.toLowerCase(), tokens[i].start)) : undefined;
    if (unit) return tokens[i].start + unit.length;
    if (!isCapitalized(tokens[i])) break;
    i++;
  }
  return end;
}

// One to three capitalised words, not "The", that end where the unit word starts: "San Diego " of "San Diego Sector".
const OF_THE = /^ of (?:the )?$/;
const UNIT_NAME_BEFORE = /(?:^|[^\p{L}.'’-])((?:(?!The\b)\p{Lu}[\p{L}.'’-]*[ \t]+){1,3})$/u;

/** "the San Diego Sector of the Border Patrol": a field unit named before its agency, one mention of the unit; the start of its name, or `start`. */
function extendUnitBefore(text: string, reg: AgencyRegistry, start: number): number {
  const before = text.slice(Math.max(0, start - 80), start);
  for (const unit of reg.courts.fieldUnits) {
    const at = before.lastIndexOf(`${unit} of `);
    if (at < 0) continue;
    const tail = before.slice(at + unit.length);
    if (!OF_THE.test(tail)) continue;
    const m = UNIT_NAME_BEFORE.exec(before.slice(0, at));
    if (m) return start - (before.length - at) - m[1].length;
  }
  return start;
}

/** "Minnesota National Guard": a state name before a state-kind agency belongs to it. */
function extendStateBefore(text: string, tokens: readonly Token[], agency: Agency, start: number): number {
  if (agency.kind !== 'state') return start;
  const places = loadPlaces();
  const i = tokenIndexAt(tokens, start);
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const hit = places.matcher.longestAt(text, tokens[k].start);
    if (hit && hit.values.some((v) => v.kind === 'state') && skipSpaces(text, hit.end) === start) return tokens[k].start;
  }
  return start;
}

/** Every agency alias of vocab/agencies.json, longest first, with its parenthetical, child unit and field office. */
export function findAgencyAliases(text: string, tokens: readonly Token[]): OrganizationMention[] {
  const reg = loadAgencies();
  const out: OrganizationMention[] = [];
  let covered = -1;
  for (const token of tokens) {
    if (token.start < covered) continue;
    const hit = reg.aliasMatcher.longestAt(text, token.start);
    if (!hit) continue;
    const base = hit.values[0];
    if (OTHER_BODY_AFTER.test(text.slice(hit.end, hit.end + 60))) {
      covered = hit.end;
      continue;
    }
    const child = extendChild(text, reg, base, hit.end);
    const parenEnd = extendParenthetical(text, reg, child.agency, child.end);
    const end = extendFieldUnit(text, tokens, reg, parenEnd);
    const start = extendUnitBefore(text, reg, extendStateBefore(text, tokens, child.agency, hit.start));
    const span = text.slice(start, end);
    // A field office or a state's own unit is named as written; a plain alias by its canonical name.
    const name = end === parenEnd && start === hit.start ? child.agency.name : span.replace(/\s+/g, ' ');
    out.push(Object.freeze({ kind: 'organization', start, end, text: span, name, agencyId: child.agency.id }));
    covered = end;
  }
  return out;
}
