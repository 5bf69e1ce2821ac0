// "(Editor's note: A spokesperson for the U.S. attorney's office declined to comment.)", "[Ed. note: …]".
const EDITORS_NOTE = /\s*[([]\s*(?:Editor['’]s note|Editors['’] note|Ed\.? note)\s*:/iu;

/**
 * Where an editor's note opens inside text[start, end) (an answer or a turn the outlet annotated),
 * or -1: the words from there on are the outlet's, no one's the line gives them to.
 */
export function editorsNoteAt(text: string, start: number, end: number): number {
  const m = EDITORS_NOTE.exec(text.slice(start, end));
  return m ? start + m.index : -1;
}
