import { location } from 'vfile-location';
import { error, GLOSSARY, PROMISE, replaceOnce, TEXT } from './examples.ts';
import { ruleWords, type Rule } from './rule.ts';

/** Controls other than tab and newline (binary data, terminal escapes), DEL and the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
/** Direction overrides and isolates: they make text read differently from how it is stored ("Trojan Source"). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Invisible characters: two words that look alike would not be alike for search, comparison or the checks. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/u;
/** A letter followed by combining marks that NFC would join into one character (å written as a + ring). */
const DECOMPOSED = /\P{M}\p{M}+/gu;

type Kind = 'control' | 'bidi' | 'invisible' | 'decomposed';

function firstDecomposed(text: string): number | undefined {
  for (const match of text.matchAll(DECOMPOSED)) if (match[0].normalize('NFC') !== match[0]) return match.index;
  return undefined;
}

/**
 * The text of every content file holds only characters that show what they are: no control
 * characters (binary data, terminal escapes), no direction overrides that make a line read
 * otherwise than it is stored, no invisible characters, and letters composed as NFC (an "å"
 * typed as "a" plus a ring looks the same but is not the same to search, comparison or the
 * other checks). One message per kind and file, at the first. Errors: what is published must be
 * what was reviewed.
 */
const rule: Rule = {
  id: 'text-characters',
  description: 'Texten har inga styrtecken, osynliga tecken eller riktningsmarkeringar, och å, ä, ö är sammansatta (NFC).',
  check(content, report) {
    const words = ruleWords(content)['text-characters'];
    for (const file of content.files) {
      if (typeof file.value !== 'string' || file.value === '') continue;
      const text = file.value;
      const found: [Kind, number | undefined][] = [
        ['control', CONTROL.exec(text)?.index],
        ['bidi', BIDI.exec(text)?.index],
        ['invisible', INVISIBLE.exec(text)?.index],
        ['decomposed', firstDecomposed(text)],
      ];
      const points = location(text);
      for (const [kind, offset] of found) {
        if (offset === undefined) continue;
        const code = text.codePointAt(kind === 'decomposed' ? offset + 1 : offset)!;
        report(file, { severity: 'error', place: { start: points.toPoint(offset)! }, ...words[kind](`U+${code.toString(16).toUpperCase().padStart(4, '0')}`) });
      }
    }
  },
  examples: {
    ok: [{ name: 'å, ä och ö sammansatta, och ett tankstreck', overrides: { [TEXT]: (valid) => `${valid}\nÅtorp – Svartå.\n` } }],
    notOk: [
      {
        name: 'en riktningsmarkering i ett medborgarlöfte',
        overrides: { [PROMISE]: replaceOnce('title: Trygghetsvandringar', 'title: Trygghets\u202Evandringar') },
        expected: [error(PROMISE, 3, 17, 'Texten innehåller en osynlig riktningsmarkering (U+202E) som får texten att visas i en annan ordning än den är skriven.')],
      },
      {
        name: 'ett nollbrett mellanslag och ett styrtecken i texten',
        overrides: { [TEXT]: replaceOnce('## Bakgrund', '## Bak\u200Bgrund\u001b[2J') },
        expected: [
          error(TEXT, 3, 7, 'Texten innehåller ett osynligt tecken (U+200B).'),
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
