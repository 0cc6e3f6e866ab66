// What can stop a signing that the user can act on, told in one line (the command maps it to
// an exit code); anything else is a fault in the tool.
export type SignFailure = 'unreadable' | 'unknown-field' | 'not-empty' | 'no-room' | 'timestamp' | 'too-large';

export class SignPdfError extends Error {
  constructor(
    message: string,
    readonly failure: SignFailure,
  ) {
    super(message);
  }
}
