// load → validate: the stage every command starts with.
import { loadContent } from '../load/load-content.ts';
import type { Content } from '../model/model.ts';
import { report } from '../report/problem.ts';
import { RULES } from '../rules/index.ts';
import type { Rule } from '../rules/rule.ts';
import type { Workspace } from '../workspace/workspace.ts';

export async function checkContent(workspace: Workspace, rules: readonly Rule[] = RULES): Promise<Content> {
  const content = await loadContent(workspace);
  for (const rule of rules) {
    rule.check(content, (file, problem) => report(file, { ...problem, ruleId: rule.id }));
  }
  return content;
}
