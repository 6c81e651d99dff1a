/**
 * The built search index, stored beside the parse cache (same key: same files, same parser) so that a
 * large corpus starts without tokenising every paragraph again. One binary file per key:
 *
 *   "VNUSIDX1" | u32 header length | header JSON (format, key, counts, terms) | padding to 4 bytes |
 *   entryArticle, entryParagraph, offsets, data (Int32, little-endian, in that order)
 *
 * A missing, truncated, foreign or inconsistent file is ignored (the index is then built and the file
 * written again); writes are atomic, and a read-only checkout simply builds every time.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexSnapshot } from '../search/search-index.js';
import { cacheDir, writeFileAtomically } from './cache.js';

const MAGIC = 'VNUSIDX1';
const FORMAT = 1;

interface Header {
  format: number;
  key: string;
  entries: number;
  terms: string[];
  postings: number;
}

export function indexCacheFile(key: string): string {
  return join(cacheDir(), `${key}.index`);
}

/** Little-endian bytes of an Int32Array (a view when the platform is little-endian, as Node's are). */
function bytesOf(a: Int32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

export function writeIndexCache(key: string, snap: IndexSnapshot): void {
  try {
    const header: Header = { format: FORMAT, key, entries: snap.entryArticle.length, terms: [...snap.terms], postings: snap.data.length };
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const head = Buffer.alloc(MAGIC.length + 4);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(json.length, MAGIC.length);
    const pad = Buffer.alloc((4 - ((head.length + json.length) % 4)) % 4);
    mkdirSync(cacheDir(), { recursive: true });
    writeFileAtomically(indexCacheFile(key), [head, json, pad, bytesOf(snap.entryArticle), bytesOf(snap.entryParagraph), bytesOf(snap.offsets), bytesOf(snap.data)]);
  } catch {
    // An optimisation only.
  }
}

export function readIndexCache(key: string): IndexSnapshot | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(indexCacheFile(key));
  } catch {
    return undefined;
  }
  try {
    if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const jsonLength = buf.readUInt32LE(MAGIC.length);
    let at = MAGIC.length + 4;
    const header = JSON.parse(buf.toString('utf8', at, at + jsonLength)) as Header;
    if (header.format !== FORMAT || header.key !== key || !Array.isArray(header.terms)) return undefined;
    at += jsonLength;
    at += (4 - (at % 4)) % 4;
    const counts = [header.entries, header.entries, header.terms.length + 1, header.postings];
    if (at + counts.reduce((a, b) => a + b, 0) * 4 !== buf.length) return undefined;
    // Int32Array views need 4-byte alignment of the underlying buffer; copy once when it is not aligned.
    const base: Uint8Array = (buf.byteOffset + at) % 4 === 0 ? buf : new Uint8Array(buf);
    const arrays = counts.map((n) => {
      const view = new Int32Array(base.buffer, base.byteOffset + at, n);
      at += n * 4;
      return view;
    }) as [Int32Array, Int32Array, Int32Array, Int32Array];
    const [entryArticle, entryParagraph, offsets, data] = arrays;
    return { terms: header.terms, entryArticle, entryParagraph, offsets, data };
  } catch {
    return undefined;
  }
}
