// Every command by the name npm runs it under. Each is loaded only when asked for, so a
// check does not pay for the browser or the PDF libraries.
import type { Command } from './command.ts';

type Loader = () => Promise<{ default: Command }>;

export const COMMANDS = {
  check: () => import('./check.ts'),
  build: () => import('./build.ts'),
  preview: () => import('./preview.ts'),
  init: () => import('./init.ts'),
  'new-edition': () => import('./new-edition.ts'),
  lock: () => import('./lock.ts'),
  compare: () => import('./compare.ts'),
  sign: () => import('./sign.ts'),
  verify: () => import('./verify.ts'),
  publish: () => import('./publish.ts'),
  bench: () => import('./bench.ts'),
  'schema-types': () => import('./schema-types.ts'),
} satisfies Record<string, Loader>;

export type CommandName = keyof typeof COMMANDS;
