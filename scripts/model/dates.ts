// Calendar facts: reading and checking ISO dates. How a date reads is the language module's.

// The valid-dates rule reads Swedish dates in the text with the month names; they are the
// language module's, re-exported as a live binding so that the import cycle with the
// formatters (which use comparableDate) is harmless.
export { MONTHS as MONTHS_SV } from '../language/sv/format.ts';

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A complete, real ISO date as a comparable string, or undefined (placeholder or impossible). */
export function comparableDate(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return isRealDate(year, month, day) ? value : undefined;
}
