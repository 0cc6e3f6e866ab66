// What the content rules say, in Swedish: for each finding, what is wrong as a fact about the
// content (reason) and how to fix it in words a coordinator can act on (fix).

export const rules = {
  /** Added to the fix of a finding in the wording of a signed record (validate/check-content.ts). */
  signedRecord: 'Utgåvan är undertecknad och återges som den skrevs under: rätta det i nästa utgåva.',
};
