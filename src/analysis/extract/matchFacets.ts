import type { Side } from '../../domain/roles.js';
import { splitsWord } from '../../lib/splitsWord.js';
import { advanceIndex } from './compileRegexList.js';
import { compileScreenSet, type ScreenSet } from './compileScreenSet.js';
import type { Facet, FacetPattern, FacetStance, ValueType } from './facetVocab.js';
import { loadFacets } from './facetVocab.js';
import { isContradicted, isJudgedFalse, mayBeContradicted } from './isContradicted.js';
import { isOfficerCharged } from './isOfficerCharged.js';
import { isPriorCharge } from './isPriorCharge.js';
import { isCrowdClause } from './isCrowdClause.js';
import { isOfficerClause } from './isOfficerClause.js';

/** One pattern hit: a facet, the stance it supports, and where in the document it was read. */
export interface FacetMatch {
  readonly facet: string;
  readonly stance: string;
  /** The matched words, or for a value facet the normalised value ("25", "shoulder", "2"). */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
  /** The sides whose words may claim it (the pattern's `sides`), or null for any. */
  readonly sides: ReadonlySet<Side> | null;
  /** Set on a facet of the subject's conduct whose clause has a crowd as its subject ("rioters … assaulted officers"). */
  readonly byCrowd?: true;
}

// A negation shortly before a match, in the same clause, reverses it ("no one was in its path",
// "were not swinging a shovel", "disputes that she was armed"): such a hit is dropped, and the opposite stance must say so itself.
// A contraction ("wasn't", "didn't") negates too: its "n't" stands inside a word; not a generic
// "you don't" ("You don't get shot in the back by someone standing in front of your car" says he was).
const NEGATION = /(?:\b(?:not|never|no|nobody|no one|neither\s+(?:man|woman|men|women|one|person|of\s+(?:them|the))|deny|denies|denied|disputes?|disputed|without|nor)|(?<!\byou (?:do|ca|wo|would|could|should))n['’]t)\b(?:\s+\S+){0,4}\s*$/iu;
const RETRACTED = /\b(?:retract(?:ed|s|ing)?|walk(?:ed|s|ing)? back|withdr(?:ew|awn|aws)|abandon(?:ed|s)?|backed (?:off|away from)|reversed)\s+(?:its|his|her|their|the|an? (?:earlier|initial|original))\s+(?:[\w-]+\s+)?(?:statement|claim|account|assertion|description|version|allegation)s?\s+that\b[^.;!?]*$/iu;
// "There is no version of this where she was a threat": what no account of the events has.
const NO_REASON = /\bno\s+(?:reason|indication|plans?|sign)\s+(?:to\s+(?:expect|believe|think|suspect)\s+|that\s+)(?:that\s+)?(?:\S+\s+){0,4}$|\bno\s+(?:version|world|scenario|universe|reading)\s+(?:of\s+(?:this|that|it|events|what happened)\s+)?(?:where|in\s+which)\s+(?:\S+\s+){0,4}$/iu;
// A sentence's end, not an abbreviation's period ("Whether Mr. Ibarra drove at an agent …").
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gov|Sen|Rep|Lt|Sgt|Det|Gen|[A-Z]))[.!?]["”’]?\s+/u;
const CLAUSE_BREAK = /[,;:.!?—–()"“”]/u;
const COORDINATED_END = /\b(?:and|but)\s+$/iu;
const FINITE_START = /^(?:was|is|were|are|has|had)\b/iu;
// "None of the videos shows him pointing a gun", "The footage does not show him firing": what a
// recording is said not to show is no account that it happened, whatever words lie between.
const NOT_SHOWN = [
  /\b(?:none|neither|not one) of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:videos?|footage|recordings?|photos?|photographs?|images?|clips?)\b[^.;!?]{0,80}?\bshows?\b[^.;!?]*$/iu,
  /\bno\s+(?:[\p{L}'’-]+\s+){0,2}?(?:videos?|footage|recordings?|photos?|photographs?|images?|clips?)\b[^.;!?]{0,80}?\bshows?\b[^.;!?]*$/iu,
  /\b(?:videos?|footage|recordings?|photos?|photographs?|images?|clips?)\b[^.;!?]{0,60}?\b(?:does|do|did)(?: not|n['’]t) (?:show|capture|depict)\b[^.;!?]*$/iu,
  // "Nor does it clearly show that he was ever directly in its path."
  /\bnor\s+(?:does|did|do)\s+(?:it|they|the\s+(?:[\p{L}-]+\s+)?(?:videos?|footage|recordings?|photos?|images?|clips?))\s+(?:\p{L}+ly\s+)?show\b[^.;!?]*$/iu,
  // "At no point in the videos is Mr. Pretti seen holding a gun."
  /\b(?:at no (?:point|time|moment)|nowhere)\b(?:[^.;!?]|\b(?:Mr|Mrs|Ms|Dr)\.){0,80}?\b(?:seen|visible|shown)\b[^.;!?]*$/iu,
];
// What a NOT_SHOWN match cannot lack: "show" (the first two), the verb of the third, or the participle of the last; as case-insensitive as they are.
const SHOWN_WORD = /show|capture|depict|seen|visible/iu;

// "had not produced any evidence that Ortega had a criminal record", "no sign that he was armed", "no evidence so far
// that an officer had been dragged": what no evidence supports.
const NO_EVIDENCE = /\b(?:no|not\s+(?:\S+\s+){0,2}?any|without(?:\s+any)?)\s+(?:evidence|proof|indication|sign)s?\s+(?:(?:so far|yet|to date|whatsoever|at all)\s+)?(?:that|of)\b[^.;!?]{0,80}$/iu;

// "A knife was recovered nearby, but he could not say whether it belonged to the man": a find whose
// owner the same sentence leaves open tells no one was armed.
const OWNER_LEFT_OPEN = /^[^.;!?]{0,120}?\bwhether\s+(?:it|they|the\s+(?:[\p{L}-]+\s+)?(?:gun|knife|weapon|firearm|pistol|rifle|handgun|blade)s?)\s+(?:belonged|(?:was|were)\s+(?:his|hers|theirs)|(?:had\s+)?been\s+(?:his|hers|theirs))\b/iu;

// "It did not say whether he had a criminal record", "asked if he was armed", "If the video shows what
// CBP says, put it out": what is asked or supposed is not said to be so.
const ASKED_OR_SUPPOSED = /(?:\bwhether|\b(?:ask|asks|asked|asking|know|knows|knew|say|said|unclear|sure|certain|wonder|wonders|wondered)\s+if)\b(?:[^.;!?:]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr)\.){0,80}$|^\W*(?:even\s+)?if\b(?:[^.;!?:,]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr)\.){0,80}$/iu;

// "neighbors had asked her why her husband tried to run over a police officer", "questioned government lawyers about
// how an officer could have feared for his life": what a question put to someone takes for granted is the asker's
// premise, not a claim of the one who tells it; nor does the asker assert it. Without an object ("Achebe asked why his
// body camera had not recorded") the asker's premise is his own.
const WH_QUESTION = /\b(?:ask|asks|asked|asking|question|questions|questioned|questioning|press|presses|pressed|pressing|wonder|wonders|wondered|wondering)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:about\s+|on\s+)?(?:how|why)\b(?:[^.;!?:]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr)\.){0,100}$/iu;

// "declined to address the age or the criminal record", "would not discuss his criminal history": what one would not
// speak to is not said to be so.
const NOT_ADDRESSED = /\b(?:declined|declines|refused|refuses|would\s+not|wouldn['’]t|did\s+not|didn['’]t)\s+(?:to\s+)?(?:address|discuss|comment\s+on|confirm|describe|detail|elaborate\s+on|release|disclose|say\s+anything\s+about)\s+(?:[\p{L}'’-]+\s+){0,6}$/iu;

// "they invented a criminal history", "DHS made up a story that he rammed them": what was invented is not so.
const INVENTED = /\b(?:invent(?:ed|s|ing)?|fabricat(?:ed|es|ing)|made\s+up|mak(?:e|es|ing)\s+up|concoct(?:ed|s|ing)?|cook(?:ed|s|ing)\s+up|dream(?:ed|t|s|ing)\s+up)\s+(?:(?:a|an|the|his|her|their|this|that|some|whole)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

// "They called him a gang member on national television", "they keep describing my brother as a gang
// member", "They put it out there that she tried to kill an officer", "They put his face all over the
// internet as a gang member", "the first thing the government does is call him a gang member": a label
// others gave, told by one who rejects it. (Named, "DHS called him
// a gang member", it is DHS's claim: findRelays gives it to them.)
const LABELER = String.raw`\b(?:[Tt]hey(?:['’]re)?|[Hh]e|[Ss]he|[Yy]ou|[Pp]eople|[Tt]his (?:administration|government)|[Tt]he (?:administration|government))\s+(?:have\s+|had\s+|keep\s+|kept\s+|are\s+|were\s+)?`;
const OTHERS_LABEL = new RegExp(
  // "and then call it self-defense", "turned her into a domestic terrorist on social media", "to make him
  // look like a violent criminal": a label made, whoever makes it.
  String.raw`(?:\b(?:and\s+(?:then\s+)?|to\s+|did\s+(?:was|is)\s+)call(?:ing)?\s+it\s+["“]?(?:an?\s+)?|` +
  // "the first thing the federal government does is call him a gang member": what one does, a label made.
  String.raw`\b(?:does|did|do)\s+(?:is|was)\s+(?:to\s+)?call\s+(?:him|her|them|(?:my|our|his|her|their)\s+\p{L}+)\s+["“]?(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}|` +
  String.raw`\b(?:turned|turn|turning|turns|made|make|making|makes)\s+(?:him|her|them|(?:my|our|his|her|their)\s+\p{L}+)\s+(?:into|out\s+to\s+be|(?:look|seem|appear)\s+(?:like\s+)?)\s*(?:an?\s+)?(?:[\p{L}-]+\s+){0,3})$|` +
  LABELER +
    String.raw`(?:(?:call(?:ed|s|ing)?|label(?:l?ed|s|ing)?|brand(?:ed|s|ing)?|paint(?:ed|s|ing)?|smear(?:ed|s|ing)?|describ(?:e|ed|es|ing)|portray(?:ed|s|ing)?|characteri[sz](?:e|ed|es|ing))\s+(?:him|her|them|it|(?:my|our|his|her|their|this|that)\s+\p{L}+|\p{Lu}\p{Ll}+)\s+(?:as\s+)?(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}` +
    String.raw`|(?:put|puts|putting|got|spread)\s+(?:it\s+)?out\s+(?:there\s+)?that\s+(?:[\p{L}'’-]+\s+){0,6}` +
    String.raw`|(?:put|puts|putting|plastered|spread)\s+(?:his|her|their|my)\s+(?:face|name|photo|picture)\s+(?:[\p{L}-]+\s+){0,4}?as\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2})$`,
  'u',
);

// An officer doing what the match tells, as the clause's subject right before it: "an agent
// pointed his gun", "Video shows an agent pointing a rifle", "the officers, who had arrived first,
// then drew their weapons". Not an officer named as an object ("lunged at the agent with a knife").
const OFFICER_ACTS = new RegExp(
  String.raw`(?:^|[,;:(—–]\s*|\b(?:and|but|that|when|as|while|before|after|because|then|said|says|shows?|showed)\s+)` +
    String.raw`(?:(?:the|an?|one|two|three|four|several|some|another|other|second|first|federal|immigration|plainclothes|masked|of|\p{Lu}[\p{L}.’'-]*)\s+){0,5}` +
    // "Officer Ross pointed his rifle": a rank before a name is the officer too.
    String.raw`(?:[Aa]gents?|[Oo]fficers?|[Dd]eput(?:y|ies)|[Tt]roopers?|[Mm]arshals?)(?:\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?` +
    String.raw`(?:\s*,\s*who\b[^,;.]*,)?\s+(?:(?:had|has|have|was|were|is|are|then|also|allegedly|reportedly|\p{Ll}+ly)\s+){0,2}$`,
  'u',
);
// What the match did was aimed at officers: "pointed a rifle at Border Patrol agents" is the
// person's conduct, not the officers'.
const AT_OFFICERS = /^\s+(?:at|toward|towards)\s+(?:(?:the|an?|two|three|several|some|other|federal|immigration|\p{Lu}[\p{L}.’'-]*)\s+){0,4}(?:agents?|officers?|deput(?:y|ies)|troopers?|marshals?|police)\b/u;

// A negation inside the words matched, before what they turn on: "the truck moving away from the agent,
// not toward him", "He faces no criminal charge".
const NOT_ENOUGH_TO = /\bnot\s+(?:[\p{L}-]+\s+){1,2}enough\s+to\s+(?:\S+\s+){0,3}$/iu;
// "standing beside the driver's door rather than in front of the car": what is set aside is not so (the match right after, or one word on).
const SET_ASIDE = /\b(?:rather\s+than|instead\s+of)\s+(?:\S+\s+)?$/iu;
const INNER_NEGATION = /(?:\bnot|\bnever|n['’]t),?\s+(?:toward|towards)\b|\b(?:faces?|facing)\s+no\b/iu;

/** How the words matched are held by whoever says them. */
export interface MatchOptions {
  /**
   * The words are what their speaker denies ("Her lawyer denied that she rammed the vehicle"): every
   * hit is contradicted, as after "denied the claim that …" inside the words themselves.
   */
  readonly denied?: boolean;
}

/**
 * Every facet pattern that matches `text` (a piece of a document starting at `offset`), negated
 * hits dropped, contradicted hits turned to the other side of a two-sided facet (dropped on any
 * other facet). Offsets in the result index the document.
 */
export function matchFacets(text: string, offset: number, facets: readonly Facet[] = loadFacets(), options: MatchOptions = {}): FacetMatch[] {
  const out: FacetMatch[] = [];
  const { patterns, screens } = prepareFacets(facets);
  const possible = screens.pass(text);
  const denied = options.denied === true;
  const mayContradict = !denied && mayBeContradicted(text);
  // A plain loop, not forEach: most of the ~200 patterns are screened out, and a call per pattern was most of their cost.
  for (let i = 0; i < patterns.length; i++) {
    if (possible[i] === 0) continue;
    const { facet, stance, pattern } = patterns[i];
    for (const m of execAll(pattern.regex, text)) {
      if (splitsWord(text, m.index, m.index + m[0].length) || isNegated(text, m.index) || isTreatedAs(text, m.index, m[0]) || INNER_NEGATION.test(m[0])) continue;
      if (OWNER_LEFT_OPEN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 240))) continue;
      if (facet.aboutSubject && isAboutOfficer(text, m.index, m[0])) continue;
      if (facet.notOfKin && (KIN_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || KIN_SUBJECT.test(text.slice(Math.max(0, m.index - 120), m.index)) || isKinHad(text, m.index, m.index + m[0].length) || ANOTHER_PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)))) continue;
      if (facet.conductOf !== null && isOthersConduct(facet.conductOf, text, m.index, m.index + m[0].length)) continue;
      if (facet.chargeOfSubject && (isOfficerCharged(text, m.index, m.index + m[0].length) || isPriorCharge(text, m.index, m.index + m[0].length))) continue;
      const contradicted = denied || (mayContradict && (isContradicted(text, m.index) || isJudgedFalse(text, m.index, m.index + m[0].length)));
      const opposite = contradicted ? oppositeStance(facet, stance.id) : stance.id;
      if (opposite === null) continue;
      const raw = m.groups?.value;
      // "He was driving away": a capitalised pronoun or article at a sentence's start names no one.
      if (facet.valueType === 'name' && raw !== undefined && NO_NAME.has(raw.split(' ')[0].toLowerCase())) continue;
      const value = facet.kind === 'value' ? normaliseValue(facet.valueType ?? 'word', raw ?? m[0]) : m[0].replace(/\s+/g, ' ').trim();
      if (!value) continue;
      const match: FacetMatch = { facet: facet.id, stance: facet.kind === 'value' ? value : opposite, value, start: offset + m.index, end: offset + m.index + m[0].length, weight: pattern.weight, sides: pattern.sides };
      out.push(Object.freeze(facet.conductOf === 'subject' && isCrowdClause(text, m.index) ? { ...match, byCrowd: true as const } : match));
    }
  }
  return out.sort((a, b) => a.start - b.start || a.facet.localeCompare(b.facet));
}

interface PreparedFacets {
  readonly patterns: readonly { readonly facet: Facet; readonly stance: FacetStance; readonly pattern: FacetPattern }[];
  readonly screens: ScreenSet;
}

const prepared = new WeakMap<readonly Facet[], PreparedFacets>();

/** Every pattern of `facets` in facet, stance, pattern order, and their screens, built once per facet list. */
function prepareFacets(facets: readonly Facet[]): PreparedFacets {
  let p = prepared.get(facets);
  if (!p) {
    const patterns = facets.flatMap((facet) => facet.stances.flatMap((stance) => stance.patterns.map((pattern) => ({ facet, stance, pattern }))));
    p = { patterns, screens: compileScreenSet(patterns.map((x) => x.pattern.screen)) };
    prepared.set(facets, p);
  }
  return p;
}

/**
 * The matches of a global regex, as `text.matchAll(regex)` gives them, without the copy of the
 * regex matchAll makes on every call (a few hundred patterns per sentence made that copy a
 * measurable cost). Not re-entrant on the same regex, which the loops here never are.
 */
function* execAll(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    // An empty match advances by one character (a code point under the u flag), as matchAll does.
    if (m[0] === '') regex.lastIndex = advanceIndex(text, regex.lastIndex, regex.unicode);
    yield m;
  }
}

// "a pending application through her husband, a U.S. citizen", "married to his wife, who is a citizen",
// "and a wife who is a permanent resident" (someone introduced, not the one named before):
// the spouse through whom a status comes is whom the words are about. ("Her husband, a U.S. citizen,
// was tackled" may well be the one force was used on: only the spouse a status comes through counts.)
// "has two children who are U.S. citizens": children one has, their status.
const KIN_BEFORE =
  /\ban?\s+(?:wife|husband|spouse|partner|son|daughter|mother|father|child|brother|sister)\s+who\s+(?:is|was)\s+(?:also\s+)?(?:an?\s+)?$|\b(?:children|kids|sons|daughters|siblings|brothers|sisters|grandchildren)\s+who\s+(?:are|were|have been)\s+(?:all\s+|both\s+|also\s+)?$|\b(?:through|via|(?:married|marriage)\s+to|sponsored\s+by)\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+)?(?:husband|wife|spouse|partner|fianc[ée]e?|son|daughter|mother|father|parents?)\s*,\s*(?:who\s+is\s+)?(?:an?\s+)?$/iu;

// "she and her two younger brothers were born here and are U.S. citizens": one and their siblings or
// children, the clause's subject, are of another generation than the one force was used on, most
// often the relative who speaks ("He and his wife are citizens" may be him).
// "two of his three children are U.S. citizens", "his children are citizens": the children, the clause's subject.
const KIN_SUBJECT =
  /\b(?:[Ss]he|[Hh]e|I|[Ww]e|[Tt]hey) and (?:her|his|my|our|their) (?:[\p{L}-]+\s+){0,2}(?:brothers?|sisters?|siblings|children|kids|sons?|daughters?)\b[^.;!?]{0,80}$|(?:^|[^\p{L}])(?:(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Aa]ll|[Bb]oth|[Ss]ome|[Mm]ost|[Nn]one|[Ee]ach) of )?(?:[Hh]er|[Hh]is|[Mm]y|[Oo]ur|[Tt]heir) (?:[\p{L}\d-]+\s+){0,2}(?:children|kids|sons|daughters|siblings|brothers|sisters)\s+(?:are|were|is|was|have been)\s+(?:all\s+|also\s+|both\s+)?$/u;

// "She has a 3-year-old U.S. citizen son": a child one has, an age or a status said of them.
const HAS_KIN_BEFORE = /\b(?:has|have|had|with|leaves|leaving|survived by|(?:mother|father|parent)s? of)\s+(?:an?|one|two|three|four|five|his|her|their)\s+(?:[\p{L}\d.-]+\s+){0,3}$/iu;
const KIN_NOUN_AFTER = /^\s*(?:[\p{L}.-]+\s+){0,3}?(?:sons?|daughters?|brothers?|sisters?|child|children|kids?|boy|girl|baby|grandsons?|granddaughters?|stepsons?|stepdaughters?)\b/iu;

// "Agents were looking for a different man, a Guatemalan national with a removal order": the man they sought, not the one they stopped.
const ANOTHER_PERSON_BEFORE = /\b(?:(?:a|an|the) different|another|the other) (?:man|woman|person|suspect|individual|driver|target)\b[^.;!?]{0,60}$/iu;

/** Whether the match tells of a child or sibling someone has ("She has a 3-year-old U.S. citizen son"), not of the person. */
function isKinHad(text: string, start: number, end: number): boolean {
  return HAS_KIN_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && KIN_NOUN_AFTER.test(text.slice(end, end + 40));
}

// "struck an officer in the face": the body part right after an officer, inside the match, is the officer's.
// So is a filing's mark for an officer: "struck BPA-3 in the face", "struck Agent A in the face".
const OFFICER_STRUCK = /\b(?:(?:agent|officer|deputy|deputies|trooper|marshal)s?|[a-z]{2,5}-\d{1,2}|(?:agent|officer|deputy) [a-z](?:\.[a-z]\.)?|(?:agent|officer|deputy) \d{1,2})\b,?\s+(?:in|to|on)\s/iu;

// "The agent suffered cuts to his hand", "an officer had suffered …": a match opening on "suffered" tells of the officer before it.
const SUFFERED = /^suffer/iu;
const OFFICER_SUFFERS = /\b(?:the|an?|one|two|another)\s+(?:[\w-]+\s+){0,3}?(?:agent|officer|deputy|trooper|marshal)s?\b(?:\s*,[^,;.]*,)?\s+(?:(?:also|later|reportedly|allegedly|had|has|have)\s+){0,2}$/iu;

// "A Border Patrol agent who shot and killed a driver … was dragged about 20 feet by the man's car
// and suffered injuries to his legs": the officer is the one hurt, and "suffered" goes on about him.
// Not "the agent fired at the man, who was struck …": the officer's own "was" must follow him or his clause.
const OFFICER_HURT_AND = /\b(?:agent|officer|deputy|trooper|marshal)s?\b(?:,?\s+(?:who|that)\s+[^.;]{0,100}?)?,?\s+["“]?(?:was|were)\s+(?:\w+\s+)?(?:dragged|struck|hit|pinned|run over|knocked (?:down|over)|injured|hurt)\b[^.;]{0,100}?\band\s+$/iu;

function isAboutOfficer(text: string, at: number, matched: string): boolean {
  if (OFFICER_STRUCK.test(matched)) return true;
  if (SUFFERED.test(matched)) {
    const before = text.slice(Math.max(0, at - 240), at).split(/[.;!?]/u).pop() ?? '';
    if (OFFICER_SUFFERS.test(before) || OFFICER_HURT_AND.test(before)) return true;
  }
  // From the sentence's start (or 120 characters back) to the match: commas stay, an aside may hold them.
  return isOfficerClause(text, at);
}

// A sentence whose subject is an officer doing what the match tells, a few words of its own verb
// between: "An agent in a tan vest gets out with his rifle raised", "The agent, in a vest,
// approached with his rifle". Not when those words bring in another subject or someone's words
// ("An officer said the man came at him with a knife": a determiner, a pronoun, a reporting verb).
const OFFICER_SUBJECT = new RegExp(
  String.raw`^\s*(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Aa]nother|[Oo]ther|[Ss]econd|[Ff]irst|federal|immigration|plainclothes|masked|\p{Lu}[\p{L}.’'-]*)\s+){1,4}` +
    String.raw`(?:[Aa]gents?|[Oo]fficers?|[Dd]eput(?:y|ies)|[Tt]roopers?|[Mm]arshals?)` +
    String.raw`(?:\s+(?:in|with|wearing)\s+(?:an?|the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)?(?:\s*,[^,;.]{1,40},)?` +
    String.raw`(?:\s+(?!(?:the|an?|he|she|they|him|her|them|his|that|said|says|told|tells|stated|reported|alleged|claimed|wrote|added|testified|saw|sees|believed|feared|thought|was|were|is|are|been|being)\b)\p{Ll}+){0,3}\s+$`,
  'u',
);

// The person force was used on doing what the match tells, as the clause's subject right before
// it: "The man pointed a gun", "Agents said the driver pointed a gun": the officers' conduct it is
// not. (Named, "after Porter “pointed a rifle”", only buildClaims knows whom the name means: namesAnother.)
const PERSON_ACTS = new RegExp(
  String.raw`(?:^|[,;:(—–]\s*|\b(?:and|but|that|when|as|while|before|after|because|then|said|says|shows?|showed)\s+)` +
    String.raw`(?:[Tt]he|[Aa]n?)\s+(?:\d{1,2}-year-old\s+)?(?:[\p{Ll}-]+\s+)?(?:man|woman|driver|suspect|motorist|passenger|teen|teenager|boy|girl|smuggler|migrant|gunman|shooter|person)` +
    // An apposition may stand between: "The gunman, identified as Trent Hale, 38, of Garland, fired …".
    // The count of shots after the verb is the person's too: "the gunman … fired at least eight rounds".
    String.raw`(?:\s*,[^;:]{1,100},)?\s+(?:(?:had|has|was|then|also|allegedly|reportedly|\p{Ll}+ly)\s+){0,2}` +
    // A verb of his own before, "and" between: "the driver got out and fired at least four rounds".
    String.raw`(?:(?:got|jumped|stepped|climbed|ran|turned|stood)(?:\s+(?:out|up|down|off|back|around))?\s+and\s+(?=(?:fired|shot|discharged|emptied)\b))?` +
    String.raw`(?:(?:fired|shot|discharged|emptied)\s+(?:(?:at\s+least|about|around|some|nearly|roughly|more\s+than|up\s+to)\s+)?)?["“]?$`,
  'u',
);

// Whether a match tells the conduct of the other party than the facet's: an officer's act for a
// facet of the person's conduct, an act aimed at officers for a facet of the officers'.
function isOthersConduct(conductOf: 'subject' | 'officers', text: string, start: number, end: number): boolean {
  if (conductOf === 'officers') return AT_OFFICERS.test(text.slice(end, end + 60)) || PERSON_ACTS.test((text.slice(Math.max(0, start - 120), start).split(/[.;!?]/u).pop() ?? ''));
  const before = text.slice(Math.max(0, start - 120), start);
  const sentence = before.split(/[.;!?]/u).pop() ?? '';
  if ((OWN_WEAPON.test(text.slice(start, end)) || (WITH_WEAPON.test(text.slice(start, end)) && HELD_READY.test(text.slice(end, end + 20)))) && OFFICER_OPENS_CLAUSE.test(sentence)) return true;
  if (BARE_OFFICERS_ACT.test(sentence)) return true;
  // "why are they pointing guns at him?": "they" doing it to him, in the words of his side, are the officers.
  if (THEY_DO.test(sentence) && AT_HIM.test(text.slice(end, end + 20))) return true;
  return OFFICER_ACTS.test(sentence) || OFFICER_SUBJECT.test(sentence.split(/[—–]/u).pop() ?? '');
}

const THEY_DO = /\b[Tt]hey\s+(?:\p{Ll}+\s+){0,2}$/u;
const AT_HIM = /^\s+at\s+(?:him|her|us|me|my\s|his\s|our\s)/u;

// "agents “came in yelling and pointing rifles at everyone”": a bare plural of officers opening the
// words, then their own verbs (no determiner, pronoun or saying between), does what the match tells.
const BARE_OFFICERS_ACT = new RegExp(
  String.raw`^\s*["“]?(?:[Aa]gents|[Oo]fficers|[Dd]eputies|[Tt]roopers|[Mm]arshals)\s+["“]?(?:(?!(?:the|an?|he|she|they|him|her|them|his|that|who|said|says|told|tells|saw|sees|was|were|is|are|been|being)\b)\p{Ll}+\s+){0,4}$`,
  'u',
);

// "An agent approaches the driver's door with his rifle raised": a weapon that is "his", after an
// officer who opens the sentence and no comma, clause or saying since, is the officer's.
const OWN_WEAPON = /^(?:with|wielding|holding|carrying|armed with) (?:his|her|their)\b/iu;
// "An agent approaches the driver's side with a gun drawn": a weapon held ready, after such an officer, is the officer's too.
const WITH_WEAPON = /^with an? /iu;
const HELD_READY = /^\s+(?:drawn|raised|out|pointed|aimed|leveled|levelled|at the ready)\b/iu;
const OFFICER_OPENS_CLAUSE =
  /^\s*(?:(?:the|an?|one|two|another|federal|immigration|masked|plainclothes|\p{Lu}[\p{L}.’'-]*)\s+){1,4}(?:agents?|officers?|deput(?:y|ies)|troopers?|marshals?)\b(?=[^,;]*$)(?![^,;]*\b(?:said|says|told|who|whom|when|after|because|as|while|saw|sees|he|she)\b|[^,;]*\b(?:man|woman|driver|suspect|motorist)\b(?!['’]))/u;

// "That is not the language of a man who feared for his life": what such a man would do or say, denied of this one.
const NOT_OF_ONE_WHO = /\bnot (?:the )?(?:language|words|way|actions?|behaviou?r|conduct|demeanou?r|acts?) (?:of|that) (?:an?|someone|somebody|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:who|that)\s+$/iu;

// "I cannot prove beyond a reasonable doubt that the officer's use of force was not justified", "We are
// told he resisted": what one cannot prove, or was told by others, one does not assert.
const UNPROVEN = /\b(?:cannot|can['’]t|could not|couldn['’]t|unable to|not able to|failed to) (?:prove|establish|show|conclude|determine)\b(?:[^.;!?]|\b(?:Mr|Mrs|Ms|Dr)\.){0,140}$|\b(?:we|I|you) (?:are|were|have been|had been|was) told (?:that )?(?:[\p{L}'’-]+\s+){0,4}$/iu;

// "Not one of them shows anyone throwing a rock", "None of the videos shows him reaching": what no recording shows.
// "Nothing I see shows him ramming anything": what nothing shows either.
const NONE_SHOWS = /\b(?:(?:not one|none|neither)\s+of\s+(?:them|the\s+(?:[\p{L}-]+\s+){0,2}?(?:videos?|clips?|recordings?|images?|photos?|photographs?))|nothing(?:\s+[\p{L}'’-]+){0,4}?)\s+(?:shows?|showed|depicts?|captures?|captured|suggests?|suggested|indicates?|indicated)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

// "Anyone who tries to run down a federal officer should expect to be met with force": what anyone
// who did so would deserve, said of no one in particular.
const ANYONE_WHO = /\b(?:anyone|anybody|whoever|any\s+(?:person|individual|driver|motorist))\s+(?:who\s+)?(?:[\p{L}'’-]+\s+){0,4}$/iu;

// "The first statement is always that the person attacked an officer", "Weaponized vehicle, reached
// for a weapon, violent assault — these are the phrases": what officials always say, told as a formula
// by one who doubts it, is no claim of the speaker's.
const STOCK_BEFORE = /\b(?:is|was|are)\s+always\s+that\b[^.;!?]*$/iu;
const STOCK_AFTER = /^[^.;!?]*?[—–:]\s*(?:these|those|such)\s+are\s+(?:the|their|its)\s+(?:(?:same|usual|stock)\s+)?(?:phrases|words|lines|talking\s+points|script|formulas?)\b/iu;

// "shot me with a Taser like I was a danger to somebody", "as if he were armed": what force was used
// as though, not what was. Not a perception ("It looked like he was reaching for a gun"), nor a manner
// ("pulled forward slowly, like she was trying to get out of there").
const TREATED_AS_WHAT = /\b(?:danger|threat|criminal|terrorist|animal|armed|gang)/iu;
function isTreatedAs(text: string, at: number, matched: string): boolean {
  return TREATED_AS_WHAT.test(matched) && AS_IF.test(text.slice(Math.max(0, at - 40), at));
}
const AS_IF = /(?<!\b(?:look|looks|looked|looking|seem|seems|seemed|appear|appears|appeared|feel|felt|feels|sound|sounds|sounded)\s+)\b(?:like|as if|as though)\s+(?:I|he|she|they|we|you|it|\p{Lu}[\p{L}'’-]+)\s+(?:(?:was|were|is|are|had been|had|posed)\s+)?$/u;

// "The video does not show Mr. Ybarra striking any officer": a title's period ends no clause (stop 71).
const TITLE_PERIOD = /\b(Mr|Mrs|Ms|Dr)\./gu;

function isNegated(text: string, at: number): boolean {
  if (NOT_OF_ONE_WHO.test(text.slice(Math.max(0, at - 70), at))) return true;
  const before = text.slice(Math.max(0, at - 40), at).replace(TITLE_PERIOD, '$1 ');
  const clause = before.split(CLAUSE_BREAK).pop() ?? '';
  // "had never been deported and was not in a gang": a predicate of its own tense after "and" or "but" is out of the negation's reach.
  if (NEGATION.test(clause) && !(COORDINATED_END.test(clause) && FINITE_START.test(text.slice(at, at + 6)))) return true;
  // "There is no reason to expect that he'll face charges": what no one has reason to expect.
  if (NO_REASON.test(clause)) return true;
  // "My brother is not stupid enough to try to run somebody over": what one is not the kind to do.
  if (NOT_ENOUGH_TO.test(clause)) return true;
  const sentence = text.slice(Math.max(0, at - 160), at).replace(TITLE_PERIOD, '$1 ');
  if (OTHERS_LABEL.test(text.slice(Math.max(0, at - 80), at)) || NO_EVIDENCE.test(sentence)) return true;
  if (STOCK_BEFORE.test(sentence.split(SENTENCE_END).pop() ?? '') || STOCK_AFTER.test(text.slice(at, at + 160))) return true;
  if (ASKED_OR_SUPPOSED.test(sentence.split(SENTENCE_END).pop() ?? '') || WH_QUESTION.test(sentence.split(SENTENCE_END).pop() ?? '')) return true;
  if (INVENTED.test(clause) || SET_ASIDE.test(clause) || NOT_ADDRESSED.test(clause)) return true;
  if (ANYONE_WHO.test(clause)) return true;
  // "DHS on Tuesday retracted its statement that a man … had opened fire on agents": what was taken back.
  if (RETRACTED.test(sentence.split(SENTENCE_END).pop() ?? '')) return true;
  if (NONE_SHOWS.test(sentence.split(SENTENCE_END).pop() ?? '')) return true;
  if (UNPROVEN.test(sentence.split(SENTENCE_END).pop() ?? '')) return true;
  // Every NOT_SHOWN match holds one of these words: most windows have none, and are answered without
  // the three regexes, whose letter classes cost milliseconds to compile on a text with curly quotes.
  return SHOWN_WORD.test(sentence) && NOT_SHOWN.some((re) => re.test(sentence));
}

/** The other stance of a two-sided stance facet; null when there is no single opposite. */
function oppositeStance(facet: Facet, stance: string): string | null {
  if (facet.kind !== 'stance' || facet.stances.length !== 2) return null;
  if (facet.stances.find((s) => s.id === stance)?.inverts === false) return null;
  return facet.stances.find((s) => s.id !== stance)?.id ?? null;
}

// Capitalised words a name pattern can take at a sentence's start that name no one.
const NO_NAME: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'the', 'a', 'an', 'this', 'that', 'nobody', 'someone', 'somebody', 'no', 'one']);

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1', single: '1', once: '1', two: '2', twice: '2', three: '3', four: '4', five: '5', six: '6',
  seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
};

const TEENS: Readonly<Record<string, number>> = { thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80 };

/** "nineteen" → 19, "twenty-four" → 24; NaN for words that are no such number. */
function wordsToNumber(v: string): number {
  const [tens, unit] = v.split(/[- ]/u);
  if (TEENS[tens] !== undefined && unit === undefined) return TEENS[tens];
  if (TENS[tens] === undefined) return Number.NaN;
  return unit === undefined ? TENS[tens] : TENS[tens] + Number(NUMBER_WORDS[unit] ?? Number.NaN);
}

/** The comparable value of a value facet: digits for counts and ages, the bare noun for a body part. */
export function normaliseValue(type: ValueType, raw: string): string {
  const v = raw.trim().replace(/\s+/g, ' ').toLowerCase();
  if (type === 'count') return v.split(/\s+or\s+/).map((w) => NUMBER_WORDS[w] ?? w).join(' or ');
  if (type === 'name') return raw.trim().replace(/\s+/g, ' ');
  if (type === 'number') return String(/^\d/u.test(v) ? Number.parseInt(v, 10) : wordsToNumber(v));
  return v.replace(/(?<!s)s$/, '');
}
