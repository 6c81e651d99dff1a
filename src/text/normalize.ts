/**
 * Normalisation of raw article text before anything else looks at it:
 * BOM, NFC, CRLF/CR/NEL/U+2028/U+2029 → LF, odd spaces, zero-width and control characters, and paragraph splitting.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
// C0/C1 controls except LF; bidi overrides/embeddings/isolates never belong in article text.
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Normalise a whole raw document to NFC text with LF line endings and tidy spaces. */
export function normalizeText(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, '')
      // CRLF, lone CR, NEL and the Unicode line/paragraph separators are all line breaks.
      .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
      .normalize('NFC')
      .replace(ZERO_WIDTH, '')
      .replace(ODD_SPACES, ' ')
      .replace(CONTROLS, '')
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .join('\n')
  );
}

/** Normalise one line of user input the same way (NFC, spaces, no controls). */
export function normalizeInput(raw: string): string {
  return normalizeText(raw).replace(/\n+/g, ' ').trim();
}

const ENDS_SENTENCE = /[.!?…:;"”»)\]]$/;
const STARTS_LOWER = /^[\p{Ll}]/u;

/**
 * Split normalised text into paragraphs. Blank lines and single newlines both separate paragraphs
 * (dumps differ), except a hard-wrapped line: one that does not end a sentence followed by a line
 * starting in lower case is joined to it.
 */
export function splitParagraphs(text: string): string[] {
  const out: string[] = [];
  let blankBefore = true;
  for (const line of text.split('\n')) {
    if (!line) {
      blankBefore = true;
      continue;
    }
    const prev = out[out.length - 1];
    if (
      !blankBefore &&
      prev !== undefined &&
      !ENDS_SENTENCE.test(prev) &&
      STARTS_LOWER.test(line) &&
      prev.length > 40
    ) {
      out[out.length - 1] = `${prev} ${line}`;
    } else {
      out.push(line);
    }
    blankBefore = false;
  }
  return out;
}
