// What an edition id may look like, and what it says about the period. The pattern is read
// from the schema so that the command and `check` can never disagree about a valid id.
import common from '../../schema/common.schema.json' with { type: 'json' };

const ID_PATTERN = new RegExp(common.$defs.id.pattern);

/** The longest id; the message that refuses an id names it (sv.commands.newEdition.badId). */
export const ID_MAX_LENGTH = common.$defs.id.maxLength;

export function isEditionId(id: string): boolean {
  return ID_PATTERN.test(id) && id.length <= ID_MAX_LENGTH;
}

export interface YearSpan {
  first: number;
  last: number;
}

/** "2026-2029" → 2026..2029; an id that is not two ordered years says nothing about the period. */
export function yearsOfId(id: string): YearSpan | undefined {
  const match = /^(\d{4})-(\d{4})$/.exec(id);
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = Number(match[2]);
  return first <= last ? { first, last } : undefined;
}
