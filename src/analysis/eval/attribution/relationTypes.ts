/** A role span in an evaluation file: offsets into the document text, possibly in fragments. */
export interface EvalSpan {
  readonly start: number;
  readonly end: number;
  readonly fragments?: readonly { readonly start: number; readonly end: number }[];
}

/** One attribution relation as the gold file states it (PolNeAR and the dev corpus convert to this). */
export interface GoldRelation {
  readonly source: EvalSpan | null;
  readonly cue: EvalSpan | null;
  readonly content: EvalSpan | null;
}

/** One relation predicted by Parallax, in the same shape. */
export type PredictedRelation = GoldRelation;

export type Role = 'source' | 'cue' | 'content';

export const EVAL_ROLES: readonly Role[] = Object.freeze(['source', 'cue', 'content']);

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly matched: number;
  readonly gold: number;
  readonly predicted: number;
}

export interface RoleScores {
  readonly source: Prf;
  readonly cue: Prf;
  readonly content: Prf;
}

export interface CueGroupScores {
  readonly exact: RoleScores;
  readonly overlap: RoleScores;
  readonly linked: Prf;
}

/** The attribution report: each role alone (exact and overlap), whole relations, and by kind of cue. */
export interface AttributionScoreReport {
  readonly documents: number;
  readonly exact: RoleScores;
  readonly overlap: RoleScores;
  readonly linked: Prf;
  /** Gold and predictions split by their own cue: speech-like ("said", "told", "according to") or other. */
  readonly byCue: { readonly speech: CueGroupScores; readonly other: CueGroupScores };
}
