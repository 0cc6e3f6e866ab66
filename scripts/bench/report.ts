// The bench's results as the terminal shows them: medians, then the ratios against their
// targets, then how a build grows with the number of editions.
import type { BenchResults } from './run-bench.ts';

const ms = (value: number) => `${Math.round(value)} ms`;
const mb = (value: number | undefined) => (value === undefined ? '' : `${value} MB`);
const met = (ok: boolean) => (ok ? 'nått' : 'INTE nått');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   ').trimEnd()).join('\n');
}

export function formatResults(results: BenchResults): string {
  const { machine } = results;
  const parts = [
    `${machine.cpu}, ${machine.cores} kärnor, ${Math.round(machine.memoryMb / 1024)} GB; Node ${machine.node}, ${machine.chromium}` +
      `, md-to-pdf ${machine.mdToPdf}${machine.pandoc ? `, ${machine.pandoc}` : ''}`,
    `Median av ${results.runs} körningar efter en uppvärmning; belastning ${results.load.start} → ${results.load.end}.`,
    '',
    table([
      ['Mätning', 'median', 'största minne'],
      ...Object.values(results.tasks).map((task) => [task.label, ms(task.medianMs), mb(task.peakMb)]),
    ]),
  ];
  if (results.ratios.length > 0) {
    parts.push(
      '',
      table([
        ['Kvot (körning för körning, median)', 'kvot', 'mål', ''],
        ...results.ratios.map((ratio) => [ratio.label, ratio.ratio.toFixed(2), `≤ ${ratio.target}`, met(ratio.met)]),
      ]),
    );
  }
  if (results.scaling) {
    const { scaling } = results;
    const largest = scaling.points.at(-1)!;
    parts.push(
      '',
      `Skalning: ${scaling.points.map((point) => `${point.editions} → ${ms(point.medianMs)}, ${mb(point.peakMb)}`).join('; ')}.`,
      `Kostnaden per utgåva mellan ${scaling.points[1]!.editions} och ${largest.editions} delad med den mellan ${scaling.points[0]!.editions} och ` +
        `${scaling.points[1]!.editions}: ${scaling.growth.toFixed(2)} (linjärt eller bättre: ≤ 1). Minne vid ${largest.editions}: ${mb(largest.peakMb)} ` +
        `(mål < ${scaling.memoryLimitMb} MB). ${met(scaling.met)}.`,
    );
  }
  for (const reason of results.skipped) parts.push(`Utelämnat: ${reason}.`);
  return `${parts.join('\n')}\n`;
}
