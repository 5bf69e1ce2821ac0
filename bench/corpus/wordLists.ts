/**
 * Invented vocabulary for the synthetic corpus: common first names and surnames, fictional
 * outlets, and the roles people speak in. Nothing here is taken from real coverage.
 */
export const GIVEN_NAMES = Object.freeze([
  'Ana', 'Luis', 'Maria', 'Jorge', 'Elena', 'Pedro', 'Rosa', 'Tomas', 'Carmen', 'Diego', 'Lucia', 'Mateo',
  'Sofia', 'Andres', 'Paula', 'Hector', 'Irene', 'Marco', 'Nadia', 'Raul', 'Julia', 'Oscar', 'Teresa', 'Victor',
  'James', 'Emily', 'Daniel', 'Sarah', 'Michael', 'Laura', 'David', 'Grace', 'Kevin', 'Megan', 'Brian', 'Alice',
  'Samuel', 'Hannah', 'Peter', 'Olivia', 'Martin', 'Claire', 'Joseph', 'Naomi', 'Aaron', 'Ruth', 'Felix', 'Vera',
]);

export const SURNAMES = Object.freeze([
  'Alvarado', 'Benitez', 'Cardenas', 'Delgado', 'Escobar', 'Figueroa', 'Guerrero', 'Herrera', 'Ibarra', 'Jimenez',
  'Lozano', 'Medina', 'Navarro', 'Orozco', 'Pacheco', 'Quintero', 'Rosales', 'Salazar', 'Trujillo', 'Valencia',
  'Abbott', 'Barker', 'Collins', 'Dawson', 'Ellison', 'Fletcher', 'Gardner', 'Holloway', 'Ingram', 'Keller',
  'Lambert', 'Mercer', 'Norwood', 'Oakley', 'Prescott', 'Radcliffe', 'Sutton', 'Thornton', 'Underwood', 'Whitaker',
]);

export const OUTLET_WORDS = Object.freeze(['Valley', 'Harbor', 'Prairie', 'Ridge', 'Lakeside', 'Canyon', 'Summit', 'River', 'Coastal', 'Pine']);
export const OUTLET_KINDS = Object.freeze(['Ledger', 'Courier', 'Dispatch', 'Tribune', 'Herald', 'Sentinel', 'Observer', 'Gazette']);

/** Federal agencies by their vocab short names; the synthetic incidents only use these. */
export const AGENCIES = Object.freeze([
  { short: 'ICE', long: 'Immigration and Customs Enforcement', officer: 'ICE officer', officers: 'ICE officers' },
  { short: 'CBP', long: 'U.S. Customs and Border Protection', officer: 'CBP officer', officers: 'CBP officers' },
  { short: 'Border Patrol', long: 'U.S. Border Patrol', officer: 'Border Patrol agent', officers: 'Border Patrol agents' },
  { short: 'HSI', long: 'Homeland Security Investigations', officer: 'HSI agent', officers: 'HSI agents' },
]);

export const FORCE = Object.freeze([
  { act: 'fired several shots', noun: 'shooting' },
  { act: 'fired one round', noun: 'shooting' },
  { act: 'used a Taser', noun: 'Taser use' },
  { act: 'used pepper spray', noun: 'use of pepper spray' },
  { act: 'forced him to the ground', noun: 'takedown' },
]);

export const WOUNDS = Object.freeze(['arm', 'shoulder', 'leg', 'hip', 'back', 'hand', 'chest', 'foot']);
export const WEEKDAYS = Object.freeze(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
export const MONTHS = Object.freeze(['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']);
export const SETTINGS = Object.freeze(['a grocery store parking lot', 'a gas station', 'an apartment complex', 'a busy intersection', 'a car wash', 'a church parking lot', 'a residential street', 'a shopping plaza']);
export const WITNESS_ROLES = Object.freeze(['a neighbor', 'a store clerk', 'a passerby', 'a coworker', 'a resident who lives nearby', 'a man who was waiting for a bus']);
export const FAMILY_ROLES = Object.freeze(['sister', 'brother', 'wife', 'cousin', 'mother', 'uncle']);
export const OFFICIAL_TITLES = Object.freeze(['spokesperson', 'spokesman', 'spokeswoman', 'assistant secretary']);
