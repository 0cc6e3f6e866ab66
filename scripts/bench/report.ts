// The bench's results as the terminal shows them: medians, then the ratios against their
// targets, then how a build grows with the number of editions.
import { sv } from '../language/index.ts';
import type { BenchResults } from './run-bench.ts';

const words = sv.bench.report;

const ms = (value: number) => `${Math.round(value)} ms`;
const mb = (value: number | undefined) => (value === undefined ? '' : `${value} MB`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   ').trimEnd()).join('\n');
}

export function formatResults(results: BenchResults): string {
  const { machine } = results;
  const parts = [
    `${words.hardware(machine.cpu, machine.cores, Math.round(machine.memoryMb / 1024))}; Node ${machine.node}, ${machine.chromium}` +
      `, md-to-pdf ${machine.mdToPdf}${machine.pandoc ? `, ${machine.pandoc}` : ''}`,
    words.runs(results.runs, results.load.start, results.load.end),
    '',
    table([
      words.taskHeader,
      ...Object.values(results.tasks).map((task) => [task.label, ms(task.medianMs), mb(task.peakMb)]),
    ]),
  ];
  if (results.ratios.length > 0) {
    parts.push(
      '',
      table([
        words.ratioHeader,
        ...results.ratios.map((ratio) => [ratio.label, ratio.ratio.toFixed(2), `≤ ${ratio.target}`, words.met(ratio.met)]),
      ]),
    );
  }
  if (results.scaling) {
    const { scaling } = results;
    const largest = scaling.points.at(-1)!;
    parts.push(
      '',
      words.scaling(scaling.points.map((point) => `${point.editions} → ${ms(point.medianMs)}, ${mb(point.peakMb)}`)),
      words.growth(
        scaling.points[0]!.editions,
        scaling.points[1]!.editions,
        largest.editions,
        scaling.growth.toFixed(2),
        mb(largest.peakMb),
        scaling.memoryLimitMb,
        scaling.met,
      ),
    );
  }
  for (const reason of results.skipped) parts.push(words.skipped(reason));
  return `${parts.join('\n')}\n`;
}
