// The Swedish formatters: each fact written one way, and no source value, however unfinished,
// makes rendering throw.
import { describe, expect, it } from 'vitest';
import { type ComparisonCounts, summarySentence } from '../../scripts/compare/compare-editions.ts';
import { sv, wordsFor } from '../../scripts/language/index.ts';

const { format } = sv;

describe('dates', () => {
  it('writes a complete date out, without a leading zero', () => {
    expect(format.date('2021-03-15')).toBe('15 mars 2021');
    expect(format.date('2026-01-01')).toBe('1 januari 2026');
    expect(format.date('2024-02-29')).toBe('29 februari 2024');
  });

  it.each(['2021-XX-XX', '2021-03-XX', '2021-03', '2021', '2021-02-30', '2023-02-29', '2021-13-01', '2021-3-5', '15 mars 2021', '', 'inte ett datum'])(
    'shows %j as written instead of throwing',
    (value) => {
      expect(format.date(value)).toBe(value);
    },
  );

  it('has the twelve month names, which the valid-dates rule also reads dates in the text by', () => {
    expect(format.months).toHaveLength(12);
    expect(format.months[2]).toBe('mars');
  });
});

describe('period', () => {
  it('writes a fixed period out from start to end', () => {
    expect(format.period({ start: '2021-01-01', end: '2025-12-31' })).toBe('1 januari 2021 – 31 december 2025');
  });

  it('writes an open period with its review', () => {
    expect(format.period({ start: '2026-01-01', review: 'ses över varje år' })).toBe('Från 1 januari 2026, tills vidare (ses över varje år)');
    expect(format.period({ start: '2026-XX-XX' })).toBe('Från 2026-XX-XX, tills vidare');
  });
});

describe('signing place and date, decision', () => {
  it('joins the place and the written-out date, either alone, or nothing', () => {
    expect(format.placeAndDate('Degerfors', '2021-03-15')).toBe('Degerfors 15 mars 2021');
    expect(format.placeAndDate('Degerfors', '2021-XX-XX')).toBe('Degerfors 2021-XX-XX');
    expect(format.placeAndDate(undefined, '2021-03-15')).toBe('15 mars 2021');
    expect(format.placeAndDate('Degerfors', undefined)).toBe('Degerfors');
    expect(format.placeAndDate(undefined, undefined)).toBeUndefined();
    expect(format.placeAndDate('', '')).toBeUndefined();
  });

  it('writes a decision as body, date and paragraph after a comma', () => {
    expect(format.decision({ body: 'Kommunfullmäktige', date: '2021-03-15', paragraph: '§ 12' })).toBe('Kommunfullmäktige 15 mars 2021, § 12');
    expect(format.decision({ body: 'Kommunfullmäktige', date: '2021-03-15' })).toBe('Kommunfullmäktige 15 mars 2021');
    expect(format.decision({ body: 'Kommunfullmäktige', date: '2021-XX-XX', paragraph: '§ 12' })).toBe('Kommunfullmäktige 2021-XX-XX, § 12');
  });
});

describe('status and draft mark', () => {
  it('names every status', () => {
    expect(['draft', 'final', 'decided', 'signed'].map((status) => format.editionStatus(status as 'draft'))).toEqual([
      'Utkast',
      'Färdig för beslut',
      'Beslutad',
      'Undertecknad',
    ]);
    expect(['draft', 'active', 'ended'].map((status) => format.promiseStatus(status as 'draft'))).toEqual(['Förslag', 'Gäller', 'Avslutat']);
  });

  it('has one draft mark, the one the page frame and the print documents use', () => {
    expect(sv.document.draftMark).toBe('UTKAST');
  });
});

describe('lists and counts', () => {
  it('joins a list as "a, b och c"', () => {
    expect(format.list([])).toBe('');
    expect(format.list(['a'])).toBe('a');
    expect(format.list(['a', 'b'])).toBe('a och b');
    expect(format.list(['a', 'b', 'c'])).toBe('a, b och c');
  });

  it('counts in the singular for one and the plural otherwise', () => {
    const forms = sv.comparison.counts.focusAreasAdded;
    expect(format.count(1, forms)).toBe('1 fokusområde tillagt');
    expect(format.count(2, forms)).toBe('2 fokusområden tillagda');
    expect(format.count(0, forms)).toBe('0 fokusområden tillagda');
  });

  it('makes a sentence of clauses', () => {
    expect(format.sentence(['ett', 'två'])).toBe('Ett och två.');
  });

  it('writes the summary with singular and plural counts and the changed fields', () => {
    const counts: ComparisonCounts = {
      sectionsChanged: 1,
      sectionsAdded: 2,
      sectionsRemoved: 0,
      focusAreasAdded: 0,
      focusAreasRemoved: 1,
      focusAreasRenamed: 2,
      focusAreasMoved: 0,
      citationsAdded: 1,
      citationsRemoved: 0,
      citationsChanged: 3,
      metadataFields: ['decision', 'signing'],
    };
    expect(summarySentence(counts, wordsFor('sv'))).toBe(
      '1 avsnitt ändrat, 2 avsnitt tillagda, 1 fokusområde borttaget, 2 fokusområden med nya namn, ' +
        '1 hänvisning till medborgarlöfte tillagd, 3 hänvisningar till medborgarlöften omformulerade ' +
        'och ändrade uppgifter om beslut och ort och datum för underskrift.',
    );
  });

  it('writes quantities', () => {
    expect(format.quantity({ value: 20, unit: 'trafikkontroller', per: 'månad', atLeast: true })).toBe('minst 20 trafikkontroller per månad');
    expect(format.quantity({ value: 4, unit: 'trygghetsvandringar' })).toBe('4 trygghetsvandringar');
  });
});
