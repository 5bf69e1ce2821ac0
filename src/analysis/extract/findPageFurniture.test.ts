import { describe, expect, it } from 'vitest';
import { findPageFurniture } from './findPageFurniture.js';

const STORY = [
  'A federal agent shot a man in Salem on Thursday, police said.',
  'WATCH: Raw video from the scene',
  'The man was taken to a hospital. Witnesses said his car was stopped.',
  'The state police are investigating.',
  'Copyright 2025 KSLM. All rights reserved.',
  'RELATED STORIES:',
  '- Man shot by Border Patrol agent in Chicago suburb dies, family says',
].join('\n\n');

describe('findPageFurniture', () => {
  it("reads the page's notes on itself (a correction, an editor's note) as furniture, not a sentence that mentions one", () => {
    const story = 'Agents shot a man on Monday.\n\nThe agency issued a correction to its statement on Tuesday.\n\nCorrection: An earlier version said he was shot in the chest; he was shot in the abdomen.\n\nEditor\'s note: This article has been updated.';
    expect(findPageFurniture(story, 0).notes.map((l) => story.slice(l.start, story.indexOf(':', l.start)))).toEqual(['Correction', "Editor's note"]);
  });

  it('finds the trailer from the copyright line on, and the link lines', () => {
    const found = findPageFurniture(STORY, 0);
    expect(STORY.slice(found.trailer)).toMatch(/^Copyright 2025 KSLM/u);
    expect(found.links.map((l) => STORY.slice(l.start, l.end))).toEqual(['WATCH: Raw video from the scene']);
  });

  it('starts the trailer at a list of related stories, but not near the top where it is a sidebar', () => {
    const list = STORY.replace('Copyright 2025 KSLM. All rights reserved.\n\n', '');
    expect(list.slice(findPageFurniture(list, 0).trailer)).toMatch(/^RELATED STORIES:/u);
    const top = `Related\n\n${'The agent fired. '.repeat(20)}`;
    expect(findPageFurniture(top, 0).trailer).toBe(top.length);
  });

  it('reads a story with no furniture as all story, and a line that quotes no link label as story', () => {
    const plain = 'Agents fired. Related: a woman said she saw it.';
    expect(findPageFurniture(plain, 0)).toEqual({ trailer: plain.length, links: [], credits: [], notes: [] });
  });

  it('finds the lines that credit the reporting, and no sentence that only holds the word', () => {
    const story = [
      'A Border Patrol agent shot a man on Thursday, authorities said.',
      'Associated Press writer Dana Lee in Phoenix contributed to this report.',
      'Reporting by Tom Hale; Editing by Ana Ruiz',
      'Her brother said the long shifts contributed to the crash.',
    ].join('\n\n');
    expect(findPageFurniture(story, 0).credits.map((l) => story.slice(l.start, l.end))).toEqual([
      'Associated Press writer Dana Lee in Phoenix contributed to this report.',
      'Reporting by Tom Hale; Editing by Ana Ruiz',
    ]);
  });
});

describe('findPageFurniture: a caption of the story\'s own video (stop 58)', () => {
  it('reads "VIDEO:" before a sentence of what the footage shows as a caption, and before a headline as a link', () => {
    const text = 'Agents used a Taser on a boy.\nVIDEO: Security camera footage from a business across the street shows agents taking a person to the ground.\nVIDEO: Mayor calls for answers after gas station arrest';
    expect(findPageFurniture(text, 0).links.map((l) => text.slice(l.start, l.end))).toEqual(['VIDEO: Mayor calls for answers after gas station arrest']);
  });
});
