// Measures a file against the bounds in limits.ts, each in one linear pass and without
// recursion, so that measuring cannot itself hang or overflow on the input it guards against.
import type { Node as UnistNode } from 'unist';
import { LIMITS, type LimitName } from './limits.ts';

export interface Exceeded {
  limit: LimitName;
  /** 1-based line where the bound was passed. */
  line: number;
}

// A container marker at the start of what is left of a line: a blockquote's ">", or a list
// item's bullet or number followed by a space (or the end of the line).
const CONTAINER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const EMPHASIS = /[*_~]/g;
const FOOTNOTE = /\[\^/g;

/** What of the Markdown source passes a bound before it is parsed, if anything does. */
export function markdownTextExceeds(text: string): Exceeded | undefined {
  let footnotes = 0;
  let markers = 0;
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber += 1;
    if (lineNumber > LIMITS.lines) return { limit: 'lines', line: lineNumber };
    if (line.trim() === '') {
      markers = 0;
      continue;
    }
    if (blockDepth(line) > LIMITS.blockNesting) return { limit: 'blockNesting', line: lineNumber };
    markers += line.match(EMPHASIS)?.length ?? 0;
    if (markers > LIMITS.emphasisMarkersPerParagraph) return { limit: 'emphasisMarkersPerParagraph', line: lineNumber };
    footnotes += line.match(FOOTNOTE)?.length ?? 0;
    if (footnotes > LIMITS.footnotes) return { limit: 'footnotes', line: lineNumber };
  }
  return undefined;
}

/**
 * Containers opened on the line, plus its indentation in steps of four columns: a nested list
 * item is indented under its parent rather than repeating the parent's bullet.
 */
function blockDepth(line: string): number {
  const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
  let depth = Math.floor(indent / 4);
  let rest = line;
  for (let match = CONTAINER.exec(rest); match && depth <= LIMITS.blockNesting; match = CONTAINER.exec(rest)) {
    depth += 1;
    rest = rest.slice(match[0].length);
  }
  return depth;
}

/** The first node deeper than the bound, or past the count of nodes, in a parsed tree. */
export function treeExceeds(root: UnistNode): Exceeded | undefined {
  const stack: [UnistNode, number][] = [[root, 0]];
  let count = 0;
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    count += 1;
    const line = node.position?.start.line ?? 1;
    if (depth > LIMITS.treeDepth) return { limit: 'treeDepth', line };
    if (count > LIMITS.treeNodes) return { limit: 'treeNodes', line };
    const children = (node as { children?: UnistNode[] }).children;
    // Last child first onto the stack, so nodes are counted in reading order and the line is where the bound was passed.
    if (Array.isArray(children)) for (let index = children.length - 1; index >= 0; index -= 1) stack.push([children[index]!, depth + 1]);
  }
  return undefined;
}
