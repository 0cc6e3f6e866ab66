// One sitting of the bench: each group's tasks are warmed up once, then run in turn, run after
// run, the order rotating, so that whatever else the machine is doing weighs on each side of
// a pair alike. Ratios are taken run by run (stats.ts).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { sv } from '../language/index.ts';
import { AGREEMENT_DIR, FOCUS_AREA_DIR, TEXT_FILE } from '../load/paths.ts';
import { checkContent } from '../validate/check-content.ts';
import { diskFiles } from '../workspace/disk-files.ts';
import { filesUnder, type Workspace } from '../workspace/workspace.ts';
import { copyContent } from './copy-content.ts';
import { describeMachine, load, type Machine } from './machine.ts';
import type { Measurement } from './measure-process.ts';
import { previewRebuild } from './preview-rebuild.ts';
import { writePrintDocuments } from './print-html.ts';
import { growth, median, pairedRatio } from './stats.ts';
import { SYNTHETIC_SOURCE, writeSyntheticEditions } from './synthetic-editions.ts';
import { barePrint, mdToPdf, npmScript, pandoc, type ProcessContext, scratchDir, type Task } from './tasks.ts';

export const GROUPS = ['pdf', 'check', 'preview', 'scaling'] as const;
export type GroupId = (typeof GROUPS)[number];
const SCALES = [1, 10, 50] as const;
/** Peak memory a 50-edition build must stay under. */
const MEMORY_LIMIT_MB = 500;

const words = sv.bench;

interface TaskSpec {
  id: string;
  label: string;
  run: Task;
}

interface PairSpec {
  label: string;
  a: string;
  b: string;
  /** a / b must be at most this. */
  target: number;
}

interface Group {
  id: GroupId;
  tasks: TaskSpec[];
  pairs: PairSpec[];
}

export interface TaskResult {
  label: string;
  samplesMs: number[];
  medianMs: number;
  /** The largest peak over the runs, in MB. */
  peakMb?: number;
}

export interface RatioResult {
  label: string;
  a: string;
  b: string;
  ratio: number;
  target: number;
  met: boolean;
}

export interface ScalingResult {
  points: { editions: number; medianMs: number; peakMb: number }[];
  /** Cost of one more edition from 10 to 50 over that from 1 to 10; at most 1 is linear or better. */
  growth: number;
  memoryLimitMb: number;
  met: boolean;
}

export interface BenchResults {
  date: string;
  command: string;
  runs: number;
  machine: Machine;
  /** 1-minute load average when the sitting began and ended. */
  load: { start: number; end: number };
  tasks: Record<string, TaskResult>;
  ratios: RatioResult[];
  scaling?: ScalingResult;
  /** Pairs left out, and why (pandoc not installed). */
  skipped: string[];
}

export interface BenchOptions extends ProcessContext {
  /** The content measured (the real one); it is copied, never written. */
  workspace: Workspace;
  /** A disk Workspace over another content root, as the command layer builds it. */
  workspaceAt(root: string): Workspace;
  runs: number;
  groups: readonly GroupId[];
  command: string;
  progress(text: string): void;
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const scratch = await mkdtemp(join(tmpdir(), 'agreement-bench-'));
  try {
    const browser = await options.workspace.browserPath();
    const machine = await describeMachine(options.workspace, browser);
    const skipped: string[] = [];
    const groups: Group[] = [];
    for (const id of options.groups) {
      const group = await plan(id, options, scratch, browser, machine, skipped);
      if (group) groups.push(group);
    }
    const start = load();
    const samples = new Map<string, Measurement[]>();
    for (const group of groups) {
      for (const [id, measurements] of await runGroup(group, options.runs, options.progress)) samples.set(id, measurements);
    }
    const tasks = Object.fromEntries(groups.flatMap((group) => group.tasks).map((task) => [task.id, taskResult(task.label, samples.get(task.id)!)]));
    const ratios = groups.flatMap((group) =>
      group.pairs.map((pair): RatioResult => {
        const ratio = pairedRatio(samples.get(pair.a)!.map((m) => m.ms), samples.get(pair.b)!.map((m) => m.ms));
        return { label: pair.label, a: pair.a, b: pair.b, ratio, target: pair.target, met: ratio <= pair.target };
      }),
    );
    return {
      date: new Date().toISOString(),
      command: options.command,
      runs: options.runs,
      machine,
      load: { start, end: load() },
      tasks,
      ratios,
      ...(options.groups.includes('scaling') ? { scaling: scalingResult(tasks) } : {}),
      skipped,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function runGroup(group: Group, runs: number, progress: (text: string) => void): Promise<Map<string, Measurement[]>> {
  const samples = new Map(group.tasks.map((task) => [task.id, [] as Measurement[]]));
  progress(words.progress.warmUp(group.id));
  for (const task of group.tasks) await task.run();
  for (let run = 0; run < runs; run += 1) {
    progress(words.progress.run(group.id, run + 1, runs));
    // Rotated, so that no task always runs first (on a cold cache) or last.
    const order = group.tasks.map((_, i) => group.tasks[(i + run) % group.tasks.length]!);
    for (const task of order) samples.get(task.id)!.push(await task.run());
  }
  return samples;
}

function taskResult(label: string, measurements: Measurement[]): TaskResult {
  const samplesMs = measurements.map((m) => Math.round(m.ms));
  const peaks = measurements.flatMap((m) => (m.peakKb === undefined ? [] : [m.peakKb]));
  return {
    label,
    samplesMs,
    medianMs: Math.round(median(measurements.map((m) => m.ms))),
    ...(peaks.length > 0 ? { peakMb: Math.round(Math.max(...peaks) / 1024) } : {}),
  };
}

function scalingResult(tasks: Record<string, TaskResult>): ScalingResult {
  const points = SCALES.map((editions) => {
    const task = tasks[scaleId(editions)]!;
    return { editions, medianMs: task.medianMs, peakMb: task.peakMb ?? 0 };
  });
  const rate = growth(points.map((point) => ({ editions: point.editions, ms: point.medianMs })));
  const largest = points.at(-1)!;
  return { points, growth: rate, memoryLimitMb: MEMORY_LIMIT_MB, met: rate <= 1 && largest.peakMb < MEMORY_LIMIT_MB };
}

const scaleId = (editions: number) => `build-${editions}`;

async function plan(id: GroupId, options: BenchOptions, scratch: string, browser: string, machine: Machine, skipped: string[]): Promise<Group | undefined> {
  const { workspace } = options;
  const build: TaskSpec = { id: 'build', label: words.tasks.build, run: npmScript(options, 'build', ['--out', join(scratch, 'dist')]) };
  switch (id) {
    case 'pdf': {
      const content = await checkContent(workspace);
      const files = await writePrintDocuments(workspace, content, await scratchDir(scratch, 'print'));
      const markdown = await scratchDir(scratch, 'md-to-pdf');
      for (const edition of content.editions) {
        await writeFile(join(markdown, `${edition.id}.md`), await workspace.files.read(posix.join(edition.dir, TEXT_FILE)));
      }
      return {
        id,
        tasks: [
          build,
          { id: 'bare-print', label: words.tasks.barePrint(files.length), run: barePrint(options, browser, files, await scratchDir(scratch, 'bare')) },
          { id: 'md-to-pdf', label: words.tasks.mdToPdf(content.editions.length), run: mdToPdf(options, workspace, browser, markdown) },
        ],
        pairs: [
          { label: words.pairs.buildOverBarePrint, a: 'build', b: 'bare-print', target: 0.8 },
          { label: words.pairs.buildOverMdToPdf, a: 'build', b: 'md-to-pdf', target: 0.5 },
        ],
      };
    }
    case 'check':
      return {
        id,
        tasks: [
          { id: 'check', label: words.tasks.check, run: npmScript(options, 'check') },
          { id: 'env', label: words.tasks.env, run: npmScript(options, 'env') },
        ],
        pairs: [{ label: words.pairs.checkOverEnv, a: 'check', b: 'env', target: 2 }],
      };
    case 'preview': {
      if (!machine.pandoc) {
        skipped.push(words.noPandoc);
        return undefined;
      }
      const root = await scratchDir(scratch, 'preview');
      await copyContent(workspace.files, diskFiles(root));
      const edition = posix.join(AGREEMENT_DIR, SYNTHETIC_SOURCE);
      const text = posix.join(edition, TEXT_FILE);
      const sources = [text, ...(await filesUnder(diskFiles(root), posix.join(edition, FOCUS_AREA_DIR)))].map((path) => join(root, path));
      return {
        id,
        tasks: [
          { id: 'preview', label: words.tasks.preview(text), run: await previewRebuild(options.workspaceAt(root), text) },
          { id: 'pandoc', label: words.tasks.pandoc(edition), run: pandoc(options, sources, join(scratch, 'pandoc.html'), SYNTHETIC_SOURCE) },
        ],
        pairs: [{ label: words.pairs.previewOverPandoc, a: 'preview', b: 'pandoc', target: 2 }],
      };
    }
    case 'scaling': {
      const tasks: TaskSpec[] = [];
      for (const editions of SCALES) {
        const root = await scratchDir(scratch, `scale-${editions}`);
        await writeSyntheticEditions(workspace.files, diskFiles(root), editions);
        tasks.push({
          id: scaleId(editions),
          label: words.tasks.scaledBuild(editions),
          run: npmScript(options, 'build', ['--out', join(scratch, `dist-${editions}`)], { AGREEMENT_ROOT: root }),
        });
      }
      return { id, tasks, pairs: [] };
    }
  }
}
