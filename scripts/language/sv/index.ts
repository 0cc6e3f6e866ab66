// The words the output shows, in Swedish: labels, formatters and messages, in one module with
// one part per concern. The page, the PDF and the comparison call the same formatter for one
// fact, so it reads the same everywhere. A second language is a sibling folder whose index
// has the same shape (the Language type in language/index.ts).
import { bench } from './bench.ts';
import { commands } from './commands.ts';
import { format } from './format.ts';
import { load } from './load.ts';
import { comparison, document, edition, index, locale, promise, signatures, status } from './output.ts';
import { preview } from './preview.ts';
import { print } from './print.ts';
import { publication } from './publication.ts';
import { publish } from './publish.ts';
import { rules } from './rules.ts';
import { sign } from './sign.ts';
import { site } from './site.ts';
import { workspace } from './workspace.ts';

export const sv = { site, locale, status, document, edition, signatures, promise, index, comparison, format, rules, preview, publication, load, workspace, commands, publish, sign, print, bench };
