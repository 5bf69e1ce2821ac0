// The labels a page puts before a link to another page, in capitals or title case.
const LABELS = String.raw`(?:RELATED|Related|WATCH|Watch|READ MORE|Read more|Read More|MORE|SEE ALSO|See also|LISTEN|Listen|VIDEO|Video|SIGN UP|Sign up)`;
// A line that links to another page: a label and a colon, then a headline.
const LINK_LINE = new RegExp(String.raw`^[ \t]*${LABELS}[ \t]*:[ \t]+\S[^\n]*$`, 'u');
// A label and a colon opening any line of a text.
const LABEL_OPENS_LINE = new RegExp(String.raw`^[ \t]*${LABELS}[ \t]*:`, 'mu');
// "VIDEO: Security camera footage from a business across the street shows agents taking a man to the
// ground.": a caption of the story's own video, a sentence of what it shows, is no link.
const VIDEO_CAPTION = /^[ \t]*(?:VIDEO|Video)[ \t]*:[ \t]+[^\n]*\b(?:shows?|showed|captured|captures|appears? to show)\b[^\n]*[.)][ \t]*$/u;

/** Whether a line of a page links elsewhere ("RELATED: …", "WATCH: …", "Read more: …"), not a caption of the story's own video. */
export function isLinkLine(line: string): boolean {
  return LINK_LINE.test(line) && !VIDEO_CAPTION.test(line);
}

/** Whether any line of `text` opens on a link's label: a text with none holds no link line. */
export function mayHoldLinkLine(text: string): boolean {
  return LABEL_OPENS_LINE.test(text);
}

/** The line of `text` that holds `at`, without its line break. */
export function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}
