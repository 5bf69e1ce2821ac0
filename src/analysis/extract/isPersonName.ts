const TWO_LETTERS = /\p{L}{2}/u;
// Capitalised names that are organisations or offices, not people: general English head nouns
// ("… Rights Observatory", "[Office of] Professional Responsibility").
const ORGANISATION_WORD =
  /\b(?:Office|Responsibility|Affairs|Observatory|Rights|Cent(?:er|re)|Coalition|Project|Network|Committee|Council|Association|Union|Alliance|Foundation|Institute|Fund|Clinic|Church|University|College|School|Hospital|Department|Bureau|Agency|Services?|Program(?:me)?|Initiative|Society|League|Group|Partners|Collective|Defenders|Advocates|Watch|Administration|Commission|Authority|Court|Corporation|Company|Inc|LLC|Circuit|District|Operation|Road|Street|Avenue|Boulevard|Highway|Parkway|Balls?|Pork|Beef|Foods?|Farms?)\b/u;

// "N Jug" of "Loaf 'N Jug": a word of one letter with no period (an initial has one: "John F. Kennedy").
const BARE_LETTER = /(?:^|\s)\p{L}(?=\s|$)/u;

/** A written name that can be a person's: not an organisation, not a lone letter ("Agent B", "N Jug"). */
export function isPersonName(name: string): boolean {
  return !ORGANISATION_WORD.test(name) && TWO_LETTERS.test(name) && !BARE_LETTER.test(name);
}
