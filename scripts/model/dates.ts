// Calendar facts the checks and the renderers share.

export const MONTHS_SV = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a date with XX in place of month or day ("2021-XX-XX"). */
export function isPlaceholderDate(value: string): boolean {
  return /^\d{4}-(\d{2}|XX)-(\d{2}|XX)$/.test(value) && value.includes('XX');
}

/** A complete, real ISO date as a comparable string, or undefined (placeholder or impossible). */
export function comparableDate(value: string | undefined): string | undefined {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return isRealDate(year, month, day) ? value : undefined;
}

/** "1 januari 2026" from "2026-01-01"; placeholders and other text are returned unchanged. */
export function formatDateSv(value: string): string {
  if (!comparableDate(value)) return value;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS_SV[month - 1]} ${year}`;
}
