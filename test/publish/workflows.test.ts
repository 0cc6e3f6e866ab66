// The CI files are what GitHub and GitLab accept (their own JSON Schemas, vendored in
// test/fixtures/ci-schemas/), and they keep the promises publishing relies on: one job per
// site, each with its own environment, never two deploys to one site at once.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, type Tags } from 'yaml';
import { tempDir } from './fake-site.ts';

// CommonJS under NodeNext: the classes are on .default.
const Ajv = ajvModule.default;
const addFormats = addFormatsModule.default;

const REPOSITORY = join(import.meta.dirname, '../..');
const schema = (name: string) => JSON.parse(readFileSync(join(REPOSITORY, 'test/fixtures/ci-schemas', name), 'utf8')) as object;

function validator(name: string) {
  // Both schemas are draft-07; SchemaStore's needs non-strict mode, GitLab's has markdownDescription.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword('markdownDescription');
  return ajv.compile(schema(name));
}

// GitLab's !reference [job, key] tag: kept as the list it names, which is what the schema expects.
const reference: Tags[number] = { tag: '!reference', collection: 'seq', resolve: (value) => value };

const workflowFiles = readdirSync(join(REPOSITORY, '.github/workflows')).filter((file) => /\.ya?ml$/.test(file));
const readWorkflow = (file: string) => parse(readFileSync(join(REPOSITORY, '.github/workflows', file), 'utf8')) as GithubWorkflow;
const gitlabText = readFileSync(join(REPOSITORY, '.gitlab-ci.yml'), 'utf8');
const gitlab = parse(gitlabText, { customTags: [reference] }) as Record<string, GitlabJob>;

interface GithubJob {
  environment?: unknown;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  strategy?: { matrix?: { site?: string[] } };
  container?: string;
  steps: { run?: string; uses?: string; with?: Record<string, unknown> }[];
}
interface GithubWorkflow {
  on: Record<string, unknown>;
  jobs: Record<string, GithubJob>;
}
interface GitlabJob {
  extends?: string;
  environment?: { name: string };
  resource_group?: string;
  interruptible?: boolean;
  script?: (string | string[])[];
  artifacts?: { paths?: string[]; reports?: { codequality?: string } };
  variables?: Record<string, string>;
}

describe('GitHub Actions workflows', () => {
  const validate = validator('github-workflow.json');

  it.each(workflowFiles)('%s fits the GitHub workflow schema', (file) => {
    expect(validate(readWorkflow(file)), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('would catch a mistake: a misspelt key in a job', () => {
    const workflow = readWorkflow('publish.yml');
    const { concurrency, ...job } = workflow.jobs.publish!;
    expect(validate({ ...workflow, jobs: { ...workflow.jobs, publish: { ...job, concurency: concurrency } } })).toBe(false);
  });

  it('a pull request is checked, built and tested, and dist/ kept for review', () => {
    const workflow = readWorkflow('check.yml');
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const runs = workflow.jobs.check!.steps.map((step) => step.run ?? step.uses ?? '');
    const order = ['npm ci', 'npm run check', 'npm run build', 'actions/upload-artifact', 'npm test'].map((command) =>
      runs.findIndex((run) => run.includes(command)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(workflow.jobs.check!.container).toMatch(/^node:20-bookworm/);
  });

  it('main publishes to each site in its own job and environment, never two deploys to one site at once', () => {
    const workflow = readWorkflow('publish.yml');
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    const publish = workflow.jobs.publish!;
    expect(publish.strategy?.matrix?.site).toEqual(['kommun', 'polisen']);
    expect(publish.environment).toBe('${{ matrix.site }}');
    expect(publish.concurrency).toEqual({ group: 'publish-${{ matrix.site }}', 'cancel-in-progress': false });
    const build = workflow.jobs.build!.steps.map((step) => step.run ?? '').join('\n');
    expect(build).toContain('SOURCE_DATE_EPOCH="$(git log -1 --format=%ct)"');
    // Each site is built for itself, sealed in the build when the key is configured.
    expect(build).toContain('npm run build -- --site "$site" --out "sites/$site" "${seal[@]}"');
    expect(build).toContain('seal=(--seal "$SIGN_P12")');
    const publishScript = publish.steps.map((step) => step.run ?? '').join('\n');
    expect(publishScript).toContain('npm run publish -- "$SITE" --dist "sites/$SITE"');
    expectCompiledAfterIgnoreScripts(publishScript);
  });
});

/** npm ci --ignore-scripts skips prepare, which also compiles the commands into .tsbuild/. */
function expectCompiledAfterIgnoreScripts(script: string) {
  if (!script.includes('--ignore-scripts')) return;
  expect(script.indexOf('npm run -s compile')).toBeGreaterThan(script.indexOf('--ignore-scripts'));
}

describe('GitLab CI', () => {
  const validate = validator('gitlab-ci.json');

  it('.gitlab-ci.yml fits the GitLab CI schema', () => {
    expect(validate(gitlab), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('would catch a mistake: a resource group that is not a string', () => {
    expect(validate({ ...gitlab, 'publish-kommun': { ...gitlab['publish-kommun'], resource_group: ['publish-kommun'] } })).toBe(false);
  });

  it('a merge request is checked, built and tested, with a code quality report and dist/ for review', () => {
    const check = gitlab.check!;
    const script = check.script!.flat().join('\n');
    for (const command of ['npm ci', 'npm run check', 'npm run build', 'npm test']) expect(script).toContain(command);
    expect(check.artifacts?.paths).toEqual(['dist/']);
    expect(check.artifacts?.reports?.codequality).toBe('gl-code-quality-report.json');
  });

  it('main publishes to each site in its own job, environment and resource group', () => {
    for (const site of ['kommun', 'polisen']) {
      const job = gitlab[`publish-${site}`]!;
      expect(job).toMatchObject({ extends: '.publish', environment: { name: site }, resource_group: `publish-${site}`, variables: { PUBLISH_SITE: site } });
    }
    expect(gitlab['.publish']!.interruptible).toBe(false);
    expectCompiledAfterIgnoreScripts(gitlab['.publish']!.script!.flat().join('\n'));
  });

  describe('the code quality step', () => {
    let temp: ReturnType<typeof tempDir>;
    beforeEach(() => {
      temp = tempDir('publish-codequality-');
    });
    afterEach(() => temp.remove());

    it('turns the check’s JSON report into GitLab’s code quality report', () => {
      const step = gitlab.check!.script!.find((line): line is string => typeof line === 'string' && line.startsWith('node -e'))!;
      const problem = { file: 'agreement/2026-2029/text.md', line: 4, column: 2, severity: 'error', ruleId: 'no-placeholders', message: 'Platshållare.', fix: 'Skriv datumet.' };
      writeFileSync(join(temp.dir, 'check.json'), JSON.stringify({ errors: 1, warnings: 0, problems: [problem] }));
      execFileSync('sh', ['-c', step], { cwd: temp.dir, timeout: 10_000 });
      const report = JSON.parse(readFileSync(join(temp.dir, 'gl-code-quality-report.json'), 'utf8')) as unknown[];
      expect(report).toEqual([
        {
          description: 'Platshållare. Skriv datumet.',
          check_name: 'no-placeholders',
          fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
          severity: 'major',
          location: { path: 'agreement/2026-2029/text.md', lines: { begin: 4 } },
        },
      ]);
    });
  });
});
