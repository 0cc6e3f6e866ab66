// Fidelity: the signed 2021–2025 edition, as loaded, says exactly what the published agreement
// says: every heading, paragraph, list item and footnote, in order. Promise footnotes 3 and 4
// are generated from promises/*.md through the focus areas' citations. The four promises
// published on polisen.se are in promises/.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/load/load-content.ts';
import type { Content, Edition } from '../../scripts/model/model.ts';
import { type AgreementText, normalise, readModel, readSignedAgreement, SIGNED_LAST_BLOCK } from '../helpers/check-fidelity.ts';
import { makeDiskFixture, REPOSITORY_ROOT } from '../helpers/check-fixture.ts';
import { diskTestWorkspace } from '../helpers/workspace.ts';

const PUBLISHED = new URL('../fixtures/published/', import.meta.url);
const promisesText = readFileSync(new URL('medborgarloften-degerfors-polisen-se.txt', PUBLISHED), 'utf8');
const published = readSignedAgreement();
/** A fork (npm run init) has removed the Degerfors content: then there is nothing to compare. */
const hasSignedEdition = existsSync(join(REPOSITORY_ROOT, 'agreement/2021-2025'));

function signedEdition(content: Content): Edition {
  const edition = content.editions.find((candidate) => candidate.id === '2021-2025');
  if (!edition) throw new Error('agreement/2021-2025 kunde inte läsas');
  return edition;
}

describe('the published text, as read', () => {
  it('has the blocks and six footnotes the reader expects', () => {
    expect(published.title).toBe(
      'Strategisk samverkansöverenskommelse för ökad trygghet samt bekämpning och förebyggande av brott 2021 - 2025',
    );
    expect(published.footnotes.map((footnote) => footnote.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(published.body).toContain('Skadegörelse/klotter');
    // The paragraph cut by the page break (and footnote 5) is whole again.
    expect(published.body.some((block) => block.includes('ökar barns möjlighet till god hälsa och gott liv'))).toBe(true);
    expect(published.body.at(-1)).toBe(SIGNED_LAST_BLOCK);
    expect(published.signatures).toEqual([
      'Degerfors 2021-XX-XX',
      'Jens Hedenborg',
      'Anneli Mylly',
      'Lokal polisområdeschef',
      'Kommunstyrelsens ordförande',
    ]);
  });
});

describe.runIf(hasSignedEdition)('agreement/2021-2025 against the published agreement', () => {
  let model: AgreementText;
  let content: Content;
  beforeAll(async () => {
    content = await loadContent(diskTestWorkspace(REPOSITORY_ROOT));
    model = readModel(content, signedEdition(content));
  });

  it('has the same title', () => {
    expect(model.title).toBe(published.title);
  });

  it('has every heading, paragraph and list item, in order, with the footnote calls where they stand', () => {
    expect(model.body).toEqual(published.body);
  });

  it('has every footnote, numbered in reading order, with the same text', () => {
    expect(model.footnotes).toEqual(published.footnotes);
  });

  it('generates footnotes 3 and 4 from the promises, in each citation\'s own wording', () => {
    expect(model.footnotes[2]).toEqual({
      number: 3,
      text: 'Medborgarlöfte ”Polisen och Degerfors kommun ska i samverkan med andra parter vidareutveckla arbetet med att förebygga och beivra narkotika- och trafikbrott i kommunen”.',
    });
    expect(model.footnotes[3]!.text).toMatch(/^Medborgarlöfte: ”Genomföra trygghetsvandringar .* åtgärder”$/);
    // The calls sit on the focus areas in the list, as published.
    expect(model.body).toContain('Alkohol, narkotika, dopning och tobak³');
    expect(model.body).toContain('Våld i offentlig miljö⁴');
  });

  it('keeps the signed text as signed, mistakes included', () => {
    expect(model.body.join('\n')).toContain('i Karlskoga och Degerfors genom');
    expect(model.footnotes[1]!.text).toBe(model.footnotes[5]!.text);
  });

  it('has the signature block: place, placeholder date, names, titles', () => {
    expect(model.signatures).toEqual(published.signatures);
  });
});

describe.runIf(hasSignedEdition)('the comparison can fail', () => {
  async function modelOf(change: (root: string) => void): Promise<AgreementText> {
    const root = makeDiskFixture();
    cpSync(join(REPOSITORY_ROOT, 'agreement'), join(root, 'agreement'), { recursive: true });
    cpSync(join(REPOSITORY_ROOT, 'promises'), join(root, 'promises'), { recursive: true });
    change(root);
    const content = await loadContent(diskTestWorkspace(root));
    return readModel(content, signedEdition(content));
  }
  const edit = (root: string, path: string, from: string | RegExp, to: string) => {
    const file = join(root, path);
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`ingen ändring i ${path}`);
    writeFileSync(file, changed);
  };

  it('when two focus areas change places', async () => {
    const model = await modelOf((root) =>
      edit(root, 'agreement/2021-2025/edition.yaml', '  - familjestod\n  - skadegorelse-klotter', '  - skadegorelse-klotter\n  - familjestod'),
    );
    expect(model.body).not.toEqual(published.body);
    expect(model.footnotes).toEqual(published.footnotes);
  });

  it('when a promise text drifts from the footnote', async () => {
    const model = await modelOf((root) => edit(root, 'promises/degerfors-2021-trygghetsvandringar.md', 'kvinnors otrygghet', 'kvinnors trygghet'));
    expect(model.footnotes).not.toEqual(published.footnotes);
  });

  it('when a paragraph is lost', async () => {
    const model = await modelOf(
      (root) => edit(root, 'agreement/2021-2025/text.md', /\nOm inget annat överenskommes[^\n]*\n/, '\n'),
    );
    expect(model.body).not.toEqual(published.body);
  });
});

describe.runIf(hasSignedEdition)('the promises published on polisen.se', () => {
  const [source, heading, intro, ...bullets] = promisesText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

  it('are read from the copy: a source line, a heading, an introduction and four promises', () => {
    expect(source).toMatch(/^Källa: https:\/\/polisen\.se\/om-polisen\/medborgarloften\/degerfors\//);
    expect(heading).toBe('Degerfors – medborgarlöften');
    expect(bullets).toHaveLength(4);
    for (const bullet of bullets) expect(bullet).toMatch(/^• /);
  });

  it('are all in promises/, word for word, with polisen.se as source and the introduction as text', async () => {
    const content = await loadContent(diskTestWorkspace(REPOSITORY_ROOT));
    for (const bullet of bullets) {
      const text = normalise(bullet);
      const promise = content.promises.find((candidate) => normalise(candidate.meta.data.text) === text);
      expect(promise, `saknas i promises/: ${text}`).toBeDefined();
      expect(promise!.meta.data.source?.url).toBe('https://polisen.se/om-polisen/medborgarloften/degerfors/');
      expect(normalise(toString(promise!.body.tree))).toBe(intro);
    }
  });
});
