import kommuner from '../data/kommuner.json' with { type: 'json' };
import type { Content } from '../model/model.ts';
import { escapeRegExp } from '../model/text.ts';
import { ruleWords, type Owner, type Rule } from './rule.ts';
import { textSpans } from './text-spans.ts';
import { AREA, EDITION, GLOSSARY, PROMISE, replaceOnce, TEXT, warning } from './examples.ts';

/** The 290 municipalities of Sweden, as their names are written in running text. */
const MUNICIPALITIES: readonly string[] = kommuner;

/**
 * Names that are also common Swedish words or surnames ("vara", "mark", "berg", "Lund"): in
 * running text they are a municipality only in a place context (see PLACE_BEFORE, PLACE_AFTER).
 */
const COMMON_WORDS = new Set(['Ale', 'Berg', 'Boden', 'Eda', 'Kil', 'Lund', 'Mark', 'Mora', 'Nora', 'Orsa', 'Sala', 'Vara']);
/** Forms a name takes before "kommun" that are not the name with a genitive s. */
const SPECIAL_FORMS: Record<string, string> = { Falu: 'Falun' };

/** Every written form (the name, its genitive) → the municipality. */
const FORMS = new Map<string, string>();
for (const name of MUNICIPALITIES) {
  FORMS.set(name, name);
  if (!/[sxz]$/.test(name)) FORMS.set(`${name}s`, name);
}
for (const [form, name] of Object.entries(SPECIAL_FORMS)) FORMS.set(form, name);

// One pattern with every form as an alternative takes longer to compile than the whole rule
// takes to run, so a name is looked up where a word starts. Longest first, so "Upplands Väsby" wins over a shorter
// name inside it.
const FORMS_BY_FIRST = new Map<string, string[]>();
for (const form of [...FORMS.keys()].sort((a, b) => b.length - a.length)) {
  const first = form[0]!;
  FORMS_BY_FIRST.set(first, [...(FORMS_BY_FIRST.get(first) ?? []), form]);
}
/** Where a name may start: not inside a word or a compound. */
const NAME_START = new RegExp(`(?<![\\p{L}\\p{N}-])[${[...FORMS_BY_FIRST.keys()].map(escapeRegExp).join('')}]`, 'gu');
/** Where a name ends: at the end of a word, or at the hyphen of a compound ("Degerfors-modellen"). */
const NAME_END = /-\p{L}|(?![\p{L}\p{N}-])/uy;

const endsName = (text: string, at: number) => {
  NAME_END.lastIndex = at;
  return NAME_END.test(text);
};
/** A region, a county or a university named after a place is not a municipality's name. */
const INSTITUTION_AFTER = /^ (universitet|högskola|län|läns)\b/iu;
const INSTITUTION_BEFORE = /\bRegion $/u;
/** Where a name that is also a common word reads as a place. */
const PLACE_BEFORE = /(?:^|[\s(])(?:i|från|till|mot|vid|kring|utanför|inom|om|norr om|söder om|öster om|väster om)\s+$/u;
const PLACE_AFTER = /^(?:\s+(?:kommun|stad|tätort)\b|-\p{L})/u;

/** Every form of a name in `text`, where it stands; after a name the search goes on past it. */
function formsIn(text: string): { form: string; index: number }[] {
  const found = [];
  NAME_START.lastIndex = 0;
  for (let start = NAME_START.exec(text); start; start = NAME_START.exec(text)) {
    const { index } = start;
    const form = FORMS_BY_FIRST.get(start[0])!.find((candidate) => text.startsWith(candidate, index) && endsName(text, index + candidate.length));
    if (!form) continue;
    found.push({ form, index });
    NAME_START.lastIndex = index + form.length;
  }
  return found;
}

/** The municipalities whose names `text` carries, in any form. */
const namesIn = (text: string) => formsIn(text).map(({ form }) => FORMS.get(form)!);

type Words = ReturnType<typeof ruleWords>['no-other-municipality'];

/**
 * Who decides which other names a text may mention: the edition for its own files, a promise
 * for itself, the glossary (shared by every edition) for itself. Each has allowedPlaceNames.
 */
function ownerOf({ edition, promise }: Owner, content: Content, words: Words): { own: string[]; allowed: string[]; where: string } {
  const everyOwn = [content.site.municipality, ...content.editions.map((edition) => edition.meta.data.municipality)].filter(Boolean);
  if (edition) {
    const data = edition.meta.data;
    // A party's or an actor's own name may carry another municipality's ("lokalpolisområde Karlskoga" serves Degerfors too).
    const names = [...data.parties.flatMap((party) => [party.name, ...(party.organisation ?? [])]), ...(data.actors ?? []).map((actor) => actor.name)];
    // The municipality is '' where a salvaged edition's was stood in for with no site's to take.
    return { own: [...new Set([data.municipality, ...names.flatMap(namesIn)].filter(Boolean))], allowed: data.allowedPlaceNames ?? [], where: edition.meta.file.path };
  }
  if (promise) {
    const data = promise.meta.data;
    const own = [...(data.municipality ? [data.municipality] : []), ...everyOwn, ...data.parties.flatMap(namesIn)];
    return { own: [...new Set(own)], allowed: data.allowedPlaceNames ?? [], where: words.promiseFrontmatter(promise.meta.file.path) };
  }
  return { own: [...new Set(everyOwn)], allowed: content.glossary?.data.allowedPlaceNames ?? [], where: content.glossary?.file.path ?? words.glossary };
}

/**
 * The text names no municipality other than the edition's own (a remnant of another
 * municipality's agreement used as a template), unless the name is in allowedPlaceNames of the
 * edition, the promise or the glossary that holds the text. A name is found in its genitive
 * ("Karlskogas", "Stockholms stad", "Falu kommun") and at the head of a compound
 * ("Örebro-modellen"); a name that is also a common word or surname ("Vara", "Berg", "Lund")
 * only in a place context ("i Vara", "Vara kommun"). A party's or an actor's own name may carry
 * another municipality's name, and so may a university, a county or a region; a promise's own
 * municipality is its own. Fires at the name, inside the text. A warning, since the name may be meant; in the wording of a signed edition's record
 * the record policy adds that it is corrected in the next edition.
 */
const rule: Rule = {
  id: 'no-other-municipality',
  description: 'Texten nämner ingen annan kommun än den egna (rester från en mall), om den inte står i allowedPlaceNames.',
  check(content, report) {
    const words = ruleWords(content)['no-other-municipality'];
    // Spans come by the hundred from a few owners, each with the same names.
    const owners = new Map<object | undefined, ReturnType<typeof ownerOf> & { permitted: Set<string> }>();
    for (const span of textSpans(content)) {
      const key = span.owner.edition ?? span.owner.promise;
      let owner = owners.get(key);
      if (!owner) {
        const found = ownerOf(span.owner, content, words);
        owners.set(key, (owner = { ...found, permitted: new Set([...found.own, ...found.allowed]) }));
      }
      const { own, where, permitted } = owner;
      // No edition could be read, so the own municipality is unknown.
      if (own.length === 0) continue;
      for (const { form, index } of formsIn(span.value)) {
        const name = FORMS.get(form)!;
        if (permitted.has(name)) continue;
        const after = span.value.slice(index + form.length);
        const before = span.value.slice(0, index);
        if (INSTITUTION_AFTER.test(after) || INSTITUTION_BEFORE.test(before)) continue;
        if (COMMON_WORDS.has(name) && !(PLACE_BEFORE.test(before) || PLACE_AFTER.test(after))) continue;
        report(span.file, {
          severity: 'warning',
          place: span.at(index),
          wording: span.owner,
          ...words.other(name, own, where),
        });
      }
    }
  },
  examples: {
    ok: [
      {
        name: 'en part vars namn bär en annan kommuns namn',
        overrides: {
          [EDITION]: replaceOnce('name: lokalpolisområde Degerfors', 'name: lokalpolisområde Karlskoga'),
          [TEXT]: replaceOnce('Degerfors ska vara', 'Lokalpolisområde Karlskoga arbetar i Degerfors. Degerfors ska vara'),
        },
      },
      {
        name: 'namnet står i allowedPlaceNames',
        overrides: {
          [EDITION]: replaceOnce('municipality: Degerfors\n', 'municipality: Degerfors\nallowedPlaceNames: [Karlskoga]\n'),
          [TEXT]: replaceOnce('Degerfors ska vara', 'Degerfors och Karlskoga delar räddningstjänst. Degerfors ska vara'),
        },
      },
      {
        name: 'universitet, län och region bär ortens namn utan att vara kommunen',
        overrides: {
          [TEXT]: replaceOnce('Degerfors ska vara', 'Med stöd av Örebro universitet, Region Örebro län och Örebro läns landsting. Degerfors ska vara'),
        },
      },
      { name: 'ordlistan får nämna namn i sin egen allowedPlaceNames', overrides: {} },
      {
        name: 'namn som också är vanliga ord eller efternamn, utan ortsammanhang',
        overrides: {
          [TEXT]: replaceOnce(
            'Degerfors ska vara',
            'Anna Berg, Per Lund, Eva Mora och Nora Ek leder arbetet. Vara trygg hemma är en rättighet. Mark och skog, Kil och Ale. Degerfors ska vara',
          ),
        },
      },
      {
        name: 'den egna kommunen i genitiv och i sammansättning',
        overrides: { [TEXT]: replaceOnce('Degerfors ska vara', 'Degerfors-modellen och Degerfors kommuns arbete. Degerfors ska vara') },
      },
      {
        name: 'ett medborgarlöftes egen kommun',
        overrides: {
          [PROMISE]: (valid) =>
            valid.replace('status: active\n', 'status: active\nmunicipality: Laxå\n').replace('Genomföra trygghetsvandringar i Åtorp', 'Genomföra trygghetsvandringar i Laxå'),
        },
      },
    ],
    notOk: [
      {
        name: 'en annan kommuns namn i texten',
        overrides: { [TEXT]: replaceOnce('trygg kommun', 'trygg kommun som Karlskoga') },
        expected: [
          warning(
            TEXT,
            1,
            40,
            'Texten nämner Karlskoga, en annan kommun än Degerfors.',
            'Om det är en rest från en annan kommuns text: byt till rätt namn. Om det är avsiktligt: lägg "Karlskoga" i allowedPlaceNames i agreement/2026-2029/edition.yaml.',
          ),
        ],
      },
      {
        name: 'i en undertecknad utgåva rättas det i nästa utgåva',
        overrides: { [EDITION]: replaceOnce('status: final', 'status: signed'), [TEXT]: replaceOnce('trygg kommun', 'trygg kommun som Karlskoga') },
        expected: [
          warning(
            TEXT,
            1,
            40,
            'Texten nämner Karlskoga, en annan kommun än Degerfors.',
            'Om det är en rest från en annan kommuns text: byt till rätt namn. Om det är avsiktligt: lägg "Karlskoga" i allowedPlaceNames i agreement/2026-2029/edition.yaml. Utgåvan är undertecknad och återges som den skrevs under: rätta det i nästa utgåva.',
          ),
        ],
      },
      {
        name: 'på en fortsättningsrad i en punktlista',
        overrides: { [AREA]: (valid) => `${valid}\n- Trygghetsvandringar i centrum\n  och i Kristinehamn varje höst.\n` },
        expected: [warning(AREA, 11, 9, 'Texten nämner Kristinehamn, en annan kommun än Degerfors.')],
      },
      {
        name: 'inne i en YAML-text',
        overrides: { [PROMISE]: replaceOnce('text: Genomföra trygghetsvandringar i Åtorp', 'text: Genomföra trygghetsvandringar i Laxå') },
        expected: [
          warning(
            PROMISE,
            16,
            43,
            'Texten nämner Laxå, en annan kommun än Degerfors.',
            'Om det är en rest från en annan kommuns text: byt till rätt namn. Om det är avsiktligt: lägg "Laxå" i allowedPlaceNames i frontmatter i promises/degerfors-trygghetsvandringar.md.',
          ),
        ],
      },
      {
        name: 'i genitiv: Karlskogas',
        overrides: { [TEXT]: replaceOnce('trygg kommun', 'trygg kommun som Karlskogas') },
        expected: [warning(TEXT, 1, 40, 'Texten nämner Karlskoga, en annan kommun än Degerfors.')],
      },
      {
        name: 'i genitiv före stad och kommun: Stockholms stad, Falu kommun',
        overrides: { [TEXT]: replaceOnce('trygg kommun', 'trygg kommun som Stockholms stad och Falu kommun') },
        expected: [
          warning(TEXT, 1, 40, 'Texten nämner Stockholm, en annan kommun än Degerfors.'),
          warning(TEXT, 1, 60, 'Texten nämner Falun, en annan kommun än Degerfors.'),
        ],
      },
      {
        name: 'i en sammansättning: Karlskoga-modellen',
        overrides: { [TEXT]: replaceOnce('trygg kommun', 'trygg kommun som Karlskoga-modellen') },
        expected: [warning(TEXT, 1, 40, 'Texten nämner Karlskoga, en annan kommun än Degerfors.')],
      },
      {
        name: 'namn som också är vanliga ord, i ett ortsammanhang: i Vara, Mora kommun',
        overrides: { [TEXT]: replaceOnce('trygg kommun', 'trygg kommun som i Vara och Mora kommun') },
        expected: [
          warning(TEXT, 1, 42, 'Texten nämner Vara, en annan kommun än Degerfors.'),
          warning(TEXT, 1, 51, 'Texten nämner Mora, en annan kommun än Degerfors.'),
        ],
      },
      {
        name: 'ordlistan nämner ett namn som inte är undantaget',
        overrides: { [GLOSSARY]: replaceOnce('allowedPlaceNames: [Örebro]\n', '') },
        expected: [
          warning(
            GLOSSARY,
            5,
            37,
            'Texten nämner Örebro, en annan kommun än Degerfors.',
            'Om det är en rest från en annan kommuns text: byt till rätt namn. Om det är avsiktligt: lägg "Örebro" i allowedPlaceNames i agreement/ordlista.yaml.',
          ),
        ],
      },
    ],
  },
};
export default rule;
