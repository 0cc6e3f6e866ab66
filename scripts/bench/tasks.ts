// What the bench measures, each as one run of a task. The processes are the real ones a user
// starts (npm run -s …, the compiled tool); the peers are run the way their own documentation
// says, on the same documents.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Workspace } from '../workspace/workspace.ts';
import { measureProcess, type Measurement, type ProcessSpec } from './measure-process.ts';

export type Task = () => Promise<Measurement>;

export interface ProcessContext {
  /** Where the tool is installed: npm scripts run there. */
  toolRoot: string;
  env: NodeJS.ProcessEnv;
}

/** `npm run -s <script> -- <args>` in the tool's folder; `env` is added to the environment. */
export function npmScript(context: ProcessContext, script: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Task {
  const spec: ProcessSpec = {
    command: 'npm',
    args: ['run', '-s', script, ...(args.length > 0 ? ['--', ...args] : [])],
    cwd: context.toolRoot,
    env: { ...context.env, ...env },
  };
  return () => measureProcess(spec);
}

/** Chromium's own print of each file, one launch per file, as its documentation gives it. */
export function barePrint(context: ProcessContext, browser: string, files: readonly string[], outDir: string): Task {
  return async () => {
    let ms = 0;
    let peakKb = 0;
    for (const [i, file] of files.entries()) {
      const run = await measureProcess({
        command: browser,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(outDir, `${i + 1}.pdf`)}`, `file://${file}`],
        cwd: outDir,
        env: context.env,
      });
      ms += run.ms;
      peakKb = Math.max(peakKb, run.peakKb ?? 0);
    }
    return { ms, peakKb };
  };
}

/** md-to-pdf's command on the Markdown files in `dir` (it writes each PDF beside its file), pointed at the system browser. */
export function mdToPdf(context: ProcessContext, workspace: Workspace, browser: string, dir: string): Task {
  const cli = workspace.assets.packageFile('md-to-pdf', 'dist/cli.js');
  return async () => {
    const files = (await readdir(dir)).filter((name) => name.endsWith('.md'));
    return measureProcess({
      command: process.execPath,
      args: [cli, '--launch-options', JSON.stringify({ executablePath: browser, args: ['--no-sandbox'] }), ...files],
      cwd: dir,
      env: context.env,
    });
  };
}

/** pandoc's Markdown → standalone HTML of the given files (one edition: its text and focus areas). */
export function pandoc(context: ProcessContext, files: readonly string[], outFile: string, title: string): Task {
  return () =>
    measureProcess({
      command: 'pandoc',
      args: ['--from', 'markdown', '--to', 'html5', '--standalone', '--metadata', `title=${title}`, '--output', outFile, ...files],
      cwd: context.toolRoot,
      env: context.env,
    });
}

export async function scratchDir(parent: string, name: string): Promise<string> {
  const dir = join(parent, name);
  await mkdir(dir, { recursive: true });
  return dir;
}
