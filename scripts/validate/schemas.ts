// The JSON Schemas in schema/, imported rather than read from a folder, so that they travel
// with the compiled code wherever it runs.
import common from '../../schema/common.schema.json' with { type: 'json' };
import edition from '../../schema/edition.schema.json' with { type: 'json' };
import focusArea from '../../schema/focus-area.schema.json' with { type: 'json' };
import glossary from '../../schema/glossary.schema.json' with { type: 'json' };
import party from '../../schema/party.schema.json' with { type: 'json' };
import promise from '../../schema/promise.schema.json' with { type: 'json' };
import publishTarget from '../../schema/publish-target.schema.json' with { type: 'json' };
import publishTargets from '../../schema/publish-targets.schema.json' with { type: 'json' };
import sic from '../../schema/sic.schema.json' with { type: 'json' };
import signatory from '../../schema/signatory.schema.json' with { type: 'json' };
import site from '../../schema/site.schema.json' with { type: 'json' };

/** Every schema in schema/; a test proves none is left out. */
export const SCHEMAS: readonly object[] = [common, edition, focusArea, glossary, party, promise, publishTarget, publishTargets, sic, signatory, site];

/** The schemas files are validated against, by the name their readers use. */
export const CONTENT_SCHEMAS = {
  edition: 'edition.schema.json',
  focusArea: 'focus-area.schema.json',
  promise: 'promise.schema.json',
  glossary: 'glossary.schema.json',
  site: 'site.schema.json',
  sic: 'sic.schema.json',
  // A file of publishing targets alone (npm run publish -- --targets <fil>).
  publishTargets: 'publish-targets.schema.json',
} as const;

export type SchemaName = keyof typeof CONTENT_SCHEMAS;
