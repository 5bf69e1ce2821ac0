// A quotation in double marks, curly or straight (a straight one does not run past a line break).
const QUOTATION = /“[^”]*”|"[^"\n]*"/gu;

/** The text with every quotation in double marks blanked to a space: what it says in its own voice. */
export function withoutQuotations(text: string): string {
  return text.replace(QUOTATION, ' ');
}
