import { beforeAll, describe, expect, it } from 'vitest';
import { installDom } from '../testing/installDom.js';
import { h } from './dom.js';

describe('h', () => {
  beforeAll(() => installDom());

  it('inserts strings as text, so markup in data stays text', () => {
    const node = h('p', { class: 'x' }, 'a <script>alert(1)</script> b', 3);
    expect(node.querySelector('script')).toBeNull();
    expect(node.textContent).toBe('a <script>alert(1)</script> b3');
    expect(node.getAttribute('class')).toBe('x');
  });

  it('skips null and false children and attributes, flattens arrays', () => {
    const node = h('ul', { hidden: false, title: null }, [h('li', {}, 'a'), null, [false, h('li', {}, 'b')]]);
    expect(node.children).toHaveLength(2);
    expect(node.hasAttribute('hidden')).toBe(false);
  });

  it('refuses innerHTML and inline event handler attributes', () => {
    expect(() => h('div', { innerHTML: '<b>x</b>' })).toThrow();
    expect(() => h('div', { onclick: 'alert(1)' })).toThrow();
  });
});
