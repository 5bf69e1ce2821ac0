/** A quotation mark as the tokenizer gives it: straight, curly, or two apostrophes. */
export const QUOTE_MARKS = /["“”]|''/;
