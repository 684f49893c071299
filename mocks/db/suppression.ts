/**
 * Small-count suppression for partner views (statistical disclosure control), pure.
 *
 * Primary: every count from 1 to k−1 is withheld; 0 stays a real 0.
 * Complementary: a response holds additive relations (total = sum of parts: a breakdown's
 * items and its total, a bucket's groups and the bucket, the buckets and the overall total,
 * grid cells + outside + without coordinates and the total…). Within each relation a single
 * withheld cell could be worked out by subtraction, so:
 *   - total shown and exactly one part withheld → also withhold the smallest shown non-zero
 *     part, or the total when there is none;
 *   - total withheld and every part shown → withhold the smallest non-zero part;
 * repeated (each change re-checks the relations the cell is in) until nothing changes.
 * Relations of multi-valued dimensions (parts may add up to more than the total) are
 * treated the same way, conservatively.
 *
 * This is the rule the domain asks for, not a full cell-suppression audit: with many
 * interlocking relations a linear-programming attack could still narrow some cells down.
 */

/** An additive relation between cells: `total` = sum of `parts` (cell indexes). */
export interface Relation {
  readonly total: number;
  readonly parts: readonly number[];
}

/** Returns, per cell, 1 when the cell must be withheld, else 0. */
export function suppressCells(
  counts: ArrayLike<number>,
  relations: readonly Relation[],
  k: number,
): Uint8Array {
  const n = counts.length;
  const hidden = new Uint8Array(n);
  for (let c = 0; c < n; c++) {
    const v = counts[c] as number;
    if (v >= 1 && v < k) hidden[c] = 1;
  }
  if (relations.length === 0) return hidden;

  // Cell → relations it takes part in (compressed rows), to re-check only what a change touches.
  const degree = new Uint32Array(n + 1);
  for (const r of relations) {
    degree[r.total + 1] = (degree[r.total + 1] as number) + 1;
    for (const p of r.parts) degree[p + 1] = (degree[p + 1] as number) + 1;
  }
  for (let c = 0; c < n; c++) degree[c + 1] = (degree[c + 1] as number) + (degree[c] as number);
  const fill = degree.slice(0, n);
  const memberOf = new Uint32Array(degree[n] as number);
  const addMember = (cell: number, ri: number) => {
    const at = fill[cell] as number;
    memberOf[at] = ri;
    fill[cell] = at + 1;
  };
  relations.forEach((r, ri) => {
    addMember(r.total, ri);
    for (const p of r.parts) addMember(p, ri);
  });

  const queued = new Uint8Array(relations.length).fill(1);
  const queue: number[] = relations.map((_, i) => i);
  const hide = (c: number) => {
    hidden[c] = 1;
    for (let j = degree[c] as number; j < (degree[c + 1] as number); j++) {
      const ri = memberOf[j] as number;
      if (!queued[ri]) {
        queued[ri] = 1;
        queue.push(ri);
      }
    }
  };

  while (queue.length > 0) {
    const ri = queue.pop() as number;
    queued[ri] = 0;
    const r = relations[ri] as Relation;
    let hiddenParts = 0;
    let smallest = -1;
    for (const p of r.parts) {
      if (hidden[p]) hiddenParts++;
      else {
        const v = counts[p] as number;
        if (v > 0 && (smallest < 0 || v < (counts[smallest] as number))) smallest = p;
      }
    }
    if (!hidden[r.total]) {
      if (hiddenParts === 1) hide(smallest >= 0 ? smallest : r.total);
    } else if (hiddenParts === 0 && smallest >= 0) {
      hide(smallest);
    }
  }
  return hidden;
}

/**
 * Checks a suppressed table against the rule, for tests and assertions: returns the
 * relations from which a withheld cell could be derived (empty when the table is safe),
 * and whether a count in 1..k−1 is shown.
 */
export function auditSuppression(
  counts: ArrayLike<number>,
  hidden: ArrayLike<number>,
  relations: readonly Relation[],
  k: number,
): { smallShown: number[]; derivable: Relation[] } {
  const smallShown: number[] = [];
  for (let c = 0; c < counts.length; c++) {
    const v = counts[c] as number;
    if (v >= 1 && v < k && !hidden[c]) smallShown.push(c);
  }
  const derivable = relations.filter((r) => {
    const hiddenParts = r.parts.filter((p) => hidden[p]).length;
    const nonZeroShown = r.parts.some((p) => !hidden[p] && (counts[p] as number) > 0);
    return hidden[r.total] ? hiddenParts === 0 && nonZeroShown : hiddenParts === 1;
  });
  return { smallShown, derivable };
}
