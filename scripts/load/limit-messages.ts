// What a coordinator is told when a file passes one of the bounds in limits.ts: the loader's
// words, like those in read-source.ts, reported under the rule id "resource-limit".
import type { VFile } from 'vfile';
import { report } from '../report/problem.ts';
import type { Exceeded } from './bounds.ts';
import { LIMITS, type LimitName } from './limits.ts';

const LIMIT_RULE = 'resource-limit';

const number = (value: number) => value.toLocaleString('sv-SE');

// Functions, so that the numbers are formatted when a bound is passed: formatting starts up
// Intl, which every check would otherwise pay for on import.
const WORDS: Record<LimitName, () => { reason: string; fix: string }> = {
  fileBytes: () => ({
    reason: `Filen är större än ${number(LIMITS.fileBytes / 1024)} kB, mer än någon överenskommelse behöver.`,
    fix: 'Kontrollera att det är rätt fil: en textfil med överenskommelsens text, inte en bild, en PDF eller en export från ett annat program. Dela annars upp texten.',
  }),
  lines: () => ({
    reason: `Filen har fler än ${number(LIMITS.lines)} rader, mer än någon överenskommelse behöver.`,
    fix: 'Kontrollera att det är rätt fil, och dela annars upp texten.',
  }),
  blockNesting: () => ({
    reason: `Citat och listor är inkapslade i varandra mer än ${LIMITS.blockNesting} nivåer djupt på den här raden.`,
    fix: 'Skriv texten med färre nivåer: en lista i en lista räcker nästan alltid. Tecknen ">" och "-" i början av raden öppnar varsin nivå.',
  }),
  emphasisMarkersPerParagraph: () => ({
    reason: `Stycket har fler än ${number(LIMITS.emphasisMarkersPerParagraph)} tecken för kursiv, fetstil eller genomstrykning (*, _ och ~).`,
    fix: 'Ta bort överflödiga * _ ~, eller dela upp stycket med en tom rad.',
  }),
  footnotes: () => ({
    reason: `Filen har fler än ${number(LIMITS.footnotes)} fotnoter och fotnotshänvisningar ([^…]).`,
    fix: 'Kontrollera fotnoterna: en överenskommelse har sällan fler än några tiotal.',
  }),
  treeDepth: () => ({
    reason: `Texten är inkapslad mer än ${LIMITS.treeDepth} nivåer djupt (citat, listor, kursiv och länkar i varandra).`,
    fix: 'Skriv texten med färre nivåer i varandra.',
  }),
  treeNodes: () => ({
    reason: `Texten består av fler än ${number(LIMITS.treeNodes)} delar (stycken, listpunkter, länkar, betoningar).`,
    fix: 'Kontrollera att det är rätt fil, och dela annars upp texten.',
  }),
  yamlAliases: () => ({
    reason: `YAML-texten använder alias (*namn) mer än ${LIMITS.yamlAliases} gånger, eller alias av alias som växer sig enorma när de läses.`,
    fix: 'Skriv ut värdena i stället för att hänvisa till dem med & och *: uppgifterna behöver inga alias.',
  }),
  yamlDepth: () => ({
    reason: `YAML-texten är inkapslad mer än ${LIMITS.yamlDepth} nivåer djupt.`,
    fix: 'Kontrollera indraget och hakparenteserna: uppgifterna är aldrig mer än några nivåer djupa.',
  }),
  folderEntries: () => ({
    reason: `Mappen har fler än ${number(LIMITS.folderEntries)} filer och mappar.`,
    fix: 'Kontrollera att mappen inte har fått med filer som inte hör till innehållet.',
  }),
};

export function reportExceeded(file: VFile, { limit, line }: Exceeded): void {
  report(file, { ruleId: LIMIT_RULE, severity: 'error', place: { start: { line, column: 1 } }, ...WORDS[limit]() });
}
