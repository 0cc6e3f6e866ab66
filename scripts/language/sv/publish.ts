// What publishing says, in Swedish: the targets it cannot read or find, and the refusals and
// progress of its steps (the build and its source, the site's releases, ssh and rsync, git).
// The unknown target and the targets' file are said in the words that come with the targets
// (the site's, or Swedish for a --targets file). The steps (scripts/publish/) reach theirs
// through `sv` directly: they take a target and a build, never the content, and run the same
// for a target from a --targets file, which no site configuration speaks for.
import { listOrNone } from './list.ts';
import { unknownError } from './load.ts';

/** What each promise of "nothing changed" names: the build refused, or the site left as it was. */
const nothingPublished = 'inget publicerades';

export const publish = {
  /** Said by npm run publish and by npm run build -- --site alike: the id names no target in `source` (agreement/webbplats.yaml or a --targets file). */
  unknownTarget: (id: string, source: string, known: readonly string[]) =>
    `Okänt publiceringsmål "${id}" i ${source}. Målen som finns: ${listOrNone(known)}.`,
  targetsFile: {
    missing: 'filen finns inte',
    unreadable: (path: string, reason: string) => `Kan inte läsa publiceringsmålen i ${path}: ${reason}.`,
  },

  checkFailed: `Kontrollen hittade fel i innehållet. Rätta dem (npm run check); ${nothingPublished}.`,
  otherSite: (dir: string, site: string, target: string) =>
    `Bygget i ${dir} är gjort för webbplatsen "${site}", inte "${target}". Bygg för den med npm run build -- --site ${target}; ${nothingPublished}.`,
  notForSite: (target: string) =>
    `Obs: bygget är inte gjort för ${target} (npm run build -- --site ${target}), så sidorna saknar webbplatsens adresser och tillgänglighetsredogörelse.`,
  alreadyLive: (name: string, release: string) => `${name} visar redan det här bygget (${release}). Inget att publicera.`,
  uploading: (folder: string) => `Laddar upp till ${folder} …`,
  live: (name: string, release: string) => `${name} visar nu ${release}.`,
  pruneFailed: (detail: string) => `Varning: gamla utgåvor kunde inte tas bort: ${detail}`,
  uploadDiffers: (where: string, first: string | undefined) => `Uppladdningen till ${where} blev inte som bygget (${first}). Webbplatsen är orörd.`,
  systemError: (where: string, detail: string) => `Kunde inte publicera till ${where}: ${detail}. Webbplatsen visar det den visade förut.`,

  rollback: {
    nothingPublished: (name: string, where: string) => `Inget är publicerat på ${name} (${where}) ännu.`,
    noEarlier: (current: string, name: string) => `Det finns ingen utgåva före ${current} på ${name} att gå tillbaka till.`,
  },

  /** The site's releases, in a folder or on a server. */
  releases: {
    notAFolder: (path: string) => `${path} är ingen mapp.`,
    currentNotARelease: (current: string, releases: string) =>
      `${current} är inte en länk till en utgåva under ${releases}/. Flytta undan den; publiceringen ersätter inte något den inte själv har skrivit.`,
  },

  /** The build as its manifest.json lists it. */
  build: {
    noManifest: (manifest: string) => `${manifest} finns inte. Kör npm run build först.`,
    doesNotMatch: (dir: string, reason: string) => `${dir} stämmer inte med sin manifest.json: ${reason}. Bygg om med npm run build; ${nothingPublished}.`,
    noCommit: (manifest: string) =>
      `${manifest} säger inte vilken commit bygget gjordes från. Bygg om i en git-klon med npm run build; ${nothingPublished}.`,
    /** Why a build does not match its manifest.json. */
    notListed: (path: string) => `${path} finns i mappen men inte i manifest.json`,
    missing: (path: string) => `${path} saknas`,
    changed: (path: string) => `${path} har ändrats efter bygget`,
    notJson: 'manifest.json är inte giltig JSON',
    notACommit: 'source.commit är inte en commit',
    noFiles: 'files saknas',
    badPath: (path: string) => `otillåten sökväg ${path}`,
    noDigest: (path: string | undefined) => `${path} saknar storlek eller SHA-256`,
    twice: (path: string) => `${path} står två gånger`,
  },

  /** The git work tree the build must come from. */
  source: {
    otherCommit: (built: string, head: string) =>
      `Bygget gjordes från commit ${built}, men utcheckad är ${head}. Bygg om med npm run build; ${nothingPublished}.`,
    uncommitted: (first: string) => `Det finns ändringar som inte är incheckade (t.ex. ${first}). Checka in dem och bygg om; ${nothingPublished}.`,
    gitFailed: (command: string, repoDir: string, said: string) => `git ${command} misslyckades i ${repoDir}: ${said}`,
  },

  /** A program publishing runs (git, ssh, rsync). */
  process: {
    missing: (command: string, debianPackage: string | undefined) =>
      `Programmet ${command} finns inte på datorn.${debianPackage ? ` På Debian: apt-get install ${debianPackage}.` : ''}`,
    stopped: (signal: string) => `(stoppad med ${signal})`,
  },

  ssh: {
    noKey: 'PUBLISH_SSH_KEY är inte satt: ange sökvägen till den privata SSH-nyckeln för publiceringen.',
    unreadableKey: (path: string) => `Kan inte läsa SSH-nyckeln ${path} (PUBLISH_SSH_KEY).`,
    /** What failed: `failed(steps.upload, …)` reads "Kunde inte ladda upp med rsync på …". */
    failed: (step: string, login: string, said: string, hint: string) => `Kunde inte ${step} på ${login}: ${said || unknownError}.${hint}`,
    hostKeyMismatch: ' Serverns nyckel stämmer inte med hostKey i publiceringsmålet.',
    keyRefused: ' Servern godtog inte nyckeln i PUBLISH_SSH_KEY.',
    steps: {
      state: 'läsa webbplatsens utgåvor',
      hashes: 'läsa en utgåvas filer',
      prepare: 'skapa mappen releases',
      upload: 'ladda upp med rsync',
      activate: 'byta current',
      remove: 'ta bort gamla utgåvor',
    },
  },
};
