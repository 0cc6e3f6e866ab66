// Runs after `npm ci` (the "prepare" script): the build prints PDFs with Debian's Chromium and
// the tests check them with poppler and qpdf. As root on Debian they are installed here, so
// that the README's quick start works on a fresh machine; anyone else is told what to install.
// Plain JavaScript, because it runs before the project's own dependencies are usable.
import { execFileSync, spawnSync } from 'node:child_process';

// command → Debian package, the same list .ci/run installs. The first three build and check
// PDFs; the others serve the tests of signing (an NSS trust store for pdfsig), publishing (a
// real sshd, rsync) and the browser's isolation (strace), and npm run bench (GNU time).
const NEEDED = {
  chromium: 'chromium',
  pdfinfo: 'poppler-utils',
  qpdf: 'qpdf',
  certutil: 'libnss3-tools',
  '/usr/sbin/sshd': 'openssh-server',
  ssh: 'openssh-client',
  rsync: 'rsync',
  strace: 'strace',
  '/usr/bin/time': 'time',
};

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const missing = [...new Set(Object.entries(NEEDED).filter(([command]) => !has(command)).map(([, pkg]) => pkg))];

if (missing.length === 0 || process.env.AGREEMENT_SKIP_SYSTEM_PACKAGES) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (isRoot && has('apt-get')) {
  console.log(`Installerar ${missing.join(', ')} med apt-get (behövs för PDF och tester) …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
} else {
  console.warn(
    `Obs: ${missing.join(', ')} saknas. Bygget behöver Chromium för PDF:erna; testerna behöver också poppler-utils, qpdf, libnss3-tools, openssh-server, rsync och strace, och npm run bench time.\n` +
      `Installera dem, t.ex.: sudo apt-get install ${missing.join(' ')}`,
  );
}
