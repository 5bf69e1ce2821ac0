/** The minimal DOM node surface walked here (linkedom and browser nodes both fit). */
export interface WalkNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<WalkNode>;
}

const ELEMENT = 1;
const TEXT = 3;

// Elements that start a new paragraph in the extracted text.
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT']);
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/[\s\u00A0]+/g, ' ').trim();
}

/**
 * The paragraphs of a DOM subtree, in document order, each with its white space collapsed.
 * Every block element (and <br>) ends the paragraph before it, so a sentence never runs from one
 * paragraph into the next. Walks with an explicit stack: deep markup cannot overflow the call stack.
 */
export function collectParagraphs(root: WalkNode): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const paragraph = normalizeSpace(buffer);
    if (paragraph) paragraphs.push(paragraph);
    buffer = '';
  };
  const stack: { node: WalkNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === TEXT) {
      buffer += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    const block = BLOCKS.has(name);
    if (leaving) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push({ node, leaving: true });
    // Read childNodes once: linkedom builds a fresh array on every access.
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], leaving: false });
  }
  flush();
  return paragraphs;
}
