// "ICE says it was not involved", "no ICE officers were present", "the agency had no involvement": an
// agency named only to say it took no part is no actor of the event.
const DENIAL = /\b(?:(?:was|were|is|are|had been)(?: not|n['’]t) (?:involved|present|on (?:the )?scene|at the scene|part of)|(?:had|has|have) no (?:involvement|role|part|officers?|agents?|personnel) (?:in|at|on)\b|(?:had|has|have) no (?:involvement|role)|no (?:[\p{L}-]+ ){0,3}?(?:officers?|agents?|personnel) (?:were|was) (?:present|involved|on (?:the )?scene|at the scene)|(?:played|took) no (?:part|role)|not involved)\b/iu;

/** Whether `text` says that someone took no part in the event ("ICE says it was not involved"). */
export function deniesInvolvement(text: string): boolean {
  return DENIAL.test(text);
}
