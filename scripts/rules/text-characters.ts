import { location } from 'vfile-location';
import { AREA, error, GLOSSARY, PROMISE, replaceOnce, TEXT } from './examples.ts';
import { ruleWords, type Rule } from './rule.ts';

/** Controls other than tab and newline (binary data, terminal escapes), DEL and the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
/** Direction overrides and isolates: they make text read differently from how it is stored ("Trojan Source"). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/**
 * Invisible characters: two words that look alike would not be alike for search, comparison or
 * the checks (`Kar\u00adlskoga` is no municipality's name, `ATT G\u00adÖRA` no placeholder). Every
 * format character (Unicode's Cf: the soft hyphen Word's hyphenation leaves, zero-width spaces
 * and joiners, the word joiner, a BOM inside the text, …) but the direction marks, which BIDI
 * reports; and the line and paragraph separators, which Markdown does not take for line breaks.
 * Not the no-break spaces (U+00A0, U+202F) or the non-breaking hyphen (U+2011): they show as what
 * they are, Swedish typography asks for them ("31 december", "10 000", "§ 12"), and the checks
 * read them as a space and a hyphen.
 */
const INVISIBLE = new RegExp(`(?!${BIDI.source})[\\p{Cf}\\u2028\\u2029]`, 'gu');
/** What a word is made of, for the word an invisible character stands in: letters, digits and invisible characters. */
const IN_WORD = /[\p{L}\p{M}\p{N}\p{Cf}]/u;
/** A letter followed by combining marks that NFC would join into one character (å written as a + ring). */
const DECOMPOSED = /\P{M}\p{M}+/gu;

type Kind = 'control' | 'bidi' | 'invisible' | 'decomposed';

/** The word an invisible character stands in, without it, so that the coordinator can search for it. */
function wordAround(text: string, offset: number): string {
  // A walk, not a regular expression anchored at the end, which would be quadratic in a long line.
  let start = offset;
  while (start > 0 && IN_WORD.test(text[start - 1]!)) start -= 1;
  let end = offset;
  while (end < text.length && IN_WORD.test(text[end]!)) end += 1;
  return text.slice(start, end).replace(INVISIBLE, '');
}

function firstDecomposed(text: string): number | undefined {
  for (const match of text.matchAll(DECOMPOSED)) if (match[0].normalize('NFC') !== match[0]) return match.index;
  return undefined;
}

/**
 * The text of every content file holds only characters that show what they are: no control
 * characters (binary data, terminal escapes), no direction overrides that make a line read
 * otherwise than it is stored, no invisible characters, and letters composed as NFC (an "å"
 * typed as "a" plus a ring looks the same but is not the same to search, comparison or the
 * other checks). One message per kind and file, at the first; an invisible character's names the
 * word it stands in and says how many more the file has (Word's hyphenation leaves them by the
 * dozen). Errors, in a signed edition too: what is published must be what was reviewed.
 */
const rule: Rule = {
  id: 'text-characters',
  description: 'Texten har inga styrtecken, osynliga tecken eller riktningsmarkeringar, och å, ä, ö är sammansatta (NFC).',
  check(content, report) {
    const words = ruleWords(content)['text-characters'];
    for (const file of content.files) {
      if (typeof file.value !== 'string' || file.value === '') continue;
      const text = file.value;
      const invisible = [...text.matchAll(INVISIBLE)].map((match) => match.index);
      const found: [Kind, number | undefined][] = [
        ['control', CONTROL.exec(text)?.index],
        ['bidi', BIDI.exec(text)?.index],
        ['invisible', invisible[0]],
        ['decomposed', firstDecomposed(text)],
      ];
      const points = location(text);
      for (const [kind, offset] of found) {
        if (offset === undefined) continue;
        // A decomposed letter's message names the mark after it.
        const character = String.fromCodePoint(text.codePointAt(kind === 'decomposed' ? offset + 1 : offset)!);
        const place = { start: points.toPoint(offset)! };
        report(file, {
          severity: 'error',
          place,
          ...(kind === 'invisible' ? words.invisible(character, wordAround(text, offset), invisible.length - 1) : words[kind](character)),
        });
      }
    }
  },
  examples: {
    ok: [
      { name: 'å, ä och ö sammansatta, och ett tankstreck', overrides: { [TEXT]: (valid) => `${valid}\nÅtorp – Svartå.\n` } },
      {
        name: 'hårda mellanslag och ett hårt bindestreck: de syns som det de är',
        overrides: { [TEXT]: (valid) => `${valid}\nMötet hålls den 31\u00A0december, enligt §\u00A012, för 10\u202F000 kronor i Degerfors\u2011Åtorp.\n` },
      },
    ],
    notOk: [
      {
        name: 'en riktningsmarkering i ett medborgarlöfte',
        overrides: { [PROMISE]: replaceOnce('title: Trygghetsvandringar', 'title: Trygghets\u202Evandringar') },
        expected: [error(PROMISE, 3, 17, 'Texten innehåller en osynlig riktningsmarkering (U+202E) som får texten att visas i en annan ordning än den är skriven.')],
      },
      {
        name: 'mjuka bindestreck från ordbehandlarens avstavning',
        overrides: {
          [AREA]: (valid) => `${valid}\nFöräldra\u00ADstöds\u00ADprogrammen ges i Kar\u00ADlskoga.\n`,
          [TEXT]: replaceOnce('## Bakgrund', '## Bakgrund\n\nATT G\u00ADÖRA'),
        },
        expected: [
          error(AREA, 10, 9, 'Texten innehåller ett mjukt bindestreck (U+00AD), ett osynligt avstavningsförslag som ofta följer med text från ett ordbehandlingsprogram, i "Föräldrastödsprogrammen". Ordet är då inte samma ord för sökning, jämförelse och kontrollerna. Filen har 2 till.'),
          error(
            TEXT,
            5,
            6,
            'Texten innehåller ett mjukt bindestreck (U+00AD), ett osynligt avstavningsförslag som ofta följer med text från ett ordbehandlingsprogram, i "GÖRA". Ordet är då inte samma ord för sökning, jämförelse och kontrollerna.',
            'Ta bort tecknet: radera och skriv om ordet där det står, eller ersätt alla U+00AD i filen med ingenting (sök och ersätt). Sidan och PDF:en avstavar själva.',
          ),
        ],
      },
      {
        name: 'ett nollbrett mellanslag och ett styrtecken i texten',
        overrides: { [TEXT]: replaceOnce('## Bakgrund', '## Bak\u200Bgrund\u001b[2J') },
        expected: [
          error(TEXT, 3, 7, 'Texten innehåller ett nollbrett mellanslag (U+200B), ett osynligt tecken, i "Bakgrund". Ordet är då inte samma ord för sökning, jämförelse och kontrollerna.'),
          error(TEXT, 3, 13, 'Texten innehåller styrtecknet U+001B, som inte hör hemma i en text (binära data eller en terminalkod).'),
        ],
      },
      {
        name: 'ett å skrivet som a och en ring (NFD)',
        overrides: { [GLOSSARY]: replaceOnce('allowedPlaceNames: [Örebro]', 'allowedPlaceNames: [O\u0308rebro]') },
        expected: [error(GLOSSARY, 1, 21, 'Bokstaven på den här platsen är skriven som en grundbokstav och ett separat tecken (U+0308), inte som ett tecken.')],
      },
    ],
  },
};
export default rule;
