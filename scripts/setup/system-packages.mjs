// Runs after `npm ci` (the "prepare" script): the build prints PDFs with Debian's Chromium and
// the tests check them with poppler and qpdf. As root on Debian they are installed here, so
// that the README's quick start works on a fresh machine; anyone else is told what to install.
// Plain JavaScript, because it runs before the project's own dependencies are usable.
import { execFileSync, spawnSync } from 'node:child_process';

const NEEDED = { chromium: 'chromium', pdfinfo: 'poppler-utils', qpdf: 'qpdf' };

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
    `Obs: ${missing.join(', ')} saknas. Bygget behöver Chromium för PDF:erna och testerna poppler-utils och qpdf.\n` +
      `Installera dem, t.ex.: sudo apt-get install ${missing.join(' ')}`,
  );
}
