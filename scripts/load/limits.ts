// Every bound on what a content file may hold, in one place with its reason. Content comes
// from people in two organisations; a mistake or a hostile file must end in a message at file
// and line, never in a hang, a stack overflow or gigabytes of memory. Each bound is far above
// anything an agreement needs (the largest real file is under 9 kB, nested at most 3 deep, with
// about ten footnotes), so honest content never meets one.

export const LIMITS = {
  /**
   * Bytes in one content file. The Markdown parser takes seconds for 200 kB of the worst text
   * (many short words on one line) on a busy CI runner, and a 10 MB paragraph took 2.5 GB: the
   * size is refused before anything is decoded or parsed.
   */
  fileBytes: 128 * 1024,
  /** Lines in one Markdown file, counted before parsing: thousands of list items took the parser seconds each thousand. */
  lines: 5_000,
  /**
   * Block containers (blockquotes, list items) opened on one line, counted before parsing.
   * The parser's work grows with the square of this depth, and 5,000 nested blockquotes
   * overflowed the stack.
   */
  blockNesting: 16,
  /**
   * Emphasis and strikethrough markers (*, _, ~) in one paragraph, counted before parsing:
   * matching openers to closers costs the parser time in the square of their number (2,000
   * pairs took 24 s).
   */
  emphasisMarkersPerParagraph: 400,
  /** Footnote references and definitions ([^…) in one file: each is matched and numbered against the others. */
  footnotes: 500,
  /**
   * Depth of the parsed tree. Every later stage (rules, rendering, HTML serialising) walks it
   * recursively, so a deeper tree would overflow the stack there.
   */
  treeDepth: 48,
  /** Nodes of the parsed tree of one file: bounds the memory and time of every later stage. */
  treeNodes: 10_000,
  /**
   * Aliases resolved in one YAML document: an alias bomb (aliases of aliases) grows
   * exponentially when read. No content needs aliases at all; the yaml package's maxAliasCount.
   */
  yamlAliases: 100,
  /** Nesting of YAML collections ([ and { or indented blocks): reading and validating recurse on it. */
  yamlDepth: 32,
  /** Entries in one content folder: listing and loading are per entry, and 20,000 is 100 times a large municipality's history. */
  folderEntries: 20_000,
} as const;

export type LimitName = keyof typeof LIMITS;
