// What the commands say, in Swedish: each command's usage text, its refusals of arguments, and
// what it reports when it is done. The usage and the argument errors come before any content is
// read, so the commands reach them through `sv` directly; what a command says after loading the
// content, it takes from wordsFor(content.site.language), like the rules' messages.
import { format } from './format.ts';
import { listOrNone } from './list.ts';

/** A certificate's holder or issuer that the signature does not name. */
const unknownParty = 'okänd';

export const commands = {
  // What every command shares: node:util's parseArgs speaks English; the coordinator reads Swedish.
  unknownOption: (option: string) => `Okänt alternativ ${option}.`,
  optionNeedsValue: (option: string) => `Alternativet ${option} behöver ett värde.`,
  optionTakesNoValue: (option: string) => `Alternativet ${option} tar inget värde.`,
  unknownArgument: (args: readonly string[]) => `Okänt argument: ${args.join(' ')}`,
  unknownCommand: (name: string, names: readonly string[]) => `Okänt kommando "${name}". Kommandon: ${names.join(', ')}.`,
  unknownFormat: (format: string) => `Okänt format "${format}".`,
  /** A fault in the tool, not in the content: one line for the user, the stack only with DEBUG. */
  internalError: (detail: string) => `Oväntat fel i verktyget (inte i innehållet): ${detail}\nKör igen med DEBUG=1 för detaljer, och rapportera felet.`,
  wrote: (path: string) => `Skrev ${path}`,
  /** A file named on the command line: `what` names it, capitalised (readInput.pdf, readInput.file). */
  readInput: {
    pdf: 'PDF:en',
    file: 'Filen',
    missing: (what: string, path: string) => `${what} ${path} finns inte.`,
    unreadable: (what: string, path: string, detail: string) => `Kan inte läsa ${what.toLowerCase()} ${path} (${detail}).`,
  },

  check: {
    usage: `Användning: npm run check [-- --format text|json|github] [-- --list-rules]

Kontrollerar allt innehåll i agreement/ och promises/ och skriver ut alla problem med fil,
rad och kolumn. Avslutas med 0 (inga fel, varningar går bra), 1 (fel i innehållet) eller
2 (fel i kommandot eller miljön).

--list-rules   visa reglerna som kontrollen använder`,
  },

  build: {
    usage: `Användning: npm run build [-- --out <mapp>] [-- --site <mål>]

Kontrollerar innehållet och bygger webbsidor och PDF:er till dist/ (eller <mapp>).
--site <mål> bygger för ett publiceringsmål i agreement/webbplats.yaml: sidorna får målets
adresser och absoluta PDF-länkar, och webbplatsen får sin tillgänglighetsredogörelse.
--seal <p12> lägger organisationens sigill (PAdES) på varje utgåvas PDF som inte är ett
utkast, med nyckeln i PKCS#12-filen; lösenordet läses från SIGN_P12_PASSPHRASE. --tsa <url>
lägger till en tidsstämpel. Sidorna visar då de förseglade PDF:ernas kontrollsummor.
dist/ byts ut först när allt har lyckats; ett misslyckat bygge lämnar det förra orört.
Avslutas med 0 (klart), 1 (fel i innehållet) eller 2 (fel i kommandot eller miljön).`,
    tsaWithoutSeal: '--tsa gäller sigillet: ange också --seal <p12>.',
    stopped: 'Bygget stoppades av felen ovan. dist/ är orört.',
    built: (dir: string) => `Byggt till ${dir}`,
  },

  preview: {
    usage: `Användning: npm run preview [-- --port <nummer>] [-- --host <adress>]

Visar webbsidorna på http://127.0.0.1:<port>/ (standard 4000). När du sparar en fil i
agreement/ eller promises/ kontrolleras innehållet igen, sidorna som bygger på filen görs om
och sidan i webbläsaren laddas om av sig själv. Har innehållet problem visar sidan dem, med
fil, rad och kolumn. En PDF skrivs ut först när du öppnar den. Avsluta med Ctrl+C.

--host <adress>   lyssna på en annan adress än 127.0.0.1 (t.ex. 0.0.0.0 för hela nätverket)`,
    badPort: (port: string | undefined) => `Ogiltig port "${port}".`,
    updated: (at: Date) => `Uppdaterat ${at.toLocaleTimeString('sv-SE')}.`,
    showsProblems: 'Sidorna visar problemen ovan tills de är rättade.',
    updateFailed: (detail: string) => `Förhandsvisningen kunde inte uppdateras: ${detail}`,
    running: (url: string) => `Förhandsvisning: ${url}  (Ctrl+C avslutar)`,
    stopped: 'Förhandsvisningen är avslutad.',
  },

  compare: {
    usage: `Användning: npm run compare -- <från> <till> [--out <mapp>] [--html-only]

Jämför två utgåvor och skriver vad <till> ändrar jämfört med <från> till
dist/compare/<från>--<till>/index.html och en PDF bredvid: först en sammanfattning, sedan
ändrade uppgifter, fokusområden, hänvisningar till medborgarlöften och texten ord för ord.

--out <mapp>   skriv till en annan mapp än dist/
--html-only    bara webbsidan, ingen PDF (behöver ingen webbläsare)

Exempel: npm run compare -- 2021-2025 2026-2029`,
    twoEditions: 'Ange två utgåvor: den att jämföra från och den att jämföra med.',
    sameEdition: (id: string) => `Ange två olika utgåvor, inte ${id} två gånger.`,
    contentHasErrors: 'Innehållet har fel (se ovan), så jämförelsen kunde bli ofullständig. Rätta felen först.',
    noEdition: (id: string, known: readonly string[]) => `Det finns ingen utgåva "${id}". Utgåvor: ${listOrNone(known)}.`,
  },

  init: {
    usage: `Användning: npm run init -- --municipality <kommun> --police-area <lokalpolisområde> [--edition <id>] [--force]

Gör en ny klon av repositoriet till ett tomt repositorium för en annan kommun: utgåvorna,
medborgarlöftena och låsen som följde med tas bort, agreement/webbplats.yaml skrivs för den
nya kommunen, och ett utkast med de vanliga avsnitten (agreement/<id>/) och en mall för ett
medborgarlöfte (promises/) skapas. Ordlistan behålls. Körs en gång, på en ny klon: är
repositoriet redan gjort för en kommun vägrar init, och det som inte är incheckat i git
under agreement/ och promises/ tas aldrig bort.

--edition   utkastets id. Standard: fyra år från i år, t.ex. 2026-2029.
--force     börja om från ett tomt repositorium fast repositoriet redan är gjort för en kommun.
            Allt incheckat i agreement/ och promises/ tas bort (det finns kvar i gits historik).

Exempel: npm run init -- --municipality Lekeberg --police-area Örebro`,
    needMunicipality: 'Ange kommunen med --municipality <kommun>.',
    needPoliceArea: 'Ange lokalpolisområdet med --police-area <lokalpolisområde>.',
    notMunicipality: (name: string) =>
      `"${name}" är inte en svensk kommun. Skriv kommunens namn utan "kommun", som i listan över Sveriges 290 kommuner (t.ex. "Lekeberg").`,
    emptyPoliceArea: 'Ange lokalpolisområdets namn med --police-area, t.ex. --police-area Örebro.',
    alreadyDone: (municipality: string, siteFile: string) =>
      `Repositoriet är redan gjort för ${municipality} (${siteFile}), och npm run init tar bort allt i agreement/ och promises/. ` +
      'npm run init körs en gång, på en ny klon. Ska repositoriet ändå börja om från ett tomt: checka in det som ska sparas och kör igen med --force.',
    uncommitted: (paths: readonly string[]) =>
      `Det finns ändringar som inte är incheckade i git (${shortList(paths)}), och npm run init skulle ta bort dem. ` +
      'Checka in dem (git add, git commit) eller ångra dem, och kör sedan igen. Det gäller även med --force.',
    notGitClone: (root: string) =>
      `npm run init tar bort allt i agreement/ och promises/, men ${root} är ingen git-klon, så det går inte att se om något skulle gå förlorat. ` +
      'Kör npm run init på en ny klon av repositoriet (git clone).',
    done: (municipality: string, removed: readonly string[], created: readonly string[]) =>
      `Repositoriet är nu för ${municipality}.\n\nBorttaget:\n${paths(removed)}\nSkapat:\n${paths(created)}\n` +
      'Ersätt varje ATT GÖRA i utkastet och mallen. Kör sedan npm run check.\n',
  },

  newEdition: {
    usage: `Användning: npm run new-edition -- <id> [--from <utgåva>]

Utan --from: skapar ett utkast i agreement/<id>/ från mallen, med de vanliga avsnitten och
ATT GÖRA där texten ska stå. Så förs en överenskommelse som skrevs under på papper in.

Med --from: skapar ett utkast till en ny utgåva i agreement/<id>/ från en befintlig utgåva: texten,
fokusområdena och hänvisningarna till medborgarlöften kopieras; status blir draft; perioden
sätts efter id:t (t.ex. 2026-2029 → 2026-01-01 – 2029-12-31); datumet för underskriften
tas bort; undertecknarna behålls men ska bekräftas. En befintlig utgåva skrivs aldrig över.

Exempel: npm run new-edition -- 2026-2029 --from 2021-2025
         npm run new-edition -- 2017-2020`,
    needId: 'Ange id för den nya utgåvan.',
    oneId: (ids: readonly string[]) => `Ange bara ett id, inte "${ids.join(' ')}".`,
    badId: (id: string, maxLength: number) =>
      `"${id}" går inte att använda som id för en utgåva. Ett id har små bokstäver a–z, siffror och bindestreck (t.ex. "2026-2029"), högst ${maxLength} tecken.`,
    exists: (dir: string) =>
      `${dir} finns redan, och en befintlig utgåva skrivs aldrig över. Välj ett annat id, eller ta bort mappen själv om den verkligen ska ersättas.`,
    noSource: (from: string, file: string, known: readonly string[], agreementDir: string) =>
      `Det finns ingen utgåva "${from}" att utgå från (ingen fil ${file}).` +
      (known.length > 0 ? ` Utgåvor som finns: ${known.join(', ')}.` : ` Det finns inga utgåvor i ${agreementDir}/.`),
    sourceNotYaml: (file: string) => `${file} går inte att läsa som YAML. Kör npm run check och rätta felen först.`,
    /** The comment written above the new edition.yaml, after the editor's schema directive. */
    header: (from: string) => [
      ` Utkast till ny utgåva, skapat med npm run new-edition från ${from}.`,
      ' Texten, fokusområdena och hänvisningarna till medborgarlöften är kopierade: ändra dem fritt.',
    ],
    /** The comment written above the copied signatories. */
    signatoriesComment:
      ' ATT BEKRÄFTA: undertecknarna är kopierade från förra utgåvan. Kontrollera namn och titel\n' +
      ' för varje part och sätt confirmed: true (eller ta bort raden) när det är bekräftat.',
    /** What is left to do, one note each. */
    notes: {
      fromTemplate: (dir: string) => `Ersätt varje ATT GÖRA i ${dir} med texten och uppgifterna som de står i överenskommelsen.`,
      periodSet: (first: number, last: number) =>
        `Perioden är satt till ${first}-01-01 – ${last}-12-31 efter id:t. Ändra period i edition.yaml om den ska vara en annan.`,
      checkKey: (key: string, value: string) => `Kontrollera ${key} i edition.yaml: "${value}".`,
      periodCopied: (id: string, from: string) => `Id:t "${id}" säger inget om perioden, så den är kopierad från ${from}. Sätt period (start och end) i edition.yaml.`,
      titlesCopied: 'Kontrollera title och shortTitle i edition.yaml: de är kopierade oförändrade.',
      decisionRemoved: (keys: readonly string[]) => `Besluten (${keys.join(', ')}) hörde till förra utgåvan och är borttagna. Lägg till de nya besluten när de är fattade.`,
      signatoriesCopied: 'Undertecknarna är kopierade och markerade confirmed: false. Bekräfta vem som skriver under för varje part.',
      oldDates: (place: string, dates: readonly string[]) => `${place} nämner förra periodens datum (${dates.join(', ')}): ändra till den nya perioden.`,
    },
    /** `from` is the edition it was made from, or undefined for the template. */
    created: (dir: string, from: string | undefined, notes: readonly string[]) =>
      `Skapade ${dir} (utkast) från ${from ?? 'mallen'}.\n\nAtt göra:\n${notes.map((note) => `  - ${note}\n`).join('')}\nKör sedan npm run check.\n`,
  },

  lock: {
    usage: (lockFile: string, editionFile: string) => `Användning: npm run lock -- <utgåva> [--force]

Låser en undertecknad utgåva: sparar en kontrollsumma (SHA-256) för varje källfil i
${lockFile}. Därefter misslyckas npm run check om någon av filerna ändras.
Kör kommandot när utgåvan har status: signed i ${editionFile}.

--force   lås om en utgåva som redan är låst, efter en ändring som parterna godkänt.`,
    needEdition: 'Ange en utgåva att låsa.',
    noEdition: (id: string, known: readonly string[]) =>
      `Det finns ingen utgåva "${id}" som går att läsa (utgåvor: ${listOrNone(known)}). Kör npm run check om mappen finns.`,
    notSigned: (id: string, status: string, editionFile: string) =>
      `Utgåvan ${id} har status ${status}, inte signed. Bara en undertecknad utgåva låses: låset visar att texten är ` +
      `den som skrevs under. Sätt status: signed (och ort och datum under signing) i ${editionFile} ` +
      'när överenskommelsen är undertecknad, och kör kommandot igen.',
    hasErrors: (id: string) => `Utgåvan ${id} har fel och låses inte. Rätta felen ovan först.`,
    unchanged: (id: string) => `Utgåvan ${id} är redan låst och har inte ändrats.`,
    /** One line per file that differs from the lock, in the order changed, added, removed. */
    changed: (path: string) => `  ändrad:     ${path}`,
    added: (path: string) => `  tillagd:    ${path}`,
    removed: (path: string) => `  borttagen:  ${path}`,
    alreadyLocked: (id: string, listed: string) =>
      `Utgåvan ${id} är redan låst, och de här filerna har ändrats sedan dess:\n${listed}\n\n` +
      `En undertecknad utgåva ska inte ändras. Lås om med npm run lock -- ${id} --force bara om ändringen är avsiktlig och godkänd av parterna.`,
    relocking: (id: string, listed: string) => `Låser om ${id}:\n${listed}`,
    locked: (id: string, files: number, lockFile: string) => `Låste ${id}: ${files} filer i ${lockFile}.`,
  },

  publish: {
    /** `keep`: how many releases a site keeps (publish-build.ts). */
    usage: (keep: number) => `Användning: npm run publish -- <mål> [--dry-run] [--rollback]

Publicerar dist/ till ett av webbplatsens publiceringsmål (t.ex. kommun eller polisen).
Bygget måste vara gjort från den commit som är utcheckad, utan ändringar efter den, och
kontrollen får inte hitta några fel. Filerna laddas upp som en ny utgåva bredvid den som
syns, och webbplatsen byter till den i ett enda steg; de ${keep} senaste utgåvorna sparas.

--dry-run         visa vad som skulle ändras (+ ny, ~ ändrad, - borttagen fil), men ändra inget
--rollback        gå tillbaka till utgåvan före den som syns nu
--dist <mapp>     bygget som ska publiceras (standard: dist/)
--targets <fil>   en YAML-fil med bara targets: att ta målen från, i stället för
                  targets: i agreement/webbplats.yaml

Miljövariabler:
  PUBLISH_SSH_KEY  sökväg till den privata SSH-nyckeln för mål med rsync (finns aldrig i git)

Avslutas med 0 (klart), 1 (fel i innehållet, också i målen i webbplats.yaml) eller 2 (fel
i kommandot, i filen till --targets, i miljön eller i uppladdningen; webbplatsen är då som
den var).`,
    needTarget: 'Ange ett publiceringsmål.',
    targetsUnreadable: (path: string) => `Publiceringsmålen i ${path} går inte att läsa. Rätta felen ovan; inget ändrades på webbplatsen.`,
    wouldRollBack: (name: string, from: string, to: string) => `${name} skulle gå tillbaka från ${from} till ${to}. Inget ändrades.`,
    rolledBack: (name: string, from: string, to: string) => `${name} visar nu ${to} igen (i stället för ${from}).`,
    summary: (added: number, changed: number, removed: number) => `${added} nya, ${changed} ändrade, ${removed} borttagna filer`,
    wouldPublish: (release: string, name: string, url: string, summary: string) => `Skulle publicera ${release} till ${name} (${url}): ${summary}.`,
    dryRun: 'Inget ändrades (--dry-run).',
    published: (url: string, summary: string) => `Publicerat till ${url}: ${summary}.`,
    pruned: (count: number) => `Gamla utgåvor borttagna: ${count}.`,
  },

  sign: {
    usage: (passphraseVariable: string) => `Användning: npm run sign -- <utgåva> --p12 <fil> --out <fil> [--field <namn>] [--in <pdf>] [--tsa <url>] [--visible]

Skriver under utgåvans PDF digitalt (PAdES) med nyckeln och certifikatet i en PKCS#12-fil
(.p12). Lösenordet till filen läses från miljövariabeln ${passphraseVariable}, aldrig från
kommandoraden. Underskriften läggs till i slutet av filen: tidigare underskrifter gäller
fortfarande. Tiden är SOURCE_DATE_EPOCH om den är satt, annars nu.

--p12 <fil>      nyckel och certifikat för den som skriver under
--out <fil>      var den underskrivna PDF:en sparas; är det en PDF i en byggmapp (dist/),
                 uppdateras dess storlek och SHA-256 i byggets manifest.json
--field <namn>   fyll en undertecknares tomma underskriftsfält (npm run verify visar fälten);
                 utan --field läggs ett osynligt sigill för organisationen till
--in <pdf>       PDF:en att skriva under, t.ex. en som redan har underskrifter;
                 annars utgåvans PDF i dist/<utgåva>/ (från npm run build)
--tsa <url>      hämta en tidsstämpel (RFC 3161) från tidsstämpeltjänsten på adressen
--visible        skriv namn och tid synligt i fältet

När alla har skrivit under: lägg PDF:en i agreement/<utgåva>/undertecknad.pdf, sätt
status: signed och lås utgåvan (npm run lock). Bygget publicerar då den filen som utgåvans
PDF, och npm run check kontrollerar att den är hel och säger det som källorna säger.`,
    needEdition: 'Ange en utgåva att skriva under.',
    needKey: 'Ange nyckelfilen med --p12.',
    needOut: 'Ange var den underskrivna PDF:en ska sparas med --out.',
    badTsa: (url: string) => `--tsa ska vara en http- eller https-adress, inte "${url}".`,
    needPassphrase: (p12: string, variable: string) => `Ange lösenordet till ${p12} i miljövariabeln ${variable}.`,
    wrongPassphrase: (p12: string, variable: string) => `Fel lösenord till ${p12} (${variable}).`,
    notPkcs12: (p12: string) => `${p12} är inte en PKCS#12-fil (.p12/.pfx).`,
    unusableKey: (p12: string, detail: string) => `${p12} går inte att skriva under med: ${detail}.`,
    noEdition: (id: string) => `Det finns ingen utgåva "${id}" som går att läsa. Kör npm run check.`,
    draft: (id: string) => `Utgåvan ${id} är ett utkast (status: draft) och kan inte skrivas under; sätt status: final när texten är klar.`,
    noBuiltPdf: (dir: string) => `Hittar ingen PDF i ${dir}: kör npm run build först, eller ange PDF:en med --in.`,
    severalBuiltPdfs: (dir: string, names: readonly string[]) => `${dir} har flera PDF:er (${names.join(', ')}): ange vilken med --in.`,
    brokenEarlier: (input: string, fields: readonly string[]) =>
      `${input} har ${fields.length === 1 ? 'en underskrift' : 'underskrifter'} som inte håller (${fields.map((field) => `"${field}"`).join(', ')}); ` +
      `den skrivs inte under. Se npm run verify -- ${input}.`,
    /** A fault of the tool's (an internal error): the signature just made does not verify. */
    newSignatureFails: (problems: readonly string[] | undefined) => `den nya underskriften verifierar inte: ${problems?.join('; ') ?? 'saknas'}`,
    noTimestamp: (detail: string) => `Ingen tidsstämpel: ${detail}.`,
    cannotWrite: (path: string, detail: string) => `Kan inte skriva ${path} (${detail}).`,
    manifestNotUpdated: (path: string, detail: string) =>
      `Den underskrivna PDF:en sparades i ${path}, men byggets manifest.json gick inte att uppdatera ` +
      `(${detail}); kör npm run build och skriv under igen.`,
    signed: (input: string, field: string, signer: string | undefined, time: string, timestamp: string | undefined, out: string) =>
      `Skrev under ${input} i fältet "${field}" som ${signer ?? unknownParty}, ${time}${timestamp ? `, tidsstämplad ${timestamp}` : ''}: ${out}`,
    manifestUpdated: (manifest: string) => `Uppdaterade storlek och SHA-256 för PDF:en i ${manifest}.`,
  },

  verify: {
    usage: `Användning: npm run verify -- <pdf> [--trust <pem>] [--format text|json]

Kontrollerar varje digital underskrift i PDF:en: vem som skrev under och vem som utfärdade
certifikatet, angiven tid och tidsstämpel, vilka byte underskriften omfattar, att inget av
det har ändrats och vad som har lagts till efteråt. En PDF utan underskrifter visar sina
tomma underskriftsfält. Avslutas med 0 (alla underskrifter hela, efteråt bara fler
underskrifter), 1 (en underskrift är bruten eller innehållet har ändrats efter den) eller 2.

--trust <pem>    betrodda rotcertifikat (PEM): varje certifikatkedja ska leda till ett av dem
--format json    rapporten som JSON`,
    needPdf: 'Ange en PDF att kontrollera.',
    noCertificates: (path: string) => `${path} har inga certifikat (PEM, "BEGIN CERTIFICATE").`,
    notPdf: (path: string, detail: string) => `${path} kan inte läsas som PDF (${detail}).`,
    /** The report, one block per signature. */
    signature: (number: number, total: number, field: string) => `Underskrift ${number} av ${total}: fältet "${field}"`,
    labels: {
      signer: 'Undertecknare',
      issuer: 'Utfärdare',
      claimedTime: 'Angiven tid',
      timestamp: 'Tidsstämpel',
      covers: 'Omfattar',
      signature: 'Signaturen',
      certificate: 'Certifikatet',
      after: 'Efteråt',
    },
    unknown: unknownParty,
    none: 'ingen',
    claimedTime: (time: string) => `${time} (undertecknarens uppgift)`,
    timestampValid: 'gäller den här underskriften',
    timestampInvalid: 'STÄMMER INTE',
    coversWholeFile: 'hela filen',
    coversRevision: (revision: number) => `hela sin version (${revision})`,
    endsMidFile: 'SLUTAR MITT I FILEN',
    byteRanges: (first: string, second: string, size: number, covers: string) => `byte ${first} och ${second} av ${size}: ${covers}`,
    intact: 'hel (kontrollsumman och signaturen stämmer)',
    broken: 'BRUTEN',
    trusted: (path: readonly string[]) => `betrott (${path.join(' ← ')})`,
    notTrusted: (problem: string | undefined) => `INTE BETROTT: ${problem ?? ''}`,
    noChanges: 'inga ändringar',
    revisions: (count: number, kind: string) => `${format.count(count, ['version', 'versioner'])}: ${kind}`,
    changes: {
      none: 'inget har lagts till',
      signatures: 'bara underskrifter har lagts till',
      'form-fields': 'FORMULÄRFÄLT HAR ÄNDRATS',
      content: 'INNEHÅLLET HAR ÄNDRATS',
    },
    problem: (problem: string) => `  Fel: ${problem}`,
    noSignatures: (file: string) => `${file} har inga underskrifter.`,
    emptyFields: (fields: readonly string[]) => `Tomma underskriftsfält: ${fields.join(', ')}.`,
    allIntact: 'Alla underskrifter är hela.',
    notAllIntact: 'En eller flera underskrifter är brutna, inte betrodda eller följda av ändringar.',
  },

  bench: {
    usage: (groups: readonly string[]) => `Användning: npm run bench [-- --runs <antal>] [-- --only <grupper>] [-- --results <fil>]

Mäter, i en och samma omgång och med medianen av <antal> körningar (standard 3) efter en
uppvärmning: npm run build mot Chromiums egen utskrift av samma dokument och mot md-to-pdf,
npm run check mot npm run env, förhandsvisningens ombyggnad mot pandoc, och bygget med 1, 10
och 50 utgåvor (tid och minne). Kör npm run -s compile först. Skriver en tabell och
resultaten till bench/results.json (eller <fil>).

--only <grupper>   bara några av ${groups.join(', ')}, kommaseparerade`,
    badRuns: (runs: string | undefined) => `Ogiltigt antal körningar "${runs}".`,
    unknownGroups: (names: readonly string[]) => `Okänd grupp: ${names.join(', ')}.`,
    results: (file: string) => `Resultaten: ${file}`,
  },

  schemaTypes: {
    usage: 'Användning: npm run schema-types\n\nSkriver om typerna (scripts/model/content.generated.ts) och validerarna (scripts/validate/validators.generated.ts) från schema/*.json.',
  },
};

/** A few paths on one line: the first three, and how many more. */
function shortList(list: readonly string[]): string {
  const shown = list.slice(0, 3).join(', ');
  return list.length > 3 ? `${shown} och ${list.length - 3} till` : shown;
}

/** Paths one to a line, indented, or "(inget)". */
function paths(list: readonly string[]): string {
  return list.length ? list.map((path) => `  ${path}\n`).join('') : '  (inget)\n';
}
