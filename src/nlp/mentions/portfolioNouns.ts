/**
 * The words a title's portfolio ends on: "Assistant Secretary for Public Affairs", "Executive
 * Assistant Commissioner for Field Operations", "Secretary of Homeland Security". Read after a title
 * and "for" or "of", they are part of the title, and the capitalised words after them may be a name.
 */
export const PORTFOLIO_NOUNS: ReadonlySet<string> = new Set([
  'affairs',
  'security',
  'operations',
  'enforcement',
  'protection',
  'policy',
  'management',
  'services',
  'relations',
  'communications',
  'intelligence',
  'programs',
  'removal',
  'immigration',
  'customs',
  'investigations',
  'justice',
  'safety',
  'administration',
  'engagement',
  'strategy',
  'planning',
]);
