// What the tool says about the machine it runs on, in Swedish: files outside the content, the
// browser that prints, the tool's own installed files, the build date and the lock file. None of it depends on content,
// and most of it is said before any is read, so the modules reach these through `sv` directly.
import { unknownError } from './load.ts';

/** What mends an installed package's missing or broken file. */
const reinstallPackages = 'Installera om paketen med npm ci.';

export const workspace = {
  /** The messages of the errors a Workspace's files raise; the code (ENOENT, ELOOP…) is what callers act on. */
  files: {
    outside: (path: string, root: string) => `${path} ligger utanför ${root}`,
    missing: (path: string) => `${path} finns inte`,
    throughLink: (path: string) => `${path} är en symbolisk länk eller ligger i en länkad mapp`,
    writeThroughLink: (path: string) => `${path} är en länk eller ligger i en länkad mapp`,
    isFolder: (path: string) => `${path} är en mapp`,
    notRegular: (path: string) => `${path} är ingen vanlig fil`,
    tooLarge: (path: string, maxBytes: number) => `${path} är större än ${maxBytes} byte`,
    /** What the system refused when the file was opened or read (no access, a disk error). */
    unreadable: (path: string, code: string | undefined) => `${path} går inte att läsa (${code ?? unknownError})`,
  },
  noContent: (root: string, agreementDir: string, promisesDir: string) =>
    `Hittar inget innehåll i ${root}: där finns varken ${agreementDir}/ eller ${promisesDir}/.`,
  noBrowser: 'Ingen webbläsare i den här arbetsytan.',
  /** A browser variable someone set, naming a file that is not there. */
  browserVariable: (name: string, value: string) => `Webbläsaren i ${name} finns inte: ${value}\nRätta sökvägen eller ta bort variabeln.`,
  browserNotFound: [
    'Hittar ingen Chromium att skriva ut PDF:erna med.',
    'Installera Chromium, t.ex. på Debian/Ubuntu: sudo apt-get install chromium',
    'eller ange sökvägen till en Chromium eller Chrome i miljövariabeln AGREEMENT_BROWSER,',
    't.ex. AGREEMENT_BROWSER=/usr/lib/chromium/chromium npm run build',
  ].join('\n'),
  sourceDate: {
    notInteger: (value: string) => `SOURCE_DATE_EPOCH måste vara ett heltal (sekunder sedan 1970-01-01 UTC), men är "${value}".`,
    outOfRange: (value: string) => `SOURCE_DATE_EPOCH är utanför giltiga datum: "${value}".`,
  },
  toolFile: (path: string, code: string | undefined) =>
    `Verktygets fil ${path} saknas eller går inte att läsa (${code ?? unknownError}). Installera om med npm ci.`,
  packageMissing: (pkg: string) => `Paketet ${pkg} är inte installerat. Kör npm ci.`,
  /** A font package's file (a font, or the table of its character ranges); `problem` is the error code or what went wrong. */
  fontMissing: (path: string, problem: string | undefined) =>
    `Typsnittsfilen ${path} saknas eller går inte att läsa (${problem ?? unknownError}). ${reinstallPackages}`,
  fontSubsetMissing: (path: string, subset: string) => `Typsnittsfilen ${path} saknar teckenområdet ${subset}. ${reinstallPackages}`,
  /** A folder the build would replace, but did not write. */
  notBuildOutput: (outDir: string, mark: string) =>
    `${outDir} finns redan och är inte en mapp som bygget har skrivit (den saknar ${mark}). ` +
    'Bygget ersätter hela mappen, så den skrivs inte över. Välj en ny eller tom mapp med --out, eller ta bort mappen själv.',
  sealFailed: (detail: string) => `Sigillet kunde inte läggas på: ${detail}`,
  lockFile: {
    /** The note written at the top of the lock file. */
    comment:
      'Lås för undertecknade utgåvor: en SHA-256 per källfil. Skrivs av npm run lock -- <utgåva>; ändra inte för hand. ' +
      'npm run check säger till om en låst utgåva ändras.',
    unreadable: (file: string, code: string | undefined) =>
      `${file} går inte att läsa (${code ?? unknownError}). Det ska vara en vanlig fil som du har rätt att läsa; återställ den från git (git checkout -- ${file}).`,
    notUtf8: (file: string) => `${file} är inte sparad som UTF-8. Återställ den från git (git checkout -- ${file}).`,
    /** Why a lock file that could be read cannot be used (the signed-edition-locked rule reports it). */
    wrongShape: 'Filen har inte formen {"editions": {"<utgåva>": {"<fil>": "<sha256>"}}}.',
    notJson: (detail: string) => `Filen är inte giltig JSON: ${detail}`,
    /** When a new lock is to be written into a lock file that cannot be used. */
    cannotWrite: (file: string, problem: string) =>
      `${file} går inte att läsa: ${problem}\nÅterställ den från git (git checkout -- ${file}) och kör kommandot igen.`,
  },
};
