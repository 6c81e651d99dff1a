/**
 * A compact inverted index: every term maps to the ascending list of entry ids (paragraphs) holding it,
 * stored as one Int32Array per term. Queries intersect the rarest list first and stop as soon as enough
 * entries are found, so a query of very common Vietnamese syllables ("an ninh", "hợp tác") costs about as
 * much as one of rare words.
 *
 * Entries must be added in ascending id order (the builder keeps each list sorted by construction).
 */

/**
 * Builds the lists without a JavaScript array per term: every (entry, term) pair is appended to a stream
 * of fixed-size Int32Array chunks (never copied while growing), then a counting sort lays the lists out
 * end to end. Typed arrays hold no pointers, so the garbage collector never walks them (with an array per
 * term, 100k articles meant ~90M GC-scanned slots and a build ~2.5x slower than linear).
 */
const CHUNK = 1 << 16;

export class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  /** For each term, 1 + the last entry that added it: a term repeated in one text is stored once. */
  private last: Int32Array = new Int32Array(1024);
  /** Term ids in the order they were added: CHUNK per array, the last one partly filled. */
  private chunks: Int32Array[] = [];
  private streamLength = 0;
  /** bounds[e] = where entry e's terms start in the stream (filled up to `entries`). */
  private bounds: Int32Array = new Int32Array(1024);
  private entries = 0;

  /** The id of a term, created on first use. */
  termId(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id >= this.last.length) this.last = grow(this.last, id + 1);
    }
    return id;
  }

  /** Record that `entry` holds term `termId`. Entries come in ascending order. */
  add(entry: number, termId: number): void {
    if (this.last[termId] === entry + 1) return;
    this.last[termId] = entry + 1;
    if (entry >= this.entries) this.openUpTo(entry + 1);
    const at = this.streamLength % CHUNK;
    if (at === 0) this.chunks.push(new Int32Array(CHUNK));
    (this.chunks[this.chunks.length - 1] as Int32Array)[at] = termId;
    this.streamLength++;
  }

  /** Entries below `n` exist; those not seen yet start (empty) at the current end of the stream. */
  private openUpTo(n: number): void {
    if (n + 1 > this.bounds.length) this.bounds = grow(this.bounds, n + 1);
    this.bounds.fill(this.streamLength, this.entries, n);
    this.entries = n;
  }

  finish(): Postings {
    this.openUpTo(this.entries);
    this.bounds[this.entries] = this.streamLength;
    const termCount = this.terms.length;
    const offsets = new Int32Array(termCount + 1);
    for (const chunk of this.chunks) {
      for (let k = 0; k < chunk.length; k++) {
        const t = (chunk[k] as number) + 1;
        offsets[t] = (offsets[t] as number) + 1;
      }
    }
    // The unused tail of the last chunk counted as term 0: take it back.
    const unused = this.chunks.length * CHUNK - this.streamLength;
    offsets[1] = (offsets[1] as number) - unused;
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
    const next = offsets.slice(0, termCount);
    const data = new Int32Array(this.streamLength);
    let k = 0;
    let chunk = this.chunks[0] ?? new Int32Array(0);
    let inChunk = 0;
    for (let e = 0; e < this.entries; e++) {
      const end = this.bounds[e + 1] as number;
      for (; k < end; k++, inChunk++) {
        if (inChunk === CHUNK) {
          chunk = this.chunks[k / CHUNK] as Int32Array;
          inChunk = 0;
        }
        const t = chunk[inChunk] as number;
        data[next[t] as number] = e;
        next[t] = (next[t] as number) + 1;
      }
    }
    this.chunks = []; // no longer needed
    return new Postings(this.terms, offsets, data);
  }
}

/** A copy of `a` with room for at least `need` elements (doubling). */
function grow(a: Int32Array, need: number): Int32Array<ArrayBuffer> {
  let size = Math.max(a.length * 2, 16);
  while (size < need) size *= 2;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** What a Postings is made of, for storing it on disk: terms by id, list offsets, all lists end to end. */
export interface PostingsParts {
  terms: readonly string[];
  offsets: Int32Array;
  data: Int32Array;
}

export class Postings {
  private readonly ids: ReadonlyMap<string, number>;

  /** Term `i`'s entries are `data[offsets[i] .. offsets[i + 1])`. */
  constructor(
    readonly terms: readonly string[],
    readonly offsets: Int32Array,
    readonly data: Int32Array,
  ) {
    if (offsets.length !== terms.length + 1 || offsets[terms.length] !== data.length) throw new Error('postings: offsets do not match terms and data');
    this.ids = new Map(terms.map((t, i) => [t, i]));
  }

  /** Total stored (term, entry) pairs. */
  get size(): number {
    return this.data.length;
  }

  /** How many entries hold the term (0 when unknown). */
  count(term: string): number {
    return this.list(term)?.length ?? 0;
  }

  list(term: string): Int32Array | undefined {
    const id = this.ids.get(term);
    return id === undefined ? undefined : this.data.subarray(this.offsets[id] as number, this.offsets[id + 1] as number);
  }

  /** Entries holding every term (and accepted by `accept`, if given), ascending, the first `max` of them. */
  all(terms: readonly string[], max: number, accept?: (entry: number) => boolean): number[] {
    const lists: Int32Array[] = [];
    for (const t of new Set(terms)) {
      const l = this.list(t);
      if (!l || l.length === 0) return [];
      lists.push(l);
    }
    if (lists.length === 0 || max <= 0) return [];
    lists.sort((a, b) => a.length - b.length);
    const [driver, ...rest] = lists as [Int32Array, ...Int32Array[]];
    const cursors = new Int32Array(rest.length);
    const out: number[] = [];
    outer: for (let i = 0; i < driver.length; i++) {
      const id = driver[i] as number;
      for (let k = 0; k < rest.length; k++) {
        const list = rest[k] as Int32Array;
        const at = gallop(list, id, cursors[k] as number);
        cursors[k] = at;
        if (at >= list.length) break outer; // this list is exhausted: no later id can match
        if (list[at] !== id) continue outer;
      }
      if (accept && !accept(id)) continue;
      out.push(id);
      if (out.length >= max) break;
    }
    return out;
  }

  /**
   * Entries holding at least `need` of the terms (distinct), ascending, the first `max` of them: a k-way
   * merge over the lists, counting how many lists hold each entry.
   */
  atLeast(terms: readonly string[], need: number, max: number, accept?: (entry: number) => boolean): number[] {
    const lists = [...new Set(terms)].map((t) => this.list(t)).filter((l): l is Int32Array => !!l && l.length > 0);
    if (need <= 0 || lists.length < need || max <= 0) return [];
    const cursors = new Int32Array(lists.length);
    const out: number[] = [];
    for (;;) {
      // The smallest current id across the lists, and how many lists hold it.
      let min = Infinity;
      for (let k = 0; k < lists.length; k++) {
        const l = lists[k] as Int32Array;
        const c = cursors[k] as number;
        if (c < l.length && (l[c] as number) < min) min = l[c] as number;
      }
      if (min === Infinity) return out;
      let have = 0;
      for (let k = 0; k < lists.length; k++) {
        const l = lists[k] as Int32Array;
        const c = cursors[k] as number;
        if (c < l.length && l[c] === min) {
          have++;
          cursors[k] = c + 1;
        }
      }
      if (have >= need && (!accept || accept(min))) {
        out.push(min);
        if (out.length >= max) return out;
      }
    }
  }
}

/** The first index ≥ `from` whose value is ≥ `target` in an ascending list (list.length when none). */
export function gallop(list: Int32Array, target: number, from: number): number {
  let lo = from;
  if (lo >= list.length || (list[lo] as number) >= target) return lo;
  // Exponential probe, then binary search in the last step.
  let step = 1;
  let hi = lo + 1;
  while (hi < list.length && (list[hi] as number) < target) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > list.length) hi = list.length;
  // Invariant: list[lo] < target, and list[hi] ≥ target or hi = length.
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < target) lo = mid;
    else hi = mid;
  }
  return hi;
}
