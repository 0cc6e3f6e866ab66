// What the content rules say, in Swedish: for each finding, what is wrong as a fact about the
// content (reason) and how to fix it in words a coordinator can act on (fix). Keyed by rule id.
import { characterNames, codePoint } from './characters.ts';
import { listOrNone as list } from './list.ts';

interface Message {
  reason: string;
  fix: string;
}

/**
 * The ids that exist, in parentheses after a "missing" message; and the files that could not be
 * read, when there are some: with them unread, "none" would not be true.
 */
function known(existing: readonly string[], unread: readonly string[]): string {
  if (unread.length === 0) return `finns: ${list(existing)}`;
  const unreadPart = `kunde inte läsas: ${unread.join(', ')}`;
  return existing.length === 0 ? unreadPart : `finns: ${existing.join(', ')}; ${unreadPart}`;
}

/** What the invisible characters text-characters meets most often are (their names: sv/characters.ts). */
const invisibleNames: Record<string, { name: string; what: string }> = Object.fromEntries(
  Object.entries({
    '\u00AD': 'ett osynligt avstavningsförslag som ofta följer med text från ett ordbehandlingsprogram',
    '\u200B': 'ett osynligt tecken',
    '\u200C': 'ett osynligt tecken',
    '\u200D': 'ett osynligt tecken',
    '\u2060': 'ett osynligt tecken',
    '\uFEFF': 'ett osynligt tecken',
    '\u2028': 'ett tecken som ser ut som en radbrytning men inte är det',
    '\u2029': 'ett tecken som ser ut som en radbrytning men inte är det',
  }).map(([character, what]) => [character, { name: characterNames[character]!, what }]),
);

export const rules = {
  /** Added to the fix of a finding in the wording of a signed record (validate/check-content.ts). */
  signedRecord: 'Utgåvan är undertecknad och återges som den skrevs under: rätta det i nästa utgåva.',

  'allowed-links': {
    image: {
      reason: 'Texten innehåller en bild. Bilder publiceras inte.',
      fix: 'Ta bort bilden, eller beskriv i text vad den visar. Behövs en karta eller ett diagram: länka till den med [beskrivning](https://…).',
    },
    link: (url: string): Message => ({
      reason: `Länken går till "${url}", som inte publiceras: länken skulle tas bort.`,
      fix: 'Skriv hela webbadressen med https://, en e-postadress med mailto: eller ett telefonnummer med tel:.',
    }),
  },

  'date-order': {
    noEnd: {
      reason: 'Perioden har inget slutdatum.',
      fix: 'Skriv "end: ÅÅÅÅ-MM-DD" (sista dagen), eller "openEnded: true" om den gäller tills vidare.',
    },
    endAndOpenEnded: {
      reason: 'Perioden har både ett slutdatum och openEnded: true.',
      fix: 'Ta bort det ena: end för en bestämd period, openEnded för tills vidare.',
    },
    endBeforeStart: (start: string, end: string): Message => ({
      reason: `Perioden slutar (${end}) innan den börjar (${start}).`,
      fix: 'Kontrollera start och end: start är första dagen, end sista dagen.',
    }),
    signedAfterEnd: (signed: string, end: string): Message => ({
      reason: `Överenskommelsen skrivs under (${signed}) efter att perioden har slutat (${end}).`,
      fix: 'Kontrollera datumet för underskriften och perioden.',
    }),
    decidedAfterSigned: (decided: string, signed: string): Message => ({
      reason: `Beslutet (${decided}) är daterat efter underskriften (${signed}).`,
      fix: 'Kontrollera datumen: vanligtvis beslutas överenskommelsen innan den skrivs under.',
    }),
  },

  'focus-area-references': {
    listedTwice: (id: string, firstNumber: number): Message => ({
      reason: `Fokusområdet "${id}" står två gånger i focusAreas (först som nummer ${firstNumber}).`,
      fix: 'Ta bort den ena raden: varje fokusområde står en gång, där det ska stå i ordningen.',
    }),
    /** `unread`: the edition's focus-area files that could not be read. */
    noFile: (id: string, path: string, inEdition: string, existing: readonly string[], unread: readonly string[]): Message => ({
      reason: `Fokusområdet "${id}" finns inte: det finns ingen fil ${path} med det id:t.`,
      fix: `Skapa filen ${inEdition}, eller rätta stavningen (${known(existing, unread)}).`,
    }),
    notListed: (id: string, editionFile: string): Message => ({
      reason: `Fokusområdet "${id}" står inte i focusAreas i ${editionFile} och kommer inte med i texten.`,
      fix: `Lägg till "${id}" i focusAreas där det ska stå i ordningen, eller ta bort filen.`,
    }),
    inNoEdition: (id: string, existing: readonly string[]): Message => ({
      reason: `Fokusområdet "${id}" finns inte i någon utgåva.`,
      fix: `Använd id:t för ett fokusområde som en utgåva listar (finns: ${existing.join(', ')}).`,
    }),
  },

  'footnote-references': {
    literalCall: (label: string): Message => ({
      reason: `Fotnoten [^${label}] har ingen text, så hänvisningen syns som den står.`,
      fix: `Lägg till en rad "[^${label}]: fotnotens text" i samma fil, eller rätta etiketten.`,
    }),
    definedTwice: (label: string, firstLine: number | undefined): Message => ({
      reason: `Fotnoten [^${label}] är definierad två gånger (först på rad ${firstLine}).`,
      fix: 'Ge den ena fotnoten en egen etikett, t.ex. [^hobit-2], och använd den där den ska stå.',
    }),
    noDefinition: (label: string): Message => ({
      reason: `Fotnoten [^${label}] har ingen text.`,
      fix: `Lägg till en rad "[^${label}]: fotnotens text" i samma fil, eller rätta etiketten.`,
    }),
    unused: (label: string): Message => ({
      reason: `Fotnoten [^${label}] används aldrig i texten.`,
      fix: `Skriv [^${label}] där fotnoten ska hänvisas, eller ta bort den.`,
    }),
  },

  'known-directives': {
    onlyInText: (written: string): Message => ({
      reason: `${written} kan bara stå i utgåvans text.md.`,
      fix: 'Flytta markeringen till text.md.',
    }),
    unknown: (written: string, listMarker: string, descriptionsMarker: string): Message => ({
      reason: `Okänd markering "${written}".`,
      fix: `Om du menade ett vanligt kolon, skriv \\: (omvänt snedstreck före kolonet). Kända markeringar, på egen rad i text.md: ${listMarker} och ${descriptionsMarker}.`,
    }),
    twice: (marker: string): Message => ({
      reason: `${marker} står mer än en gång.`,
      fix: 'Fokusområdena tas med en gång: ta bort den extra markeringen.',
    }),
    notPlaced: (listMarker: string, descriptionsMarker: string): Message => ({
      reason: 'Fokusområdena syns inte i texten.',
      fix: `Skriv ${listMarker} på en egen rad där listan ska stå och ${descriptionsMarker} där beskrivningarna ska stå.`,
    }),
  },

  'no-duplicate-footnote': {
    again: (earlier: string, text: string): Message => ({
      reason: `Samma fotnotstext står redan i ${earlier}: "${text}".`,
      fix: 'Hänvisa till den första fotnoten igen (samma [^etikett]) i stället för att upprepa texten.',
    }),
  },

  'no-other-municipality': {
    /** Where allowedPlaceNames is written, for a promise's text and for the glossary's. */
    promiseFrontmatter: (path: string) => `frontmatter i ${path}`,
    glossary: 'ordlistan',
    other: (name: string, own: readonly string[], where: string): Message => ({
      reason: `Texten nämner ${name}, en annan kommun än ${own.join(' eller ') || 'den egna'}.`,
      fix: `Om det är en rest från en annan kommuns text: byt till rätt namn. Om det är avsiktligt: lägg "${name}" i allowedPlaceNames i ${where}.`,
    }),
  },

  'no-placeholders': {
    left: (placeholder: string, draft: boolean): Message => ({
      reason: `Platshållaren "${placeholder}" står kvar.`,
      fix: `Ersätt den med det riktiga innehållet. ${draft ? 'Det går bra i ett utkast, men måste vara klart innan utgåvan blir final.' : 'Bara ett utkast får ha platshållare.'}`,
    }),
  },

  'no-raw-html': {
    html: (written: string): Message => ({
      reason: `Texten innehåller HTML: ${JSON.stringify(written)}.`,
      fix: 'Skriv med Markdown i stället: *kursiv*, **fet**, [länktext](https://…), "- " för punktlistor. HTML tas bort vid publicering.',
    }),
  },

  'promise-references': {
    otherForm: (id: string, firstArea: string, firstForm: string): Message => ({
      reason: `Medborgarlöftet "${id}" citeras redan i fokusområdet "${firstArea}" med en annan fotnotsform; fotnoten får den formen.`,
      fix: `Använd samma footnote-form ("${firstForm}") i båda fokusområdena, eller ta bort den här för att använda den.`,
    }),
    /** `unread`: the promise files that could not be read, one of which may be meant. */
    missing: (id: string, existing: readonly string[], unread: readonly string[]): Message => ({
      reason: `Medborgarlöftet "${id}" finns inte.`,
      fix: `Skapa promises/${id}.md, eller rätta id:t (${known(existing, unread)}).`,
    }),
    areaNotNamed: (area: string, id: string, promiseFile: string): Message => ({
      reason: `Fokusområdet "${area}" hänvisar till medborgarlöftet "${id}", men löftet nämner inte fokusområdet.`,
      fix: `Lägg till "${area}" i focusAreas i ${promiseFile}.`,
    }),
  },

  'signatory-party': {
    unknownParty: (name: string, party: string, parties: readonly string[]): Message => ({
      reason: `${name} skriver under för parten "${party}", som inte finns i parties.`,
      fix: `Använd id:t för en av parterna: ${parties.join(', ')}.`,
    }),
    noSignatory: (name: string, id: string): Message => ({
      reason: `${name} har ingen undertecknare.`,
      fix: `Lägg till en undertecknare med "party: ${id}" under signatories.`,
    }),
  },

  'confirmed-signatories': {
    unconfirmed: (name: string, status: string): Message => ({
      reason: `${name} är inte bekräftad som undertecknare (confirmed: false), men dokumentet har status ${status}.`,
      fix: 'Bekräfta vem som skriver under och ta bort confirmed: false, eller sätt tillbaka status: draft.',
    }),
  },

  'period-matches-id': {
    start: (id: string, start: string, year: number): Message => ({
      reason: `Perioden börjar ${start}, men utgåvans id ${id} säger att den börjar ${year}.`,
      fix: 'Rätta period.start i edition.yaml, eller skapa utgåvan med ett id som stämmer med perioden.',
    }),
    end: (id: string, end: string, year: number): Message => ({
      reason: `Perioden slutar ${end}, men utgåvans id ${id} säger att den slutar ${year}.`,
      fix: 'Rätta period.end i edition.yaml, eller skapa utgåvan med ett id som stämmer med perioden.',
    }),
  },

  'signed-edition-locked': {
    lockUnreadable: (lockFile: string, problem: string): Message => ({
      reason: `${lockFile} går inte att läsa. ${problem}`,
      fix: `Återställ filen från git (git checkout -- ${lockFile}); den skrivs bara av npm run lock.`,
    }),
    editionGone: (id: string, folder: string): Message => ({
      reason: `Den låsta utgåvan ${id} finns inte längre (${folder}/ saknas eller är tom).`,
      fix: `Återställ ${folder}/ från git. En undertecknad utgåva tas inte bort.`,
    }),
    changed: (path: string, id: string): Message => ({
      reason: `${path} har ändrats sedan utgåvan ${id} låstes som undertecknad.`,
      fix:
        `En undertecknad utgåva får inte ändras. Ångra ändringen (git checkout -- ${path}) och gör ändringen i en ny utgåva ` +
        `(npm run new-edition -- <id> --from ${id}). Är ändringen avsiktlig och godkänd av parterna: lås om med npm run lock -- ${id} --force.`,
    }),
    /**
     * A promise is a file of its own that editions cite, not part of one: a new edition would
     * cite the same changed file, so the new wording goes in a new promise file.
     */
    promiseChanged: (path: string, id: string): Message => ({
      reason: `${path} har ändrats sedan utgåvan ${id} låstes som undertecknad.`,
      fix:
        `Ett medborgarlöfte som en undertecknad utgåva hänvisar till får inte ändras. Ångra ändringen (git checkout -- ${path}). ` +
        'Ska löftet lyda annorlunda från nu: skriv det som ett nytt medborgarlöfte i en ny fil under promises/ och hänvisa till det från utkastet till nästa utgåva. ' +
        `Är ändringen avsiktlig och godkänd av parterna: lås om med npm run lock -- ${id} --force.`,
    }),
    added: (path: string, id: string): Message => ({
      reason: `${path} har lagts till i utgåvan ${id}, som är låst som undertecknad.`,
      fix: `Ta bort filen och lägg ändringen i en ny utgåva (npm run new-edition -- <id> --from ${id}).`,
    }),
    removed: (path: string, id: string): Message => ({
      reason: `${path} har tagits bort ur utgåvan ${id}, som är låst som undertecknad.`,
      fix: `Återställ filen från git (git checkout -- ${path}).`,
    }),
    notLocked: (id: string): Message => ({
      reason: `Utgåvan ${id} är undertecknad men inte låst, så en ändring i den märks inte.`,
      fix: `Lås den med npm run lock -- ${id} när texten är den som skrevs under.`,
    }),
  },

  'signed-pdf-record': {
    unusable: (path: string, why: string): Message => ({
      reason: `${path} går inte att använda som utgåvans undertecknade PDF: ${why}.`,
      fix: 'Lägg in den undertecknade PDF:en som en vanlig fil, oförändrad som den kom från den som skrev under sist, eller ta bort den.',
    }),
    why: {
      notAFile: 'det är ingen vanlig fil (utan t.ex. en symbolisk länk)',
      unreadable: (code: string) => `den går inte att läsa (${code})`,
      tooLarge: (megabytes: number, limit: number) => `den är ${megabytes} MB, mer än ${limit} MB`,
      notAPdf: (detail: string) => `den går inte att läsa som PDF (${detail})`,
    },
    unsigned: (path: string, id: string): Message => ({
      reason: `${path} har ingen digital underskrift, men skulle publiceras som den undertecknade PDF:en för utgåvan ${id}.`,
      fix: `Lägg in PDF:en först när den är underskriven (npm run verify -- ${path} visar underskrifterna), eller ta bort filen.`,
    }),
    broken: (path: string, fields: readonly string[]): Message => ({
      reason: `Underskrifterna i ${path} håller inte (${list(fields.map((field) => `"${field}"`))}): PDF:en har ändrats efter att den skrevs under.`,
      fix: `Lägg in den undertecknade PDF:en igen, oförändrad som den kom från den som skrev under sist. npm run verify -- ${path} visar vad som har ändrats.`,
    }),
    noDigest: (path: string, id: string): Message => ({
      reason: `${path} saknar källornas kontrollsumma, så det går inte att visa att den säger det som källorna till utgåvan ${id} säger.`,
      fix: `Skriv under den PDF som npm run build gör av utgåvan (dist/${id}/), inte en PDF som gjorts på annat sätt.`,
    }),
    mismatch: (path: string, id: string): Message => ({
      reason: `Källorna till utgåvan ${id} har ändrats sedan ${path} gjordes: den undertecknade PDF:en säger inte det som källorna säger.`,
      fix:
        `Återställ källorna till det som skrevs under (git log -p -- agreement/${id} promises visar ändringarna). ` +
        `Ska ändringen gälla, gör den i en ny utgåva (npm run new-edition -- <id> --from ${id}).`,
    }),
  },

  'unique-ids': {
    /** What else uses an id, by the kind of thing it names. */
    others: {
      edition: 'en annan utgåva',
      party: 'en annan part',
      focusArea: 'ett annat fokusområde',
      promise: 'ett annat medborgarlöfte',
      term: 'ett annat begrepp',
      target: 'ett annat publiceringsmål',
    },
    /** What an id must match. */
    folder: 'mappen',
    file: 'filen',
    taken: (id: string, other: string, earlier: string, fix = 'Ge det ett eget id: id:n blir adresser på webben och måste vara unika.'): Message => ({
      reason: `Id "${id}" används redan för ${other} i ${earlier}.`,
      fix,
    }),
    /** A publishing target's id is no address, but what npm run publish is given. */
    targetFix: 'Varje mål behöver ett eget id, det som skrivs i npm run publish -- <id>: byt id på det ena målet eller ta bort det.',
    notItsName: (id: string, what: string, expected: string): Message => ({
      reason: `Id "${id}" stämmer inte med ${what} "${expected}".`,
      fix: `Ändra id till "${expected}", eller byt namn på ${what} till "${id}".`,
    }),
  },

  'valid-dates': {
    notInCalendar: (written: string): Message => ({
      reason: `Datumet "${written}" finns inte i kalendern.`,
      fix: 'Rätta datumet (skriv ÅÅÅÅ-MM-DD, t.ex. 2026-06-30).',
    }),
  },
  'safe-paths': {
    device: (name: string): Message => ({
      reason: `"${name}" är ett namn som Windows reserverar för en enhet: arkivet går inte att klona på Windows.`,
      fix: 'Byt namn på filen eller mappen (och dess id) till något annat.',
    }),
    caseCollision: (path: string, earlier: string): Message => ({
      reason: `"${path}" skiljer sig från "${earlier}" bara i stora och små bokstäver: på Windows och macOS blir de samma.`,
      fix: 'Slå ihop dem, eller ge dem namn som skiljer sig åt i mer än stora och små bokstäver.',
    }),
    buildName: (id: string): Message => ({
      reason: `Utgåvan "${id}" heter som en del av det bygget självt skriver (compare, index.html, promises …): dess sidor skulle hamna ovanpå byggets egna.`,
      fix: 'Ge utgåvan ett annat id och mappnamn, helst dess period, t.ex. "2026-2029".',
    }),
  },

  'no-title-heading': {
    titleHeading: (text: string): Message => ({
      reason: `Rubriken "${text}" har nivå 1 (#), som är dokumentets titel: sidan skulle få två huvudrubriker.`,
      fix: 'Börja rubriken med ## (eller fler #). Titeln står i title i edition.yaml.',
    }),
  },
  'appendix-promise-status': {
    /** `cited`: by a focus area of the edition, else named in appendixTo; `signed`: the edition is signed. */
    draft: (id: string, edition: string, status: string, cited: boolean, signed: boolean): Message => ({
      reason: `Medborgarlöftet "${id}" är ett förslag (status: draft), men står i bilagan till utgåvan ${edition}, som är ${status}: bilagan visar det som "Status Förslag".`,
      fix: signed
        ? 'Sätt status: active (eller ended) om löftet gäller eller har gällt: statusen hör inte till det som låstes och får ändras efter underskriften. ' +
          (cited
            ? 'Är löftet fortfarande ett förslag, hör det inte till en undertecknad överenskommelse: ta bort hänvisningen till det i nästa utgåva.'
            : `Hör löftet inte till den undertecknade överenskommelsen: ta bort appendixTo: ${edition} ur löftet.`)
        : `Sätt status: active när löftet är undertecknat eller bekräftat, eller ${cited ? 'ta bort hänvisningen till det i utgåvans fokusområden innan utgåvan skrivs under' : `ta bort appendixTo: ${edition} ur löftet`}.`,
    }),
  },
  'heading-levels': {
    /** Where the previous heading is, as the end of the reason's first clause. */
    after: (text: string, level: number) => `direkt efter rubriken "${text}" på nivå ${level}`,
    /** What a document's first heading is rendered under, by the level that heading has. */
    under: {
      title: (level: number) => `direkt under dokumentets titel (nivå ${level})`,
      focusArea: (level: number) => `direkt under fokusområdets rubrik, fast beskrivningens högsta rubriknivå är ${level + 1}`,
      situation: (level: number) => `direkt under rubriken "Situationen idag" (nivå ${level})`,
    },
    skipped: (text: string, level: number, expected: number, after: string): Message => ({
      reason:
        `Rubriken "${text}" har nivå ${level} (${'#'.repeat(level)}) ${after}: ${expected === level - 1 ? `nivå ${expected} hoppas` : `nivåerna ${expected}–${level - 1} hoppas`} över, ` +
        'och skärmläsare och PDF:ens struktur (PDF/UA) kräver att nivåerna följer på varandra.',
      fix: `Använd ${'#'.repeat(expected)} här, eller lägg en rubrik på nivå ${expected} före den.`,
    }),
  },
  'derived-from': {
    missing: (from: string, existing: readonly string[]): Message => ({
      reason: `Utgåvan "${from}" som den här utgåvan sägs vara skapad från (derivedFrom) finns inte.`,
      fix: `Rätta id:t till en befintlig utgåva (finns: ${list(existing)}), eller ta bort raden derivedFrom.`,
    }),
    itself: (id: string): Message => ({
      reason: `Utgåvan sägs vara skapad från sig själv (derivedFrom: ${id}).`,
      fix: 'Skriv id:t för utgåvan den skapades från, eller ta bort raden derivedFrom.',
    }),
  },
  'text-characters': {
    /** Each message is given the character and writes its code point. */
    control: (character: string): Message => ({
      reason: `Texten innehåller styrtecknet ${codePoint(character)}, som inte hör hemma i en text (binära data eller en terminalkod).`,
      fix: 'Ta bort tecknet: det syns inte i editorn, så radera och skriv om ordet där det står. Är filen inte en textfil, ta bort den.',
    }),
    bidi: (character: string): Message => ({
      reason: `Texten innehåller en osynlig riktningsmarkering (${codePoint(character)}) som får texten att visas i en annan ordning än den är skriven.`,
      fix: 'Ta bort tecknet: radera och skriv om ordet där det står. Svensk text behöver inga riktningsmarkeringar.',
    }),
    /** `word` is the word the character stands in (without it), `more` how many others the file has. */
    invisible: (character: string, word: string, more: number): Message => {
      const code = codePoint(character);
      const { name, what } = invisibleNames[character] ?? { name: 'ett osynligt formattecken', what: 'ett osynligt tecken' };
      return {
        reason:
          `Texten innehåller ${name} (${code}), ${what}${word ? `, i "${word}"` : ''}. Ordet är då inte samma ord för sökning, jämförelse och kontrollerna.` +
          (more > 0 ? ` Filen har ${more} till.` : ''),
        fix:
          `Ta bort tecknet: radera och skriv om ordet där det står, eller ersätt alla ${code} i filen med ingenting (sök och ersätt).` +
          (character === '\u00AD' ? ' Sidan och PDF:en avstavar själva.' : ' Det kommer ofta med när text klistras in från en webbsida eller ett ordbehandlingsprogram.'),
      };
    },
    decomposed: (mark: string): Message => ({
      reason: `Bokstaven på den här platsen är skriven som en grundbokstav och ett separat tecken (${codePoint(mark)}), inte som ett tecken.`,
      fix: 'Skriv om bokstaven (t.ex. å, ä, ö, é) med tangentbordet, eller spara filen normaliserad som NFC.',
    }),
  },
  'no-html-in-text': {
    tag: (tag: string): Message => ({
      reason: `Texten innehåller HTML: "${tag}". Den visas som tecken på sidan, aldrig som HTML.`,
      fix: 'Skriv texten utan HTML. Rubriker, länkar och betoning skrivs i Markdown-texten, inte i uppgifterna.',
    }),
  },
  sic: {
    unused: (file: string, rule: string, text: string): Message => ({
      reason: `Posten gäller inget längre: ${rule} varnar inte för "${text}" i ${file}.`,
      fix: 'Ta bort posten. Kontrollera annars att file, rule och text är skrivna som npm run check skrev varningen: text är orden som de står i filen där varningen pekar.',
    }),
    notSigned: (file: string, rule: string, text: string): Message => ({
      reason: `Posten kvitterar ${rule} för "${text}" i ${file}, men det är inte en undertecknad utgåvas text.`,
      fix: 'Bara en undertecknad utgåvas kända fel kan kvitteras här, eftersom den återges som den skrevs under. Rätta felet i texten och ta bort posten.',
    }),
  },
};
