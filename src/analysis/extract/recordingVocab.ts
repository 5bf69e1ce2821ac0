import { z } from 'zod';
import recordingsJson from '../../../vocab/recordings.json' with { type: 'json' };
import { ParallaxError } from '../../lib/errors.js';

/** vocab/recordings.json compiled: when the outlet's sentence tells what a recording shows. */
export interface RecordingVocab {
  /** The sentence opens on a recording as the subject of a verb of showing ("Videos … show"). */
  readonly leads: readonly RegExp[];
  /** The sentence ends on one ("…, the footage shows."). */
  readonly tags: readonly RegExp[];
  /** The sentence opens inside one ("In the video, …"). */
  readonly frames: readonly RegExp[];
  /** A pronoun going on about a recording ("It shows …"), when the sentence before opened on one. */
  readonly continuations: readonly RegExp[];
  /** A recording opening a sentence as its subject ("The 48-second video, …"). */
  readonly subject: RegExp;
  /** Words that make the matched words no positive report of what the recording shows ("does not", "said"). */
  readonly blockers: RegExp;
  /** Facets about the recording itself, which stay the outlet's reporting. */
  readonly ownFacets: ReadonlySet<string>;
  /** A cheap screen: a sentence without any of these words cannot match. */
  readonly screen: RegExp;
}

const schema = z.object({
  recording: z.string().min(1),
  subject: z.string().min(1),
  leads: z.array(z.string().min(1)),
  tags: z.array(z.string().min(1)),
  frames: z.array(z.string().min(1)),
  continuations: z.array(z.string().min(1)),
  blockers: z.string().min(1),
  ownFacets: z.array(z.string().min(1)),
});

let cached: RecordingVocab | null = null;

/** The vocabulary of vocab/recordings.json, validated and compiled once per process. */
export function loadRecordingVocab(): RecordingVocab {
  if (!cached) cached = compileRecordingVocab(recordingsJson);
  return cached;
}

/** Validates and compiles a recordings vocabulary (exported so tests can compile their own); a malformed one fails loudly. */
export function compileRecordingVocab(raw: unknown): RecordingVocab {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ParallaxError('stage_failed', 'vocab/recordings.json is malformed.', { issues: parsed.error.issues });
  const v = parsed.data;
  const compile = (source: string, anchor: 'start' | 'none') => {
    const full = source.replaceAll('{subject}', v.subject).replaceAll('{recording}', v.recording);
    try {
      return new RegExp(anchor === 'start' ? `^\\s*(?:${full})` : full, 'iu');
    } catch (err) {
      throw new ParallaxError('stage_failed', 'vocab/recordings.json: bad pattern.', { source, reason: (err as Error).message });
    }
  };
  return Object.freeze({
    leads: Object.freeze(v.leads.map((s) => compile(s, 'start'))),
    tags: Object.freeze(v.tags.map((s) => compile(s, 'none'))),
    frames: Object.freeze(v.frames.map((s) => compile(s, 'start'))),
    continuations: Object.freeze(v.continuations.map((s) => compile(s, 'start'))),
    subject: compile(v.subject, 'start'),
    blockers: compile(v.blockers, 'none'),
    ownFacets: new Set(v.ownFacets),
    screen: compile(`\\b${v.recording}`, 'none'),
  });
}
