/** B³ precision, recall and F1 of a clustering of items (documents) against the gold clustering. */
export interface B3Score {
  readonly items: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * B³ (Bagga & Baldwin 1998) over every item of either clustering: for each item, precision is the
 * share of its predicted cluster that shares its gold cluster, recall the share of its gold cluster
 * that shares its predicted cluster; both are averaged over items. An item with a null cluster (a
 * document about no incident) is a cluster of its own, so a distractor kept apart scores 1 and a
 * distractor merged into an incident costs precision.
 */
export function scoreB3(gold: ReadonlyMap<string, string | null>, predicted: ReadonlyMap<string, string | null>): B3Score {
  const items = [...new Set([...gold.keys(), ...predicted.keys()])].sort();
  if (items.length === 0) return Object.freeze({ items: 0, precision: 0, recall: 0, f1: 0 });
  const goldOf = clusterOf(gold);
  const predictedOf = clusterOf(predicted);
  const members = (of: (item: string) => string) => {
    const groups = new Map<string, Set<string>>();
    for (const item of items) groups.set(of(item), (groups.get(of(item)) ?? new Set()).add(item));
    return (item: string) => groups.get(of(item)) ?? new Set([item]);
  };
  const goldMembers = members(goldOf);
  const predictedMembers = members(predictedOf);
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const g = goldMembers(item);
    const p = predictedMembers(item);
    const shared = [...p].filter((x) => g.has(x)).length;
    precision += shared / p.size;
    recall += shared / g.size;
  }
  precision /= items.length;
  recall /= items.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return Object.freeze({ items: items.length, precision, recall, f1 });
}

function clusterOf(assignment: ReadonlyMap<string, string | null>): (item: string) => string {
  // The NUL prefix keeps singleton keys apart from real cluster keys.
  return (item) => {
    const cluster = assignment.get(item);
    return cluster === undefined || cluster === null ? `\u0000${item}` : `c:${cluster}`;
  };
}
