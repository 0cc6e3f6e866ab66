// Which name a party id stands for in an edition: the signatures and the signing stage both
// print it. (How values read in words is the language module's, scripts/language/.)
import type { EditionData } from '../model/model.ts';

export function partyName(edition: EditionData, partyId: string): string {
  return edition.parties.find((party) => party.id === partyId)?.name ?? partyId;
}
