// The kinds of failure a command can end in, and the one place that maps them to exit codes.
// Content problems travel as vfile messages (report/problem.ts), not as exceptions; a thrown
// ContentError is for a command that must stop on content it cannot use (a broken signed PDF).

export const EXIT_OK = 0;
export const EXIT_CONTENT = 1;
export const EXIT_USAGE = 2;

export type ErrorKind = 'content' | 'usage' | 'environment' | 'internal';

/** A failure the user can act on; its message is shown as it is, without a stack trace. */
export abstract class AgreementError extends Error {
  abstract readonly kind: Exclude<ErrorKind, 'internal'>;
}

/** The content cannot be used as it is: exit 1. */
export class ContentError extends AgreementError {
  readonly kind = 'content' as const;
}

/** The command was called wrongly: exit 2. */
export class UsageError extends AgreementError {
  readonly kind = 'usage' as const;
}

/** Something missing or broken on the machine (a browser, a font, a file outside the content): exit 2. */
export class EnvironmentError extends AgreementError {
  readonly kind = 'environment' as const;
}

export function errorKind(error: unknown): ErrorKind {
  return error instanceof AgreementError ? error.kind : 'internal';
}

export function exitCodeFor(kind: ErrorKind): number {
  return kind === 'content' ? EXIT_CONTENT : EXIT_USAGE;
}
