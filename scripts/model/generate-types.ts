import { compile, type JSONSchema } from 'json-schema-to-typescript';

const SCHEMA_DIR = new URL('../../schema/', import.meta.url);
export const GENERATED_TYPES_PATH = new URL('./content.generated.ts', import.meta.url);

/** Type names for the schemas' titled structures; the titles stay Swedish for editors. */
const TYPE_NAMES: Record<string, string> = {
  'Utgåva av samverkansöverenskommelsen': 'EditionData',
  Fokusområde: 'FocusAreaData',
  Medborgarlöfte: 'PromiseData',
  Ordlista: 'GlossaryData',
  Part: 'PartyData',
  Undertecknare: 'SignatoryData',
  'Hänvisning till medborgarlöfte': 'PromiseCitationData',
  Åtagande: 'CommitmentData',
  Uppföljning: 'FollowUpData',
};

export async function generateContentTypes(): Promise<string> {
  // One compilation of a wrapper that references every root, so shared definitions such as
  // the period are declared once.
  const wrapper: JSONSchema = {
    title: 'ContentSchemas',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      ['edition', 'focus-area', 'promise', 'glossary'].map((name) => [name, { $ref: `${name}.schema.json` }]),
    ),
  };
  const code = await compile(wrapper, 'ContentSchemas', {
    bannerComment: '// Generated from schema/*.json by `npm run schema-types`. Do not edit.',
    cwd: SCHEMA_DIR.pathname,
    declareExternallyReferenced: true,
    additionalProperties: false,
    format: true,
    customName: (schema) => (schema.title ? TYPE_NAMES[schema.title] : undefined),
  });
  return code;
}
