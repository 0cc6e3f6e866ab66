// How the content model's values read in Swedish, the same on every page and in the PDF.
import { formatDateSv } from '../model/dates.ts';
import type { EditionData, EditionStatus, Period, PromiseData } from '../model/model.ts';

export const EDITION_STATUS: Record<EditionStatus, string> = {
  draft: 'Utkast',
  final: 'Färdig för beslut',
  decided: 'Beslutad',
  signed: 'Undertecknad',
};

export const PROMISE_STATUS: Record<NonNullable<PromiseData['status']>, string> = {
  draft: 'Förslag',
  active: 'Gäller',
  ended: 'Avslutat',
};

export function periodText(period: Period): string {
  const start = formatDateSv(period.start);
  if (period.end !== undefined) return `${start} – ${formatDateSv(period.end)}`;
  return `Från ${start}, tills vidare${period.review ? ` (${period.review})` : ''}`;
}

/** "a, b och c". */
export function joinSv(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

export function partiesText(edition: EditionData): string {
  return joinSv(edition.parties.map((party) => party.name));
}

/** "Degerfors 2021-XX-XX": as a signed agreement writes its place and date. */
export function signingText(edition: EditionData): string | undefined {
  const parts = [edition.signing?.place, edition.signing?.date].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

export function partyName(edition: EditionData, partyId: string): string {
  return edition.parties.find((party) => party.id === partyId)?.name ?? partyId;
}
