/** The days of the week and the deictic days, lower case: a time, never a speaker ("Monday", "tonight"). */
export const DAY_WORDS: readonly string[] = Object.freeze(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);
