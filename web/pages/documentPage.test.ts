import { beforeEach, describe, expect, it } from 'vitest';
import { DOCUMENT, spanOf } from '../testing/fixtures.js';
import { installDom } from '../testing/installDom.js';
import { renderDocumentPage } from './documentPage.js';

const ctx = { fetchJson: async (path: string) => (path.endsWith('/ver_one') ? DOCUMENT : Promise.reject(new Error(path))) };

async function render(start: number | null = null, end: number | null = null) {
  const view = await renderDocumentPage({ name: 'document', id: 'ver_one', start, end }, ctx);
  return view;
}

describe('renderDocumentPage', () => {
  beforeEach(() => installDom());

  it('renders the whole text as text, markup in it included', async () => {
    const { node } = await render();
    const text = node.querySelector('[data-testid="document-text"]')!;
    expect(text.textContent).toBe(DOCUMENT.text);
    expect(node.querySelector('script')).toBeNull();
    expect(node.querySelector('b')).toBeNull(); // the title's <b> stays text too
    expect(node.querySelector('h1')!.textContent).toBe(DOCUMENT.title);
  });

  it('never turns a javascript: URL into a link', async () => {
    const { node } = await render();
    for (const a of node.querySelectorAll('a')) expect(a.getAttribute('href')).not.toMatch(/^javascript:/i);
  });

  it('highlights source, cue and content, with offsets matching the text', async () => {
    const { node } = await render();
    for (const kind of ['source', 'cue', 'content']) expect(node.querySelectorAll(`.doc-text .mark-${kind}`).length).toBeGreaterThan(0);
    for (const el of node.querySelectorAll('.doc-text [data-start]')) {
      const start = Number(el.getAttribute('data-start'));
      const end = Number(el.getAttribute('data-end'));
      expect(el.textContent).toBe(DOCUMENT.text.slice(start, end));
    }
    const quote = [...node.querySelectorAll('.doc-text .mark-content')].map((el) => el.textContent).join('');
    expect(quote).toContain('came right at the agent');
  });

  it('marks, and returns for focus, the passage named in the URL', async () => {
    const passage = spanOf('Police Chief Ana Ruiz said the car "came right at the agent."');
    const view = await render(passage.start, passage.end);
    const targets = [...view.node.querySelectorAll('.doc-text .mark-target')];
    expect(targets.map((el) => el.textContent).join('')).toBe(passage.text);
    expect(view.focus).toBe(targets[0]);
    expect(view.scrollTo).toBe(targets[0]);
    expect(view.node.querySelector('[role="alert"]')).toBeNull();
  });

  it('says so when the passage is outside the text', async () => {
    const view = await render(5, DOCUMENT.text.length + 10);
    expect(view.node.querySelector('[role="alert"]')!.textContent).toMatch(/not inside/);
    expect(view.node.querySelector('.doc-text .mark-target')).toBeNull();
  });

  it('shows a legend with every resolved speaker and the unresolved one', async () => {
    const { node } = await render();
    const legend = node.querySelector('[data-testid="legend"]')!.textContent!;
    expect(legend).toContain('Ana Ruiz');
    expect(legend).toContain('Mia Cole');
    expect(legend).toMatch(/not resolved/);
  });

  it('shows update notes when the document has them', async () => {
    const note = { span: spanOf('Title: Shooting'), date: '2025-09-13', time: '09:50', timezone: 'ET', note: 'Added comment from the agency.' };
    const view = await renderDocumentPage({ name: 'document', id: 'ver_one', start: null, end: null }, { fetchJson: async () => ({ ...DOCUMENT, updateNotes: [note] }) });
    expect(view.node.querySelector('[data-testid="update-notes"]')!.textContent).toContain('Added comment from the agency.');
  });
});
