// Release names sort in publishing order; pruning and rollback never lose the live release or
// the one a rollback goes back to; remote arguments reach the server's shell as plain words.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isReleaseName, nextReleaseName, previousRelease, releasesToPrune, sortReleases } from '../../scripts/publish/release-name.ts';
import { shellQuote } from '../../scripts/publish/ssh.ts';

const commit = 'abcdef0123456789abcdef0123456789abcdef01';
const at = (iso: string) => new Date(iso);

describe('release names', () => {
  it('count on from the highest release, whatever the clock says', () => {
    expect(nextReleaseName([], commit, at('2026-03-01T10:15:00.123Z'))).toBe('000001-20260301T101500Z-abcdef012345');
    const existing = ['000009-20260301T101500Z-aaaaaaaaaaaa', '000010-20260302T101500Z-bbbbbbbbbbbb', 'en-annan-mapp'];
    // A runner whose clock is behind still publishes after the last release.
    expect(nextReleaseName(existing, commit, at('2020-01-01T00:00:00Z'))).toBe('000011-20200101T000000Z-abcdef012345');
    expect(isReleaseName('000011-20200101T000000Z-abcdef012345')).toBe(true);
    expect(isReleaseName('.incoming-000011-20200101T000000Z-abcdef012345')).toBe(false);
  });

  it('sort in publishing order and ignore folders publishing did not make', () => {
    const names = ['000010-20260101T000000Z-bbbbbbbbbbbb', 'gammal-sajt', '000002-20270101T000000Z-aaaaaaaaaaaa'];
    expect(sortReleases(names)).toEqual(['000002-20270101T000000Z-aaaaaaaaaaaa', '000010-20260101T000000Z-bbbbbbbbbbbb']);
  });

  const releases = [1, 2, 3, 4, 5, 6, 7].map((n) => `00000${n}-20260101T000000Z-aaaaaaaaaaaa`);

  it('keep the newest, the live one and the one before it', () => {
    expect(releasesToPrune(releases, 5, [releases[6]])).toEqual(releases.slice(0, 2));
    // After a rollback to release 1 and a new publish (8), 1 is what the next rollback goes back to.
    expect(releasesToPrune([...releases, '000008-20260101T000000Z-aaaaaaaaaaaa'], 5, ['000008-20260101T000000Z-aaaaaaaaaaaa', releases[0]])).toEqual(
      releases.slice(1, 3),
    );
  });

  it('go back to the release before the live one', () => {
    expect(previousRelease(releases, releases[3]!)).toBe(releases[2]);
    expect(previousRelease(releases, releases[0]!)).toBeUndefined();
  });
});

describe('shell quoting for the server', () => {
  it.each(["/var/www/samverkan", "it's", '$(touch /tmp/x)', '`id`', 'a b\tc', '"; rm -rf / #', "'", ''])('%j reaches sh as one word', (word) => {
    expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(word)}`], { encoding: 'utf8' })).toBe(word);
  });
});
