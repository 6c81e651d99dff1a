/**
 * Bytes of a web page → text. The character set is, in order: a byte-order mark, what the HTTP header
 * says, what the page itself declares (<meta charset> or <meta http-equiv="Content-Type">, looked for in
 * its first 4 KiB as browsers do), else UTF-8. Decoding is Node's own TextDecoder: with the full ICU
 * that official Node builds carry it knows every WHATWG encoding, windows-1258 (still served by some
 * Vietnamese sites) included, so no converter library is needed.
 */

export interface Decoded {
  text?: string;
  /** The encoding used (WHATWG name), when decoding worked. */
  encoding?: string;
  /** One sentence, when the bytes cannot be read as text. */
  problem?: string;
}

/** The charset parameter of a Content-Type value ("text/html; charset=windows-1258" → "windows-1258"). */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

/** The charset a page declares in its first bytes, read as ASCII (every declaration is ASCII). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1]?.toLowerCase();
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2];
      const cs = charsetOfContentType(content);
      if (cs) return cs;
    }
  }
  return undefined;
}

/** An encoding label TextDecoder knows, as its canonical name; undefined for an unknown label. */
export function knownEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** Decode a page's bytes; `headerCharset` is the HTTP Content-Type's charset, when fetched. */
export function decodePage(bytes: Uint8Array, headerCharset?: string): Decoded {
  if (bytes.length === 0) return { problem: 'the page is empty' };
  let label: string | undefined;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    label = 'utf-8';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    label = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    label = 'utf-16be';
    body = bytes.subarray(2);
  }
  if (label === undefined && bytes.subarray(0, 8192).includes(0))
    return { problem: 'the file holds binary data (NUL bytes), not a web page' };
  // A declared UTF-16 in an ASCII-readable page is a mistake browsers also ignore.
  const declared = [headerCharset, declaredCharset(bytes)].find((c) => c !== undefined && !/^utf-?16/i.test(c));
  label ??= declared ?? 'utf-8';
  const encoding = knownEncoding(label);
  if (!encoding) {
    return {
      problem: `the page declares the character set "${label.slice(0, 40)}", which this Node.js cannot decode (it needs a build with full ICU)`,
    };
  }
  try {
    // Fatal for UTF-8 only: an undeclared legacy page must not turn into replacement characters silently.
    const text = new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(body);
    if (!text.trim()) return { problem: 'the page holds only white space' };
    return { text, encoding };
  } catch {
    return {
      problem: declared
        ? `the page is not valid ${encoding} text although it says so`
        : 'the page is not valid UTF-8 and declares no other character set',
    };
  }
}
