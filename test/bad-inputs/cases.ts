// The bad-input corpus: each case is the valid fixture (test/fixtures/check/valid) with one
// defect, in memory or, for what memory cannot stand for (links, FIFOs), on disk; and where the
// check must point: rule id, file and line. Grouped as the hardening issue lists them.
import { execFileSync } from 'node:child_process';
import { rmSync, symlinkSync } from 'node:fs';
import { AREA, EDITION, GLOSSARY, PROMISE, replaceOnce, TEXT, validText, type Override } from '../helpers/check-fixture.ts';

export interface Expected {
  ruleId: string;
  file: string;
  line: number;
}

export interface BadInput {
  name: string;
  /** Changes to the valid fixture in memory. */
  overrides?: Record<string, Override>;
  /** Or changes to a copy on disk, by absolute path of the copy's root. */
  disk?: (root: string, outside: string) => void;
  expected: Expected;
  /** A few inputs are normalised, not refused: a warning at file and line, and exit 0. */
  warningOnly?: boolean;
}

const at = (ruleId: string, file: string, line: number): Expected => ({ ruleId, file, line });
const edition = (search: string, replacement: string) => ({ [EDITION]: replaceOnce(search, replacement) });
const text = (addition: string) => ({ [TEXT]: (valid: string) => `${valid}\n${addition}\n` });
const TEXT_END = validText(TEXT).split('\n').length + 1;
const promise = (search: string, replacement: string) => ({ [PROMISE]: replaceOnce(search, replacement) });
const ALIAS_BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
const NESTED_EMPHASIS = `${Array.from({ length: 60 }, (_, i) => `${i % 2 ? '_' : '*'}a `).join('')}x${Array.from({ length: 60 }, (_, i) => ` a${(59 - i) % 2 ? '_' : '*'}`).join('')}`;
const copyEdition = (id: string, change: (valid: string) => string = (valid) => valid) => ({
  'agreement/2026-2029': null,
  [`agreement/${id}/edition.yaml`]: change(validText(EDITION).replace('id: 2026-2029', `id: ${id}`)),
  [`agreement/${id}/text.md`]: validText(TEXT),
  [`agreement/${id}/fokusomraden/trygg-offentlig-miljo.md`]: validText(AREA),
});
const link = (target: string, path: string) => (root: string) => {
  rmSync(`${root}/${path}`, { recursive: true, force: true });
  symlinkSync(target, `${root}/${path}`);
};
const mkfifoSync = (path: string) => {
  rmSync(path, { force: true });
  execFileSync('mkfifo', [path]);
};

export const BAD_INPUTS: BadInput[] = [
  // YAML: syntax errors, alias bombs, duplicate keys and tags
  { name: 'a colon inside a plain value', overrides: edition('title: Samverkansöverenskommelse för', 'title: Samverkansöverenskommelse: för'), expected: at('yaml-syntax', EDITION, 2) },
  { name: 'a list that is never closed', overrides: edition('focusAreas:\n  - trygg-offentlig-miljo', 'focusAreas: [trygg-offentlig-miljo'), expected: at('yaml-syntax', EDITION, 26) },
  { name: 'a tab as indentation', overrides: edition('  start: 2026-01-01', '\tstart: 2026-01-01'), expected: at('yaml-syntax', EDITION, 6) },
  { name: 'a quote that is never closed', overrides: edition('place: Degerfors', 'place: "Degerfors'), expected: at('yaml-syntax', EDITION, 27) },
  { name: 'two YAML documents in one file', overrides: { [EDITION]: (valid) => `${valid}---\nid: annan\n` }, expected: at('yaml-syntax', EDITION, 27) },
  { name: 'a key written twice', overrides: edition('status: final\n', 'status: final\nstatus: signed\n'), expected: at('yaml-syntax', EDITION, 4) },
  { name: 'a key written twice in a frontmatter', overrides: promise('title: Trygghetsvandringar\n', 'title: Trygghetsvandringar\ntitle: Vandringar\n'), expected: at('yaml-syntax', PROMISE, 4) },
  { name: 'an alias bomb in edition.yaml', overrides: { [EDITION]: (valid) => `${ALIAS_BOMB}\n${valid}` }, expected: at('resource-limit', EDITION, 2) },
  { name: 'an alias bomb in a frontmatter', overrides: { [PROMISE]: (valid) => valid.replace('---\n', `---\nx: &x [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n${ALIAS_BOMB}\n`) }, expected: at('resource-limit', PROMISE, 4) },
  { name: 'an unknown tag', overrides: edition('municipality: Degerfors', 'municipality: !!js/function Degerfors'), expected: at('yaml-syntax', EDITION, 4) },
  { name: 'a binary tag', overrides: edition('municipality: Degerfors', 'municipality: !!binary RGVnZXJmb3Jz'), expected: at('schema', EDITION, 4) },
  { name: 'a frontmatter that is never closed', overrides: { [PROMISE]: (valid) => valid.replace('---\n\nMånga', '\nMånga') }, expected: at('frontmatter', PROMISE, 1) },
  { name: 'a focus area without frontmatter', overrides: { [AREA]: 'Invånarna ska känna sig trygga.\n' }, expected: at('frontmatter', AREA, 1) },
  { name: 'YAML collections nested 200 deep', overrides: { [GLOSSARY]: (valid) => `${valid}x: ${'['.repeat(200)}${']'.repeat(200)}\n` }, expected: at('resource-limit', GLOSSARY, 10) },

  // Schema violations
  { name: 'an unknown key', overrides: edition('municipality: Degerfors', 'kommun: Degerfors'), expected: at('schema', EDITION, 4) },
  { name: 'a required key missing', overrides: edition('title: Samverkansöverenskommelse för ökad trygghet 2026–2029\n', ''), expected: at('schema', EDITION, 1) },
  { name: 'a list where text belongs', overrides: edition('place: Degerfors', 'place: [Degerfors]'), expected: at('schema', EDITION, 16) },
  { name: 'an unknown status', overrides: edition('status: final', 'status: klar'), expected: at('schema', EDITION, 3) },
  { name: 'a number where a list belongs', overrides: promise('parties:\n  - Polisen\n  - Degerfors kommun', 'parties: 5'), expected: at('schema', PROMISE, 5) },
  { name: 'an empty document (null)', overrides: { [EDITION]: '~\n' }, expected: at('schema', EDITION, 1) },
  { name: 'a list as the whole document', overrides: { [GLOSSARY]: '- est\n- trygghetsvandring\n' }, expected: at('schema', GLOSSARY, 1) },
  { name: 'a glossary term without an id', overrides: { [GLOSSARY]: replaceOnce('  - id: est\n    term: EST', '  - term: EST') }, expected: at('schema', GLOSSARY, 3) },
  { name: 'a site configuration with an unknown key', overrides: { 'agreement/webbplats.yaml': 'municipality: Degerfors\npoliceArea: Degerfors\nhemsida: x\n' }, expected: at('schema', 'agreement/webbplats.yaml', 3) },

  // Dangling and duplicate references
  { name: 'a focus area listed without its file', overrides: edition('  - trygg-offentlig-miljo', '  - trygg-offentlig-miljo\n  - familjestod'), expected: at('focus-area-references', EDITION, 27) },
  { name: 'a focus area listed twice', overrides: edition('  - trygg-offentlig-miljo', '  - trygg-offentlig-miljo\n  - trygg-offentlig-miljo'), expected: at('focus-area-references', EDITION, 27) },
  { name: 'a promise that does not exist', overrides: { [AREA]: replaceOnce('  - degerfors-trygghetsvandringar', '  - degerfors-nattvandringar') }, expected: at('promise-references', AREA, 5) },
  { name: 'a footnote reference without its note', overrides: text('Se not[^saknas].'), expected: at('footnote-references', TEXT, TEXT_END) },
  { name: 'a footnote defined twice', overrides: text('[^lag]: En annan lag.'), expected: at('footnote-references', TEXT, TEXT_END) },
  { name: 'an unknown directive', overrides: text('::fokusomraden-tabell'), expected: at('known-directives', TEXT, TEXT_END) },
  { name: 'two promises with one id', overrides: { 'promises/2024/degerfors-trygghetsvandringar.md': validText(PROMISE) }, expected: at('unique-ids', 'promises/degerfors-trygghetsvandringar.md', 2) },
  { name: 'two parties with one id', overrides: edition('  - id: lpo-degerfors', '  - id: degerfors-kommun'), expected: at('unique-ids', EDITION, 12) },
  { name: 'two glossary terms with one id', overrides: { [GLOSSARY]: replaceOnce('  - id: trygghetsvandring', '  - id: est') }, expected: at('unique-ids', GLOSSARY, 7) },
  { name: 'a focus area whose id is not its file name', overrides: { [AREA]: replaceOnce('id: trygg-offentlig-miljo', 'id: trygg-miljo') }, expected: at('unique-ids', AREA, 2) },
  { name: 'a signatory for a party that does not exist', overrides: edition('party: lpo-degerfors', 'party: lpo-karlskoga'), expected: at('signatory-party', EDITION, 24) },
  { name: 'derivedFrom an edition that does not exist', overrides: edition('status: final\n', 'status: final\nderivedFrom: 2022-2025\n'), expected: at('derived-from', EDITION, 4) },

  // Impossible and misordered dates
  { name: 'the 30th of February', overrides: edition('date: 2026-02-16', 'date: 2026-02-30'), expected: at('valid-dates', EDITION, 17) },
  { name: 'a 13th month', overrides: edition('start: 2026-01-01', 'start: 2026-13-01'), expected: at('valid-dates', EDITION, 6) },
  { name: 'a date that is no date', overrides: edition('date: 2026-02-16', 'date: 16 februari'), expected: at('schema', EDITION, 17) },
  { name: 'a period that ends before it starts', overrides: edition('end: 2029-12-31', 'end: 2025-12-31'), expected: at('date-order', EDITION, 7) },
  { name: 'signed after the period ended', overrides: edition('date: 2026-02-16', 'date: 2030-02-16'), expected: at('date-order', EDITION, 17) },
  { name: 'a promise that ends before it starts', overrides: promise('end: 2027-12-31', 'end: 2025-12-31'), expected: at('date-order', PROMISE, 11) },

  // Placeholders outside a draft
  { name: 'an XX date in a final edition', overrides: edition('date: 2026-02-16', 'date: 2026-XX-XX'), expected: at('no-placeholders', EDITION, 17) },
  { name: 'TODO in the text of a final edition', overrides: text('TODO: skriv om uppföljningen.'), expected: at('no-placeholders', TEXT, TEXT_END) },
  // The record policy (validate/check-content.ts) reproduces a signed edition as it was signed:
  // a placeholder in its wording is a warning there, pointing at the next edition; the lock
  // (signed-edition-locked) is what makes a later change to it an error.
  { name: 'an XX signing date in a signed edition', overrides: { [EDITION]: (valid: string) => valid.replace('status: final', 'status: signed').replace('date: 2026-02-16', 'date: 2026-XX-XX') }, expected: at('no-placeholders', EDITION, 17), warningOnly: true },

  // Size and depth bombs
  { name: 'a 300 kB text', overrides: { [TEXT]: `${'Trygghet för alla. '.repeat(16_000)}\n` }, expected: at('resource-limit', TEXT, 1) },
  { name: 'a 10 MB paragraph', overrides: { [TEXT]: `${'a '.repeat(5_000_000)}\n` }, expected: at('resource-limit', TEXT, 1) },
  { name: 'a 300 kB edition.yaml', overrides: { [EDITION]: (valid) => `${valid}# ${'x'.repeat(300_000)}\n` }, expected: at('resource-limit', EDITION, 1) },
  { name: 'blockquotes nested 5,000 deep', overrides: { [TEXT]: `${'> '.repeat(5000)}x\n` }, expected: at('resource-limit', TEXT, 1) },
  { name: 'lists nested 5,000 deep', overrides: { [TEXT]: `${Array.from({ length: 5000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n` }, expected: at('resource-limit', TEXT, 1) },
  { name: 'lists nested 100 deep', overrides: { [TEXT]: `${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n` }, expected: at('resource-limit', TEXT, 33) },
  { name: 'list markers 5,000 on one line', overrides: { [PROMISE]: (valid) => `${valid}\n${'- '.repeat(5000)}x\n` }, expected: at('resource-limit', PROMISE, 29) },
  { name: 'emphasis nested 5,000 deep', overrides: { [TEXT]: `${'*'.repeat(5000)}x${'*'.repeat(5000)}\n` }, expected: at('resource-limit', TEXT, 1) },
  { name: 'emphasis markers without end in one paragraph', overrides: { [AREA]: (valid) => `${valid}\n${'*a '.repeat(2000)}\n` }, expected: at('resource-limit', AREA, 10) },
  { name: 'emphasis nested 60 deep', overrides: { [TEXT]: `${NESTED_EMPHASIS}\n` }, expected: at('resource-limit', TEXT, 1) },
  { name: '100,000 footnotes', overrides: { [TEXT]: `${Array.from({ length: 100_000 }, (_, i) => `[^${i}]`).join(' ')}\n` }, expected: at('resource-limit', TEXT, 1) },
  { name: '600 footnotes, one a line', overrides: { [TEXT]: `${Array.from({ length: 300 }, (_, i) => `x[^${i}]`).join('\n')}\n\n${Array.from({ length: 300 }, (_, i) => `[^${i}]: n`).join('\n')}\n` }, expected: at('resource-limit', TEXT, 502) },
  { name: '7,000 list items', overrides: { [TEXT]: '- a\n'.repeat(7_000) }, expected: at('resource-limit', TEXT, 5001) },
  { name: '6,000 links in four lines', overrides: { [TEXT]: `${'[a](b) '.repeat(1500)}\n`.repeat(4) }, expected: at('resource-limit', TEXT, 3) },

  // Encodings and characters
  { name: 'binary data (a PNG) as text', overrides: { [TEXT]: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]) }, expected: at('encoding', TEXT, 1) },
  { name: 'NUL bytes in UTF-8 text', overrides: text('Trygg\u0000het.'), expected: at('text-characters', TEXT, TEXT_END) },
  { name: 'a terminal escape in the text', overrides: text('Trygghet\u001b[2J\u001b[31mFEL'), expected: at('text-characters', TEXT, TEXT_END) },
  { name: 'Latin-1 instead of UTF-8', overrides: { [TEXT]: new Uint8Array([...new TextEncoder().encode('Trygghet f'), 0xf6, 0x72, 0x20, 0x61, 0x6c, 0x6c, 0x61, 0x0a]) }, expected: at('encoding', TEXT, 1) },
  { name: 'UTF-16 with a byte order mark', overrides: { [PROMISE]: new Uint8Array([0xff, 0xfe, ...[...'---\nid: x\n---\n'].flatMap((char) => [char.charCodeAt(0), 0])]) }, expected: at('encoding', PROMISE, 1) },
  { name: 'a UTF-8 byte order mark', overrides: { [TEXT]: (valid) => `\uFEFF${valid}` }, expected: at('encoding', TEXT, 1), warningOnly: true },
  { name: 'Windows line endings (CRLF)', overrides: { [EDITION]: (valid) => valid.replace(/\n/g, '\r\n') }, expected: at('line-endings', EDITION, 1), warningOnly: true },
  { name: 'a lone carriage return', overrides: edition('status: final\n', 'status: final\r'), expected: at('line-endings', EDITION, 3), warningOnly: true },
  { name: 'decomposed letters (NFD)', overrides: text('A\u030atorp och Svarta\u030a.'), expected: at('text-characters', TEXT, TEXT_END) },
  { name: 'a zero-width space in a promise', overrides: promise('title: Trygghetsvandringar', 'title: Trygghets\u200Bvandringar'), expected: at('text-characters', PROMISE, 3) },
  { name: 'a right-to-left override in edition.yaml', overrides: edition('name: Anna Andersson', 'name: Anna \u202Enossredna'), expected: at('text-characters', EDITION, 19) },
  { name: 'a bidi isolate in a glossary definition', overrides: { [GLOSSARY]: replaceOnce('En promenad där', 'En \u2067promenad\u2069 där') }, expected: at('text-characters', GLOSSARY, 9) },
  { name: 'an empty file', overrides: { [TEXT]: '' }, expected: at('empty-file', TEXT, 1) },
  { name: 'a file of only blanks', overrides: { [AREA]: '  \n\n\t\n' }, expected: at('empty-file', AREA, 1) },

  // Path traversal, reserved and colliding ids
  { name: 'an id that climbs out of its folder', overrides: edition('id: 2026-2029', 'id: ../../etc'), expected: at('schema', EDITION, 1) },
  { name: 'a promise id with a slash', overrides: promise('id: degerfors-trygghetsvandringar', 'id: ../degerfors'), expected: at('schema', PROMISE, 2) },
  { name: 'a focus area reference that climbs out', overrides: edition('  - trygg-offentlig-miljo', '  - ../../promises/degerfors-trygghetsvandringar'), expected: at('schema', EDITION, 26) },
  { name: 'derivedFrom that climbs out', overrides: edition('status: final\n', 'status: final\nderivedFrom: ../2021-2025\n'), expected: at('schema', EDITION, 4) },
  { name: 'an edition named compare', overrides: copyEdition('compare'), expected: at('safe-paths', 'agreement/compare/edition.yaml', 1) },
  { name: 'an edition named promises', overrides: copyEdition('promises'), expected: at('safe-paths', 'agreement/promises/edition.yaml', 1) },
  { name: 'an edition named con (a Windows device)', overrides: copyEdition('con'), expected: at('safe-paths', 'agreement/con/edition.yaml', 1) },
  { name: 'a promise file named con.md', overrides: { [PROMISE]: null, 'promises/con.md': validText(PROMISE).replace('id: degerfors-trygghetsvandringar', 'id: con') }, expected: at('safe-paths', 'promises/con.md', 1) },
  { name: 'a promise folder named aux', overrides: { [PROMISE]: null, 'promises/aux/degerfors-trygghetsvandringar.md': validText(PROMISE) }, expected: at('safe-paths', 'promises/aux/degerfors-trygghetsvandringar.md', 1) },
  { name: 'a focus area file named lpt1.md', overrides: { [`agreement/2026-2029/fokusomraden/lpt1.md`]: validText(AREA).replace('id: trygg-offentlig-miljo', 'id: lpt1') }, expected: at('safe-paths', 'agreement/2026-2029/fokusomraden/lpt1.md', 1) },
  { name: 'folders that differ only in case', overrides: { 'promises/Gamla/a.md': validText(PROMISE).replace('id: degerfors-trygghetsvandringar', 'id: a'), 'promises/gamla/b.md': validText(PROMISE).replace('id: degerfors-trygghetsvandringar', 'id: b') }, expected: at('safe-paths', 'promises/gamla/b.md', 1) },
  { name: 'an edition folder that is not an id', overrides: copyEdition('Utkast'), expected: at('schema', 'agreement/Utkast/edition.yaml', 1) },

  // Links and special files
  { name: 'a promise that is a link to a file outside', disk: (root, outside) => link(`${outside}/hemligt.md`, 'promises/hemligt.md')(root), expected: at('unreadable', 'promises/hemligt.md', 1) },
  { name: 'a linked promises folder', disk: (root, outside) => link(outside, 'promises')(root), expected: at('unreadable', 'promises', 1) },
  { name: 'a linked focus area folder', disk: (root, outside) => link(outside, 'agreement/2026-2029/fokusomraden')(root), expected: at('unreadable', 'agreement/2026-2029/fokusomraden', 1) },
  { name: 'a linked lock file', disk: (root, outside) => link(`${outside}/locks.json`, 'agreement/locks.json')(root), expected: at('unreadable', 'agreement/locks.json', 1) },
  { name: 'the text linked to /dev/zero', disk: link('/dev/zero', TEXT), expected: at('unreadable', TEXT, 1) },
  { name: 'a FIFO as the text', disk: (root) => mkfifoSync(`${root}/${TEXT}`), expected: at('unreadable', TEXT, 1) },
  { name: 'a FIFO as edition.yaml', disk: (root) => mkfifoSync(`${root}/${EDITION}`), expected: at('unreadable', EDITION, 1) },
  { name: 'a special file in memory as a focus area', overrides: { [AREA]: { kind: 'other' } }, expected: at('unreadable', AREA, 1) },
  { name: 'a folder named like a promise file', overrides: { 'promises/mapp.md/x.txt': 'x' }, expected: at('unreadable', 'promises/mapp.md', 1) },

  // Raw HTML, script, event handlers and dangerous URLs
  { name: 'a raw HTML block', overrides: text('<div class="varning">Obs</div>'), expected: at('no-raw-html', TEXT, TEXT_END) },
  { name: 'a script element', overrides: text('<script>alert(document.cookie)</script>'), expected: at('no-raw-html', TEXT, TEXT_END) },
  { name: 'an event handler', overrides: text('Se <img src=x onerror="alert(1)"> här.'), expected: at('no-raw-html', TEXT, TEXT_END) },
  { name: 'an iframe in a promise', overrides: { [PROMISE]: (valid) => `${valid}\n<iframe src="https://example.com"></iframe>\n` }, expected: at('no-raw-html', PROMISE, 29) },
  { name: 'a javascript: link', overrides: text('[Klicka](javascript:alert(1))'), expected: at('allowed-links', TEXT, TEXT_END) },
  { name: 'a data: link', overrides: text('[Klicka](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'), expected: at('allowed-links', TEXT, TEXT_END) },
  { name: 'a vbscript: link', overrides: text('[Klicka](vbscript:msgbox)'), expected: at('allowed-links', TEXT, TEXT_END) },
  { name: 'a file: link', overrides: text('[Lösenord](file:///etc/passwd)'), expected: at('allowed-links', TEXT, TEXT_END) },
  { name: 'a javascript: reference definition', overrides: text('[Klicka][x]\n\n[x]: javascript:alert(1)'), expected: at('allowed-links', TEXT, TEXT_END + 2) },
  { name: 'a remote image', overrides: text('![Karta](https://evil.example/spårning.png)'), expected: at('allowed-links', TEXT, TEXT_END) },
  { name: 'a local image outside the build', overrides: text('![Hemligt](../../../etc/passwd)'), expected: at('allowed-links', TEXT, TEXT_END) },

  // HTML in YAML strings
  { name: 'a script in a promise title', overrides: promise('title: Trygghetsvandringar', 'title: "<script>alert(1)</script>"'), expected: at('no-html-in-text', PROMISE, 3) },
  { name: 'an event handler in a signatory name', overrides: edition('name: Anna Andersson', 'name: "<img src=x onerror=alert(1)>"'), expected: at('no-html-in-text', EDITION, 19) },
  { name: 'a link in a glossary definition', overrides: { [GLOSSARY]: replaceOnce('En promenad där', '<a href="javascript:alert(1)">En promenad</a> där') }, expected: at('no-html-in-text', GLOSSARY, 9) },
];
