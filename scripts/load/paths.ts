// Where content lives in a repository: the names a coordinator sees in the file tree.
export const AGREEMENT_DIR = 'agreement';
export const PROMISES_DIR = 'promises';
export const GLOSSARY_FILE = 'ordlista.yaml';
export const SITE_FILE = 'webbplats.yaml';
/** Known mistakes in signed editions, kept on purpose. */
export const SIC_FILE = 'sic.yaml';
export const EDITION_FILE = 'edition.yaml';
export const TEXT_FILE = 'text.md';
export const FOCUS_AREA_DIR = 'fokusomraden';
