import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectParagraphs, type WalkNode } from './collectParagraphs.js';

const bodyOf = (html: string): WalkNode => parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as WalkNode;

describe('collectParagraphs', () => {
  it('gives one paragraph per block, with inline markup flattened and white space collapsed', () => {
    const paragraphs = collectParagraphs(bodyOf('<p>One <b>bold</b>\n  claim.</p><p>Two&nbsp;words.</p><ul><li>item</li></ul>'));
    expect(paragraphs).toEqual(['One bold claim.', 'Two words.', 'item']);
  });

  it('splits text on either side of a nested block and at <br>', () => {
    const paragraphs = collectParagraphs(bodyOf('<div>Lead text<blockquote>Quoted block</blockquote>tail text<br>after break</div>'));
    expect(paragraphs).toEqual(['Lead text', 'Quoted block', 'tail text', 'after break']);
  });

  it('skips scripts, styles and empty blocks', () => {
    expect(collectParagraphs(bodyOf('<p>Kept</p><script>var x = 1;</script><style>p{}</style><p> </p>'))).toEqual(['Kept']);
  });

  it('walks deep markup without recursion', () => {
    const depth = 12_000;
    const root = bodyOf('<span>'.repeat(depth) + 'deep' + '</span>'.repeat(depth));
    expect(collectParagraphs(root)).toEqual(['deep']);
  });
});
