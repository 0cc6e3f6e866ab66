// Text that reaches a terminal comes partly from content (file names, YAML keys): control
// characters in it could move the cursor, recolour or forge report lines, so they are shown
// escaped instead. Newlines and tabs of the message itself stay.
export function sanitizeTerminal(text: string): string {
  // C0 controls except \t and \n, DEL, and C1 controls (CSI 0x9b among them).
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, unicodeEscape);
}

/** A character as a JavaScript \u escape, as it would be written in a string. */
export function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** For a single-line field (a file name): newlines escaped too. */
export function sanitizeLine(text: string): string {
  return sanitizeTerminal(text).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}
