// Aligning two ordered lists: the longest common subsequence tells which items kept their
// relative order, so that an insertion does not make everything after it look moved.

/** Index pairs [inA, inB] of a longest common subsequence, in order. */
export function commonSubsequence<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): Array<[number, number]> {
  // Lists here are sections and focus areas: tens of items, so the quadratic table is fine.
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = same(a[i]!, b[j]!) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i]!, b[j]!)) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return pairs;
}

export type Aligned<T> = { a: T; b: T } | { a: T; b?: undefined } | { a?: undefined; b: T };

/**
 * Every item of both lists once, in reading order: items that match by `same` are paired;
 * between two such anchors, the leftovers are paired by position (a renamed heading at the
 * same place is the same section), and what remains is removed (only a) or added (only b).
 */
export function align<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): Aligned<T>[] {
  const result: Aligned<T>[] = [];
  let i = 0;
  let j = 0;
  for (const [anchorA, anchorB] of [...commonSubsequence(a, b, same), [a.length, b.length] as [number, number]]) {
    const gapA = a.slice(i, anchorA);
    const gapB = b.slice(j, anchorB);
    const paired = Math.min(gapA.length, gapB.length);
    for (let k = 0; k < paired; k += 1) result.push({ a: gapA[k]!, b: gapB[k]! });
    for (const item of gapA.slice(paired)) result.push({ a: item });
    for (const item of gapB.slice(paired)) result.push({ b: item });
    if (anchorA < a.length && anchorB < b.length) result.push({ a: a[anchorA]!, b: b[anchorB]! });
    i = anchorA + 1;
    j = anchorB + 1;
  }
  return result;
}
