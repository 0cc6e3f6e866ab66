// The arithmetic of a benchmark: medians, and ratios taken run by run so that a slow moment
// of a busy machine, which slows both sides of a pair run back to back, cancels out.

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of a[i] / b[i]: both sides of run i were measured in the same moment. */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError('paired samples of different lengths');
  return median(a.map((value, i) => value / b[i]!));
}

/**
 * How time grows with the number of editions: the cost of one more edition between the two
 * larger counts over that between the two smaller. Above 1, each edition costs more the more
 * there are (faster than linear).
 */
export function growth(points: readonly { editions: number; ms: number }[]): number {
  if (points.length !== 3) throw new RangeError('growth needs three points');
  const [small, middle, large] = [...points].sort((a, b) => a.editions - b.editions) as [typeof points[0], typeof points[0], typeof points[0]];
  const slope = (from: typeof small, to: typeof small) => (to.ms - from.ms) / (to.editions - from.editions);
  return slope(middle, large) / slope(small, middle);
}
