import { EXIT_CONTENT, EXIT_OK, UsageError } from '../errors.ts';
import { sv } from '../language/index.ts';
import { hasErrors } from '../report/problem.ts';
import { defaultReportFormat, formatProblems, type ReportFormat } from '../report/reporter.ts';
import { RULES } from '../rules/index.ts';
import { checkContent } from '../validate/check-content.ts';
import { defineCommand, noPositionals } from './command.ts';

// Usage and argument errors come before any content is read: Swedish (sv) directly.
const words = sv.commands;
const USAGE = words.check.usage;

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'github'];

export default defineCommand({
  usage: USAGE,
  options: { format: { type: 'string' }, 'list-rules': { type: 'boolean' } },
  async run({ values, positionals }, context) {
    noPositionals(positionals, USAGE);
    if (values['list-rules']) {
      const width = Math.max(...RULES.map((rule) => rule.id.length));
      context.stdout(RULES.map((rule) => `${rule.id.padEnd(width)}  ${rule.description}\n`).join(''));
      return EXIT_OK;
    }
    const workspace = context.workspace();
    const format = (values.format ?? defaultReportFormat(workspace.ci)) as ReportFormat;
    if (!FORMATS.includes(format)) throw new UsageError(`${words.unknownFormat(format)}\n\n${USAGE}`);
    const content = await checkContent(workspace);
    context.stdout(formatProblems(content.files, format));
    // In GitHub Actions the log also gets the readable text, beside the annotations.
    if (format === 'github' && values.format === undefined) context.stdout(formatProblems(content.files, 'text'));
    return hasErrors(content.files) ? EXIT_CONTENT : EXIT_OK;
  },
});
