/**
 * A compact inverted index: every term maps to the ascending list of entry ids (paragraphs) holding it,
 * stored as one Int32Array per term. Queries intersect the rarest list first and stop as soon as enough
 * entries are found, so a query of very common Vietnamese syllables ("an ninh", "hợp tác") costs about as
 * much as one of rare words.
 *
 * Entries must be added in ascending id order (the builder keeps each list sorted by construction).
 */

export class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly lists: number[][] = [];
  /** For each term, 1 + the last entry that added it: a term repeated in one text is stored once. */
  private last = new Int32Array(1024);

  /** The id of a term, created on first use. */
  termId(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.lists.length;
      this.ids.set(term, id);
      this.lists.push([]);
      if (id >= this.last.length) {
        const grown = new Int32Array(this.last.length * 2);
        grown.set(this.last);
        this.last = grown;
      }
    }
    return id;
  }

  /** Record that `entry` holds term `termId`. Entries come in ascending order. */
  add(entry: number, termId: number): void {
    if (this.last[termId] === entry + 1) return;
    this.last[termId] = entry + 1;
    (this.lists[termId] as number[]).push(entry);
  }

  finish(): Postings {
    return new Postings(this.ids, this.lists.map((l) => Int32Array.from(l)));
  }
}

export class Postings {
  constructor(
    private readonly ids: ReadonlyMap<string, number>,
    private readonly lists: readonly Int32Array[],
  ) {}

  get termCount(): number {
    return this.lists.length;
  }

  /** Total stored (term, entry) pairs. */
  get size(): number {
    let n = 0;
    for (const l of this.lists) n += l.length;
    return n;
  }

  /** How many entries hold the term (0 when unknown). */
  count(term: string): number {
    return this.list(term)?.length ?? 0;
  }

  list(term: string): Int32Array | undefined {
    const id = this.ids.get(term);
    return id === undefined ? undefined : this.lists[id];
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
