import { describe, expect, it } from 'vitest';
import { segmentIncidents } from './segmentIncidents.js';
import { describeText } from './testing/describeText.js';

const COUNT = 'ICE officers have fired into moving cars at least three times this winter.';

function segmentsOf(paragraphs: readonly string[]): number {
  const { sentences } = describeText([COUNT, ...paragraphs].join('\n\n'), '2025-03-01');
  return segmentIncidents(sentences, true).length;
}

describe('segmentIncidents', () => {
  it('reads three dated accounts, each naming someone new, as a roundup of three incidents', () => {
    expect(
      segmentsOf([
        'Marco Reyes was shot by an ICE officer in Yuma on Jan. 12.',
        'Carlos Ortiz was shot by an ICE officer in Tucson on Feb. 4.',
        'Ana Lind was shot by an ICE officer in Nogales on Feb. 20.',
      ]),
    ).toBe(3);
  });

  it('reads no roundup when the third dated account names again, by surname, someone named before', () => {
    const paragraphs = [
      'Marco Reyes was shot by an ICE officer in Yuma on Jan. 12.',
      'Carlos Ortiz was shot by an ICE officer in Tucson on Feb. 4.',
      'Reyes was shot again by an ICE officer in Yuma on Feb. 20.',
    ];
    expect(segmentsOf(paragraphs)).toBe(1);
    // The same accounts with a new person in the third are one.
    expect(segmentsOf([...paragraphs.slice(0, 2), 'Ana Lind was shot by an ICE officer in Yuma on Feb. 20.'])).toBe(3);
  });
});

describe('segmentIncidents: a count of places', () => {
  it('reads "in at least three cities this week" and three dated accounts as a roundup', () => {
    const paragraphs = [
      'Federal immigration agents used force in at least three cities this week.',
      'In Chicago, a Border Patrol agent fired a pepper ball that struck Daniel Osei, 58, on Tuesday.',
      'In Los Angeles, ICE officers shot Marco Tellez, 27, in the arm on Wednesday.',
      'In Charlotte, agents tackled a landscaper, Hector Funes, 61, outside a store on Thursday.',
    ];
    expect(segmentIncidents(describeText(paragraphs.join('\n\n'), '2026-03-14').sentences, true)).toHaveLength(3);
    // Without a count, three dated accounts each in a city no account before named are a roundup too (stop 40).
    expect(segmentIncidents(describeText(paragraphs.slice(1).join('\n\n'), '2026-03-14').sentences, true)).toHaveLength(3);
  });

  it('reads a date on which the event is only named back ("a review of the shooting in November") as no account of its own', () => {
    const paragraphs = [
      'In Yuma, a grand jury indicted a Border Patrol agent on Tuesday in the shooting of a driver who was shot in the back.',
      'Marco Reyes, 34, was killed on Oct. 4 on Pine Street in Somerton.',
      'A spokesperson in Phoenix said the office had opened its own review of the shooting in November.',
    ];
    expect(segmentIncidents(describeText(paragraphs.join('\n\n'), '2026-02-10').sentences, true)).toHaveLength(1);
    // Told as an encounter of its own, the third date is a third account in a new city.
    const third = 'In Phoenix, agents shot Ana Lind, 40, in November.';
    expect(segmentIncidents(describeText([...paragraphs.slice(0, 2), third].join('\n\n'), '2026-02-10').sentences, true)).toHaveLength(3);
  });

  it('keeps three dated paragraphs in one city, with no count, one story told over days', () => {
    const days = [
      'In Chicago, a Border Patrol agent fired a pepper ball that struck Daniel Osei, 58, on Tuesday.',
      'In Chicago, agents shot Osei\u2019s neighbor, Marco Tellez, 27, in the arm on Wednesday.',
      'In Chicago, agents tackled Hector Funes, 61, outside the same building on Thursday.',
    ];
    expect(segmentIncidents(describeText(days.join('\n\n'), '2026-03-14').sentences, true)).toHaveLength(1);
  });
});

describe('segmentIncidents: force told with a pronoun', () => {
  it('reads force done to "her", two paragraphs after she is named, her own quoted words between, as a particular event', () => {
    const paragraphs = [
      'Border Patrol agents stopped Alondra Meza, 19, in Charlotte on Nov. 16, the agency said.',
      '"I slowed down, I stopped," she said.',
      'She said agents pulled her out through the passenger door and pushed her face-down onto the asphalt.',
    ];
    const { sentences } = describeText(paragraphs.join('\n\n'), '2025-12-04');
    expect(segmentIncidents(sentences, true)).toHaveLength(1);
    // With no one named before, the same words tell no particular event.
    expect(segmentIncidents(describeText(paragraphs.slice(1).join('\n\n'), '2025-12-04').sentences, true)).toHaveLength(0);
  });
});

describe('segmentIncidents: separate encounters', () => {
  const story = (more: readonly string[]) => {
    const { sentences } = describeText(
      [
        'Federal agents shot two people in separate encounters in Texas this week.',
        'On Monday, a Border Patrol agent shot and killed Tomas Reyes near Laredo.',
        'Two days later, in Houston, an ICE officer shot a 19-year-old man in the leg.',
        ...more,
      ].join('\n\n'),
      '2025-03-05',
    );
    return segmentIncidents(sentences, true).map((g) => g.sentences.map((s) => s.text));
  };

  it('keeps a paragraph that names no one of the other encounter with the account before it', () => {
    const [, houston] = story(["The young man's mother, Ana Ruiz, said he was holding his phone."]);
    expect(houston).toContain("The young man's mother, Ana Ruiz, said he was holding his phone.");
  });

  it("gives a paragraph naming the other encounter's place back to the story", () => {
    const [first, houston] = story(['The Texas Rangers are investigating the shooting near Laredo.']);
    expect(houston).not.toContain('The Texas Rangers are investigating the shooting near Laredo.');
    expect(first).toContain('The Texas Rangers are investigating the shooting near Laredo.');
  });
});

describe('segmentIncidents: an earlier shooting told in passing', () => {
  it('keeps "Last year, a Border Patrol agent shot a man …" apart from the story', () => {
    const { sentences } = describeText(
      [
        'An ICE officer shot a 17-year-old in the leg Saturday morning outside an apartment complex in Franklin Park.',
        'The teen was taken to a hospital, his lawyer said.',
        'Last year, a Border Patrol agent shot a man in nearby Melrose Park during a traffic stop.',
      ].join('\n\n'),
      '2026-02-08',
    );
    const segments = segmentIncidents(sentences, true);
    expect(segments).toHaveLength(2);
    expect(segments[1].sentences.map((s) => s.text)).toEqual(['Last year, a Border Patrol agent shot a man in nearby Melrose Park during a traffic stop.']);
  });
});

describe('segmentIncidents: an agency said to have taken no part, and counts of force', () => {
  it('finds no incident in scope in a police shooting the story says ICE took no part in', () => {
    const { sentences } = describeText(
      [
        'A city police officer shot and wounded a 34-year-old man during a domestic call late Tuesday, police said.',
        'Rumors spread on social media that federal immigration agents were involved.',
        'An ICE spokesperson said no ICE officers were present and that the agency had no involvement.',
      ].join('\n\n'),
      '2026-09-03',
    );
    expect(segmentIncidents(sentences, false)).toEqual([]);
  });

  it('keeps an incident whose own paragraph names the agency that fired, beside another that denies a part', () => {
    const { sentences } = describeText(
      [
        'A Border Patrol agent shot and wounded a 34-year-old man during a traffic stop late Tuesday.',
        'An ICE spokesperson said no ICE officers were present.',
      ].join('\n\n'),
      '2026-09-03',
    );
    expect(segmentIncidents(sentences, false)).toHaveLength(1);
  });

  it('reads counts and rises of uses of force as no incident', () => {
    const { sentences } = describeText(
      [
        'Immigration agents used force against people 1,420 times in the first eight months of the year, up from 610 last year, agency records show.',
        'Shootings by agents rose to 31 from 12, the records show.',
      ].join('\n\n'),
      '2026-10-01',
    );
    expect(segmentIncidents(sentences, true)).toEqual([]);
  });
});

describe('segmentIncidents: a count of vehicles fired on (stop 40)', () => {
  it('reads "have fired on at least 12 vehicles" as a count of incidents', () => {
    expect(describeText('Federal immigration agents have fired on at least 12 vehicles since July.', '2026-02-02').sentences[0].series).toBe(true);
  });
});

describe('segmentIncidents: two people in two days (stop 43)', () => {
  it('gives each account the day the lede gives its place, so "In Santa Ana, …" and "In Ontario on Wednesday, …" are two incidents', () => {
    const text = [
      'LOS ANGELES — Federal agents shot two people in two days this week, killing a man in Santa Ana on Tuesday and wounding a woman in Ontario on Wednesday, officials said.',
      'In Santa Ana, a Border Patrol agent shot Manuel Ortiz, 52, after a vehicle stop.',
      'In Ontario on Wednesday, an ICE officer fired into a car driven by Mirna Galeana, 29.',
    ].join('\n\n');
    const segments = segmentIncidents(describeText(text, '2026-07-03').sentences, true);
    expect(segments.map((g) => g.sentences.map((s) => s.text.slice(0, 11)))).toEqual([
      ['LOS ANGELES', 'In Santa An'],
      ['In Ontario '],
    ]);
  });
});

describe('segmentIncidents: "occurred shortly after 6 p.m." (stop 56)', () => {
  it('reads a shooting that occurred after a time of day as the same incident, not one that came after another', () => {
    const text =
      'Immigration and Customs Enforcement officers opened fire on a car in south Minneapolis on Tuesday evening, wounding a 19-year-old passenger, officials said.\n\n' +
      'The shooting occurred shortly after 6 p.m. on Tuesday, Jan. 20, on the 3400 block of Cedar Avenue. The passenger, Abdirahman Warsame, was hit in the neck.';
    expect(segmentIncidents(describeText(text, '2026-01-22').sentences, true)).toHaveLength(1);
    const after = 'ICE officers shot a man in Elgin on Tuesday.\n\nThe shooting came two days after an agent fired on a driver in Aurora.';
    expect(describeText(after, '2026-01-22').sentences[1].passing).toBe(true);
  });
});

describe('segmentIncidents: a story that recalls earlier cases (stop 57)', () => {
  const groups = (paragraphs: readonly string[], published: string) =>
    segmentIncidents(describeText(paragraphs.join('\n\n'), published).sentences, true).map((g) => g.sentences.map((s) => s.text));

  it('keeps the cases a story "echoes" apart, the story dated by its opening though its force sentence names no day', () => {
    const found = groups(
      [
        'CHARLOTTE, N.C. — Three men in plain clothes grabbed Ibrahim Sesay on the steps of the courthouse.',
        'What happened next, on the morning of Tuesday, March 10, is disputed. Witnesses say the officers slammed him face-first onto the concrete.',
        'The Charlotte case echoes at least two others that drew national attention.',
        'Last October in Portland, Oregon, ICE officers used pepper spray on a crowd outside a check-in office on Macadam Avenue.',
        'And in Minneapolis, on a Saturday in August, a 19-year-old named Kevin Duarte was struck by an unmarked ICE vehicle on Lake Street.',
      ],
      '2026-03-20',
    );
    expect(found).toHaveLength(3);
    expect(found[1][0]).toMatch(/^Last October in Portland/);
    expect(found[2][0]).toMatch(/^And in Minneapolis/);
  });

  it('reads a count that dates the story\'s own shooting, then two earlier accounts placed otherwise, as three incidents; a quoted post and a policy open none', () => {
    const found = groups(
      [
        'YUMA, Ariz. — The shooting of Rafael Quintero, shortly after 7:40 p.m. on Friday, May 8, was the third time this year that a Border Patrol agent fired into a car.',
        'In March, a Border Patrol agent in El Paso shot and killed Teodoro Reyes, 52, after a traffic stop on Dyer Street.',
        'Then, in January, two agents in Deming, New Mexico, fired at a minivan carrying a family.',
        'Rep. Adriana Solís wrote on X on Sunday that "three shootings into cars in five months is not a coincidence."',
        'Border Patrol\'s use-of-force policy, revised in 2014 after a series of similar shootings, prohibits firing at moving vehicles.',
      ],
      '2026-05-12',
    );
    expect(found).toHaveLength(3);
    expect(found[0]).toContain('Border Patrol\'s use-of-force policy, revised in 2014 after a series of similar shootings, prohibits firing at moving vehicles.');
  });

  it('sets aside a paragraph that opens "In another," after an aside and tells no force the scans know', () => {
    const found = groups(
      [
        'LAREDO, Texas — A Border Patrol agent fired his Taser at Armando Saldívar on Sunday, Feb. 15, and he died hours later.',
        'In one case the lawsuit cites, Luis Arredondo Vela, 31, died in Eagle Pass in June 2023 after Border Patrol agents used a Taser on him seven times.',
        'In another, CBP officers at the Calexico port of entry shocked a student, Maribel Ontiveros, who was charged with resisting arrest.',
      ],
      '2026-03-01',
    );
    expect(found).toHaveLength(2);
    expect(found.flat().some((t) => t.startsWith('In another'))).toBe(false);
  });
});

describe('segmentIncidents: roundups in sections (stop 62)', () => {
  // The words of each segment, a sentence's first four words each.
  function segmentsIn(body: string, published: string): string[][] {
    const { sentences } = describeText(body, published);
    return segmentIncidents(sentences, false).map((g) => g.sentences.map((s) => s.text.split(/\s+/u).slice(0, 4).join(' ')));
  }

  const NEWSLETTER = [
    'Good morning, and welcome to the weekly letter. I\u2019m Rosa Lindqvist. Here is what to know.',
    '1. Provo, Utah: An ICE officer shoots a roofer in his van outside a hardware store on a busy morning',
    'An ICE officer shot Emilio Vargas Soto, 31, in the arm on Monday in Provo. DHS said he drove at officers.',
    '2. Yakima, Wash.: Three weeks on, a family is still waiting for the body-camera video of the stop',
    'Three weeks after a Border Patrol agent shot and killed Lidia Fuentes Rojas during a traffic stop, her family has not seen the video. CBP said the agent fired after she drove toward him.',
    '3. Boise, Idaho: A dairy worker is hurt in a courthouse arrest',
    'Ramiro Paz Olmedo, 51, was taken down by plainclothes ICE officers on Feb. 9. His daughter said officers never identified themselves.',
    '4. Salt Lake City: Lawmakers pass a bill on detention contracts',
    'The Senate voted 20-9 on Tuesday to end the contracts.',
    'One more thing',
    'Readers keep asking how to tell whether an ICE operation is under way. \u201cWe found out from a 911 call,\u201d a police chief told us.',
  ].join('\n\n');

  it('reads a newsletter’s numbered items as one incident each, dated or not, and none for its greeting, a policy item or its closing', () => {
    const segments = segmentsIn(NEWSLETTER, '2026-02-13');
    expect(segments.map((g) => g[1])).toEqual(['Provo, Utah: An ICE', 'Yakima, Wash.: Three weeks', 'Boise, Idaho: A dairy']);
    expect(segments.flat()).not.toContain('The Senate voted 20-9');
    expect(segments.flat()).not.toContain('Readers keep asking how');
  });

  const DATA_STORY = [
    'Federal immigration agents fired into at least three vehicles this winter, a review by the Ledger found.',
    'The shootings, in Provo on Nov. 17, Yakima on Dec. 3 and Boise on Jan. 22, follow one outline.',
    'Three cases',
    'Provo. On Nov. 17, an ICE officer fired into a van driven by Emilio Vargas Soto, 31. ICE said he drove at the officer.',
    'Yakima. On Dec. 3, a Border Patrol agent shot Lidia Fuentes Rojas, 34. She died at the scene.',
    'Boise. On Jan. 22, an ICE officer shot Ramiro Paz Olmedo, 51, in the leg. A neighbor said the truck was parked.',
    'A review begins',
    'One official acknowledged that the number of vehicle shootings had \u201cgotten attention at the top\u201d since December.',
    '\u201cThe question is whether anyone ever tests a shooting against the rules. In my experience, rarely,\u201d said Hal Brooks, a former CBP instructor.',
  ].join('\n\n');

  it('reads paragraphs headed by a place run in ("Provo. On Nov. 17, …") as one incident each, and none for the lede that lists their days or the reactions', () => {
    const segments = segmentsIn(DATA_STORY, '2026-02-20');
    expect(segments.map((g) => g[0])).toEqual(['Provo.', 'Yakima.', 'Boise.']);
    expect(segments.every((g) => g.length === 3)).toBe(true);
  });

  it('reads two sections under headings that tell shootings of two people on two days as two incidents', () => {
    const digest = [
      'Good morning. Here is what the team is following.',
      'Video from Provo ICE shooting made public',
      'Attorneys for Emilio Vargas Soto, the Provo man shot by an ICE officer last week, released a neighbor\u2019s video Tuesday.',
      'Boise man in hospital after courthouse arrest',
      'A 51-year-old Boise man is in intensive care after ICE officers took him to the ground outside the courthouse Monday morning. Ramiro Paz Olmedo has worked at a dairy for 20 years.',
    ].join('\n\n');
    expect(segmentsIn(digest, '2026-02-11').map((g) => g[0])).toEqual(['Video from Provo ICE', 'Boise man in hospital']);
  });

  it('keeps one shooting told in sections one incident, its lede telling it by the week and a section by the day', () => {
    const story = [
      'A U.S. citizen was shot from behind by a federal immigration officer in Provo last week, the Department of Homeland Security said.',
      'Why It Matters',
      'The case has drawn the attention of state lawmakers.',
      'What To Know',
      'The shooting took place around 6:30 a.m. on Feb. 4, as ICE officers stopped a car. Emilio Vargas Soto, 31, was hit in the back.',
      'What People Are Saying',
      'His lawyer, Nora Pike, said he never drove at anyone.',
    ].join('\n\n');
    expect(segmentsIn(story, '2026-02-10')).toHaveLength(1);
  });
});

describe('segmentIncidents: a follow-up and its asides (stop 62)', () => {
  const FOLLOW_UP = [
    'A federal magistrate judge on Tuesday ordered the release of Emilio Vargas Soto, the Provo roofer shot by an immigration officer last week.',
    'Vargas Soto, 34, appeared in a wheelchair. He was discharged from Mercy Regional Hospital on Monday, six days after an ICE officer shot him in the parking lot of a tire shop on Elm Street on Feb. 10.',
    'The Provo shooting has drawn attention because it is one of several in recent months in which immigration officers have fired into vehicles. In November, an ICE officer shot and killed a 41-year-old man during a traffic stop in Omaha, Nebraska. In January, a Border Patrol agent in Greensboro, North Carolina, wounded a driver.',
  ].join('\n\n');

  it('reads a shooting told "last week" and "six days after … on Feb. 10" as one account, and each earlier shooting in passing as its own', () => {
    const { sentences } = describeText(FOLLOW_UP, '2026-02-18');
    const segments = segmentIncidents(sentences, true);
    expect(segments.map((g) => g.primary)).toEqual([true, false, false]);
    expect(segments[0].sentences.map((s) => s.text)).toContain('He was discharged from Mercy Regional Hospital on Monday, six days after an ICE officer shot him in the parking lot of a tire shop on Elm Street on Feb. 10.');
    expect(segments[1].sentences.some((s) => s.text.includes('Omaha'))).toBe(true);
    expect(segments[2].sentences.some((s) => s.text.includes('Greensboro'))).toBe(true);
  });
});

describe('segmentIncidents: an aside that retells the story’s own account (stop 63)', () => {
  const story = [
    'BANGOR, Maine — A Border Patrol agent shot Rafael Ocampo Durán through the window of his pickup on Nov. 14, and supervisors then urged agents to keep the agency’s account, emails show.',
    'Earlier this month, the Ledger reported that the agency’s own incident summary described Ocampo’s truck as moving backward when an agent fired three rounds into the driver’s window.',
  ];

  it('reads an earlier report of the same man’s shooting as no incident of its own', () => {
    const { sentences } = describeText(story.join('\n\n'), '2025-12-16');
    expect(segmentIncidents(sentences, true)).toHaveLength(1);
  });

  it('keeps an aside about someone the story’s account does not name', () => {
    const other = [story[0], 'Earlier this month, an agent fired three rounds into the truck of Luis Medina in Portland, his lawyer said.'];
    const { sentences } = describeText(other.join('\n\n'), '2025-12-16');
    expect(segmentIncidents(sentences, true)).toHaveLength(2);
  });
});

describe('segmentIncidents: two incidents after a count, told in one paragraph (stop 64)', () => {
  const story = [
    'GREELEY — For the second time in four days, federal immigration agents used force during an arrest in Greeley last week.',
    'On Tuesday, Feb. 10, an ICE officer shot Héctor Villalobos Ruiz, 34, during a vehicle stop on 23rd Avenue. On Friday, Feb. 13, Border Patrol agents tackled Anselmo Garduño Pérez, 47, outside the Weld County Courthouse.',
    "DHS has maintained that the officer in Tuesday's shooting fired after Villalobos Ruiz drove toward him.",
    'The courthouse arrest was made by Border Patrol agents who have been assigned to the Denver region since November.',
  ];

  it('reads each account as an incident, and neither the account named back nor a span "since November" as another', () => {
    const { sentences } = describeText(story.join('\n\n'), '2026-02-17');
    const segments = segmentIncidents(sentences, true);
    expect(segments.map((s) => s.sentences.map((t) => t.text.slice(0, 20)))).toEqual([
      ['GREELEY — For the se', 'On Tuesday, Feb. 10,', 'DHS has maintained t', 'The courthouse arres'],
      ['On Friday, Feb. 13, '],
    ]);
  });

  it('reads a story of one incident that counts it in a series as one incident', () => {
    const { sentences } = describeText(
      ['The shooting was the first of two forceful arrests by federal agents in Greeley that week.', 'On Tuesday, Feb. 10, an ICE officer shot Héctor Villalobos Ruiz, 34, during a vehicle stop.'].join('\n\n'),
      '2026-02-17',
    );
    expect(segmentIncidents(sentences, true)).toHaveLength(1);
  });
});

describe('segmentIncidents: a count that closes a story, then another incident (stop 66)', () => {
  it('sets the account after a count, of someone the story has not named, apart from the story\'s own', () => {
    const body = [
      'Border Patrol agents pepper-sprayed and pinned Josué Arreaga Lemus, 17, to the ground Sunday outside a grocery store in Charlotte.',
      'His mother said he was filming agents with his phone.',
      'Zoom out: Federal agents have now used force in at least two North Carolina cities this month. In Durham, Rafael Quintero Ibarra was shot Feb. 11 in a laundromat parking lot.',
    ].join('\n\n');
    const segments = segmentIncidents(describeText(body, '2026-02-17').sentences, true);
    expect(segments.map((s) => [s.primary, s.sentences.some((x) => x.text.includes('Quintero'))])).toEqual([[true, false], [false, true]]);
    // Of the one the story is about, the count opens no aside.
    const own = body.replace('Rafael Quintero Ibarra was shot Feb. 11 in a laundromat parking lot', 'Arreaga Lemus was pepper-sprayed Sunday');
    expect(segmentIncidents(describeText(own, '2026-02-17').sentences, true)).toHaveLength(1);
  });
});

describe('segmentIncidents: another case told in passing, in another year (stop 68)', () => {
  it('sets apart force dated in another year and done to someone not named before, after the story named its own', () => {
    const text = [
      'An ICE officer shot Julián Arce Montoya, 34, in Portland on Jan. 14.',
      'Arce was wounded and survived.',
      'In December, the San Diego County District Attorney\'s Office declined to charge a U.S. Border Patrol agent who shot and wounded a 19-year-old driver, Mateo Sandoval, at a checkpoint near Campo, California, in September 2025.',
    ].join('\n\n');
    const segments = segmentIncidents(describeText(text, '2026-02-20').sentences, true);
    expect(segments.map((s) => s.sentences.map((x) => x.index))).toEqual([[0, 1], [2]]);
  });
});


describe('segmentIncidents: a count of the region\'s uses of force (stop 69)', () => {
  it('sets apart the earlier case that "the second use of force … in less than a month" opens', () => {
    const body = [
      'SPOKANE, Wash. — A Border Patrol agent shot Marco Benavides, 29, on Thursday after agents boxed in his pickup, officials said.',
      'The shooting is the second use of force by immigration agents in the region in less than a month. On Jan. 22, an ICE officer in Tacoma pepper-sprayed a woman, Renata Feliciano, 36, who was filming an arrest.',
      'Benavides remained hospitalized Saturday, his sister said.',
    ].join('\n\n');
    const segments = segmentIncidents(describeText(body, '2026-02-14').sentences, true);
    expect(segments.map((s) => s.sentences.some((x) => x.text.includes('Feliciano')) && !s.primary)).toEqual([false, true]);
  });
});

describe('segmentIncidents: one account under topical headings, below a byline (stop 69)', () => {
  const body = [
    'By Gregory Tallis',
    'Within three hours of the Nov. 14 shooting of Ezequiel Tovar, 34, in south Tucson, Immigration and Customs Enforcement issued a press release.',
    'Shots fired',
    'The press release said an officer fired one round. The incident report says DO-1 fired three times.',
    'Where he was hit',
    'The report lists a gunshot wound to the lower back.',
    'Charges',
    'ICE said Tovar would face charges.',
    'The Courier separately sought records about a Dec. 2 incident in Nogales in which ICE officers used a Taser on Marisol Ybarra, 41.',
  ];
  it('reads no roundup: the byline heads no section, and the headings tell one account\'s facts', () => {
    const segments = segmentIncidents(describeText(body.join('\n\n'), '2026-02-10').sentences, true);
    expect(segments[0].primary).toBe(true);
    expect(segments[0].sentences.some((s) => s.text.startsWith('The press release said'))).toBe(true);
  });

  it('sets apart the other case the story "separately sought records about"', () => {
    const segments = segmentIncidents(describeText(body.join('\n\n'), '2026-02-10').sentences, true);
    expect(segments.map((s) => s.sentences.some((x) => x.text.includes('Ybarra')))).toEqual([false, true]);
  });
});

describe('segmentIncidents: the day a record was filed dates no force (stop 69)', () => {
  it('keeps a fact check in sections one account when a section cites "the complaint filed Feb. 14, which says the agent fired"', () => {
    const body = [
      'Rating: Missing context',
      'A video of a Border Patrol shooting in Spokane on Feb. 12 shows an agent firing at Marco Benavides, 29.',
      'What the video shows',
      'Jolene Marchetti recorded it from a car. That differs from the federal criminal complaint filed Feb. 14, which says the agent fired three times.',
    ].join('\n\n');
    const segments = segmentIncidents(describeText(body, '2026-02-18').sentences, true);
    expect(segments.map((s) => s.primary)).toEqual([true]);
  });
});

describe('segmentIncidents: "Nor is Elgin an isolated event." (stop 69)', () => {
  it('sets apart the other case the sentence after it tells', () => {
    const body = [
      'ELGIN, Ill. — An ICE officer shot Efraín Solorio Paredes, 29, on Jan. 9 after agents boxed in his pickup, officials said.',
      'His family says he was backing away.',
      'Nor is Elgin an isolated event. On December 4, 2025, a Border Patrol agent in Charlotte, North Carolina, fired into a sedan driven by Keandre Mills, who was not struck.',
    ].join('\n\n');
    const segments = segmentIncidents(describeText(body, '2026-02-11').sentences, true);
    expect(segments.map((s) => s.sentences.some((x) => x.text.includes('Keandre Mills')))).toEqual([false, true]);
  });
});

describe('segmentIncidents: a lawsuit story with an earlier case (stop 70)', () => {
  it('reads "killed … last month sued … on Tuesday" and "the March 3 shooting" as one account, a count of "this year" as no dated account', () => {
    const text = [
      'GREELEY, Colo. — The widow of a supervisor killed by an immigration officer in a Greeley parking lot last month sued the federal government on Tuesday, alleging that her husband was unarmed when he was shot.',
      "The lawsuit, filed in Denver by Marisol Valdivia, contradicts the Department of Homeland Security's account of the March 3 shooting of Ernesto Valdivia Ruiz.",
      'DHS said he lunged at officers. The agency said the officer fired two shots.',
      'The Greeley case is the second shooting by federal immigration officers in Colorado this year.',
      'In January, Border Patrol agents shot and wounded Benito Saucedo, a 52-year-old roofer, during a traffic stop in Pueblo.',
    ].join('\n\n');
    const segments = segmentIncidents(describeText(text, '2026-04-15').sentences, true);
    expect(segments[0].primary).toBe(true);
    expect(segments[0].sentences.map((s) => s.index)).toEqual(expect.arrayContaining([0, 1]));
  });
});

describe('segmentIncidents: a newsletter in numbered sections (stop 70)', () => {
  it('sets apart "a separate confrontation" told under its own heading, to the next heading', () => {
    const text = [
      'Good morning. Here is what to know.',
      '1.\nQuestions grow over the Aurora ICE shooting',
      'Five days after an ICE officer shot Rafael Quintero Salas at a gas station on East Colfax, the government has not filed the charge.',
      'DHS maintains the driver tried to run an officer down. His family says he was shot in the back.',
      '2.\nIn Charlotte, a Border Patrol arrest caught on camera',
      'Far from Colorado, a separate confrontation is drawing attention. Border Patrol agents tackled and used a Taser on a 52-year-old landscaper, Wilfredo Arce, on Thursday morning outside a store in Charlotte.',
      'U.S. Customs and Border Protection says Arce "violently resisted" and struck an agent in the face.',
      'Arce\'s boss sees it differently.',
      'The mayor\'s office did not respond to a request for comment.',
      '3.\nDenver council advances shelter funding',
      'The Denver City Council voted 9-4 Thursday night to move forward a plan to keep two shelters open.',
    ].join('\n\n');
    const segments = segmentIncidents(describeText(text, '2026-03-14').sentences, true);
    const aside = segments.find((s) => !s.primary)!;
    const texts = aside.sentences.map((s) => s.text);
    expect(texts.some((t) => t.includes('tackled'))).toBe(true);
    expect(texts.some((t) => t.includes('violently resisted'))).toBe(true);
    expect(texts.some((t) => t.includes('Denver City Council'))).toBe(false);
    // A paragraph that names none of the aside's people is none of it.
    expect(texts.some((t) => t.includes("mayor's office"))).toBe(false);
    expect(segments.find((s) => s.primary)!.sentences.some((s) => s.text.includes('Arce'))).toBe(false);
  });
});

describe('segmentIncidents: force told with no name, after the sentence that names him (stop 70)', () => {
  it('reads "Witnesses have said officers punched him and used a Taser on him" as the story\'s own account', () => {
    const text = [
      'The student senate voted 19-4 Wednesday night to pass a resolution.',
      'Mateo Ibarra-Quintanilla, 21, was detained March 10 on J Street near the east gate. Witnesses have said officers punched him and used a Taser on him while he lay on the sidewalk. The Department of Homeland Security has said he resisted.',
    ].join('\n\n');
    expect(segmentIncidents(describeText(text, '2026-03-19').sentences, false).some((s) => s.primary)).toBe(true);
  });
});

describe('segmentIncidents: another case a report "also describes" (stop 70)', () => {
  it('sets apart "the March 27 arrest of Hamid Sediqi … in Chicago" in a story of a shooting in Tucson on March 9', () => {
    const text = [
      'TUCSON — An ICE officer shot Rubén Castellanos Ortiz through the windshield of his pickup on March 9 in Tucson.',
      'His lawyer, Gregory Nakamura, said the truck never moved.',
      'The report also describes the March 27 arrest of Hamid Sediqi, a 45-year-old rideshare driver in Chicago, whose car window agents shattered before pulling him out. His wife said he was frightened.',
    ].join('\n\n');
    const segments = segmentIncidents(describeText(text, '2026-04-09').sentences, true);
    expect(segments).toHaveLength(2);
    expect(segments[1].sentences[0].text).toContain('Hamid Sediqi');
    // Without the report's "also", a story may well go on to another day and person.
    expect(segmentIncidents(describeText(text.replace('The report also describes', 'The report describes'), '2026-04-09').sentences, true)).toHaveLength(1);
  });
});

describe('segmentIncidents: a lede that names its incident by its day (stop 70)', () => {
  it('reads "released … a written summary of a February 9 incident in which an agent discharged his firearm" as the story\'s own', () => {
    const text = [
      'TUCSON, Ariz. — U.S. Customs and Border Protection today released body-worn camera footage and a written summary of a February 9 incident in which a U.S. Border Patrol agent discharged his firearm during a vehicle stop in Tucson.',
      'At approximately 7:42 a.m., agents stopped a sedan driven by Rafael Ocampo Villanueva, 34. Fearing for his life, the agent discharged his service weapon.',
    ].join('\n\n');
    const segments = segmentIncidents(describeText(text, '2026-03-04').sentences, true);
    expect(segments).toHaveLength(1);
    expect(segments[0].sentences.map((s) => s.index)).toContain(0);
  });
});

describe('segmentIncidents: a raid whose force names no one in its own sentence (stop 71)', () => {
  const primaryOf = (text: string) => segmentIncidents(describeText(text, '2026-03-10').sentences, false).filter((s) => s.primary).length;

  it('reads agents who "brought the man to the ground", after a paragraph that tells of him, as the event', () => {
    const text = 'ICE agents raided a meat plant in Ottumwa on Tuesday. A 34-year-old worker turned toward the agent with a knife in his hand.\n\nAgents brought the man to the ground and took him into custody.';
    expect(primaryOf(text)).toBe(1);
  });

  it('reads a man who "was hit with a baton", after a sentence that names him, as the event', () => {
    const text = 'Rogelio Quintanar remained in an Iowa City hospital after the ICE raid on Tuesday. Coworkers have said he was unarmed when he was hit with a baton.';
    expect(primaryOf(text)).toBe(1);
  });
});

describe('segmentIncidents: a case someone points to (stop 71)', () => {
  it('sets apart "the November shooting at …, where officers fired" that a speaker points to', () => {
    const text =
      'CBP officers used a Taser on Julián Esparza at the San Ysidro Port of Entry on Sunday, and he died on Tuesday.\n\nAt a vigil, Pedro Ruelas said the case fits a pattern. "Every time, it is the same word," Ruelas said.\n\nRuelas pointed to the November shooting at the Otay Mesa Port of Entry, where CBP officers fired into a pickup truck, wounding its 19-year-old driver. CBP said at the time that the driver had tried to run down an officer.';
    expect(segmentIncidents(describeText(text, '2026-02-27').sentences, false).map((s) => s.primary)).toEqual([true, false]);
  });
});

describe('segmentIncidents: a case an office is "separately reviewing" (stop 71)', () => {
  it('sets apart the shooting the inspector general is separately reviewing', () => {
    const text =
      'An ICE officer choked Ernesto Ybarra in Tucson last September, the inspector general found.\n\nThe inspector general\'s office is separately reviewing a January shooting in Yuma, in which an ICE officer fired into a pickup truck and wounded the driver, Héctor Arvizu, 52.';
    expect(segmentIncidents(describeText(text, '2026-02-12').sentences, false).map((s) => s.primary)).toEqual([true, false]);
  });
});

describe('segmentIncidents: a span of years (stop 71)', () => {
  it('opens no other case at "who worked … at DHS from 2019 to 2021, said that first statements in shooting cases …"', () => {
    const text =
      'An ICE officer shot Tomás Ibarra Quintero in Greeley on Feb. 17, and DHS said he had rammed officers.\n\nCurtis Bramlett, who worked as a deputy press secretary at DHS from 2019 to 2021, said that first statements in shooting cases are often written in an hour.';
    expect(segmentIncidents(describeText(text, '2026-02-27').sentences, false).length).toBe(1);
  });
});

describe('segmentIncidents: what a report "also documents" of the same man (stop 71)', () => {
  it('keeps "The report also documents four pairs of marks on his back" in the story\'s own incident', () => {
    const text =
      'The medical examiner has ruled that the death of Julián Esparza Medina, who was shocked with a Taser by CBP officers at the San Ysidro Port of Entry on Feb. 22, was a homicide.\n\nThe report also documents four pairs of marks on his back and left thigh that the examiner, Dr. Naomi Castellanos, described as "consistent with conducted electrical weapon probe or drive-stun contact."';
    expect(segmentIncidents(describeText(text, '2026-04-28').sentences, false).length).toBe(1);
  });
});
