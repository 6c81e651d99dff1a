/**
 * The parse cache: parsed records of a whole folder, stored under .cache/corpus/ and reused while no
 * article, metadata file or parser source has changed (size and mtime of every file, and a hash of the
 * parser's own code, make the key). Writes are atomic; a broken or foreign cache file is ignored.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../parse/schema.js';
import { lazyParagraphs, TextFile } from './lazy-text.js';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** 4: one record per line after a header line, so that a reload can parse them a slice at a time. */
const FORMAT = 4;
const KEEP = 4;

let parserHash: string | undefined;
/** A hash of the code that turns raw text into records and index: a new parser never reads an old cache. */
function parserFingerprint(): string {
  if (parserHash) return parserHash;
  const here = dirname(fileURLToPath(import.meta.url));
  const h = createHash('sha1');
  // The search code too: the search index is cached under the same key (index-cache.ts); and the page
  // reader (src/ingest), which makes saved web pages into text.
  for (const sub of ['../text', '../parse', '../topics', '../search', '../ingest', '.']) {
    const d = join(here, sub);
    for (const f of readdirSync(d).sort()) {
      if (!/\.(?:js|ts)$/.test(f)) continue;
      h.update(f);
      h.update(readFileSync(join(d, f)));
    }
  }
  return (parserHash = h.digest('hex'));
}

export function cacheKey(dir: string, files: readonly string[]): string {
  const listed = new Map<string, Set<string>>();
  const namesIn = (d: string): Set<string> => {
    let names = listed.get(d);
    if (!names) {
      try {
        names = new Set(readdirSync(d));
      } catch {
        names = new Set();
      }
      listed.set(d, names);
    }
    return names;
  };
  const h = createHash('sha1');
  h.update(`${FORMAT}\0${parserFingerprint()}\0${resolve(dir)}\0`);
  for (const f of files) {
    const st = statSync(f);
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\0`);
    const meta = f.replace(/\.[^./\\]+$/, '') + '.meta.json';
    // The usual missing metadata file costs a name lookup, not a stat (100k stats: half a second).
    const m = namesIn(dirname(meta)).has(basename(meta)) ? statSync(meta, { throwIfNoEntry: false }) : undefined;
    h.update(m ? `${meta}\0${m.size}\0${m.mtimeMs}\0` : '-\0');
  }
  return h.digest('hex');
}

/**
 * Records without their paragraph texts (`paragraphs` is empty and `lengths` gives each paragraph's
 * length in UTF-16 code units); the texts themselves are in `<key>.text`, end to end, UTF-16LE, and are
 * decoded only when read (lazy-text.ts): decoding and parsing them as JSON was most of a restart.
 * `<key>.json` is this header on its first line, then one record per line (`count` of them): JSON never
 * holds a raw line break, and a reload reads them a slice at a time (readCacheAsync) instead of stopping
 * the answers for one parse of the whole file.
 */
interface CacheHeader {
  format: number;
  key: string;
  count: number;
  /** Per article, its paragraphs' lengths (kept apart: deleting a key would slow every record down). */
  lengths: number[][];
  /** Articles whose locationSentence is their event sentence (stored once). */
  locationIsEvent: number[];
  warnings: string[];
  /** Code units in the text file. */
  textUnits: number;
}

type Records = { articles: Article[]; warnings: string[] };

/** The header line, checked; undefined for another format or key. */
function headerOf(text: string, key: string): { header: CacheHeader; rest: number } | undefined {
  let nl = text.indexOf('\n');
  if (nl < 0) nl = text.length; // no record
  const header = JSON.parse(text.slice(0, nl)) as CacheHeader;
  if (header.format !== FORMAT || header.key !== key || !Number.isInteger(header.count)) return undefined;
  if (!Array.isArray(header.lengths) || header.lengths.length !== header.count) return undefined;
  if (!Array.isArray(header.locationIsEvent)) return undefined;
  return { header, rest: nl + 1 };
}

/** The records with their texts left on disk (lazy-text.ts); undefined when the files do not agree. */
function withTexts(dir: string, key: string, header: CacheHeader, articles: Article[]): Records | undefined {
  const { lengths } = header;
  if (articles.length !== header.count) return undefined;
  const total = lengths.reduce((n, ls) => n + ls.reduce((x, y) => x + y, 0), 0);
  if (header.textUnits !== total) return undefined;
  for (const i of header.locationIsEvent) {
    const a = articles[i];
    if (a?.event) a.locationSentence = a.event.sentence;
  }
  const fd = openSync(join(dir, `${key}.text`), 'r');
  if (fstatSync(fd).size !== total * 2) {
    closeSync(fd);
    return undefined;
  }
  // Texts stay on disk until an answer reads them (lazy-text.ts).
  const file = new TextFile(fd);
  let at = 0;
  articles.forEach((a, i) => {
    const ls = lengths[i] as number[];
    lazyParagraphs(a, file, at, ls);
    at += ls.reduce((x, y) => x + y, 0) * 2;
  });
  return { articles, warnings: header.warnings ?? [] };
}

/** `dir` is the cache folder (CORPUS_CACHE_DIR), passed down from the settings. */
export function readCache(dir: string, key: string): Records | undefined {
  try {
    const text = readFileSync(join(dir, `${key}.json`), 'utf8');
    const head = headerOf(text, key);
    if (!head) return undefined;
    const lines = head.header.count === 0 ? [] : text.slice(head.rest).split('\n');
    if (lines.length !== head.header.count) return undefined;
    return withTexts(
      dir,
      key,
      head.header,
      lines.map((l) => JSON.parse(l) as Article),
    );
  } catch {
    return undefined;
  }
}

/**
 * `readCache` that lets the event loop run: the file is read without blocking, and the records are parsed
 * in slices of about `sliceMs`, with a turn of the event loop between slices (a reload of 10,000 articles
 * read them in one 0.43 s block before).
 */
export async function readCacheAsync(dir: string, key: string, sliceMs = 8): Promise<Records | undefined> {
  try {
    const text = (await readFile(join(dir, `${key}.json`))).toString('utf8');
    const head = headerOf(text, key);
    if (!head) return undefined;
    const articles: Article[] = [];
    let at = head.rest;
    let since = performance.now();
    while (articles.length < head.header.count) {
      let nl = text.indexOf('\n', at);
      if (nl < 0) nl = text.length;
      articles.push(JSON.parse(text.slice(at, nl)) as Article);
      at = nl + 1;
      if (performance.now() - since > sliceMs) {
        await nextTurn();
        since = performance.now();
      }
    }
    if (at < text.length) return undefined; // more lines than records
    return withTexts(dir, key, head.header, articles);
  } catch {
    return undefined;
  }
}

/** Write `chunks` to a temporary file beside `file`, then rename it into place: readers never see half a file. */
export function writeFileAtomically(file: string, chunks: Iterable<Uint8Array>): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    for (const chunk of chunks) {
      for (let done = 0; done < chunk.length;) done += writeSync(fd, chunk, done, chunk.length - done);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** True when the cache was written (a read-only folder, a full disk: false, and nothing else happens). */
export function writeCache(dir: string, key: string, result: { articles: Article[]; warnings: string[] }): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    // Texts first: a records file is only ever next to its complete texts.
    const parts = result.articles.flatMap((a) => a.paragraphs);
    const textUnits = parts.reduce((n, p) => n + p.length, 0);
    // Written a few thousand paragraphs at a time: one buffer of the whole corpus would double its size.
    writeFileAtomically(
      join(dir, `${key}.text`),
      (function* () {
        for (let i = 0; i < parts.length; i += 4096) yield Buffer.from(parts.slice(i, i + 4096).join(''), 'utf16le');
      })(),
    );
    const locationIsEvent: number[] = [];
    const articles = result.articles.map((a, i) => {
      const sameSentence = a.locationSentence !== undefined && a.locationSentence === a.event?.sentence;
      if (sameSentence) locationIsEvent.push(i);
      return { ...a, paragraphs: [], ...(sameSentence ? { locationSentence: undefined } : {}) };
    });
    const lengths = result.articles.map((a) => a.paragraphs.map((p) => p.length));
    const header: CacheHeader = {
      format: FORMAT,
      key,
      count: articles.length,
      lengths,
      locationIsEvent,
      warnings: result.warnings,
      textUnits,
    };
    writeFileAtomically(
      join(dir, `${key}.json`),
      (function* () {
        yield Buffer.from(JSON.stringify(header), 'utf8');
        // A few hundred records at a time: one string of all of them would double their size.
        for (let i = 0; i < articles.length; i += 512)
          yield Buffer.from(
            `\n${articles
              .slice(i, i + 512)
              .map((a) => JSON.stringify(a))
              .join('\n')}`,
            'utf8',
          );
      })(),
    );
    const old = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t)
      .slice(KEEP);
    for (const { f } of old) {
      unlinkSync(join(dir, f));
      // Its texts, and the search index built from that parse (index-cache.ts), go with it.
      rmSync(join(dir, f.replace(/\.json$/, '.text')), { force: true });
      rmSync(join(dir, f.replace(/\.json$/, '.index')), { force: true });
    }
    return true;
  } catch {
    // A cache is an optimisation: a read-only checkout still works.
    return false;
  }
}
