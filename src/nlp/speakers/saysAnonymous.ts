// "speaking on condition of anonymity", "who was not authorized to speak publicly", "who asked not to be
// named", "who declined to give her name": the text says it will not name whoever this is.
const ANONYMITY =
  /\b(?:(?:speaking|spoke|who spoke) on (?:the )?condition (?:of|that)|(?:was|were|is|are) not authori[sz]ed to (?:speak|discuss|comment)|(?:asked|asking|requested|declined|declining|refused|did not want|didn['’]t want|would not|wouldn['’]t) (?:not )?to (?:be (?:publicly )?(?:named|identified)|give (?:his|her|their) (?:full |last )?names?)|(?:asked|requested) anonymity|on (?:the )?condition of anonymity)\b/iu;

/** Whether `text` (a speaker phrase, or the words after one) says the speaker goes unnamed. */
export function saysAnonymous(text: string): boolean {
  return ANONYMITY.test(text);
}
