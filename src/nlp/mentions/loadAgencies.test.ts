import { describe, expect, it } from 'vitest';
import { loadAgencies } from './loadAgencies.js';

describe('loadAgencies', () => {
  const registry = loadAgencies();

  it('finds agencies by alias, acronyms only in capitals', () => {
    expect(registry.findByAlias('Immigration and Customs Enforcement')?.id).toBe('ice');
    expect(registry.findByAlias('U.S. Immigration and Customs Enforcement')?.id).toBe('ice');
    expect(registry.findByAlias('USBP')?.id).toBe('usbp');
    expect(registry.findByAlias('Department of Homeland Security')?.id).toBe('dhs');
    expect(registry.findByAlias('ice')).toBeNull();
    expect(registry.findByAlias('U.S. BORDER PATROL')?.id).toBe('usbp');
  });

  it('finds an acronym written with a period after each letter, as some newspapers write it (stop 67)', () => {
    expect(registry.findByAlias('D.H.S.')?.id).toBe('dhs');
    expect(registry.findByAlias('I.C.E.')?.id).toBe('ice');
    expect(registry.findByAlias('D.H.S')).toBeNull();
  });

  it('walks the hierarchy from a unit to its department', () => {
    expect(registry.parentsOf('usbp').map((a) => a.id)).toEqual(['cbp', 'dhs']);
    expect(registry.parentsOf('ero').map((a) => a.id)).toEqual(['ice', 'dhs']);
    expect(registry.parentsOf('dhs')).toEqual([]);
  });

  it('has a known parent and a valid kind for every agency, and is loaded once', () => {
    for (const a of registry.agencies) {
      if (a.parent !== null) expect(registry.get(a.parent)).not.toBeNull();
      expect(['federal', 'state', 'local', 'court', 'examiner', 'oversight', 'other']).toContain(a.kind);
    }
    expect(loadAgencies()).toBe(registry);
  });
});
