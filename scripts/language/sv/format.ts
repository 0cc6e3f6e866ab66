// How the content's facts read in Swedish. The page, the PDF and the comparison all call these,
// so a date, a period or a decision is written one way everywhere.
import { comparableDate } from '../../model/dates.ts';
import type { CommitmentData, EditionData, EditionStatus, Period, PromiseData } from '../../model/model.ts';
import { document, status as statusNames } from './output.ts';

export const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;

/**
 * "15 mars 2021" from "2021-03-15". Anything else (a draft's "2021-XX-XX", a partial or
 * impossible date) is shown as written: the checks report it, the page must still render.
 */
function date(value: string): string {
  if (!comparableDate(value)) return value;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "a, b och c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

/** "1 avsnitt ändrat", "3 avsnitt ändrade". */
function count(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Clauses joined into one sentence: capital first letter, full stop. */
function sentence(clauses: readonly string[]): string {
  const text = list(clauses);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function period(value: Period): string {
  const start = date(value.start);
  if (value.end !== undefined) return `${start} – ${date(value.end)}`;
  return `Från ${start}, tills vidare${value.review ? ` (${value.review})` : ''}`;
}

/** "Degerfors 15 mars 2021", either part alone, or undefined when neither is known. */
function placeAndDate(place: string | undefined, when: string | undefined): string | undefined {
  return [place, when && date(when)].filter(Boolean).join(' ') || undefined;
}

/** "Kommunfullmäktige 15 mars 2021, § 12". */
function decision(value: NonNullable<EditionData['decision']>): string {
  return `${value.body} ${date(value.date)}${value.paragraph ? `, ${value.paragraph}` : ''}`;
}

/** "minst 20 trafikkontroller per månad". */
function quantity(value: NonNullable<CommitmentData['quantity']>): string {
  return [value.atLeast ? 'minst' : '', String(value.value), value.unit, value.per ? `per ${value.per}` : ''].filter(Boolean).join(' ');
}

export const format = {
  months: MONTHS,
  date,
  list,
  /** Names one after the other, as a fact row lists them: "a, b, c". */
  names: (items: readonly string[]) => items.join(', '),
  count,
  sentence,
  period,
  placeAndDate,
  signing: (edition: EditionData) => placeAndDate(edition.signing?.place, edition.signing?.date),
  decision,
  parties: (edition: EditionData) => list(edition.parties.map((party) => party.name)),
  editionStatus: (value: EditionStatus) => statusNames.edition[value],
  promiseStatus: (value: NonNullable<PromiseData['status']>) => statusNames.promise[value],
  draftMark: document.draftMark,
  quantity,
};
