/** Words before a title that say its holder holds it no longer: "a former officer" speaks for no body the title names. */
export const NOT_SERVING: ReadonlySet<string> = new Set(['former', 'retired', 'ex', 'onetime', 'fired', 'suspended']);
