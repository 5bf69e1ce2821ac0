import type { Analysis } from '../domain/analysis.js';
import type { Attribution } from '../domain/attribution.js';
import { formatStage } from '../domain/stage.js';
import { NO_DEADLINE, type Deadline } from '../lib/deadline.js';
import { findAttributions, ATTRIBUTION_STAGE, type AttributionOptions } from './attribution/findAttributions.js';
import { findMentions, MENTIONS_STAGE } from './mentions/findMentions.js';
import { splitSentences, SENTENCES_STAGE } from './sentences/splitSentences.js';
import { resolveSpeakers, SPEAKERS_STAGE } from './speakers/resolveSpeakers.js';
import { tokenize, TOKENS_STAGE } from './tokens/tokenize.js';
import { findBlockStatements } from './transcripts/findBlockStatements.js';
import { findEmbeddedPosts } from './transcripts/findEmbeddedPosts.js';
import { findInterviewAnswers } from './transcripts/findInterviewAnswers.js';
import { findNamedInterviewAnswers } from './transcripts/findNamedInterviewAnswers.js';
import { findSignedLetters } from './transcripts/findSignedLetters.js';
import { findTranscriptTurns, TRANSCRIPTS_STAGE } from './transcripts/findTranscriptTurns.js';

/** The stages that turn a text into attributions, in the order they run. */
export const NLP_STAGES = Object.freeze([TOKENS_STAGE, SENTENCES_STAGE, MENTIONS_STAGE, ATTRIBUTION_STAGE, TRANSCRIPTS_STAGE, SPEAKERS_STAGE]);

/** "tokens@1 sentences@1 …": recorded with every attribution so a re-run can tell what changed. */
export const NLP_STAGE_LABEL = NLP_STAGES.map(formatStage).join(' ');

export interface TextAnalysis {
  readonly analysis: Analysis;
  readonly attributions: readonly Attribution[];
}

/**
 * Analyse and attribute one text: tokens, sentences, mentions, then who said what with resolved
 * speakers. `anchorDate` (YYYY-MM-DD) resolves relative dates; `bodyStart` skips a header block.
 * `outlet` (document metadata) is who an unquoted "we" of the narration is.
 * `deadline` is checked after every stage: a text that makes one run away ends as `too_slow`.
 */
export function analyseText(text: string, options: { anchorDate: string | null; bodyStart?: number; outlet?: string | null; attribution?: AttributionOptions; deadline?: Deadline }): TextAnalysis {
  const deadline = options.deadline ?? NO_DEADLINE;
  const tokens = tokenize(text);
  deadline.check(TOKENS_STAGE.name);
  const sentences = splitSentences(text, tokens, { bodyStart: options.bodyStart ?? 0 });
  deadline.check(SENTENCES_STAGE.name);
  const mentions = findMentions(text, tokens, options.anchorDate);
  deadline.check(MENTIONS_STAGE.name);
  const analysis: Analysis = { tokens, sentences, mentions };
  const reported = findAttributions(text, analysis, options.attribution);
  deadline.check(ATTRIBUTION_STAGE.name);
  const turns = [...findTranscriptTurns(text, analysis, reported, options.bodyStart ?? 0), ...findInterviewAnswers(text, analysis, reported, options.bodyStart ?? 0), ...findNamedInterviewAnswers(text, analysis, reported, options.bodyStart ?? 0), ...findEmbeddedPosts(text, analysis, reported), ...findBlockStatements(text, analysis, reported, options.bodyStart ?? 0), ...findSignedLetters(text, analysis, options.bodyStart ?? 0)];
  const spans = turns.length ? [...reported, ...turns].sort((a, b) => a.content.start - b.content.start) : reported;
  const attributions = resolveSpeakers(text, analysis, spans, { outlet: options.outlet ?? null });
  deadline.check(SPEAKERS_STAGE.name);
  return { analysis, attributions };
}
