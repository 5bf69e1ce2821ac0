// Capitalised words, with the particles of Spanish names between them ("María de la Cruz"), at most six.
const WRITTEN_AS_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|los|las|y)){0,5}$/u;

/** A speaker's name written as a person's ("Ana Ruiz"), not as a relation or a group ("sister of Ana Ruiz", "attorneys for …"). */
export function isWrittenAsName(name: string): boolean {
  return WRITTEN_AS_NAME.test(name);
}
