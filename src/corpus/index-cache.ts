/**
 * The built search index, stored beside the parse cache (same key: same files, same parser) so that a
 * large corpus starts without indexing every paragraph again. It holds FlexSearch's own `export` (JSON
 * pieces) and the entry table. One binary file per key:
 *
 *   "VNUSIDX2" | u32 header length | header JSON (format, key, FlexSearch version, entries, FlexSearch
 *   options, piece keys and byte lengths) | padding to 4 bytes | entryArticle, entryParagraph (Int32, little-endian;
 *   paragraph numbers, 0 the title) | the pieces (UTF-8)
 *
 * A missing, truncated, foreign or inconsistent file is ignored (the index is then built and the file
 * written again); writes are atomic, and a read-only checkout simply builds every time.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FLEXSEARCH_VERSION, type FlexPart } from '../search/flexsearch-index.js';
import type { IndexSnapshot } from '../search/search-index.js';
import { writeFileAtomically } from './cache.js';

const MAGIC = 'VNUSIDX2';
/** 3: entryParagraph holds paragraph numbers (0 the title, parse/paragraph-no.ts), no longer positions with -1 for the title; a format-2 file is rebuilt. */
const FORMAT = 3;

interface Header {
  format: typeof FORMAT;
  key: string;
  /** The FlexSearch that wrote the export: another version's is rebuilt, not imported. */
  flexsearch: string;
  entries: number;
  flex: IndexSnapshot['flex'];
  parts: [string, number][];
}

/**
 * The header checked by hand, not with zod: this runs on every restart, and importing zod there would cost
 * a start served from the caches ~90 ms (schema.ts loads zod only when something is parsed).
 */
function headerOf(x: unknown): Header | undefined {
  const isCount = (n: unknown, max = Number.MAX_SAFE_INTEGER): n is number =>
    Number.isInteger(n) && (n as number) >= 0 && (n as number) <= max;
  if (typeof x !== 'object' || x === null) return undefined;
  const h = x as Record<string, unknown>;
  const flex = h.flex as Record<string, unknown> | null | undefined;
  const ok =
    h.format === FORMAT &&
    typeof h.key === 'string' &&
    typeof h.flexsearch === 'string' &&
    isCount(h.entries) &&
    typeof flex === 'object' &&
    flex !== null &&
    (flex.forms === 'folded' || flex.forms === 'both') &&
    isCount(flex.depth, 9) &&
    isCount(flex.resolution, 32) &&
    flex.resolution >= 1 &&
    isCount(flex.contextResolution, 32) &&
    flex.contextResolution >= 1 &&
    Array.isArray(h.parts) &&
    h.parts.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && isCount(p[1]));
  return ok ? (h as unknown as Header) : undefined;
}

/** `dir` is the cache folder (CORPUS_CACHE_DIR), passed down from the settings. */
export function indexCacheFile(dir: string, key: string): string {
  return join(dir, `${key}.index`);
}

/** Little-endian bytes of an Int32Array (a view when the platform is little-endian, as Node's are). */
function bytesOf(a: Int32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** True when the file was written. */
export function writeIndexCache(dir: string, key: string, snap: IndexSnapshot): boolean {
  try {
    // Bytes, not strings: a 100,000-article export is most of a gigabyte, kept out of V8's heap.
    const pieces = [...snap.parts].map(
      ([k, data]) => [k, typeof data === 'string' ? Buffer.from(data, 'utf8') : data] as const,
    );
    const header: Header = {
      format: FORMAT,
      key,
      flexsearch: FLEXSEARCH_VERSION,
      entries: snap.entryArticle.length,
      flex: snap.flex,
      parts: pieces.map(([k, data]) => [k, data.byteLength]),
    };
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const head = Buffer.alloc(MAGIC.length + 4);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(json.length, MAGIC.length);
    const pad = Buffer.alloc((4 - ((head.length + json.length) % 4)) % 4);
    mkdirSync(dir, { recursive: true });
    writeFileAtomically(indexCacheFile(dir, key), [
      head,
      json,
      pad,
      bytesOf(snap.entryArticle),
      bytesOf(snap.entryParagraph),
      ...pieces.map(([, data]) => data),
    ]);
    return true;
  } catch {
    // An optimisation only.
    return false;
  }
}

/** The stored snapshot for `key`, or undefined when there is none or it is not a whole file of this format and key. */
export function readIndexCache(dir: string, key: string): IndexSnapshot | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(indexCacheFile(dir, key));
  } catch {
    return undefined;
  }
  return snapshotOf(buf, key);
}

/** `readIndexCache`, the file read without blocking the event loop (a reload). */
export async function readIndexCacheAsync(dir: string, key: string): Promise<IndexSnapshot | undefined> {
  let buf: Buffer;
  try {
    buf = await readFile(indexCacheFile(dir, key));
  } catch {
    return undefined;
  }
  return snapshotOf(buf, key);
}

function snapshotOf(buf: Buffer, key: string): IndexSnapshot | undefined {
  try {
    if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const jsonLength = buf.readUInt32LE(MAGIC.length);
    let at = MAGIC.length + 4;
    const header = headerOf(JSON.parse(buf.toString('utf8', at, at + jsonLength)));
    if (!header || header.key !== key || header.flexsearch !== FLEXSEARCH_VERSION) return undefined;
    at += jsonLength;
    at += (4 - (at % 4)) % 4;
    const pieceBytes = header.parts.reduce((n, [, b]) => n + b, 0);
    if (at + header.entries * 8 + pieceBytes !== buf.length) return undefined;
    // Int32Array views need 4-byte alignment of the underlying buffer; copy once when it is not aligned.
    const base: Uint8Array = (buf.byteOffset + at) % 4 === 0 ? buf : new Uint8Array(buf);
    const entryArticle = new Int32Array(base.buffer, base.byteOffset + at, header.entries);
    at += header.entries * 4;
    const entryParagraph = new Int32Array(base.buffer, base.byteOffset + at, header.entries);
    at += header.entries * 4;
    const start = at;
    // Views into the file, not strings: FlexIndex.import decodes one piece at a time.
    const parts: Iterable<FlexPart> = {
      *[Symbol.iterator]() {
        let p = start;
        for (const [k, bytes] of header.parts) {
          yield [k, buf.subarray(p, p + bytes)] as const;
          p += bytes;
        }
      },
    };
    return { entryArticle, entryParagraph, flex: header.flex, parts };
  } catch {
    return undefined;
  }
}
