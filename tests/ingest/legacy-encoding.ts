/**
 * Test helper: text → windows-1258 bytes, as an old Vietnamese site serves them. Node has no encoder for
 * legacy charsets (TextEncoder is UTF-8 only), so the table is the inverse of Node's own decoder. In
 * windows-1258 a vowel with a tone mark is the base letter (precomposed â, ê, ô, ơ, ư, ă where needed)
 * followed by a combining tone mark, so each letter is tried whole, then as base + marks.
 */
const table = new Map<string, number>();
const decoder = new TextDecoder('windows-1258');
for (let b = 0; b < 256; b++) {
  const ch = decoder.decode(Uint8Array.of(b));
  if (ch !== '\ufffd' && !table.has(ch)) table.set(ch, b);
}

export function encodeWindows1258(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const [base = '', ...marks] = Array.from(ch.normalize('NFD'));
    // The largest precomposed base the table has ("ệ" = "ê" + dot below, whatever order NFD gives).
    let head = base;
    let rest = marks;
    let best = 0;
    for (let mask = 1; mask < 1 << marks.length; mask++) {
      const used = marks.filter((_, i) => mask & (1 << i));
      const candidate = (base + used.join('')).normalize('NFC');
      if (used.length > best && table.has(candidate)) {
        best = used.length;
        head = candidate;
        rest = marks.filter((_, i) => !(mask & (1 << i)));
      }
    }
    for (const part of [head, ...rest]) {
      const b = table.get(part);
      if (b === undefined) throw new Error(`windows-1258 cannot encode ${JSON.stringify(ch)}`);
      out.push(b);
    }
  }
  return Buffer.from(out);
}
