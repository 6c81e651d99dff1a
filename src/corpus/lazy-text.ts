/**
 * Paragraph texts read back from the parse cache stay on disk (the cache's UTF-16LE text file, held open)
 * until an answer first reads an article's paragraphs: reading and decoding every text of a large corpus
 * was most of a restart (527 MB for 100,000 articles), while an answer reads a handful of articles.
 * The first read of `article.paragraphs` reads and decodes that article's texts and replaces the accessor
 * with the plain array, so the article object behaves like any other (JSON, spread, equality).
 *
 * The file is read through a descriptor opened once: the cache may prune or replace the file by name,
 * but the open file stays readable; the descriptor is closed once no article of that load is left.
 */
import { closeSync, readSync } from 'node:fs';
import type { Article } from '../parse/schema.js';

/** The open text file of one cache load; closed when the last article holding it is collected. */
export class TextFile {
  private static readonly closer = new FinalizationRegistry<number>((fd) => {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
  });

  constructor(private readonly fd: number) {
    TextFile.closer.register(this, fd);
  }

  /** `lengths[i]` UTF-16 code units each, starting at byte `start`. */
  read(start: number, lengths: readonly number[]): string[] {
    const total = lengths.reduce((a, b) => a + b, 0) * 2;
    const buf = Buffer.allocUnsafe(total);
    let done = 0;
    while (done < total) {
      const n = readSync(this.fd, buf, done, total - done, start + done);
      if (n <= 0) throw new Error('the corpus cache text file is shorter than its records say');
      done += n;
    }
    const out: string[] = [];
    let at = 0;
    for (const len of lengths) {
      out.push(buf.toString('utf16le', at, at + len * 2));
      at += len * 2;
    }
    return out;
  }
}

interface Pending {
  file: TextFile;
  start: number;
  lengths: readonly number[];
}
const PENDING = new WeakMap<Article, Pending>();

function settle(self: Article, value: string[]): string[] {
  Object.defineProperty(self, 'paragraphs', { value, writable: true, configurable: true, enumerable: true });
  PENDING.delete(self);
  return value;
}

/**
 * One getter/setter pair shared by every pending article (its state is in PENDING), so that all of them
 * keep one hidden class: a closure per article would give each its own.
 */
const ACCESSOR: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: Article): string[] {
    const p = PENDING.get(this);
    return settle(this, p ? p.file.read(p.start, p.lengths) : []);
  },
  set(this: Article, value: string[]) {
    settle(this, value);
  },
};

/** Make `a.paragraphs` read its texts from `file` on first use. */
export function lazyParagraphs(a: Article, file: TextFile, start: number, lengths: readonly number[]): void {
  PENDING.set(a, { file, start, lengths });
  Object.defineProperty(a, 'paragraphs', ACCESSOR);
}

/** How many paragraphs an article has, without reading texts that are still on disk. */
export function paragraphCount(a: Article): number {
  return PENDING.get(a)?.lengths.length ?? a.paragraphs.length;
}
