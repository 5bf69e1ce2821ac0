import type { Analysis } from '../../domain/analysis.js';
import type { Attribution } from '../../domain/attribution.js';
import { OFFICE_ROLES } from '../../domain/roles.js';
import type { StageRef } from '../../domain/stage.js';
import { buildSpeakerContext } from './buildSpeakerContext.js';
import { makeEntity } from './entity.js';
import type { PersonRecord } from './personRegistry.js';
import { readSource } from './readSource.js';
import { tellsForce } from './tellsForce.js';
import { statementHeads } from './statementHeads.js';
import { contentIndex } from './scanOccurrences.js';
import { namesBody, unresolvedEntity } from './unresolvedEntity.js';

/**
 * Version 2: an unquoted "we" of the narration is the outlet. Version 3: initials of an organisation
 * named in full, sources that are no one (a video), speakers introduced by a title alone, the
 * lawyers of two people charged together, a filing's defendant named in capitals (as the subject),
 * records a sworn filing cites, "the man's brother" as the subject's, "the sheriff's office", "the
 * statement said" as whoever spoke in a statement, a filing's lettered or paired stand-ins (BPA-A; O-1 and
 * O-2), "his lawyer" as the counsel named by another counsel noun, "the agency" after its spokesperson;
 * a titled person no stage registered blocks a pronoun; a mention's name loses its title; a name after a
 * short description ("His brother Sam Hale", "Neighbor Ana Ruiz"); "the mayor" as the one person titled so. Version 8:
 * lawyers retained by or representing the subject's family ("who represents the family", "has retained attorney
 * X", "an attorney representing"), a relation set off before a speaker phrase that opens on the name, an
 * unnamed lawyer or relative of the subject or of a named person by the relation ("attorney for X").
 * Version 9: "their attorney" after the family as the family's counsel; two people under a plural title
 * ("Sens. A and B") as one voice, and "the senators" after them; "a CBP official" by the title alone,
 * the state's only when an agency or the government is named; a surname the subject shares as the
 * subject's; "the government" arguing a criminal case as the prosecution. Version 12: a lone surname
 * the subject shares with a relative the story names in full ("Arredondo says" beside "his wife,
 * Leticia Arredondo") is the subject speaking. Version 13: the "A:" of a printed interview is the person
 * its introduction names (readInterviewee); a person whose relative the subject is set off as ("Her son,
 * Julián Delgado", her being Rosa Delgado) is family (relativeOfSubject). Version 14: a relative or
 * lawyer spoken of before being named ("The wife of the Honduran man wounded … says", "his lawyer
 * said", the story naming "his wife, Anahi Rodriguez" further on) has the relation's role and whose;
 * a relation set off after a name ("by Inés Barragán, Alvarenga Ruiz’s attorney.") is the person's;
 * "his family says" in a lede that opens on "A 47-year-old man who died in the custody of …" is the
 * subject's. Version 15: a lede's "A Mesa man who … says" is the person the next paragraph opens on
 * with an age ("Andrés Villalobos, 26, said"), and what he tells of himself there ("he was pulled
 * from his car, pinned to the ground") makes him the subject (readLedeIdentity); "He has hired an
 * attorney, Daniel Okafor" makes her counsel of the one the pronoun means. Version 17: the noun a lede
 * calls the one it happened to ("A Lakefront Journal photographer was struck …") names them when set
 * before a name later ("The photographer, Annika Rowe, 33,"), as "the man" does (findSubject); "A federal
 * judge found …" is the one person the story names with that title after it ("U.S. District Judge
 * Rosemary Marquez wrote …", laterHolderOf in describeUnnamedTitle). Version 18: "Debra Vance of Dover", "Gov.
 * Greg Abbott of Texas" are the name and a place (readNamePhrase), and a state completing a place ("a
 * spokeswoman in Austin, Texas") is no second name; "ICE, which oversees HSI, said" is ICE; "according to a
 * DHS statement" lets a later "the statement said" be DHS's; "The Douglas County sheriff" is the one sheriff
 * named, before or after, unless he is named with another seat; "a hospital spokeswoman" in a lede is not
 * the woman it is about. "the agency's earlier statement, which said" is the agency's; "Nicole Her" is a
 * name; "The agent, Kyle Brandt," makes Brandt an official, and his lawyer no voice of the man he shot;
 * "his wife" after a spokesperson's words is not the spokesperson's; "a passport reviewed by the Observer
 * Wire" is the outlet's word (readOutletWork); a body no vocabulary lists, named in full ("The Immigrant
 * Legal Resource Center", "The National Border Patrol Council"), speaks as written (readNamedBody).
 */
// Version 27: "We spoke with Lund" makes Lund the one who answers a printed interview; "Attorney Rebecca Lund
// represents Ana Ruiz" makes her Ruiz's lawyer wherever she speaks; "it" after a video or report named in its
// sentence is that thing; a relative's or friend's "said he …" gives them no gender; "Luz Aranda, whose brother
// Felipe Aranda, 38, was shot" is the subject's family, and the cue his.
// Version 28: "DHS's Tricia McLaughlin" is McLaughlin of DHS (readNamePhrase); a witness the source says goes
// unnamed ("who declined to give her name") speaks as "witness"; "the agent" after the one "a Border Patrol agent"
// the story introduces is that agent.
// Version 29: an "I" inside the words (or a transcript's turn) of a speaker already known is that speaker;
// someone a story says it will not name ("A woman …, who asked not to be named") speaks as the noun, one
// "who lives on the block" as a neighbor (saysAnonymous).
// Version 30: a title's portfolio runs to a name that opens on a given name ("DHS Assistant Secretary for Public
// Affairs Tricia McLaughlin"); a vice president's office is the vice presidency (vocab/roles.json).
// Version 31: a list of names closed by "and" has no one name at its head ("Sens. Lena Ortiz, Sam Park and Ana
// Ruiz"), and a comma inside the first of a plural title's two names makes a list, not a pair.
// Version 32: a surname two people share is the one of them named in full before it, when only one was.
// Version 33: a statement "from" or "released by" a family is the family's ("A statement from Ruiz's family said").
// Version 34: an office held once ("Marcus Feld, a former ICE supervisor", "former ICE director Lena Ortiz") gives
// no role of it: the person speaks as `other`, the office as written for affiliation.
// Version 35: bare "relatives" / "the family" after another person force was used on was told of (a story of
// two shootings) are that person's in the same paragraph, nobody's beyond it, rather than the subject's.
// Version 36: a lawyer introduced with "a" and given no client ("an immigration lawyer who has tracked pursuits")
// is no one's counsel: `other`.
// Version 37: "she" is no unnamed officer of unknown gender when a noun of hers ("his mother") stands between them.
// Version 38: kin named in an attribution's source ("…, said her son, José Cruz") is not whom the incident happened to.
// Version 42: a person introduced as someone's lawyer ("Her lawyer, Maria Ortega, said …") is no one whose
// family or lawyer "her family" after it means: that is her client's.
// Version 44: a clause in the source putting the speaker at the scene ("Maria Ochoa, who was loading groceries
// two spaces away, said"), or words that she did not see a weapon, make a witness, in each later attribution too.
// Version 47: the outlet's own work by its initials ("an NSPR analysis") or by what it calls itself ("an analysis
// of the audio by the radio station", "the newspaper's review") is the outlet's; "who was standing on the sidewalk" a witness.
// Version 64: "he … his mother" is no woman's words of her own kin; an unregistered surname in -s ("Benavides")
// is a person, not a group, so a "he" after it passes to no one further back; "a statement from X" is X's; a name
// the text calls by its next-to-last word alone, never its last, has a double surname ("Quintero" of "Rafael Quintero Ibarra");
// "a deputy assistant secretary at the Department of Homeland Security" is an official.
// Version 66: "“They put my nephew face down,” Hersi said" is the other bearer of the surname, not the nephew;
// "The district attorney, Elena Barragán" holds the office, she is no one's counsel; "the mayor" opening a clause is
// the one mayor named before (scanTitledSubjects), so a "she" after it passes over no possessive to someone else;
// "a gang member. Aurora Mayor …" introduces no mayor (introducing stops at a sentence's end).
// A title set off whole is the office, whatever word inside it reads as a head: "Daniel Crowe, the police chief",
// "the field office director", "CBP's El Paso Sector chief"; so is one set off in a sentence that reports nothing
// ("Todd Brennan, the field office director for ICE …, rejected …. He said").
// A relative named by a given name alone ("Ibarra's sister, Lucía,") is a person a "she" may mean (findKinGivenNames);
// "said Darnell Pruitt, 61, the retired mail carrier who filmed it": an "it" after the cue is an object.
// A speaker whose quotation runs on for several sentences is within a pronoun's reach from where the words end,
// but no surer than a closer mention in reported words.
// "Executive director Marcus Whitlow" holds no office of state (vocab/roles.json), unless an agency is hers ("ICE Executive Director").
// "Sen. Marcus Delgado and Rep. Owen Fitch wrote" is the two together (same role), and "Mayor Ana Ruiz and Sheriff Tom
// Hale said" no one (it had been the second alone, with the first one's title); "Sen." is no title of Fitch's.
// 67 (stop 58): "Her father, Hector Ruvalcaba, said … ⏎ “She was standing there,” Ruvalcaba said" is the father going
// on (paragraphSpeakerBySurname), not the girl; "The agent, Kyle Brandt, 31," is never the one force was used on.
// "Mr. Petrenko said" is the man of the two Petrenkos, "Mrs. Petrenko" the woman; never a woman alone (readName).
// "the couple's eldest daughter, Daniela," is someone a "she" may mean (findKinGivenNames); "Xiloj Tzul's father,
// Santos Xiloj Batz," is the father of the one named Xiloj Tzul, not of a Tzul (apposedRelation).
// "told WCHB's Alicia Brennan" names the outlet's own reporter, no one a "she" may mean (registerPersons);
// "One of Adrian's friends, 16-year-old Mateo Castillo" names him (readNamePhrase, splitAged).
// "Keisha Morrow … recorded part of it on her phone", "filmed by …, Keisha Dunmore": a witness (namedAtScene);
// a story of agents who broke a window, tackled or dragged someone tells force too (tellsForce).
// "The acting chief of the U.S. Border Patrol, Douglas Renwick," holds an office: no subject (apposedOffice), an
// official of the Border Patrol (titleBeforeName); "Sen. Tom Hale, R-Quincy," sits in the state senate.
// "Isaac, 17, was shot" after "Isaac Bermúdez's classmates": a given name alone is the one named in full with it
// (scanPersonOccurrences), so the story's subject is he, not the cousin who spoke.
// "The CBP incident report says", "A CBP incident summary …", "CBP's use-of-force policy says": the agency's word
// (vocab/roles.json agencyRecord, statementNouns); "That statement said" after "CBP issued its own initial statement".
// "Tricia McLaughlin, the (department's) assistant secretary for public affairs," holds an office (beforePortfolio; titleRoleOf).
// 68 (stop 59): "ICE's Chicago field office director, Sam Olson, pushed back" holds an office (officeOf reads the
// agency's possessive as "the"; phraseBeforeName); "a report from the County Medical Examiner's Office reviewed by the
// Report", "a complaint filed by a member of the arrest team and reviewed by …" are the record's words, not the
// outlet's (readOutletWork); "Footage livestreamed by …, Portland Immigrant Solidarity Network, shows" is no word of
// its maker (readSource, isMadeRecording); a village trustee and a city councilor are elected, a news director no
// official (vocab/roles.json). "Jorge Medrano, the cashier who saw the shooting," is a witness, and the shooting
// did not happen to him (namedAtScene, findSubject).
// Also in 68 (stop 60): "Its spokeswoman" is the agency named last in the text, whatever order the passes found
// its occurrences in (bodyBefore; spokespersonSince); "Thomas Hadley, who has led ICE in an acting capacity," is an
// ICE official (ledBody); "Meredith Cole, acting assistant secretary for legislative affairs," holds an office
// though no article opens the title (officeOf). "The claim, filed … with the Department of Homeland Security, says" is
// the claim, which no court district holds (vocab/roles.json filings, inCourt), and "It accuses" after it no one named in
// it; "Asked what she wanted from the district attorney, Pineda paused" makes her no prosecutor (apposedTitle);
// "president of the National Treasury Employees Union chapter that covers CBP officers" is the union's (bodyAfterOf);
// "MountainView Regional Medical Center spokeswoman Laura Pickett" is no official (vocab/roles.json organizationRoles);
// "the attorney said" after "Javier Castañeda-Holt, the family's lawyer," is him (describeRelation); "The police
// chief" is the police's chief, not the Chief Patrol Agent named too (describeUnnamedTitle, holderOf); "Her other
// son, Arturo Ventura Salcedo" is the son of Eusebia Salcedo Ramírez, whose first surname he bears second (kinBySurname);
// "Sens. Ruth Adelman and Peter Lindqvist, both Democrats, wrote" is the two, and "Lindqvist said" a senator (readJointSource);
// "the letter said" after "Villeda's family released a letter" or "read aloud a letter from Villeda's family" is the family,
// never Villeda (issuedBefore, kinAfter).
// Version 69 (stop 61): another newsroom through its work, "a report in The Boston Globe", "reporting by the Los Angeles
// Times", "a Washington Post report" (vocab/roles.json newsWorkNouns), a network and what follows its name, "NBC News",
// "NBC Los Angeles", "Telemundo 52" (vocab/agencies.json outletNetworks), and a station's call sign, "KTLA", "WFAA-TV",
// are journalists (readsAsNewsOutlet), never persons (registerPersons); "Assistant Federal Defender Kevin Nakashima" is
// counsel (vocab/roles.json, vocab/titles.json). Also in 69: a bare "Spokesperson Luis Carrera" speaks for the body or
// group named last in the paragraph or the one before, the organizers' too (learnBareSpokesBody); "provided by his
// attorney, Castañeda gave" makes Castañeda no attorney (apposedRelation); "The declaration also stated" after "In a
// declaration …, Drew Haskins … wrote" is Haskins (declarantBefore); one named right after "Witnesses offered a
// different account." is a witness (afterWitnessesTopic); "“…,” the 38-year-old freelance photographer said" right
// after a lede that names only Elena Marsh is her (readAgedDescription); "The pastor said" after "The Rev. Gregory
// Okafor" is him (readClergyNoun, vocab/roles.json clergy).
// Version 70 (stop 62): an inspector general's report speaks as that office ("We found …" had been a newsroom's), and
// lends its name to none of the officers it names ("Officer A told us …" is no officer of the inspector general):
// vocab/agencies.json kind "oversight", lendsAffiliation. Also in 70: "the congressman said" is the one named "U.S. Rep."
// (titleHolders; vocab/titles.json gives Congressman the meaning Representative); "said Andrea Whitfield, the attorney
// representing Salcedo's widow, Yesenia Morales, and their three children" is Whitfield (readNamePhrase: a name set
// beside the relative the description ends on is no second head); "The consul added" after "Verónica Ibarra Lozano, the
// consul of Mexico in Milwaukee" is her (readApposedNoun).
// Version 71 (stop 63): "Ocampo, the agency said, had …" sets no apposition beside the name (readApposedNoun); a message
// the outlet reviewed ("an internal email reviewed by the Ledger") is its writer's, not the outlet's (readOutletWork,
// vocab/roles.json messageSources); in a story that calls its subject by both surnames ("Escalante Rivas"), the first alone
// is the other who bears it (bearerBesideBothSurnames); "it says" after a filing its own sentence names is no agency;
// "Plaintiff" in the defense's motion is no voice of that filing; a lawyer "who has represented him" is the lawyer of
// whom the pronoun means, and one "hired by the family of" the one shot is his counsel; a union official of an agency's
// workers is no official of it; a pronoun after a sentence that opens on someone unnamed ("The operator of @X, who …")
// names no one before; "anchor Greg Lindahl", "Reporter Kaylee Brandt" are the press (vocab/roles.json titles journalist);
// "who asked to be identified only by his first name, Omar" registers Omar (findFirstNamesOnly).
// Version 72 (stop 64): "Daniel Okafor of the Federal Defender Program" is Okafor, not "Program", and "Lawyers
// representing Quintero Salas" are his lawyers, not him (readNamePhrase); an officer's lawyers are no counsel of the
// subject's, and "Justice Department lawyers representing Brandvold" speak for the department (describeRelation); "the
// coalition's director" and "District spokeswoman Kendra Ocampo" hold no office of state (describePerson, vocab/roles.json
// civicBodyNouns, spokesOtherBodies); "President Margaret Oduya" of a university holds no national office
// (registerPersons, vocab/roles.json nationalOfficeHolders); "The teen's court-appointed lawyer, Paul Hadley," is no
// subject (apposedOffice); "It names Brezina, the village, and …" sets no "the village" beside Brezina (readApposedNoun).
// Version 73 (stop 65): "Marcus Feeney, a civil rights attorney the family has retained," and "a lawyer whom the family
// hired" are counsel of the one the story names shot, or of no one named, never kin (counselRelation hiredInDescription,
// hiredByFamily; relationAfterName); so is one "who said she had been retained by Seitkali's family" (relativeVerbAt;
// relationAfterName, in a sentence that reports nothing; no one her own client), and "Feeney's
// co-counsel" (coCounselOf); "an attorney who was hired by the city" and "A lawyer for Elkhorn Valley Poultry" are no one's
// in the case (retainedByNoClient, namesBodyClient); a spokesman "for State's Attorney Yvette Calloway" speaks for the
// principal's office (principalOffice, readNamePhrase); "Trustee Mariela Fuentes" is elected, a student assembly's
// president and "Frontera Watch director Marisol Quintana" are not (vocab/roles.json titles, civicBodyNouns; civicPrefix);
// "COUNCIL PRESIDENT BELTRÁN" holds no national office (readSource withSeat); a lede that names someone and then tells of
// "The 16-year-old sophomore, who was shot" names the subject (findSubject agedCueOpeners); "His parents, Lucía and
// Ernesto Beltrán," are each a parent (apposedCouple); "a tally kept by Frontera Watch", "an analysis by the Migration
// Policy Institute" are the body's (readWorkAuthor; readNamedBody asAuthor: a name may end on Watch, Tracker …);
// "The new version says" after "an amended statement that ICE posted" is ICE's (describeDescription, vocab/roles.json
// statementNouns version); "Dana Okafor, 34, a staff photographer" after "A Tacoma Ledger photographer was struck …"
// is the subject (findSubject ledeApposed); in a piece told in its bylined author's voice ("By Dana Okafor, …", "a
// federal officer shot me") an unquoted "I" is the author, and the author the one it happened to, never "he" or "she"
// (findBylineAuthor, countOwnAccount, readSource authorSpeaking).
// Version 74 (stop 66): "Ibarra" is still the man's beside his mother's full name "Patricia Soto" (personRegistry
// calledByFirstSurname); "Marisol Ybarra, a senior staff attorney with the ACLU of Texas who represents Villalba," set off
// in a sentence that reports nothing is his lawyer, and one "who represents Officer Dana Ross" no one's (relationAfterName,
// representsOfficeHolder); "Retired ICE supervisor Glenn Harbison" speaks for no one (registerPersons, notServing); "the
// prosecutor" after "Assistant U.S. Attorney Daniel Fairbanks" is him, the one prosecutor named; "the agent" after two people
// "identified him as Agent Kyle Brandt" is him; "the officer" after "Kyle Brandt, 36, a deportation officer assigned to ICE's
// Los Angeles field office," is him, and that descriptor makes him an official (describeUnnamedTitle, describePerson
// TITLE_AFTER, beforeOrganization); a police report, police and jail records sit in no court (vocab/roles.json inCourt);
// "executive director of Alianza Inmigrante del Golfo" is the body's (readNamedBody, vocab/bodies.json nameHeads).
// Version 75 (stop 67): a relative who bears a surname of the subject's and none of the one "his" reached is the
// subject's kin ("Yesenia Quintero, his sister" of Rafael Quintero Mejía, after the mayor; "Mariela Araujo, his older
// sister" of Tomás Araujo-Villalba), and "an attorney representing Araujo" his lawyer, not hers (kinBySurname, clientOf);
// "Becerra said" after "His mother, Rosa Becerra," is the mother of Tomás Iriarte Becerra, called Iriarte (personRegistry);
// "she said" after "Ferreira, appearing … after Holloway's interview, said" is Ferreira, and "She told" after "Mariela
// Araujo, the man's sister, who spoke" is her (resolveAnaphor); "It says" after a filing that spoke is the filing; "at the
// request of his parents, who say" is his family; "the department" far from the one Department named is it (readSource,
// describeDescription).
// Version 76 (stop 68): "the district attorney's office" is the county prosecutor's, never the U.S. attorney's office
// named before (prosecutorOffice); a name set off by dashes before the cue is the speaker ("Another witness — Yesenia
// Ortiz, a cashier … — put it:", readSource dashedName); "her public defender" is no lawyer named as another's client's
// (describeRelation ofAnother); an "I" inside another's direct words is never the byline's author (authorSpeaking); a
// possessor of a thing after a person named first is no rival for a pronoun (resolveAnaphor subjectBeforePossessor);
// "The woman who recorded it, Dalia Fuentes," and "a man … who saw it happen — Jorge Medina," are witnesses
// (namedAtScene); a transcript's host is no one whose kin "his wife" means, and a video's narration is the newsroom's
// (resolveTarget, isNewsroomVoice); a surname the subject and his wife share, opening the sentence, is his
// (opensOnSubjectSurname); a letter's "I" is its writer (anchorOf); "Commission Chairman" is an elected official's title.
// Version 77 (stop 69): a court transcript's "A." is the witness it swore last ("TRAVIS DALE KELLERMAN, called as a
// witness …", readSwornWitness), "THE COURT:" the judge the proceedings are before, and counsel's labels ("MS. WHITCOMB:")
// the counsel its APPEARANCES list, the defendant's as his lawyer in a prosecution (findAppearances, readPresidingJudge);
// "the agency's Denver field office" and "the agency's spokesperson" are the agency named before (describeDescription);
// a relative "who" reaches past one description set off after a name, a handle in it too ("Jolene Marchetti, a 33-year-old
// dental hygienist who goes by @jolene.shoots, who said", readSource); "Marchetti shot back" is a retort, no plight, and one
// who "posted" or "filmed" the video is no subject (findSubject); "the Spokane Sector account posted" is the body the text
// said the account is ("the official account of the Border Patrol's Spokane Sector"), and so is a handle set right after
// that phrase; any other handle no one (readAccount); a "he" or "she" reporting with "my" outside quotation marks ("(He
// told my mom not to worry …)", a quote's translation) is someone's own words relayed, and no one for sure; "said Lorena
// Montoya, his sister, on the courthouse steps" is his sister (readSource, relationAfterName); an incident or use-of-force
// report is an "incident report", no "police report" (an agency's own record may be one; vocab/roles.json filings). A
// congressional hearing's "Mr. TOLLIVER." is a member, an elected official, and its listed witness ("Witness: Douglas
// Amsel, Executive Associate Director, …, U.S. Immigration and Customs Enforcement") an official of that body
// (readHearingMember, findAppearances); "Mr. Amsel, the family's attorney tells us" in a turn is addressed to him, no
// word or office of his (readSource describedAfterAddress, describePerson); a transcript never speaks as "I"; "The
// official, who requested anonymity because …, said" is never the one official the story names (describeUnnamedTitle);
// "A second detainee, … described the same scene. He said" opens on someone new, whom no "he" passes over
// (vocab/roles.json personNouns: detainee, inmate, prisoner, migrant, motorist, cyclist; scanUnnamed).
// Version 78 (stop 70): inside an interview's turn a "he" or "she" never means the host who asks (resolveAnaphor
// allTurnLabels, the press's labels); "wounds" is a word of what befell someone (vocab/roles.json subjectCues); nor does a pronoun that "told Navarro" mean Navarro (listenerOf);
// "Another observer, who asked that her name not be used, gave a similar account" opens someone unnamed, so the "she"
// after it is no one named before; "Villaseñor's wife, Graciela," is the Graciela Villaseñor the text names in full only
// later (scanOccurrences); "The man's family identifies him as Teodoro Villaseñor" names the lede's man as the subject
// (findSubject); a bare "spokesman Brent Sayles" after "asked ICE to respond to the family's account" speaks for ICE, not
// the family (describePerson); what an unnamed body's spokesperson says is its statement ("a DHS spokesperson said … The
// statement also said", statementHeads), but "the statement said" right after someone read one out is no agency's of
// many paragraphs back (describeDescription); "The complaint says" after "A criminal complaint filed Thursday" is the
// criminal one; "who represents the family along with Whitcombe" makes no client of the co-counsel (counselRelation);
// an advocacy group's page speaks as the group (advocacyPublisher).
// Version 79 (stop 71): "Elizondo's sister Daniela said" names Daniela, his sister, as "Elizondo's sister, Daniela," does
// (findKinGivenNames, readNamePhrase); one set off as "an attorney for the family" or "a civil-rights attorney who now
// represents the Arroyo family" outside any source is the subject's counsel when quoted later by surname (relationAfterName);
// "Luis Carmona, Salem, stated", as minutes write public comment, names Luis Carmona (readNamePhrase); a city attorney is
// an official, no counsel of the subject (vocab/roles.json).
export const SPEAKERS_STAGE: StageRef = Object.freeze({ name: 'speakers', version: 79 });

export interface SpeakerOptions {
  /** The publication (document metadata): an unquoted "we" in its narration is the outlet speaking. */
  readonly outlet?: string | null;
}

function anchorOf(a: Attribution): number {
  // A letter signed below its words, with no cue ("… ⏎ Ronald Kessler, Gurnee"): resolved where its words
  // begin, so an "I" inside them finds its writer (findSignedLetters).
  if (a.cue === null && a.source !== null && a.source.start >= a.content.end) return a.content.start;
  return a.source?.start ?? a.cue?.start ?? a.content.start;
}

/**
 * Gives each attribution its speaker: full names for surnames and pronouns, canonical names for
 * organisations, descriptive names for groups and filings, with affiliation and role. Attributions
 * are resolved in text order, so "she said" can lean on the speaker resolved just before. Whatever
 * cannot be told with confidence stays null: a gap, never a guess. The first person plural of the
 * document's own narration ("we rate it false") is the outlet named in `options`.
 */
export function resolveSpeakers(text: string, analysis: Analysis, attributions: readonly Attribution[], options: SpeakerOptions = {}): Attribution[] {
  const ctx = buildSpeakerContext(text, analysis, attributions, options.outlet ?? null);
  const order = attributions.map((_, i) => i).sort((x, y) => anchorOf(attributions[x]) - anchorOf(attributions[y]));
  const speakers = new Array<Attribution['speaker']>(attributions.length).fill(null);
  const persons = new Array<PersonRecord | null>(attributions.length).fill(null);
  for (const i of order) {
    const source = attributions[i].source;
    const read = readSource(ctx, i);
    // "MARISOL ALDANA: …" then "ALDANA: …", a brother's name sharing the surname: a transcript's short
    // label is whoever its full label named, whomever else the name alone could mean.
    const labelled = sameLabelBefore(attributions, i, order);
    if (labelled !== null && speakers[labelled] && !(read?.speaker && read.kind === 'person' && read.person === persons[labelled])) {
      speakers[i] = speakers[labelled];
      persons[i] = persons[labelled];
      continue;
    }
    const entity = read ?? (source ? unresolvedEntity(ctx, i) : null);
    speakers[i] = entity?.speaker ?? null;
    persons[i] = entity?.kind === 'person' ? (entity.person ?? null) : null;
    // "“What's on it?” the reporter asked": the press asking is no one a later "she said" means (when
    // its question names someone, "a reporter asked Lindqvist whether …", it still keeps the pronoun
    // from passing over whom it asked to someone named before).
    const pressAsking = PRESS_ASKING.test(source?.text ?? '') && !ctx.occurrences.some((o) => o.content === i && o.entity.kind === 'person');
    if (entity && source && !pressAsking) {
      // "DHS said in a statement": a later "the statement said" points back to DHS.
      const heads = entity.speaker ? statementHeads(ctx, i) : [];
      const said = heads.length ? makeEntity({ ...entity, heads: [...entity.heads, ...heads] }) : entity;
      // A body left unresolved inside someone's reported words ("Mayor X said the village had asked
      // …") is no one a "she" could mean: like any mention there, it only keeps a guess from passing it.
      const content = !entity.speaker && namesBody(ctx, i) ? contentIndex(ctx, source.start, source.end) : -1;
      const words = attributions[i].content;
      ctx.occurrences.push({ start: source.start, end: source.end, sentence: ctx.sentenceAt(source.start), entity: said, speaker: true, content, wordsEnd: ctx.sentenceAt(Math.max(words.start, words.end - 1)) });
    }
  }
  carryOfficeBack(speakers, persons, tellsForce(ctx));
  return attributions.map((a, i) => Object.freeze({ ...a, speaker: speakers[i] }));
}

/**
 * The earlier turn (in `order`) whose label ends on the one-word label of turn `i` ("MARISOL ALDANA"
 * before "ALDANA"), when exactly one full label does; null otherwise, or when `i` is no turn.
 */
function sameLabelBefore(attributions: readonly Attribution[], i: number, order: readonly number[]): number | null {
  const a = attributions[i];
  if (a.cue?.text !== ':' || !a.source || /\s/u.test(a.source.text.trim())) return null;
  const label = a.source.text.trim().toUpperCase();
  const full = new Map<string, number>();
  for (const j of order) {
    if (j === i) break;
    const b = attributions[j];
    if (b.cue?.text !== ':' || !b.source) continue;
    const name = b.source.text.split(',')[0].trim().toUpperCase();
    const words = name.split(/\s+/u);
    if (words.length > 1 && words[words.length - 1] === label) full.set(name, j);
  }
  return full.size === 1 ? [...full.values()][0] : null;
}

const CARRIED_ROLES: ReadonlySet<string> = new Set(['witness', 'family', 'subject_counsel', 'subject']);
const PRESS_ASKING = /^(?:the|a|one|another)\s+(?:reporter|journalist|interviewer|questioner|correspondent)$/iu;


/**
 * "Tricia McLaughlin said … “They rammed our agents,” McLaughlin, DHS assistant secretary, said": an
 * office the text gives a person only later is theirs in what they said before too. Only a speaker
 * read as `other` takes it; a relation or a witness's role stays. So does the one role of a witness,
 * a relative, a lawyer or the subject, given them in some of what they say (a witness's in a story of force).
 */
function carryOfficeBack(speakers: Attribution['speaker'][], persons: readonly (PersonRecord | null)[], force: boolean): void {
  const office = new Map<PersonRecord, NonNullable<Attribution['speaker']>>();
  for (let i = 0; i < speakers.length; i++) {
    const s = speakers[i];
    const p = persons[i];
    if (s && p && OFFICE_ROLES.has(s.role) && !office.has(p)) office.set(p, s);
  }
  // "'He was in reverse,' said Marcus Tillery …. Tillery said he heard two shots": a witness, a
  // relative, a lawyer or the one force befell is so in all they say, when the text makes them that
  // one thing (and holds no office for them); read as `other` elsewhere, they take it there too.
  const kinds = new Map<PersonRecord, Set<string>>();
  const first = new Map<PersonRecord, NonNullable<Attribution['speaker']>>();
  for (let i = 0; i < speakers.length; i++) {
    const s = speakers[i];
    const p = persons[i];
    // A witness only of force: one who watched a debate from home says the rest as anyone.
    if (!s || !p || !CARRIED_ROLES.has(s.role) || office.has(p) || (s.role === 'witness' && !force)) continue;
    kinds.set(p, (kinds.get(p) ?? new Set()).add(s.role));
    if (!first.has(p)) first.set(p, s);
  }
  for (const [p, roles] of kinds) if (roles.size === 1) office.set(p, first.get(p)!);
  for (let i = 0; i < speakers.length; i++) {
    const s = speakers[i];
    const p = persons[i];
    const known = p ? office.get(p) : undefined;
    if (s && known && s.role === 'other' && s.name === known.name) speakers[i] = known;
  }
}
