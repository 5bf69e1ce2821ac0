import type { Analysis, OrganizationMention } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import { filingEntity, findDistricts } from './describeFiling.js';
import type { Entity } from './entity.js';
import { findAcronymMentions } from './findAcronymMentions.js';
import { findBylineAuthor } from './findBylineAuthor.js';
import { countOwnAccount, findSelfReports, findSubject } from './findSubject.js';
import { lendsAffiliation, outletEntity } from './outletEntity.js';
import { findQuoteRanges } from './quoteRanges.js';
import { registerPersons } from './registerPersons.js';
import { loadRoleVocab, type RoleVocab } from './roleVocab.js';
import { scanGroupOccurrences } from './scanGroupOccurrences.js';
import { scanOrganizationOccurrences, scanPersonOccurrences } from './scanOccurrences.js';
import { scanStrangers } from './scanStrangers.js';
import { scanTitledSubjects } from './scanTitledSubjects.js';
import { scanUnnamed } from './scanUnnamed.js';
import { indexSentences } from './sentenceIndex.js';
import type { SpeakerContext } from './speakerContext.js';
import { splitWords, type Word } from './words.js';

function mentionsAny(words: readonly Word[], cues: ReadonlySet<string>): boolean {
  return words.some((w) => cues.has(w.norm));
}

/** A document that is itself a sworn filing carries its type as an all-capitals heading ("AFFIDAVIT IN SUPPORT OF …"). */
function findOwnFiling(text: string, vocab: RoleVocab, criminal: boolean, districts: readonly string[]): Entity | null {
  for (const m of text.matchAll(/\b[A-Z]{5,}\b/g)) {
    const noun = m[0].toLowerCase();
    if (vocab.filings.has(noun)) return filingEntity(noun, { vocab, criminal, phraseText: '', districts, issuer: null });
    // "ORDER GRANTING MOTION FOR …": a court's own document, whatever filings it then names.
    if (vocab.courtHeadings.has(noun)) return filingEntity('court order', { vocab, criminal, phraseText: '', districts, issuer: null });
  }
  return null;
}

/** Everything resolution needs before it walks the attributions: people, subject, quotes, mentions. */
export function buildSpeakerContext(text: string, analysis: Analysis, attributions: readonly Attribution[], outlet: string | null = null): SpeakerContext {
  const vocab = loadRoleVocab();
  const words = splitWords(text);
  const sentenceAt = indexSentences(text, analysis.sentences);
  const contents = attributions.flatMap((a, attribution) =>
    (a.content.fragments.length ? a.content.fragments : [a.content]).map((f) => ({ start: f.start, end: f.end, attribution })),
  );
  const districts = findDistricts(text);
  const civil = mentionsAny(words, vocab.civilCues);
  const criminal = mentionsAny(words, vocab.criminalCues) && !civil;
  const named = analysis.mentions.filter((m): m is OrganizationMention => m.kind === 'organization');
  // Initials of an organisation named in full earlier ("OBCR" after "Ohio Bureau of Criminal Records") name it too.
  const organizations = [...named, ...findAcronymMentions(text, named)].sort((a, b) => a.start - b.start);
  const base = {
    text,
    words,
    analysis,
    attributions,
    vocab,
    quotes: findQuoteRanges(text),
    contents,
    sources: attributions.flatMap((a) => (a.source ? [{ start: a.source.start, end: a.source.end }] : [])),
    organizations,
    persons: registerPersons(text, analysis, attributions, vocab, outlet),
    districts,
    criminal,
    civil,
    sentenceAt,
  };
  const people = scanPersonOccurrences(base);
  const selfReports = findSelfReports(text, attributions, base.persons.all(), vocab, (r) => base.persons.genderOf(r), base.quotes);
  // "By Dana Okafor, …", "a federal officer shot me": the author tells what was done to her.
  const authorName = findBylineAuthor(text, base.quotes);
  const found = authorName ? base.persons.lookup(authorName) : null;
  const author = found && found !== 'ambiguous' ? found : authorName ? base.persons.add(authorName, {}) : null;
  const own = author ? countOwnAccount(text, vocab, base.quotes) : 0;
  if (author && own) selfReports.set(author, (selfReports.get(author) ?? 0) + own);
  const subjects = findSubject(text, words, base.persons.all(), people, vocab, sentenceAt, selfReports, base.sources);
  const ctx: SpeakerContext = {
    ...base,
    subject: subjects.subject,
    jointSubjects: subjects.joint,
    plighted: subjects.plighted,
    author,
    // A filing's own type is as its heading names it ("COMPLAINT"): not renamed "civil complaint" as a story's citation of one is.
    ownFiling: findOwnFiling(text, vocab, criminal, districts),
    outlet: outletEntity(outlet, vocab),
    outletLends: lendsAffiliation(outlet),
    occurrences: [...people, ...scanOrganizationOccurrences(base), ...scanStrangers(base), ...scanUnnamed(base), ...scanTitledSubjects(base)],
  };
  ctx.occurrences.push(...scanGroupOccurrences(ctx));
  return ctx;
}
