// What the bench says, in Swedish: its progress, the names of what it measures, the table of its
// figures, and why it cannot measure. The bench measures the tool on a copy of the content, not a
// site for its readers, so it reaches these through `sv` directly.
import { format } from './format.ts';

const met = (ok: boolean) => (ok ? 'nått' : 'INTE nått');
const previewOverPandoc = 'förhandsvisningen / pandoc';

export const bench = {
  /** A version or a processor the machine does not tell. */
  unknown: 'okänd',
  progress: {
    warmUp: (group: string) => `${group}: uppvärmning\n`,
    run: (group: string, run: number, runs: number) => `${group}: körning ${run} av ${runs}\n`,
  },

  /** What is measured, as the table's rows name it. */
  tasks: {
    build: 'npm run build (allt)',
    barePrint: (files: number) => `Chromiums utskrift (${files} filer, en start per fil)`,
    mdToPdf: (editions: number) => `md-to-pdf (${editions} utgåvors text.md)`,
    check: 'npm run check',
    env: 'npm run env (gör inget)',
    preview: (path: string) => `förhandsvisningen bygger om efter en ändring i ${path}`,
    pandoc: (edition: string) => `pandoc, Markdown → HTML av ${edition}`,
    scaledBuild: (editions: number) => `npm run build, ${format.count(editions, ['utgåva', 'utgåvor'])}`,
  },
  /** What is compared, as the table of ratios names it. */
  pairs: {
    buildOverBarePrint: 'bygget / Chromiums utskrift',
    buildOverMdToPdf: 'bygget / md-to-pdf',
    checkOverEnv: 'check / npm run env',
    previewOverPandoc,
  },
  noPandoc: `${previewOverPandoc}: pandoc är inte installerat (apt-get install pandoc)`,

  report: {
    hardware: (cpu: string, cores: number, memoryGb: number) => `${cpu}, ${cores} kärnor, ${memoryGb} GB`,
    runs: (runs: number, loadStart: number, loadEnd: number) =>
      `Median av ${runs} körningar efter en uppvärmning; belastning ${loadStart} → ${loadEnd}.`,
    taskHeader: ['Mätning', 'median', 'största minne'],
    ratioHeader: ['Kvot (körning för körning, median)', 'kvot', 'mål', ''],
    met,
    /** `points` as "editions → time, memory". */
    scaling: (points: readonly string[]) => `Skalning: ${points.join('; ')}.`,
    /** The cost of one more edition from `middle` to `largest` over that from `first` to `middle`, and the memory at `largest`. */
    growth: (first: number, middle: number, largest: number, growth: string, peak: string, limitMb: number, ok: boolean) =>
      `Kostnaden per utgåva mellan ${middle} och ${largest} delad med den mellan ${first} och ${middle}: ${growth} ` +
      `(linjärt eller bättre: ≤ 1). Minne vid ${largest}: ${peak} (mål < ${limitMb} MB). ${met(ok)}.`,
    skipped: (reason: string) => `Utelämnat: ${reason}.`,
  },

  /** Why a measurement cannot be made. */
  noGnuTime: (path: string) => `${path} saknas: den mäter minnet. På Debian: apt-get install time.`,
  failed: (command: string, code: number | null, output: string) => `${command} avslutades med ${code ?? 'en signal'}:\n  ${output}`,
  contentHasErrors: 'Innehållet har fel: rätta dem (npm run check) innan det mäts.',
  noPdfs: 'Mätningen skriver inga PDF:er.',
  noRebuild: (path: string) => `Förhandsvisningen byggde inte om efter en ändring i ${path}.`,
};
