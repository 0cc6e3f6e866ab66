// Every heading has an address of its own that stays put: no heading a coordinator writes can
// take the id of a section the build adds, and footnote numbers are not part of an address.
import { NO_FRAME } from '../helpers/workspace.ts';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { renderEditionPage } from '../../scripts/render/edition-page.ts';
import { renderEditionPrint } from '../../scripts/render/edition-print.ts';
import { checkRoot, makeFixture, replaceOnce, TEXT } from '../helpers/check-fixture.ts';

async function pages(text: (valid: string) => string) {
  const { content, errors } = await checkRoot(makeFixture({ [TEXT]: text }));
  expect(errors).toEqual([]);
  const edition = content.editions[0]!;
  return [fromHtml(await renderEditionPage(content, edition, { pdf: 'x.pdf' })), fromHtml(await renderEditionPrint(content, edition, NO_FRAME))];
}

const ids = (page: ReturnType<typeof fromHtml>) => selectAll('[id]', page).map((node) => String(node.properties.id));

describe('heading ids', () => {
  it('stay unique when the text has headings named like the sections the build adds', async () => {
    const withSections = (valid: string) => `${valid}\n## Underskrifter\n\nText.\n\n## Ordlista\n\nText.\n\n## Innehåll\n\nText.\n`;
    for (const page of await pages(withSections)) {
      const all = ids(page);
      expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
      expect(all).toContain('underskrifter');
      expect(all).toContain('avsnitt-underskrifter');
    }
  });

  it('leave footnote numbers out of the address', async () => {
    const [web] = await pages(replaceOnce('## Tidplan', '## Tidplan[^tid]\n\n[^tid]: Enligt beslut i kommunfullmäktige.'));
    expect(ids(web!)).toContain('avsnitt-tidplan');
    expect(selectAll('nav.toc a', web!).map((link) => link.properties.href)).toContain('#avsnitt-tidplan');
  });
});
