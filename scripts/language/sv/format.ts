// How the content's facts read in Swedish. The page, the PDF and the comparison all call these,
// so a date, a period or a decision is written one way everywhere.
import { comparableDate } from '../../model/dates.ts';
import type { CommitmentData, DecisionData, EditionData, EditionStatus, Period, PromiseData } from '../../model/model.ts';
import { status as statusNames } from './output.ts';

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

/** The period's dates, or its label when they are only approximate ("hösten 2015"): the running header's short form. */
function periodSpan(value: Period): string {
  if (value.label !== undefined) return value.label;
  const start = date(value.start);
  return value.end !== undefined ? `${start} – ${date(value.end)}` : `Från ${start}, tills vidare`;
}

/** The period with how it is reviewed: "1 januari 2021 – 31 december 2025 (revideras efter två år)". */
function period(value: Period): string {
  return `${periodSpan(value)}${value.review ? ` (${value.review})` : ''}`;
}

/** The extension clause in one sentence. */
function extension(value: NonNullable<Period['extension']>): string {
  const years = value.years === undefined ? '' : ` med ${value.years} år i taget`;
  const clause =
    value.mode === 'consultation'
      ? `Kan förlängas${years} efter samråd mellan parterna${value.noticeMonths === undefined ? '' : `, senast ${value.noticeMonths} månader före periodens slut`}.`
      : `Förlängs${years} om ingen part säger upp den senast ${value.noticeMonths ?? 0} månader före periodens slut.`;
  return value.note ? `${clause} ${value.note}` : clause;
}

/** "Degerfors 15 mars 2021", either part alone, or undefined when neither is known. */
function placeAndDate(place: string | undefined, when: string | undefined): string | undefined {
  return [place, when && date(when)].filter(Boolean).join(' ') || undefined;
}

/** "Kommunfullmäktige 15 mars 2021, § 12, dnr KS 2021/123 (Lekebergs kommun)"; `party` is the party's name. */
function decision(value: DecisionData): string {
  const details = [value.paragraph, value.diaryNumber && `dnr ${value.diaryNumber}`].filter(Boolean).map((part) => `, ${part}`).join('');
  return `${value.body} ${date(value.date)}${details}${value.party ? ` (${value.party})` : ''}`;
}

/** Every decision of an edition, the single `decision` first; `partyName` turns a party id into its name. */
function decisions(edition: EditionData, partyName: (id: string) => string): string[] {
  return [...(edition.decision ? [edition.decision] : []), ...(edition.decisions ?? [])].map((value) =>
    decision(value.party ? { ...value, party: partyName(value.party) } : value),
  );
}

/** "1. Trygg offentlig miljö", or the title alone when the focus area has no number. */
function numbered(number: string | undefined, title: string): string {
  return number ? `${number}. ${title}` : title;
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
  periodSpan,
  extension,
  numbered,
  placeAndDate,
  signing: (edition: EditionData) => placeAndDate(edition.signing?.place, edition.signing?.date),
  decision,
  decisions,
  parties: (edition: EditionData) => list(edition.parties.map((party) => party.name)),
  editionStatus: (value: EditionStatus) => statusNames.edition[value],
  promiseStatus: (value: NonNullable<PromiseData['status']>) => statusNames.promise[value],
  quantity,
};
