import { describe, expect, it } from 'vitest';
import { findAuthorVoice } from './findAuthorVoice.js';

const doc = (author: string | null, body: string) => ({ text: body, bodyStart: 0, metadata: { title: null, url: null, outlet: 'Opinion', author, published: null, modified: null } });

describe('findAuthorVoice', () => {
  it('speaks for the author of a first-person piece who says who they are to the incident', () => {
    expect(findAuthorVoice(doc('Ana Ruiz', 'I am the attorney for the family of Tom Hale, who was shot on Friday.'))).toEqual({ name: 'Ana Ruiz', affiliation: null, role: 'subject_counsel' });
    expect(findAuthorVoice(doc('Ana Ruiz', 'I represent the family of Tom Hale.'))?.role).toBe('subject_counsel');
    expect(findAuthorVoice(doc('Ana Hale', "I'm his sister, and I was there when they shot him."))?.role).toBe('family');
    expect(findAuthorVoice(doc('Ana Ruiz', 'I was a witness to the shooting on Elm Street.'))?.role).toBe('witness');
  });

  it('speaks for the author of an opinion piece whose headline is the body\'s first line (a page copied as text)', () => {
    const body = 'Opinion | The Milwaukee shooting fails every test.\n\nBy Daniel Okafor\n\nAn officer fired three shots.';
    expect(findAuthorVoice(doc('Daniel Okafor', body))).toEqual({ name: 'Daniel Okafor', affiliation: null, role: 'other' });
    expect(findAuthorVoice(doc('Daniel Okafor', body.replace('Opinion | ', '')))).toBeNull();
  });

  it('gives no voice without a byline, to a columnist, or to an official', () => {
    expect(findAuthorVoice(doc(null, 'I am the attorney for the family of Tom Hale.'))).toBeNull();
    expect(findAuthorVoice(doc('Ana Ruiz', 'I have covered the border for twenty years.'))).toBeNull();
    expect(findAuthorVoice(doc('Ana Ruiz', 'I am the secretary of a department that keeps the border safe.'))).toBeNull();
  });
});

describe('findAuthorVoice: an eyewitness', () => {
  it('speaks for an author who watched the force used, not one who watched the news', () => {
    expect(findAuthorVoice(doc('Ana Ruiz', 'On Oct. 3, I watched from my front window as federal agents shot my neighbor in his driveway.'))?.role).toBe('witness');
    expect(findAuthorVoice(doc('Ana Ruiz', 'I watched the news coverage of the protests for weeks.'))).toBeNull();
  });

  it('reads more kinds of force watched, in the opening or in the headline (stop 42)', () => {
    expect(findAuthorVoice(doc('Ana Ruiz', 'I watched as agents in masks smashed his window and pulled him out by his collar.'))?.role).toBe('witness');
    const titled = { text: 'I have lived on Alder Street for 31 years.', bodyStart: 0, metadata: { title: 'Opinion: I watched ICE agents drag my neighbor from his truck', url: null, outlet: 'Riverside Voice', author: 'Ana Ruiz', published: null, modified: null } };
    expect(findAuthorVoice(titled)?.role).toBe('witness');
  });
});

describe('findAuthorVoice: an opinion piece', () => {
  const opinion = (author: string | null, title: string | null, url: string | null = null) => ({ text: 'Last week an officer fired into a car.', bodyStart: 0, metadata: { title, url, outlet: 'Great Lakes Review', author, published: null, modified: null } });

  it('speaks for the author of a piece headed or filed as opinion, with the office the byline gives', () => {
    expect(findAuthorVoice(opinion('Rep. Nadia Haddad', 'Opinion: The video shows what DHS will not admit'))).toEqual({ name: 'Nadia Haddad', affiliation: null, role: 'elected_official' });
    expect(findAuthorVoice(opinion('Tom Hale', 'What the video shows', 'https://review.example/opinion/2026/11/02/video'))).toEqual({ name: 'Tom Hale', affiliation: null, role: 'other' });
  });

  it('leaves a news story, and an opinion piece with no byline, to the outlet', () => {
    expect(findAuthorVoice(opinion('Tom Hale', 'Agent fires into car in Dearborn'))).toBeNull();
    expect(findAuthorVoice(opinion(null, 'Opinion: The video shows what DHS will not admit'))).toBeNull();
  });
});

describe('findAuthorVoice: an opinion piece signed only in its closing note (stop 51)', () => {
  const piece = (note: string, title = 'Opinion: ICE killed my brother') => ({
    text: `My brother Luis died on the concrete outside his apartment.\n\nHe had never been arrested.\n\n${note}`,
    bodyStart: 0,
    metadata: { title, url: null, outlet: 'Arizona Sentinel', author: null, published: null, modified: null },
  });

  it('speaks for the author the note names, as the kin it says they are, or in no role', () => {
    expect(findAuthorVoice(piece('Valeria Arredondo is a pediatric nurse in Phoenix. Her brother, Luis Ángel Arredondo, was fatally shot by an ICE officer.'))).toEqual({ name: 'Valeria Arredondo', affiliation: null, role: 'family' });
    expect(findAuthorVoice(piece('Raymond Castillo served 22 years as a Border Patrol agent.'))).toEqual({ name: 'Raymond Castillo', affiliation: null, role: 'other' });
  });

  it('leaves a news story with such a last paragraph to the outlet', () => {
    expect(findAuthorVoice(piece('Raymond Castillo is a spokesman for the sheriff.', 'Agent fires into truck in Raleigh'))).toBeNull();
  });
});
