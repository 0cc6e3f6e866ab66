import { compile, type JSONSchema } from 'json-schema-to-typescript';

/** Relative to the tool's folder. */
export const GENERATED_TYPES_PATH = 'scripts/model/content.generated.ts';

/** Type names for the schemas' titled structures; the titles stay Swedish for editors. */
const TYPE_NAMES: Record<string, string> = {
  'Utgåva av samverkansöverenskommelsen': 'EditionData',
  Fokusområde: 'FocusAreaData',
  Medborgarlöfte: 'PromiseData',
  Ordlista: 'GlossaryData',
  Sic: 'SicData',
  'Känt fel': 'SicEntryData',
  Webbplats: 'SiteData',
  Publiceringsmål: 'PublishTargetData',
  Part: 'PartyData',
  Undertecknare: 'SignatoryData',
  'Hänvisning till medborgarlöfte': 'PromiseCitationData',
  Åtagande: 'CommitmentData',
  Uppföljning: 'FollowUpData',
  Beslut: 'DecisionData',
  Aktör: 'ActorData',
  Originalet: 'ProvenanceData',
  'Ett löfte i ett dokument med flera': 'PromiseItemData',
};

export async function generateContentTypes(schemaDir: string): Promise<string> {
  // One compilation of a wrapper that references every root, so shared definitions such as
  // the period are declared once.
  const wrapper: JSONSchema = {
    title: 'ContentSchemas',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      ['edition', 'focus-area', 'promise', 'glossary', 'site', 'sic'].map((name) => [name, { $ref: `${name}.schema.json` }]),
    ),
  };
  const code = await compile(wrapper, 'ContentSchemas', {
    bannerComment: '// Generated from schema/*.json by `npm run schema-types`. Do not edit.',
    cwd: schemaDir,
    declareExternallyReferenced: true,
    additionalProperties: false,
    format: true,
    customName: (schema) => (schema.title ? TYPE_NAMES[schema.title] : undefined),
  });
  return code;
}
