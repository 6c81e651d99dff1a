import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_EDITION,
  renderSyntheticArticle,
  syntheticArticle,
  syntheticArticleParts,
  syntheticArticles,
  writeSyntheticCorpus,
  type SyntheticArticle,
} from '../fixtures/synthetic-corpus.js';

const N = 3000;
const corpus: SyntheticArticle[] = [...syntheticArticles(N)];
const parts = Array.from({ length: N }, (_, i) => syntheticArticleParts(i));

const ORDINALS = ['', 'nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

describe('determinism', () => {
  it('gives identical output for the same seed and count', () => {
    const a = [...syntheticArticles(300, 7)];
    const b = [...syntheticArticles(300, 7)];
    expect(b).toEqual(a);
  });

  it('uses 42 as the default seed', () => {
    expect([...syntheticArticles(20)]).toEqual([...syntheticArticles(20, 42)]);
  });

  it('makes article i independent of the requested count', () => {
    const short = [...syntheticArticles(25, 9)];
    const long = [...syntheticArticles(400, 9)];
    expect(long.slice(0, 25)).toEqual(short);
    expect(syntheticArticle(399, 9)).toEqual(long[399]);
    expect(syntheticArticle(17)).toEqual(corpus[17]);
  });

  it('changes the output when the seed changes', () => {
    const a = [...syntheticArticles(50, 1)];
    const b = [...syntheticArticles(50, 2)];
    const same = a.filter((x, i) => x.text === b[i]!.text).length;
    expect(same).toBe(0);
  });

  it('renders parts to exactly the article text', () => {
    for (let i = 0; i < 50; i++) expect(renderSyntheticArticle(parts[i]!)).toBe(corpus[i]!.text);
  });

  it('handles count 0 and fractional counts', () => {
    expect([...syntheticArticles(0)]).toEqual([]);
    expect([...syntheticArticles(2.9)].length).toBe(2);
  });
});

describe('shape', () => {
  it('names files NNNNNN.txt by index', () => {
    expect(corpus[0]!.file).toBe('000000.txt');
    expect(corpus[123]!.file).toBe('000123.txt');
    expect(syntheticArticle(1_234_567).file).toBe('1234567.txt');
  });

  it('produces distinct texts for different indices', () => {
    expect(new Set(corpus.map((a) => a.text)).size).toBe(N);
  });

  it('is NFC Vietnamese with diacritics', () => {
    for (const a of corpus) {
      expect(a.text.normalize('NFC') === a.text, a.file).toBe(true);
      expect(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(a.text), a.file).toBe(true);
    }
  });

  it('has roughly 20% unrelated articles and ~10% without a dateline', () => {
    const unrelated = corpus.filter((a) => a.edition === null).length / N;
    expect(unrelated).toBeGreaterThan(0.16);
    expect(unrelated).toBeLessThan(0.24);
    const noDateline = parts.filter((p) => p.dateline === null).length / N;
    expect(noDateline).toBeGreaterThan(0.07);
    expect(noDateline).toBeLessThan(0.13);
    for (const p of parts) expect(p.edition === null).toBe(p.kind !== 'dialogue');
  });

  it('keeps editions in 1..40 and mentions the edition in the text', () => {
    const seen = new Set<number>();
    for (const a of corpus) {
      if (a.edition === null) continue;
      expect(Number.isInteger(a.edition)).toBe(true);
      expect(a.edition).toBeGreaterThanOrEqual(1);
      expect(a.edition).toBeLessThanOrEqual(MAX_EDITION);
      seen.add(a.edition);
      const n = a.edition;
      const forms = [`lần thứ ${n} `, `lần thứ ${n}.`, `lần thứ ${n},`, `lần thứ ${n}\n`, `lần thứ ${n}\r`];
      if (n <= 10) forms.push(`lần thứ ${ORDINALS[n]}`);
      if (n === 1) forms.push('lần đầu tiên');
      expect(
        forms.some((f) => a.text.includes(f)),
        a.file,
      ).toBe(true);
    }
    expect(seen.size).toBe(MAX_EDITION);
  });

  it('names both co-chairs of the edition in dialogue articles, consistently per edition', () => {
    const byEdition = new Map<number, string>();
    for (const p of parts) {
      if (!p.facts) continue;
      const text = corpus[p.index]!.text;
      expect(text).toContain(p.facts.vnCoChair);
      expect(text).toContain(p.facts.usCoChair);
      const key = `${p.facts.year}|${p.facts.month}|${p.facts.day}|${p.facts.place}|${p.facts.vnCoChair}|${p.facts.usCoChair}`;
      const prev = byEdition.get(p.facts.edition);
      if (prev === undefined) byEdition.set(p.facts.edition, key);
      else expect(key).toBe(prev);
    }
  });

  it('has 6–14 body paragraphs of 40–120 words', () => {
    const counts = new Set<number>();
    const bad: string[] = [];
    for (const p of parts) {
      if (p.body.length < 6 || p.body.length > 14) bad.push(`${p.file}: ${p.body.length} paragraphs`);
      counts.add(p.body.length);
      for (const para of p.body) {
        const words = para.split(/\s+/).filter(Boolean).length;
        if (words < 40 || words > 120) bad.push(`${p.file}: ${words} words: ${para}`);
        if (!corpus[p.index]!.text.includes(para)) bad.push(`${p.file}: paragraph missing from text`);
      }
    }
    expect(bad).toEqual([]);
    expect(counts.size).toBe(9);
  });

  it('has a title, attribution and site noise in order', () => {
    for (const p of parts) {
      const text = corpus[p.index]!.text;
      expect(text.startsWith(p.title)).toBe(true);
      expect(p.noise.length).toBeGreaterThan(0);
      const at = text.indexOf(p.separator + p.attribution + p.separator);
      expect(at, p.file).toBeGreaterThan(0);
      expect(text.indexOf(p.body[p.body.length - 1]!)).toBeLessThan(at);
    }
    const share = (re: RegExp) => corpus.filter((a) => re.test(a.text)).length / N;
    expect(share(/Theo VOV\.VN/)).toBeGreaterThan(0.15);
    expect(share(/^(Xem thêm|Tin liên quan|Tin cùng chuyên mục|Tin khác)\r?$/m)).toBeGreaterThan(0.7);
    expect(share(/^\d\d:\d\d \d\d\/\d\d\/\d{4}\r?$/m)).toBeGreaterThan(0.5);
    expect(share(/^THÔNG TIN CẦN BIẾT\r?\n/m)).toBeGreaterThan(0.25);
    expect(share(/Viết bình luận mới/)).toBeGreaterThan(0.2);
    expect(share(/Nhập email của bạn/)).toBeGreaterThan(0.1);
  });

  it('uses valid datelines with the right weekday', () => {
    const weekdays = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
    let checked = 0;
    for (const p of parts) {
      if (!p.dateline) continue;
      expect(corpus[p.index]!.text).toContain(p.dateline);
      const m = /^(Thứ \S+|Chủ Nhật), ngày (\d\d)\/(\d\d)\/(\d{4}) \| \d\d:\d\d$/.exec(p.dateline);
      if (!m) continue;
      const wd = new Date(Date.UTC(Number(m[4]), Number(m[3]) - 1, Number(m[2]))).getUTCDay();
      expect(m[1]).toBe(weekdays[wd]);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('varies separators: blank lines, single newlines and some CRLF', () => {
    const crlf = corpus.filter((a) => a.text.includes('\r\n')).length / N;
    expect(crlf).toBeGreaterThan(0.02);
    expect(crlf).toBeLessThan(0.1);
    const blank = parts.filter((p) => p.separator.length > 2 || p.separator === '\n\n').length / N;
    expect(blank).toBeGreaterThan(0.45);
    expect(blank).toBeLessThan(0.75);
    for (const a of corpus) expect(/\r(?!\n)/.test(a.text)).toBe(false);
    for (const a of corpus) if (!a.text.includes('\r\n')) expect(a.text.includes('\r')).toBe(false);
  });

  it('averages a few KB per article', () => {
    const bytes = corpus.reduce((s, a) => s + Buffer.byteLength(a.text, 'utf8'), 0) / N;
    expect(bytes).toBeGreaterThan(3000);
    expect(bytes).toBeLessThan(6000);
  });
});

describe('writeSyntheticCorpus', () => {
  it('writes NNNNNN.txt files and reports byte totals', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'synthetic-corpus-'));
    try {
      const out = join(dir, 'nested', 'corpus');
      const res = await writeSyntheticCorpus(out, 150, 5);
      expect(res.files).toBe(150);
      const names = (await readdir(out)).sort();
      expect(names.length).toBe(150);
      expect(names[0]).toBe('000000.txt');
      expect(names[149]).toBe('000149.txt');
      let bytes = 0;
      for (const name of names) bytes += (await readFile(join(out, name))).length;
      expect(res.bytes).toBe(bytes);
      expect(await readFile(join(out, '000042.txt'), 'utf8')).toBe(syntheticArticle(42, 5).text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
