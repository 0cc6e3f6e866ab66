// What edition.yaml says about who does what, after the text: each party's commitments and
// resources, the other actors, and the coordinators with their roles. The same on the page
// and in the PDF; left out when the edition says none of it.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Language } from '../language/index.ts';
import type { Edition } from '../model/model.ts';
import { partyName } from './labels.ts';

export const ORGANISATION_ID = 'parter-resurser-och-samordning';

export function organisationSection(edition: Edition, words: Language): Element[] {
  const data = edition.meta.data;
  const labels = words.edition.organisation;
  const list = (items: readonly string[]) => h('ul', items.map((item) => h('li', item)));
  const parties = data.parties.flatMap((party) => {
    const parts = [
      ...(party.commitments?.length ? [h('p', h('strong', labels.commitments)), list(party.commitments)] : []),
      ...(party.resources?.length ? [h('p', h('strong', labels.resources)), list(party.resources)] : []),
    ];
    return parts.length ? [h('h3', party.name), ...parts] : [];
  });
  const actors = data.actors?.length ? [h('h3', labels.actors), list(data.actors.map((actor) => words.edition.actor(actor.name, actor.role)))] : [];
  const coordinators = data.coordinators?.length
    ? [
        h('h3', labels.coordinators),
        list(data.coordinators.map((person) => labels.coordinator(person.name, person.role, person.party && partyName(data, person.party)))),
      ]
    : [];
  const children = [...parties, ...actors, ...coordinators];
  if (children.length === 0) return [];
  return [h('section.organisation', { 'aria-labelledby': ORGANISATION_ID }, [h('h2', { id: ORGANISATION_ID }, labels.heading), ...children])];
}
