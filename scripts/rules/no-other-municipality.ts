import { readFileSync } from 'node:fs';
import type { Rule } from './rule.ts';
import { textSpans } from './text-spans.ts';

/** The 290 municipalities of Sweden, as their names are written in running text. */
export const MUNICIPALITIES: readonly string[] = JSON.parse(
  readFileSync(new URL('../data/kommuner.json', import.meta.url), 'utf8'),
) as string[];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so "Upplands Väsby" wins over a shorter name inside it.
const NAMES = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${[...MUNICIPALITIES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);
/** A region, a county or a university named after a place is not a municipality's name. */
const INSTITUTION_AFTER = /^s? (universitet|högskola|län|läns)\b/iu;
const INSTITUTION_BEFORE = /\bRegion $/u;

const rule: Rule = {
  id: 'no-other-municipality',
  description: 'Texten nämner ingen annan kommun än den egna (rester från en mall).',
  check(content, report) {
    const everyOwn = content.editions.map((edition) => edition.meta.data.municipality);
    for (const span of textSpans(content)) {
      const data = span.edition?.meta.data;
      const allowed = new Set(data ? [data.municipality, ...(data.allowedPlaceNames ?? [])] : everyOwn);
      if (data?.allowedPlaceNames?.includes(span.value)) continue;
      for (const match of span.value.matchAll(NAMES)) {
        const name = match[1]!;
        if (allowed.has(name)) continue;
        const after = span.value.slice(match.index + name.length);
        const before = span.value.slice(0, match.index);
        if (INSTITUTION_AFTER.test(after) || INSTITUTION_BEFORE.test(before)) continue;
        report(span.file, {
          severity: 'warning',
          place: span.at(match.index),
          reason: `Texten nämner ${name}, en annan kommun än ${data?.municipality ?? everyOwn.join(' eller ')}.`,
          fix: `Om det är en rest från en annan kommuns text: byt till rätt namn. Om det är avsiktligt: lägg "${name}" i allowedPlaceNames i edition.yaml.`,
        });
      }
    }
  },
};
export default rule;
