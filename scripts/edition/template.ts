// The starter content for a municipality that begins from nothing: a draft edition with the
// sections agreements usually have, each holding an ATT GÖRA marker (the placeholder rule
// warns about them in a draft and refuses them in a final one), and a promise template. Used by
// npm run init and by npm run new-edition without --from (an agreement signed on paper).
import { posix } from 'node:path';
import { stringify } from 'yaml';
import { sv } from '../language/index.ts';
import { EDITION_FILE, FOCUS_AREA_DIR, TEXT_FILE } from '../load/paths.ts';
import { fileSlug } from '../model/output-paths.ts';
import { FOCUS_DESCRIPTIONS, FOCUS_LIST } from '../rules/known-directives.ts';
import { yearsOfId } from './edition-id.ts';

export interface StarterSite {
  municipality: string;
  policeArea: string;
}

/** The schema directive editors read; the path is relative to the file that carries it. */
const schemaDirective = (schema: string, depth: number) => `# yaml-language-server: $schema=${'../'.repeat(depth)}schema/${schema}`;

const STARTER_AREA = 'forsta-fokusomradet';

/** A period for an id that says none: the edition cannot be read without one, and the marker says to set it. */
function periodOf(id: string, today: Date): { start: string; end: string } {
  const years = yearsOfId(id) ?? { first: today.getUTCFullYear(), last: today.getUTCFullYear() + 3 };
  return { start: `${years.first}-01-01`, end: `${years.last}-12-31` };
}

/** A YAML scalar: quoted only when it has to be. */
export const quote = (text: string) => stringify(text, { lineWidth: 0 }).trimEnd();

/** The files of a starter edition, by path relative to agreement/<id>/. */
export function starterEdition(id: string, site: StarterSite, today: Date): Record<string, string> {
  const { municipality, policeArea } = site;
  const kommun = sv.site.municipalityName(municipality);
  const polis = sv.site.policeAreaName(policeArea);
  const period = periodOf(id, today);
  const years = `${period.start.slice(0, 4)}–${period.end.slice(0, 4)}`;
  const municipalityId = fileSlug(kommun);
  const policeId = `lpo-${fileSlug(policeArea)}`;
  const edition = [
    schemaDirective('edition.schema.json', 2),
    '# Ett utkast från mallen: ersätt varje ATT GÖRA med det parterna kommit överens om.',
    '# npm run check visar var det står kvar. Se schema/edition.schema.json för varje nyckel.',
    `id: ${id}`,
    `title: ${quote(`Samverkansöverenskommelse mellan ${kommun} och ${polis} ${years}`)}`,
    `shortTitle: ${quote(`Samverkansöverenskommelse ${municipality} ${years}`)}`,
    'status: draft',
    `municipality: ${quote(municipality)}`,
    '# ATT GÖRA: bekräfta perioden (eller skriv openEnded: true i stället för end).',
    'period:',
    `  start: ${period.start}`,
    `  end: ${period.end}`,
    'parties:',
    `  - id: ${municipalityId}`,
    `    name: ${quote(kommun)}`,
    '    kind: kommun',
    `  - id: ${policeId}`,
    `    name: ${quote(polis)}`,
    '    kind: polis',
    '    organisation:',
    '      - Polismyndigheten',
    `      - ${quote(polis)}`,
    'signing:',
    `  place: ${quote(municipality)}`,
    '# ATT GÖRA: skriv in vem som skriver under för varje part och ta bort confirmed: false.',
    'signatories:',
    `  - name: ATT GÖRA namn`,
    '    title: Kommunstyrelsens ordförande',
    `    party: ${municipalityId}`,
    '    confirmed: false',
    `  - name: ATT GÖRA namn`,
    '    title: Lokalpolisområdeschef',
    `    party: ${policeId}`,
    '    confirmed: false',
    'focusAreas:',
    `  - ${STARTER_AREA}`,
    '',
  ].join('\n');
  const text = [
    `${municipality} ska vara en trygg kommun att bo, leva och verka i. ATT GÖRA: skriv visionen.`,
    '',
    '## Bakgrund',
    '',
    `${kommun} och ${polis} samverkar i det brottsförebyggande och trygghetsskapande arbetet. Överenskommelsen är parternas gemensamma plattform för det arbetet, och medborgarlöftena är dess konkreta del. Enligt lag (2023:196) om kommuners ansvar för brottsförebyggande arbete ska kommunen ha en lägesbild, en åtgärdsplan och en samordningsfunktion.`,
    '',
    'ATT GÖRA: beskriv bakgrunden med egna ord.',
    '',
    '## Övergripande mål och syfte',
    '',
    'ATT GÖRA: skriv målen och syftet med överenskommelsen.',
    '',
    '## Gemensam lägesbild',
    '',
    'ATT GÖRA: beskriv den gemensamma analysen: när den gjordes, vilka underlag den bygger på (brottsstatistik, trygghetsundersökningar, medborgardialog …) och vad den visar.',
    '',
    '## Fokusområden',
    '',
    'Parterna har enats om att följande fokusområden ska prioriteras under perioden.',
    '',
    `::${FOCUS_LIST}`,
    '',
    '## Beskrivning av fokusområdena',
    '',
    `::${FOCUS_DESCRIPTIONS}`,
    '',
    '## Organisation och ansvar',
    '',
    'ATT GÖRA: beskriv vem som styr och samordnar arbetet, till exempel det lokala brottsförebyggande rådet, och vilka roller parterna har.',
    '',
    '## Resurser och ekonomi',
    '',
    'Varje part bär sina egna kostnader. ATT GÖRA: beskriv vilka resurser varje part avsätter.',
    '',
    '## Giltighetstid',
    '',
    'ATT GÖRA: skriv hur länge överenskommelsen gäller och om den förlängs.',
    '',
    '## Uppföljning',
    '',
    'ATT GÖRA: beskriv hur och hur ofta överenskommelsen och medborgarlöftena följs upp.',
    '',
    '## Kommunikation',
    '',
    'ATT GÖRA: beskriv hur parterna berättar om arbetet för invånarna.',
    '',
  ].join('\n');
  const area = [
    '---',
    `id: ${STARTER_AREA}`,
    'title: ATT GÖRA första fokusområdet',
    'goals:',
    '  - ATT GÖRA delmål',
    '---',
    '',
    'ATT GÖRA: beskriv fokusområdet. Lägg till fler fokusområden som egna filer i den här mappen och i focusAreas i edition.yaml.',
    '',
  ].join('\n');
  return {
    [EDITION_FILE]: edition,
    [TEXT_FILE]: text,
    [posix.join(FOCUS_AREA_DIR, `${STARTER_AREA}.md`)]: area,
  };
}

/** A draft promise document to copy from: its file name (under promises/) and its text. */
export function promiseTemplate(site: StarterSite, today: Date): { name: string; text: string } {
  const { municipality } = site;
  const kommun = sv.site.municipalityName(municipality);
  const id = `${fileSlug(municipality)}-medborgarlofte`;
  const year = today.getUTCFullYear();
  const text = [
    '---',
    `id: ${id}`,
    'title: ATT GÖRA rubrik',
    `text: ${quote(`ATT GÖRA: skriv löftet, till exempel: Polisen och ${kommun} ska tillsammans öka tryggheten i centrum.`)}`,
    'parties:',
    '  - Polisen',
    `  - ${quote(kommun)}`,
    'status: draft',
    'period:',
    `  start: ${year}-01-01`,
    `  end: ${year + 1}-12-31`,
    'commitments:',
    '  - actor: polisen',
    '    text: ATT GÖRA vad polisen gör',
    '  - actor: kommunen',
    '    text: ATT GÖRA vad kommunen gör',
    '  - actor: tillsammans',
    '    text: ATT GÖRA vad parterna gör tillsammans',
    'followUp:',
    '  frequency: varje halvår',
    '  forum: Lokalt brottsförebyggande råd',
    '---',
    '',
    'ATT GÖRA: beskriv situationen idag, som löftet ska ändra på.',
    '',
  ].join('\n');
  return { name: `${id}.md`, text };
}
