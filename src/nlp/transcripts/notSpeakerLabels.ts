/**
 * Labels before a colon that are no speaker, in capitals: the press's questions and the headings
 * of a news page ("QUESTION:", "UPDATE:", "EDITOR'S NOTE:"). findTranscriptTurns reads labels in
 * capitals, findNamedInterviewAnswers in running case (upper-cased to look them up).
 */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'Q', 'A', 'QUESTION', 'REPORTER', 'REPORTERS', 'ANCHOR', 'CORRESPONDENT', 'HOST', 'AUDIENCE', 'AUDIENCE MEMBER', 'MODERATOR', 'UNIDENTIFIED', 'UNKNOWN', 'CROSSTALK',
  'UPDATE', 'UPDATED', 'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'CORRECTION', 'CLARIFICATION', 'BREAKING', 'WARNING', 'WATCH', 'READ MORE',
  'RELATED', 'PHOTOS', 'VIDEO', 'SOURCE', 'SOURCES', 'CONTACT', 'MEDIA CONTACT', 'WHAT', 'WHEN', 'WHERE', 'WHY', 'HOW', 'WHO', 'TIME', 'DATE',
  'LOCATION', 'ADDRESS', 'PHONE', 'EMAIL', 'FAX', 'URL', 'URI', 'DOI', 'ISBN', 'CASE', 'RE', 'SUBJECT', 'FROM', 'TO', 'CC', 'ATTN', 'NB', 'PS', 'FAQ', 'FACT CHECK', 'ANALYSIS',
  'OPINION', 'COMMENTARY', 'EXCLUSIVE', 'LIVE', 'TRANSCRIPT', 'AP', 'PHOTO', 'CREDIT', 'CAPTION', 'TAGS', 'TOPICS', 'SHARE',
  'SPEAKERS', 'SPEAKERS INCLUDE', 'PARTICIPANTS', 'ATTENDEES', 'AGENDA', 'BACKGROUND', 'SUMMARY', 'HIGHLIGHTS', 'TIMELINE', 'DETAILS',
  'LISTEN', 'TITLE', 'OUTLET', 'PUBLISHED', 'AUTHOR', 'BY',
  // A fact check's own sections: "OUR RATING:", "AP'S ASSESSMENT:", "THE FACTS:", "FACT FOCUS:". Not "CLAIM:" nor a
  // release's "MYTH:" and "FACT:": what follows those is someone's claim, whose speaker the label does not tell.
  'RATING', 'OUR RATING', 'OUR RULING', 'RULING', 'VERDICT', 'OUR VERDICT', 'ASSESSMENT', "AP'S ASSESSMENT", 'AP’S ASSESSMENT',
  'THE FACTS', 'FACTS', 'FACT FOCUS', 'THE BOTTOM LINE', 'BOTTOM LINE', 'CONTEXT', 'WHAT WE FOUND', 'THE EVIDENCE', 'FACTCHECK',
]);
