// What loading says about a content file, in Swedish: a file that cannot be read, decoded or
// parsed, one that passes a bound of load/limits.ts, and data that does not fit its schema.
// Loading runs before the site configuration is read, so the loader reaches these through
// `sv` directly rather than through wordsFor(content.site.language).
import type { ErrorCode } from 'yaml';
import { characterNames, codePoint } from './characters.ts';
interface Message {
  reason: string;
  fix: string;
}

// Formatted when a bound is passed, not on import: formatting starts up Intl, which every
// check would otherwise pay for.
const number = (value: number) => value.toLocaleString('sv-SE');

export const unknownError = 'okänt fel';
const seeSchema = 'Se schemat i schema/ för vad som är tillåtet här.';
const rightFileOrSplit = 'Kontrollera att det är rätt fil, och dela annars upp texten.';

/** JSON Schema's types in words: "här ska stå …". */
const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  integer: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista (rader som börjar med "- ")',
  object: 'nycklar med värden (rader "nyckel: värde")',
};

const retype = 'Ta bort det: det syns inte i editorn, så radera tecknen runt det och skriv dem igen.';
const space = 'Skriv ett vanligt mellanslag eller ta bort det.';
const quote = 'Skriv raka citattecken (") i stället, eller inga: ett sådant citattecken kommer ofta med när texten klistras in från Word.';
const apostrophe = "Skriv en rak apostrof (') i stället, eller ingen.";
const hyphen = 'Skriv ett vanligt bindestreck (-) i stället.';

/**
 * What to write instead of the characters (named in sv/characters.ts) that come along when a
 * value is pasted from Word or a web page, and that a value of a fixed form (an id, a date, a
 * number) cannot hold: invisible, or looking like another.
 */
const STRAY_CHARACTERS: Record<string, { name: string; fix: string }> = Object.fromEntries(
  Object.entries({
    '\u00A0': space,
    '\u202F': space,
    '\u00AD': retype,
    '\u200B': retype,
    '\u2060': retype,
    '\uFEFF': retype,
    '\t': 'Skriv ett vanligt mellanslag eller ta bort den.',
    '\u201D': quote,
    '\u201C': quote,
    '\u201E': quote,
    '\u2019': apostrophe,
    '\u2018': apostrophe,
    '\u2013': hyphen,
    '\u2014': hyphen,
    '\u2212': hyphen,
  }).map(([character, fix]) => [character, { name: characterNames[character]!, fix }]),
);

export const load = {
  /** Stands in for an error code the system did not give. */
  unknownError,

  /** A link or a special file where content was expected; `what` is what the listing found there. */
  refused: {
    symlink: (what: 'file' | 'folder' | 'entry'): Message => ({
      reason: `${{ file: 'Filen', folder: 'Mappen', entry: 'Det här' }[what]} är en symbolisk länk. Bygget läser bara filer som ligger i arkivet.`,
      fix: `Ersätt länken med en kopia av ${{ file: 'filen', folder: 'mappen', entry: 'filen eller mappen' }[what]}.`,
    }),
    other: {
      reason: 'Det här är ingen vanlig fil (utan t.ex. en namngiven rörledning eller en enhet).',
      fix: 'Ta bort den och lägg en vanlig textfil där.',
    },
  },

  source: {
    isFolder: {
      reason: 'Det här är en mapp, inte en fil.',
      fix: 'Byt namn på mappen så att den inte slutar på .md eller .yaml.',
    },
    unreadable: (code: string | undefined): Message => ({
      reason: `Filen går inte att läsa (${code ?? unknownError}).`,
      fix: 'Kontrollera att filen finns och att du har rätt att läsa den.',
    }),
    notUtf8: {
      reason: 'Filen är inte sparad som UTF-8.',
      fix: 'Öppna filen i editorn och spara den med teckenkodningen UTF-8 (i VS Code: "Save with Encoding" → UTF-8).',
    },
    bom: {
      reason: 'Filen börjar med ett byte order mark (BOM).',
      fix: 'Spara filen som UTF-8 utan BOM.',
    },
    lineEndings: (windows: boolean): Message => ({
      reason: windows ? 'Filen har Windows-radslut (CRLF).' : 'Filen har radslut med bara vagnretur (CR), som på gamla Mac-datorer.',
      fix: 'Spara filen med radslut LF (i VS Code: klicka på "CRLF" i statusraden och välj "LF").',
    }),
    empty: {
      reason: 'Filen är tom.',
      fix: 'Fyll i filen eller ta bort den.',
    },
  },

  /** One per bound of load/limits.ts, given the bound. */
  limits: {
    fileBytes: (bytes: number): Message => ({
      reason: `Filen är större än ${number(bytes / 1024)} kB, mer än någon överenskommelse behöver.`,
      fix: 'Kontrollera att det är rätt fil: en textfil med överenskommelsens text, inte en bild, en PDF eller en export från ett annat program. Dela annars upp texten.',
    }),
    lines: (lines: number): Message => ({
      reason: `Filen har fler än ${number(lines)} rader, mer än någon överenskommelse behöver.`,
      fix: rightFileOrSplit,
    }),
    blockNesting: (levels: number): Message => ({
      reason: `Citat och listor är inkapslade i varandra mer än ${levels} nivåer djupt på den här raden.`,
      fix: 'Skriv texten med färre nivåer: en lista i en lista räcker nästan alltid. Tecknen ">" och "-" i början av raden öppnar varsin nivå.',
    }),
    emphasisMarkersPerParagraph: (markers: number): Message => ({
      reason: `Stycket har fler än ${number(markers)} tecken för kursiv, fetstil eller genomstrykning (*, _ och ~).`,
      fix: 'Ta bort överflödiga * _ ~, eller dela upp stycket med en tom rad.',
    }),
    footnotes: (footnotes: number): Message => ({
      reason: `Filen har fler än ${number(footnotes)} fotnoter och fotnotshänvisningar ([^…]).`,
      fix: 'Kontrollera fotnoterna: en överenskommelse har sällan fler än några tiotal.',
    }),
    treeDepth: (levels: number): Message => ({
      reason: `Texten är inkapslad mer än ${levels} nivåer djupt (citat, listor, kursiv och länkar i varandra).`,
      fix: 'Skriv texten med färre nivåer i varandra.',
    }),
    treeNodes: (nodes: number): Message => ({
      reason: `Texten består av fler än ${number(nodes)} delar (stycken, listpunkter, länkar, betoningar).`,
      fix: rightFileOrSplit,
    }),
    yamlAliases: (aliases: number): Message => ({
      reason: `YAML-texten använder alias (*namn) mer än ${aliases} gånger, eller alias av alias som växer sig enorma när de läses.`,
      fix: 'Skriv ut värdena i stället för att hänvisa till dem med & och *: uppgifterna behöver inga alias.',
    }),
    yamlDepth: (levels: number): Message => ({
      reason: `YAML-texten är inkapslad mer än ${levels} nivåer djupt.`,
      fix: 'Kontrollera indraget och hakparenteserna: uppgifterna är aldrig mer än några nivåer djupa.',
    }),
    folderEntries: (entries: number): Message => ({
      reason: `Mappen har fler än ${number(entries)} filer och mappar.`,
      fix: 'Kontrollera att mappen inte har fått med filer som inte hör till innehållet.',
    }),
  },

  yaml: {
    /** The meaning of the parser's error. */
    reason: (meaning: string) => `YAML-fel: ${meaning}.`,
    /** A code the words below do not have (a newer parser's): its own, English, words in parentheses. */
    unknownReason: (parser: string) => `YAML-fel: texten går inte att läsa som YAML (${parser}).`,
    /**
     * What each of the parser's error codes means and how to mend it; a code without a fix
     * takes the fallback's. Typed by the parser's ErrorCode, so a code it adds is a compile error here.
     */
    errors: {
      DUPLICATE_KEY: {
        reason: 'samma nyckel står två gånger',
        fix: 'Samma nyckel står två gånger: ta bort eller byt namn på den ena.',
      },
      TAB_AS_INDENT: { reason: 'tabb används som indrag', fix: 'Använd mellanslag i stället för tabb för indrag.' },
      BAD_INDENT: {
        reason: 'fel indrag, eller en [ eller { som aldrig avslutas',
        fix: 'Kontrollera att varje [ har sin ] och varje { sin }, och indraget: nycklar på samma nivå ska börja i samma kolumn, och använd mellanslag, inte tabb.',
      },
      MISSING_CHAR: {
        reason: 'ett avslutande tecken saknas (ett citattecken, en ] eller en }), eller ett kolon efter en nyckel',
        fix: 'Kontrollera att varje [ har sin ], varje { sin }, varje citattecken sitt avslutande citattecken, och att varje nyckel följs av ett kolon.',
      },
      BLOCK_AS_IMPLICIT_KEY: { reason: 'ett kolon mitt i ett värde läses som en ny nyckel' },
      MULTILINE_IMPLICIT_KEY: { reason: 'en nyckel måste stå på en rad' },
      KEY_OVER_1024_CHARS: {
        reason: 'en nyckel är längre än 1 024 tecken',
        fix: 'Kontrollera raden: ett kolon har troligen kommit med i en lång text, som då ska stå inom citattecken.',
      },
      TAG_RESOLVE_FAILED: {
        reason: 'en okänd tagg (!!…) står framför värdet',
        fix: 'Ta bort taggen: uppgifterna är vanlig text, tal och listor utan taggar.',
      },
      BAD_COLLECTION_TYPE: {
        reason: 'en tagg (!!…) står framför ett värde av annat slag än taggen anger',
        fix: 'Ta bort taggen: uppgifterna är vanlig text, tal och listor utan taggar.',
      },
      MULTIPLE_TAGS: {
        reason: 'värdet har mer än en tagg (!!…)',
        fix: 'Ta bort taggarna: uppgifterna är vanlig text, tal och listor utan taggar.',
      },
      MULTIPLE_ANCHORS: {
        reason: 'värdet har mer än ett ankare (&namn)',
        fix: 'Ta bort ankarna (&namn): uppgifterna behöver inga ankare eller alias.',
      },
      ALIAS_PROPS: {
        reason: 'ett alias (*namn) kan inte ha ett ankare (&) eller en tagg (!!)',
        fix: 'Skriv ut värdet i stället för aliaset: uppgifterna behöver inga ankare eller alias.',
      },
      BAD_ALIAS: {
        reason: 'ett alias (*namn) hänvisar till ett ankare (&namn) som inte finns, eller är felskrivet',
        fix: 'Skriv ut värdet i stället för aliaset, eller sätt texten inom citattecken om * ska stå i den.',
      },
      BAD_PROP_ORDER: {
        reason: 'ett ankare (&) eller en tagg (!) står på fel ställe',
        fix: 'Sätt texten inom citattecken om & eller ! ska stå i den.',
      },
      BAD_DIRECTIVE: {
        reason: 'en rad som börjar med % läses som ett YAML-direktiv, och det är inte ett giltigt',
        fix: 'Ta bort raden, eller sätt texten inom citattecken om % ska stå först i den.',
      },
      BAD_DQ_ESCAPE: {
        reason: 'ett omvänt snedstreck (\\) inom "citattecken" följs av ett tecken som inte kan stå där',
        fix: 'Skriv \\\\ för ett omvänt snedstreck inom "citattecken", eller använd enkla citattecken (\'…\').',
      },
      BAD_SCALAR_START: {
        reason: 'värdet börjar med ett tecken som inte får stå först utan citattecken (t.ex. @, ` eller %)',
        fix: 'Sätt värdet inom citattecken.',
      },
      BLOCK_IN_FLOW: {
        reason: 'en lista med "- " eller nycklar på egna rader står inne i [ ] eller { }',
        fix: 'Skriv antingen hela listan inom [ ] med komma mellan värdena, eller en rad "- värde" per värde utan hakparenteser.',
      },
      NON_STRING_KEY: {
        reason: 'en nyckel är en lista eller har nycklar i sig',
        fix: 'Skriv nyckeln som vanlig text följd av ett kolon, och sätt den inom citattecken om den börjar med [ eller {.',
      },
      MULTIPLE_DOCS: {
        reason: 'filen innehåller mer än ett YAML-dokument (en rad "---" för mycket)',
        fix: 'Ta bort den extra raden "---": uppgifterna ska vara ett enda YAML-dokument.',
      },
      UNEXPECTED_TOKEN: { reason: 'ett tecken står där det inte kan stå (t.ex. ett kolon, en ] eller en } för mycket)' },
      RESOURCE_EXHAUSTION: {
        reason: 'alias (*namn) växer sig för stora när de läses',
        fix: 'Skriv ut värdena i stället för att hänvisa till dem med & och *: uppgifterna behöver inga alias.',
      },
      IMPOSSIBLE: { reason: 'YAML-läsaren kom i ett läge den inte ska kunna komma i' },
    } satisfies Record<ErrorCode, { reason: string; fix?: string }> as Record<string, { reason: string; fix?: string } | undefined>,
    fallback: {
      fix: 'Kontrollera raden: text med kolon (:) eller som börjar med ett specialtecken ska stå inom citattecken.',
    },
  },

  frontmatter: {
    /** What a Markdown file's frontmatter holds the facts about. */
    about: { focusArea: 'fokusområdet', promise: 'medborgarlöftet' },
    unclosed: (about: string): Message => ({
      reason: `Frontmatter med uppgifterna om ${about} börjar med "---" på rad 1 men avslutas aldrig.`,
      fix: 'Skriv en rad med bara "---" efter uppgifterna, före texten.',
    }),
    missing: (about: string): Message => ({
      reason: `Filen saknar frontmatter med uppgifterna om ${about}.`,
      fix: 'Börja filen med en rad "---", sedan uppgifterna i YAML (t.ex. "id: …" och "title: …"), sedan en rad "---".',
    }),
  },

  editionFileMissing: (edition: string, file: string): Message => ({
    reason: `Utgåvan "${edition}" saknar filen ${file}.`,
    fix: 'Varje mapp under agreement/ är en utgåva med edition.yaml (uppgifterna) och text.md (texten). Skapa en ny utgåva med npm run new-edition -- <id> --from <utgåva>.',
  }),

  /** Data that does not fit its schema; `where` is the path to the value (`signatories[0].party`), empty at the top. */
  schema: {
    /** Added to the first schema error of an edition.yaml whose required keys are missing or wrong: the checks that need them wait. */
    checkedWhenMended: 'Övriga kontroller av uppgifterna i edition.yaml görs när felen här är rättade; texten och fokusområdena är kontrollerade.',
    unknownKey: (name: string, where: string, allowed: readonly string[]): Message => ({
      reason: `Okänd nyckel "${name}"${where ? ` i ${where}` : ''}.`,
      fix: `Kontrollera stavningen. Tillåtna nycklar här: ${allowed.join(', ')}.`,
    }),
    missingKey: (name: string, where: string, description: string | undefined): Message => ({
      reason: `Nyckeln "${name}" saknas${where ? ` i ${where}` : ''}.`,
      fix: `Lägg till "${name}: …".${description ? ` ${description}` : ''}`,
    }),
    notAllowed: (where: string, value: string, allowed: readonly string[], description: string | undefined): Message => ({
      reason: `${where || 'Värdet'}: ${value} är inte ett tillåtet värde.`,
      fix: `Använd ett av: ${allowed.join(', ')}.${description ? ` ${description}` : ''}`,
    }),
    wrongShape: (where: string, value: string, description: string | undefined): Message => ({
      reason: `${where || 'Värdet'}: ${value} har fel form.`,
      fix: description ?? seeSchema,
    }),
    /** A string that breaks the schema's pattern; the schema's description says the form, with an example. */
    wrongForm: (where: string, value: string, description: string | undefined): Message => ({
      reason: `${where || 'Värdet'}: ${value} har inte rätt form.`,
      fix: description ?? seeSchema,
    }),
    /** A value of the wrong kind; `expected` is a JSON Schema type. */
    wrongType: (where: string, expected: string, description: string | undefined): Message => ({
      reason: `${where || 'Filen'}: här ska stå ${TYPE_NAMES[expected] ?? expected}.`,
      fix: description ?? seeSchema,
    }),
    /** A number or true/false where text is wanted: `line` is the line as it should be written. */
    quoteIt: (where: string, line: string): Message => ({
      reason: `${where}: här ska stå text, och YAML läser värdet som ett tal eller som sant/falskt.`,
      fix: `Skriv värdet inom citattecken: ${line}`,
    }),
    /** Whether strayCharacter names `character`: a value of a fixed form is searched for those it names. */
    isStray: (character: string): boolean => Object.hasOwn(STRAY_CHARACTERS, character),
    /** A character that does not belong in the value and cannot be seen, or looks like another; one isStray says is. */
    strayCharacter: (where: string, character: string, column: number): Message => {
      const { name, fix } = STRAY_CHARACTERS[character]!;
      return { reason: `${where || 'Värdet'}: värdet innehåller ${name} (${codePoint(character)}) i kolumn ${column}.`, fix };
    },
    invalid: (where: string, message: string | undefined, description: string | undefined): Message => ({
      reason: `${where || 'Filen'}: ${message ?? 'ogiltigt värde'}.`,
      fix: description ?? seeSchema,
    }),
  },
};
