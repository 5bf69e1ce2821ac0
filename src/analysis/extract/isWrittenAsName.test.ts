import { describe, expect, it } from 'vitest';
import { isWrittenAsName } from './isWrittenAsName.js';

describe('isWrittenAsName', () => {
  it("takes a person's name, particles included, and no relation or group", () => {
    expect(['Ana Ruiz', 'María de los Ángeles Pérez-Gómez', 'Octavio de la Garza'].map(isWrittenAsName)).toEqual([true, true, true]);
    expect(['sister of Ana Ruiz', 'attorneys for Ana Ruiz', 'witnesses'].map(isWrittenAsName)).toEqual([false, false, false]);
  });
});
