/** Output of the analyse stage: sentences, tokens and mentions of one document text. */

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Universal part of speech from wink-nlp (NOUN, PROPN, VERB, PUNCT, …). */
  readonly pos: string;
  /** Lower-cased normal form. */
  readonly normal: string;
  /** Lemma (base form) from wink-nlp. */
  readonly lemma: string;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence's first token in `Analysis.tokens`. */
  readonly tokenStart: number;
  /** Index one past the sentence's last token. */
  readonly tokenEnd: number;
}

interface MentionBase {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A person: "Assistant Secretary Tricia McLaughlin" → title "Assistant Secretary", name "Tricia McLaughlin". */
export interface PersonMention extends MentionBase {
  readonly kind: 'person';
  readonly name: string;
  readonly title: string | null;
  /** Organisation named in the same noun phrase ("DHS Assistant Secretary …"), as an agency id. */
  readonly agencyId: string | null;
}

/** An organisation; agencies come from vocab/agencies.json and carry their id. */
export interface OrganizationMention extends MentionBase {
  readonly kind: 'organization';
  /** Canonical name, e.g. "Department of Homeland Security". */
  readonly name: string;
  readonly agencyId: string | null;
}

export interface PlaceMention extends MentionBase {
  readonly kind: 'place';
  readonly city: string | null;
  /** USPS code */
  readonly state: string | null;
  /** A street, neighbourhood or landmark when that is what was named. */
  readonly place: string | null;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'unknown';

export interface DateMention extends MentionBase {
  readonly kind: 'date';
  /** YYYY-MM-DD resolved against the document's anchor date, or null if it could not be. */
  readonly date: string | null;
  readonly precision: DatePrecision;
  /** HH:MM, 24-hour, when a time of day is stated. */
  readonly time: string | null;
}

export type Mention = PersonMention | OrganizationMention | PlaceMention | DateMention;

export interface Analysis {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}
