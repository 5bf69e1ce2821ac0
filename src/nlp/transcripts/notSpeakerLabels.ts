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
]);
