import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../__fixtures__/errorCodeOf.js';
import { MAX_HTML_DEPTH, checkHtmlLimits, estimateHtmlDepth } from './checkHtmlLimits.js';

const nested = (depth: number): string => '<div>'.repeat(depth) + 'x' + '</div>'.repeat(depth);

describe('estimateHtmlDepth', () => {
  it('counts nesting of elements that close', () => {
    expect(estimateHtmlDepth(nested(7))).toBe(7);
    expect(estimateHtmlDepth('<div><span>a</span><span>b</span></div>')).toBe(2);
  });

  it('does not count void, self-closed and often-unclosed elements, scripts or comments', () => {
    expect(estimateHtmlDepth('<div><br><img src=x><p>a<p>b<li>c<x-icon/></div>')).toBe(1);
    expect(estimateHtmlDepth('<script>' + '<div>'.repeat(50) + '</script><!-- <div><div> -->')).toBe(0);
  });
});

describe('checkHtmlLimits', () => {
  it('accepts ordinary pages and refuses pathological nesting', () => {
    expect(errorCodeOf(() => checkHtmlLimits(nested(40)))).toBeNull();
    expect(errorCodeOf(() => checkHtmlLimits(nested(MAX_HTML_DEPTH + 1)))).toBe('bad_input');
  });
});
