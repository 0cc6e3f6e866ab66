// A site on a server reached with rsync over SSH. The server needs sh, GNU coreutils (mv -T,
// sha256sum), find and rsync; the account needs write access to the target path only.
import { OUTPUT_MARK } from '../build/stage-output.ts';
import { EnvironmentError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { isIncomingName, isReleaseName, sortReleases } from './release-name.ts';
import { NOT_A_FILE, RELEASES, releaseFromLink, type ReleaseStore, type SiteState } from './release-store.ts';
import { runProcess } from './run-process.ts';
import { openSshSession, rsyncShell, sshError } from './ssh.ts';
import type { RsyncMethod } from './target.ts';
import type { VerifiedBuild } from './verify-build.ts';

// $1 is always the target path. Each script is fixed text; only its arguments vary.
const STATE = `cd -- "$1" 2>/dev/null || exit 0
if [ -L current ]; then printf 'link %s\\n' "$(readlink current)"; elif [ -e current ]; then echo other; else echo none; fi
if [ -d releases ]; then ls -1A -- releases; fi`;

const HASHES = `cd -- "$1/releases/$2" || exit 1
find . ! -type d ! -type f -exec printf 'other %s\\n' {} +
find . -type f -exec sha256sum -- {} +`;

const PREPARE = 'mkdir -p -- "$1/releases"';

// The rename of current.tmp over current is the one moment the site changes.
const ACTIVATE = `set -e
cd -- "$1"
if [ -n "$3" ]; then mv -T -- "releases/$3" "releases/$2"; fi
test -d "releases/$2"
rm -f current.tmp
ln -s "releases/$2" current.tmp
mv -Tf current.tmp current`;

const REMOVE = `set -e
cd -- "$1/releases"
shift
rm -rf -- "$@"`;

const { steps } = sv.publish.ssh;

export async function rsyncStore(method: RsyncMethod, privateKeyPath: string | undefined): Promise<ReleaseStore> {
  const session = await openSshSession(method, privateKeyPath);
  const root = method.path.replace(/\/+$/, '');
  const where = `${session.login}:${root}`;
  return {
    where,

    async state(): Promise<SiteState> {
      const [first = 'none', ...entries] = (await session.run(STATE, [root], steps.state)).split('\n').filter(Boolean);
      let current: string | undefined;
      if (first !== 'none') {
        current = first.startsWith('link ') ? releaseFromLink(first.slice(5)) : undefined;
        if (!current) {
          throw new EnvironmentError(sv.publish.releases.currentNotARelease(`${where}/current`, RELEASES));
        }
      }
      return { current, releases: sortReleases(entries), incomplete: entries.filter(isIncomingName) };
    },

    async hashes(folder) {
      const output = await session.run(HASHES, [root, folder], steps.hashes);
      const result = new Map<string, string>();
      for (const line of output.split('\n').filter(Boolean)) {
        const file = /^([0-9a-f]{64}) {2}\.\/(.+)$/.exec(line);
        // sha256sum starts a line with "\" when it had to escape the name: never a file publishing wrote.
        if (file) result.set(file[2]!, file[1]!);
        else result.set(line.replace(/^(other |\\)/, ''), NOT_A_FILE);
      }
      return result;
    },

    async upload(build: VerifiedBuild, incoming, linkFrom) {
      await session.run(PREPARE, [root], steps.prepare);
      const args = [
        '--recursive',
        // Checksums, not times: every build writes new times, and unchanged files should still be shared.
        '--checksum',
        '--perms',
        '--chmod=D0755,F0644',
        '--delete',
        `--exclude=/${OUTPUT_MARK}`,
        ...(linkFrom ? [`--link-dest=../${linkFrom}`] : []),
        '-e',
        rsyncShell(session),
        '--',
        `${build.dir.replace(/\/+$/, '')}/`,
        `${session.login}:${root}/${RELEASES}/${incoming}/`,
      ];
      const result = await runProcess('rsync', args, { timeoutMs: 30 * 60_000 });
      if (result.code !== 0) throw sshError(steps.upload, session.login, result.stderr);
    },

    async activate(release, fromIncoming) {
      if (!isReleaseName(release) || (fromIncoming !== undefined && !isIncomingName(fromIncoming))) {
        throw new Error(`not a release name: ${release} ${fromIncoming ?? ''}`);
      }
      await session.run(ACTIVATE, [root, release, fromIncoming ?? ''], steps.activate);
    },

    async remove(folders) {
      if (folders.length === 0) return;
      for (const folder of folders) {
        if (!isReleaseName(folder) && !isIncomingName(folder)) throw new Error(`not a release folder: ${folder}`);
      }
      await session.run(REMOVE, [root, ...folders], steps.remove);
    },

    close: () => session.close(),
  };
}
