import { describe, expect, it } from 'vitest';
import { apposedTitle, titleRoleOf } from './apposedTitle.js';
import { loadRoleVocab } from './roleVocab.js';
import { splitWords } from './words.js';

const vocab = loadRoleVocab();

describe('titleRoleOf', () => {
  it('reads an article, the body or level of the office, and a title', () => {
    expect(titleRoleOf(splitWords('The agent'), vocab)).toBe('official');
    expect(titleRoleOf(splitWords('the Border Patrol agent'), vocab)).toBe('official');
    expect(titleRoleOf(splitWords('a federal prosecutor'), vocab)).toBe('prosecutor');
  });

  it('reads an office in lower case, of a city, a city\'s, or of several words: "the homeland security secretary", "the mayor of Minneapolis", "the White House deputy chief of staff" (stop 46)', () => {
    expect(titleRoleOf(splitWords('the homeland security secretary'), vocab)).toBe('official');
    expect(titleRoleOf(splitWords('the vice-president'), vocab)).toBe('elected_official');
    expect(titleRoleOf(splitWords('the mayor of Minneapolis'), vocab)).toBe('elected_official');
    expect(titleRoleOf(splitWords("Minneapolis's mayor"), vocab)).toBe('elected_official');
    expect(titleRoleOf(splitWords('the White House deputy chief of staff'), vocab)).toBe('official');
    expect(titleRoleOf(splitWords('the director of Puentes'), vocab)).toBeNull();
    expect(titleRoleOf(splitWords("Hale's mayor"), vocab)).toBeNull();
  });

  it('reads no title in another office, a former one or a plain noun', () => {
    expect(titleRoleOf(splitWords('the chief financial officer'), vocab)).toBeNull();
    expect(titleRoleOf(splitWords('the former officer'), vocab)).toBeNull();
    expect(titleRoleOf(splitWords('The man'), vocab)).toBeNull();
  });
});

describe('apposedTitle', () => {
  it('finds the title set off right before a name', () => {
    const text = 'The agent, Kyle Brandt, 34, fired four times.';
    expect(apposedTitle(text, text.indexOf('Kyle'), vocab)?.map((w) => w.text)).toEqual(['The', 'agent']);
    const plain = 'The man, Kyle Brandt, 34, fired four times.';
    expect(apposedTitle(plain, plain.indexOf('Kyle'), vocab)).toBeNull();
  });

  it('finds no title closing the clause a sentence opens on, before a name that goes on with its verb (stop 60)', () => {
    const asked = 'Asked what she wanted from the district attorney, Pineda paused for a long moment.';
    expect(apposedTitle(asked, asked.indexOf('Pineda'), vocab)).toBeNull();
    // Set off by commas on both sides, the name is still the title's, inside an opening clause or not.
    const set = 'When the district attorney, Lorraine Vickery, spoke, the room went quiet.';
    expect(apposedTitle(set, set.indexOf('Lorraine'), vocab)?.map((w) => w.text)).toEqual(['the', 'district', 'attorney']);
    // "As" the office opens the sentence: the name after it holds it.
    const as = 'As the district attorney, Vickery said she would not file charges.';
    expect(apposedTitle(as, as.indexOf('Vickery'), vocab)?.map((w) => w.text)).toEqual(['the', 'district', 'attorney']);
  });
});
