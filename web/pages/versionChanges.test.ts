import { beforeEach, describe, expect, it } from 'vitest';
import { DOCUMENT } from '../testing/fixtures.js';
import { installDom } from '../testing/installDom.js';
import { renderDocumentPage } from './documentPage.js';
import { findPreviousVersion, renderVersionChanges } from './versionChanges.js';

const OLD = { ...DOCUMENT, versionId: 'ver_old', text: DOCUMENT.text.replace('on Friday, ', '') };
const NEW = {
  ...DOCUMENT,
  versions: [
    { versionId: 'ver_old', ingestedAt: '2025-09-12T08:00:00Z', sha256: '01' },
    { versionId: 'ver_one', ingestedAt: '2025-09-13T08:00:00Z', sha256: '00' },
  ],
};

describe('version changes on the document page', () => {
  beforeEach(() => installDom());

  it('finds the previous version only when there is one', () => {
    expect(findPreviousVersion(NEW)?.versionId).toBe('ver_old');
    expect(findPreviousVersion(DOCUMENT)).toBeNull();
    expect(findPreviousVersion({ ...NEW, versionId: 'ver_old' })).toBeNull();
  });

  it('marks the inserted words with <ins> and a label for screen readers, markup in the text staying text', () => {
    const node = renderVersionChanges(NEW, OLD);
    const ins = [...node.querySelectorAll('ins')];
    expect(ins.map((el) => el.textContent)).toEqual([expect.stringContaining('on Friday')]);
    expect(ins[0].textContent).toMatch(/^\[inserted: /);
    expect(ins[0].querySelector('.visually-hidden')!.textContent).toContain('inserted');
    expect(node.querySelectorAll('del').length).toBe(0);
    expect(node.querySelector('script')).toBeNull();
    expect(node.textContent).toContain('2 words added, 0 removed');
  });

  it('marks deleted words with <del> when the newer version drops them', () => {
    const node = renderVersionChanges({ ...OLD, versionId: 'ver_two' }, DOCUMENT);
    expect([...node.querySelectorAll('del')].map((el) => el.textContent)).toEqual([expect.stringMatching(/^\[deleted: .*on Friday/)]);
  });

  it('fetches the previous version and shows the section on the page; a first version has none', async () => {
    const asked: string[] = [];
    const ctx = {
      fetchJson: async (path: string) => {
        asked.push(path);
        if (path.endsWith('/ver_one')) return NEW;
        if (path.endsWith('/ver_old')) return OLD;
        throw new Error(path);
      },
    };
    const { node } = await renderDocumentPage({ name: 'document', id: 'ver_one', start: null, end: null }, ctx);
    expect(asked).toEqual(['/api/v1/documents/ver_one', '/api/v1/documents/ver_old']);
    expect(node.querySelector('[data-testid="version-changes"] ins')).not.toBeNull();
    const single = await renderDocumentPage({ name: 'document', id: 'ver_one', start: null, end: null }, { fetchJson: async () => DOCUMENT });
    expect(single.node.querySelector('[data-testid="version-changes"]')).toBeNull();
  });
});
