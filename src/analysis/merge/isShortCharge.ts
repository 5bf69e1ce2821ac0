/**
 * Whether a one-word charge ("assault") is another charge of `labels` said short ("assault on a
 * federal officer"): a lede's "charged with assault" and a filing's full count are one charge.
 */
export function isShortCharge(label: string, labels: readonly string[]): boolean {
  const word = label.trim().toLowerCase();
  return !/\s/u.test(word) && labels.some((x) => x.toLowerCase().startsWith(`${word} `));
}
