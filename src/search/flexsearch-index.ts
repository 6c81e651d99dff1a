/**
 * The one file that imports FlexSearch: a typed wrapper around one `Index` of numbered texts, configured
 * for Vietnamese, with just what the project's SearchIndex needs (add, "every word" search with words
 * standing together first, "any word" candidates for partial matches, export/import for the cache).
 *
 * Configuration, and why (figures in ../../bench/RESULTS.md; `node --expose-gc dist/bench/flex-variants.js`):
 * - `normalize`: the project's own fold (lower case, marks stripped, đ→d), so that FlexSearch sees exactly
 *   the words the ranking and the highlighter see; FlexSearch's default keeps đ and splits at NFD marks.
 * - `forms: 'folded'` (shipped) or `'both'`: the 'both' encoder emits each word's folded form and, for a word
 *   with diacritics, its exact (lower-case NFC) form too, so that an accented query can ask FlexSearch for
 *   exact-diacritic matches. Measured at 1,000 articles it cost 1.8x the build CPU with context depth 1
 *   (and depth 2 is needed for folded pairs to stay neighbours: 3.5x) for no faster search, so the shipped
 *   index is folded and the ranking (score.ts) puts exact-diacritic matches first among the candidates.
 * - `dedupe: false` (the default merges doubled letters: "SSE" became "se", the same as "sẽ"), `numeric:
 *   false` (the default cuts "2018" into "201" + "8"), `maxlength` 40 (longer "words" are URLs and noise).
 * - `tokenize: 'strict'`: whole words only (Vietnamese syllables are words; a prefix index multiplies memory).
 * - `context` (depth 1, bidirectional, resolution 3): pairs of neighbouring words, so that words standing
 *   together are found first, and fast — a two-word query is one list, no intersection. Without it a query
 *   of common syllables ("an ninh bien") intersects lists of tens of thousands of paragraphs.
 * - `cache: false` everywhere: every answer does the full work (the benchmark must measure it), and the
 *   encoder's cache clears itself with a timer, which a short-lived process would wait for.
 * - Types: FlexSearch's index.d.ts is used as it is; `Resolver.result` (read by `count`) is typed there.
 */
import { Encoder, Index, type IndexOptions } from 'flexsearch';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { exactForm, fold, foldAligned } from '../text/fold.js';

/**
 * The installed FlexSearch's version ('unknown' if its package.json cannot be read): a stored export is
 * imported only by the version that wrote it (the format has changed between releases).
 */
export const FLEXSEARCH_VERSION: string = (() => {
  try {
    // The package's "exports" do not list package.json; it sits one folder above the resolved bundle.
    const main = createRequire(import.meta.url).resolve('flexsearch');
    const pkg = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
})();

/** How a text becomes index words: folded only, or folded plus the exact form of accented words. */
export type Forms = 'folded' | 'both';

export interface FlexOptions {
  forms: Forms;
  /** Context depth (0: no context index). */
  depth: number;
  /** FlexSearch's scoring resolution for words and for context pairs. */
  resolution: number;
  contextResolution: number;
}

export const DEFAULT_FLEX: FlexOptions = { forms: 'folded', depth: 1, resolution: 9, contextResolution: 3 };

const MAX_WORD = 40;

/**
 * A query of common words costs FlexSearch most of its time: its intersection reads every list but the
 * longest in full ("hop tac quoc phong" at 10,000 articles: 2.2 ms for ~90,000 ids, while 30 answers were
 * wanted). When the caller can check a text itself (`verify`, about 3 µs: fold and find the words), the
 * rarest list is read page by page and each text checked, up to the ids the intersection may read divided
 * by this ratio (an id read by the intersection cost ~0.025 µs at 10,000 articles, a check ~100 times
 * that; the intersection also allocates some 40 bytes or more per id, a check ~600): a query whose rarest
 * list is mostly matches is answered from its first pages, and one whose matches are rare falls back to
 * FlexSearch's intersection after a page.
 */
const VERIFY_RATIO = 100;

const FIRST_PAGE = 32;

/** Keep an id that the text check and the caller's filter both accept. */
function keeper(verify: (id: number) => boolean, accept?: (id: number) => boolean): (id: number) => boolean {
  return accept ? (id) => accept(id) && verify(id) : verify;
}
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/**
 * While true, the encoder gives a query's words as written (lower case): its accented words only in their
 * exact form. Set around one synchronous search by `FlexIndex.every(…, { exact: true })`.
 */
let exactOnly = false;

/** Folded form first, then the exact form when it differs (an accented word). */
function withExactForms(terms: string[]): string[] {
  if (exactOnly) return terms;
  const out: string[] = [];
  for (const t of terms) {
    const f = fold(t);
    out.push(f);
    if (f !== t) out.push(t);
  }
  return out;
}

/**
 * The fold of a paragraph as one flat string: through the table of one-character folds (`foldAligned`) when
 * every character folds to one, else `fold`. `fold` builds a long text piece by piece, a rope that the
 * encoder's split then flattens: folding and splitting every paragraph of 1,000 articles took 148 ms that way
 * and 47 ms this way, and FlexSearch's own work on the words got cheaper too (its build ~25% less CPU).
 * Only the index and the ranking call `foldAligned`: when the parser called it too (through `fold`), the
 * search ran ~30% slower in a process that had parsed (V8 compiles the loop for the strings it has seen).
 */
function foldFlat(text: string): string {
  return foldAligned(text) ?? fold(text);
}

function encoderOf(forms: Forms): Encoder {
  return new Encoder({
    normalize: forms === 'both' ? exactForm : foldFlat,
    split: WORD_SPLIT,
    dedupe: false,
    numeric: false,
    maxlength: MAX_WORD,
    cache: false,
    ...(forms === 'both' ? { finalize: withExactForms } : {}),
  });
}

const ENCODERS: Partial<Record<Forms, Encoder>> = {};

/** The words the index stores for a text (and asks for, for a query): the encoder's output. */
export function indexWords(text: string, forms: Forms = DEFAULT_FLEX.forms): string[] {
  return (ENCODERS[forms] ??= encoderOf(forms)).encode(text);
}

/**
 * One exported piece of the index: FlexSearch's key and its JSON text, held as UTF-8 bytes once exported
 * (a Buffer lives outside V8's heap: the export of 100,000 articles is most of a gigabyte of text, which
 * beside the index itself ran the bot out of its default heap while the cache was being written).
 */
export type FlexPart = readonly [key: string, data: string | Uint8Array];

export class FlexIndex {
  private readonly index: Index;

  constructor(readonly options: FlexOptions = DEFAULT_FLEX) {
    const o: IndexOptions = {
      tokenize: 'strict',
      resolution: options.resolution,
      fastupdate: false,
      cache: false,
      encoder: encoderOf(options.forms),
      ...(options.depth > 0
        ? { context: { depth: options.depth, bidirectional: true, resolution: options.contextResolution } }
        : {}),
    };
    this.index = new Index(o);
  }

  add(id: number, text: string): void {
    this.index.add(id, text);
  }

  /**
   * Ids of texts holding every word of `query` (as the encoder reads it), at most `max`, in FlexSearch's
   * order. `accept` filters ids; the search is repeated with a larger limit while too few are accepted and
   * more may exist. With `exact` (a 'both' index), accented words count only in their exact form.
   * `verify` (see `VERIFY_RATIO`) says whether a text holds every word, read from the text itself.
   */
  every(
    query: string,
    max: number,
    accept?: (id: number) => boolean,
    { exact = false, verify }: { exact?: boolean; verify?: (id: number) => boolean } = {},
  ): number[] {
    if (max <= 0) return [];
    if (!exact || this.options.forms !== 'both') return this.collect(query, max, accept, false, verify);
    // Only the exact forms of accented words: their lists are shorter than the folded ones, and an
    // exact form implies its fold.
    exactOnly = true;
    try {
      return this.collect(query, max, accept, false);
    } finally {
      exactOnly = false;
    }
  }

  /**
   * Ids of texts where the words of `query` stand next to each other (FlexSearch's context index: each
   * pair of neighbouring query words is a neighbouring pair in the text), at most `max`. Empty for one word
   * or an index without context; `every` then finds them.
   */
  together(query: string, max: number, accept?: (id: number) => boolean, verify?: (id: number) => boolean): number[] {
    const words = query.split(WORD_SPLIT).filter(Boolean);
    if (max <= 0 || this.options.depth === 0 || words.length < 2) return [];
    if (words.length === 2) return this.collect(query, max, accept, true); // one pair: one list, read up to `max`
    // FlexSearch reads the pairs' lists in query order, all but the last in full: read backwards when the
    // first pair is the more common end (the pairs are the same either way: the index is bidirectional).
    // A pair in no text means no text has the words together.
    const counts = this.pairCounts(words);
    if (counts.some((n) => n === 0)) return [];
    const out: number[] = [];
    const seen = new Set<number>();
    if (verify) {
      // Every text with the words together is in the list of its rarest pair.
      const r = counts.indexOf(Math.min(...counts));
      const pair = `${words[r]} ${words[r + 1]}`;
      if (this.scan(pair, true, counts, max, keeper(verify, accept), out, seen)) return out;
    }
    const backwards = (counts[0] as number) > (counts[counts.length - 1] as number);
    return this.collect((backwards ? [...words].reverse() : words).join(' '), max, accept, true, undefined, out, seen);
  }

  /**
   * Read one list (a word, or with `context` a pair of neighbouring words) in FlexSearch's order, page by
   * page, keeping the ids `keep` accepts, until `max` are kept (true), the list ends (true: every text
   * holding all the query's words is in its rarest word's list, so nothing was missed), or the budget is
   * spent, or the texts kept so far say it would be (false: the caller lets FlexSearch intersect the
   * lists). The budget is what FlexSearch's own intersection may read (every list, the longest until it
   * has enough) divided by `VERIFY_RATIO`.
   */
  private scan(
    term: string,
    context: boolean,
    counts: readonly number[],
    max: number,
    keep: (id: number) => boolean,
    out: number[],
    seen: Set<number>,
  ): boolean {
    const budget = Math.floor(counts.reduce((a, b) => a + b, 0) / VERIFY_RATIO);
    const need = max - out.length;
    if (budget < need) return false;
    let kept = 0;
    let read = 0;
    // A first page of at most FIRST_PAGE: what a query whose texts mostly lack the words or the order
    // spends before FlexSearch's intersection is asked after all.
    for (let page = Math.min(budget, need, FIRST_PAGE); read < budget; page *= 2) {
      const limit = Math.min(page, budget - read);
      // A context search with an offset at or past the end of its list gives undefined (FlexSearch 0.8.212).
      const got: unknown = this.index.search(term, { limit, offset: read, context });
      const ids: readonly unknown[] = Array.isArray(got) ? got : [];
      for (const id of ids) {
        if (typeof id !== 'number' || seen.has(id)) continue;
        seen.add(id);
        if (!keep(id)) continue;
        out.push(id);
        if (++kept >= need) return true;
      }
      if (ids.length < limit) return true;
      read += ids.length;
      // At the rate found so far the budget would not reach `need` (with a margin: a scan that ends short
      // has spent its budget for nothing): FlexSearch's intersection is cheaper.
      if ((kept * budget) / read < need * 1.25) return false;
    }
    return false;
  }

  private pairCounts(words: readonly string[]): number[] {
    return words.slice(1).map((w, i) => this.count(`${words[i]} ${w}`, true));
  }

  /**
   * The ids of one search (context, or not), each once, accepted ones, at most `max` in `out` (which may hold
   * ids a `scan` kept; `seen` holds every id already looked at).
   */
  private collect(
    query: string,
    max: number,
    accept: ((id: number) => boolean) | undefined,
    context: boolean,
    verify?: (id: number) => boolean,
    out: number[] = [],
    seen = new Set<number>(),
  ): number[] {
    const take = (ids: readonly unknown[]) => {
      for (const id of ids) {
        if (typeof id !== 'number' || seen.has(id)) continue;
        seen.add(id);
        if (accept && !accept(id)) continue;
        out.push(id);
        if (out.length >= max) return true;
      }
      return false;
    };
    // Without context, FlexSearch reads every word's list but the last in full: the most common word goes
    // last (rarest first). A word in no text means no text has them all.
    let q = query;
    if (!context) {
      const counted = query
        .split(WORD_SPLIT)
        .filter(Boolean)
        .map((w) => [w, this.count(w)] as const);
      if (counted.some(([, n]) => n === 0)) return out;
      counted.sort((a, b) => a[1] - b[1]);
      // Every text holding all the words is in the rarest word's list.
      if (
        verify &&
        counted.length >= 2 &&
        this.scan(
          counted[0]![0],
          false,
          counted.map(([, n]) => n),
          max,
          keeper(verify, accept),
          out,
          seen,
        )
      )
        return out;
      q = counted.map(([w]) => w).join(' ');
    }
    // The ids a scan kept are in `out` already. Those it turned away for lacking a word are not among
    // FlexSearch's matches; those that only lacked the words' order may be, in a context search: ask for
    // that many more, so that one search is enough.
    const turnedAway = context ? seen.size - out.length : 0;
    for (let limit = (accept ? max * 4 : max) + turnedAway; ; limit *= 4) {
      const ids = this.index.search(q, { limit, context });
      if (take(ids) || ids.length < limit) return out;
    }
    return out;
  }

  /**
   * How many texts hold one word (as a query gives it: folded, or exact while `exactOnly`), or with `pair`
   * the pair of words "a b" side by side: the length of its list, read without copying (`resolve: false`
   * hands back FlexSearch's own arrays).
   */
  private count(word: string, pair = false): number {
    const was = exactOnly;
    exactOnly = true; // the word alone, as given: one list
    try {
      let n = 0;
      for (const ids of this.index.search(word, { resolve: false, context: pair }).result) n += ids?.length ?? 0;
      return n;
    } finally {
      exactOnly = was;
    }
  }

  /** Ids of texts holding at least one word of `query` (FlexSearch's `suggest`), most matching words first. */
  some(query: string, max: number): number[] {
    if (max <= 0) return [];
    return this.index
      .search(query, { limit: max, suggest: true, context: false })
      .filter((id): id is number => typeof id === 'number');
  }

  /** FlexSearch's own export, piece by piece (synchronous: the handler returns nothing), each as UTF-8 bytes. */
  export(): FlexPart[] {
    const parts: FlexPart[] = [];
    this.index.export((key: string, data: string) => {
      parts.push([key, Buffer.from(data, 'utf8')]);
    });
    return parts;
  }

  /**
   * An index with these options holding what `export` gave (throws on pieces it cannot read). The pieces
   * are decoded one at a time, so a lazy iterable never holds the whole export as text.
   */
  static import(options: FlexOptions, parts: Iterable<FlexPart>): FlexIndex {
    const f = new FlexIndex(options);
    for (const part of parts) f.importPart(part);
    return f;
  }

  /**
   * `import`, a turn of the event loop after each piece: a reload imports the new index while the bot
   * answers (FlexSearch cuts its export into pieces of a few thousand words; at 10,000 articles the import
   * was one block of ~0.3 s).
   */
  static async importAsync(options: FlexOptions, parts: Iterable<FlexPart>): Promise<FlexIndex> {
    const f = new FlexIndex(options);
    for (const part of parts) {
      f.importPart(part);
      await nextTurn();
    }
    return f;
  }

  private importPart([key, data]: FlexPart): void {
    this.index.import(
      key,
      typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8'),
    );
  }
}

/**
 * FlexSearch as a naive user sets it up: `new Index()` with every default (its own encoder, no context),
 * raw text in and out. Only the benchmark uses it, as a peer showing what the configuration above buys.
 */
export function defaultFlexIndex(): {
  add(id: number, text: string): void;
  search(query: string, limit: number): number[];
} {
  const index = new Index();
  return {
    add: (id, text) => void index.add(id, text),
    search: (query, limit) => index.search(query, { limit }).filter((id): id is number => typeof id === 'number'),
  };
}
