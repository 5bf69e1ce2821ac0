import type { Analysis, OrganizationMention } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import type { Entity, Occurrence } from './entity.js';
import type { PersonRecord, PersonRegistry } from './personRegistry.js';
import type { Range } from './quoteRanges.js';
import type { RoleVocab } from './roleVocab.js';
import type { Word } from './words.js';

/** What speaker resolution knows about one document while it walks its attributions in text order. */
export interface SpeakerContext {
  readonly text: string;
  /** Every word of `text` (`splitWords(text)`), split once: the whole-document scans share it. */
  readonly words: readonly Word[];
  readonly analysis: Analysis;
  readonly attributions: readonly Attribution[];
  readonly vocab: RoleVocab;
  readonly quotes: readonly Range[];
  /** Every fragment of every attribution's content, with the attribution's index. */
  readonly contents: readonly (Range & { readonly attribution: number })[];
  readonly sources: readonly Range[];
  readonly organizations: readonly OrganizationMention[];
  readonly persons: PersonRegistry;
  /** The person the incident happens to, when one stands out; null when unclear. */
  readonly subject: PersonRecord | null;
  /** Two people who share the plight ("X and Y were charged") when there is no one subject; else empty. */
  readonly jointSubjects: readonly PersonRecord[];
  /** Everyone named where the document says something happened to someone (the subject among them). */
  readonly plighted: readonly PersonRecord[];
  /** Court districts the document names ("Southern District of Ohio"), distinct. */
  readonly districts: readonly string[];
  /** The document speaks of criminal charges (so a "complaint" is a criminal complaint). */
  readonly criminal: boolean;
  /** The document speaks of a civil suit ("sued", "plaintiffs"): a "complaint" is a civil complaint, the plaintiffs' account. */
  readonly civil: boolean;
  /** A piece told in its bylined author's voice ("By Dana Okafor, …", "I was standing …"): that author. */
  readonly author: PersonRecord | null;
  /** The document is itself a sworn filing whose author says "I" / "Plaintiff": that filing. */
  readonly ownFiling: Entity | null;
  /** The publication (document metadata), whose own narration may say "we"; null when unknown. */
  readonly outlet: Entity | null;
  /** The publication is an agency whose officials its release names, its own (outletEntity's lendsAffiliation). */
  readonly outletLends: boolean;
  /** Mentions a pronoun can point back to, in text order; attribution sources are added as they resolve. */
  readonly occurrences: Occurrence[];
  sentenceAt(offset: number): number;
}
