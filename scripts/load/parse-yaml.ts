// Parses YAML text (a file, or a Markdown file's frontmatter) keeping the position of every
// key and value, so that schema and rule messages can point at them.
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type YAMLError } from 'yaml';
import type { VFile } from 'vfile';
import { sv } from '../language/index.ts';
import type { DataPath, Place, YamlSource } from '../model/model.ts';
import { report } from '../report/problem.ts';
import type { Exceeded } from './bounds.ts';
import { reportExceeded } from './limit-messages.ts';
import { LIMITS } from './limits.ts';

// Loading knows no site configuration yet: the words are Swedish (sv) directly.
const words = sv.load.yaml;

/**
 * `firstLine` is the file line the YAML text starts on (2 for frontmatter after `---`).
 * Returns undefined when the text is not well-formed YAML; the errors are on the file.
 */
export function parseYaml(file: VFile, text: string, firstLine = 1): YamlSource<unknown> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const toPoint = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const placeOf = (range: readonly number[] | null | undefined): Place =>
    range ? { start: toPoint(range[0]!), end: toPoint(range[1]!) } : { start: { line: firstLine, column: 1 } };

  // One message per line: the parser's follow-on errors on the same line add only noise.
  const reportedLines = new Set<number>();
  // The parser's warnings too: an unknown tag (!!binary, !!js/function) would be read as plain text.
  const problems = [...causes(doc.errors), ...doc.warnings];
  for (const error of problems) {
    const place = placeOf(error.pos);
    if (reportedLines.has(place.start.line)) continue;
    reportedLines.add(place.start.line);
    const meaning = words.errors[error.code];
    report(file, {
      ruleId: 'yaml-syntax',
      severity: 'error',
      place,
      reason: meaning ? words.reason(meaning.reason) : words.unknownReason(firstSentence(error.message)),
      fix: meaning?.fix ?? words.fallback.fix,
    });
  }
  if (problems.length > 0) return undefined;

  const locate = (path: DataPath, key = false): Place => {
    let node: Node | null | undefined = doc.contents;
    let place = placeOf(node?.range);
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return place;
        if (last && key && isScalar(pair.key)) return placeOf(pair.key.range);
        node = pair.value as Node | null;
        place = placeOf(node?.range ?? (isScalar(pair.key) ? pair.key.range : undefined));
      } else if (isSeq(node)) {
        node = node.items[Number(segment)] as Node | undefined;
        if (!node) return place;
        place = placeOf(node.range);
      } else {
        return place;
      }
    }
    return place;
  };
  const exceeded = yamlExceeds(doc, placeOf);
  if (exceeded) {
    reportExceeded(file, exceeded);
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (error) {
    // The yaml package's answer to an alias bomb (a ReferenceError); anything else is a fault of ours.
    if (!(error instanceof ReferenceError)) throw error;
    let line = firstLine;
    visit(doc, { Alias: (_key, node) => { line = placeOf(node.range).start.line; return visit.BREAK; } });
    reportExceeded(file, { limit: 'yamlAliases', line });
    return undefined;
  }
  return { file, data, locate };
}

/** Collections nested deeper than the bound, found without recursion: reading and validating the data recurse on it. */
function yamlExceeds(doc: Document, placeOf: (range: readonly number[] | null | undefined) => Place): Exceeded | undefined {
  const stack: [unknown, number][] = [[doc.contents, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= LIMITS.yamlDepth) return { limit: 'yamlDepth', line: placeOf(node.range).start.line };
    for (const item of node.items) stack.push([isPair(item) ? item.value : item, depth + 1]);
  }
  return undefined;
}

/**
 * The errors that are causes. After a tab used as indentation the parser no longer knows the
 * structure, and what it reports on the lines after (a colon read as a new key, a key over
 * several lines) comes of the tab, not of the lines: only further tabs are causes of their own.
 */
function causes(errors: readonly YAMLError[]): YAMLError[] {
  const tab = errors.find((error) => error.code === 'TAB_AS_INDENT');
  return tab ? errors.filter((error) => error.code === 'TAB_AS_INDENT' || error.pos[0] < tab.pos[0]) : [...errors];
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
