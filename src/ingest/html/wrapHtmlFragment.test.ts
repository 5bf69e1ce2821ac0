import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { wrapHtmlFragment } from './wrapHtmlFragment.js';

describe('wrapHtmlFragment', () => {
  it('leaves a complete page untouched', () => {
    const page = '<!doctype html><html lang="en"><head><title>t</title></head><body><p>x</p></body></html>';
    expect(wrapHtmlFragment(page)).toBe(page);
  });

  it.each(['<p>A fragment.</p>', '<html><p>A page without body.</p></html>', '<head><title>t</title></head><body><p>No html tag.</p></body>'])(
    'gives %j a body that holds its text',
    (html) => {
      const { document } = parseHTML(wrapHtmlFragment(html));
      expect(document.body.textContent).toContain(html.replace(/<[^>]+>/g, '').replace(/^t/, ''));
    },
  );
});
