/** The gold annotation format of ../shared/corpus (seed and dev): see docs/evaluation.md. */
export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface GoldAttribution {
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly speaker: string;
  readonly affiliation?: string;
  readonly role: string;
  readonly source: GoldSpan | null;
  readonly cue: GoldSpan | null;
  readonly content: GoldSpan;
  readonly contentContinued?: readonly GoldSpan[];
}

export interface GoldContested {
  readonly facet: string;
  readonly official: string;
  readonly other: string;
}

export interface GoldIncident {
  readonly key: string;
  readonly primary?: boolean;
  readonly date?: string | null;
  readonly time?: string | null;
  readonly city?: string | null;
  readonly state?: string | null;
  readonly place?: string | null;
  readonly agencies?: readonly string[];
  readonly subject?: { readonly name?: string; readonly age?: number | null; readonly outcome?: string };
  readonly charges?: readonly string[];
  readonly contested?: readonly GoldContested[];
  /** Facts on which outlets disagree (age 24 vs 34), beside the two-sided contested points. */
  readonly discrepancies?: readonly { readonly facet: string }[];
  readonly documents?: readonly string[];
  readonly mentions?: readonly string[];
}

export interface GoldDocument {
  readonly document: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly attributions: readonly GoldAttribution[];
  readonly incidents: readonly GoldIncident[];
}
