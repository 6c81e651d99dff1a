import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  corpusFromDirectory,
  decodeText,
  listArticleFiles,
  loadCorpus,
  MAX_ARTICLE_BYTES,
} from '../../src/corpus/load.js';
import {
  ENGLISH_NOTE,
  SEED7,
  SEED7_FILE,
  SEED7_META_JSON,
  SEED9,
  SEED9_FILE,
  UNRELATED,
  cleanTemp,
  crlf,
  nfd,
  seedFiles,
  tempCorpusDir,
  utf16leWithBom,
  withBom,
} from '../fixtures/articles.js';

afterAll(cleanTemp);

const load = (files: Record<string, string | Buffer>) => loadCorpus(tempCorpusDir(files));

describe('decodeText', () => {
  it('UTF-8, with or without BOM', () => {
    expect(decodeText(Buffer.from('Hà Nội', 'utf8'))).toEqual({ text: 'Hà Nội' });
    expect(decodeText(Buffer.from(withBom('Hà Nội'), 'utf8')).text?.replace(/^\uFEFF/, '')).toBe('Hà Nội');
  });
  it('UTF-16LE and UTF-16BE with a BOM', () => {
    expect(decodeText(utf16leWithBom('Biển Đông'))).toEqual({ text: 'Biển Đông' });
    const be = Buffer.from(Buffer.from('Biển Đông', 'utf16le')).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: 'Biển Đông' });
  });
  it('empty, blank, binary and non-UTF-8 bytes are problems, not text', () => {
    expect(decodeText(Buffer.alloc(0))).toEqual({ problem: 'empty file' });
    expect(decodeText(Buffer.from(' \n\t\n'))).toEqual({ problem: 'no text (only white space)' });
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).toMatchObject({
      problem: expect.stringContaining('NUL'),
    });
    expect(decodeText(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 65, 66]))).toMatchObject({
      problem: expect.stringContaining('binary'),
    });
    expect(decodeText(Buffer.from('Café à Hanoï', 'latin1'))).toMatchObject({
      problem: expect.stringContaining('UTF-8'),
    });
  });
});

describe('loadCorpus: the seeds', () => {
  it('loads both seeds with no warning, in file order', () => {
    const r = load(seedFiles());
    expect(r.warnings).toEqual([]);
    expect(r.articles.map((a) => [a.id, a.file, a.edition, a.published])).toEqual([
      ['000_17f2a32df134652f', SEED9_FILE, 9, '2018-02-01'],
      ['003_8de8bd2695171769', SEED7_FILE, 7, '2015-01-22'],
    ]);
  });

  it('the 7th without its meta file: year from the next edition', () => {
    const r = load({ [SEED7_FILE]: SEED7 });
    expect(r.warnings).toEqual([]);
    const a = r.articles[0];
    expect(a?.published).toBeUndefined();
    expect(a?.event).toMatchObject({
      dates: ['2015-01-22', '2015-01-23'],
      yearInferred: true,
      yearBasis: 'next-edition',
    });
  });

  it('NFD, CRLF, BOM and UTF-16LE copies load to the same facts', () => {
    const r = load({
      'a-nfd.txt': nfd(SEED9),
      'b-crlf-bom.txt': withBom(crlf(SEED9)),
      'c-utf16.txt': utf16leWithBom(SEED9),
      'd-utf16-7.txt': utf16leWithBom(crlf(SEED7)),
    });
    expect(r.warnings).toEqual([]);
    const [a, b, c, d] = r.articles;
    for (const x of [a, b, c]) {
      expect(x?.edition).toBe(9);
      expect(x?.published).toBe('2018-02-01');
      expect(x?.paragraphs).toEqual(r.articles[0]?.paragraphs);
      expect(x?.cochairs.map((p) => p.name)).toEqual(['Hà Kim Ngọc', 'Tina Kaidanow']);
    }
    expect(d?.edition).toBe(7);
    expect(d?.cochairs.map((p) => p.name)).toEqual(['Hà Kim Ngọc', 'Puneet Talwar']);
  });
});

describe('loadCorpus: bad files are skipped by name, the others still load', () => {
  const r = load({
    ...seedFiles(),
    'empty.txt': '',
    'blank.txt': ' \n\n\t\n',
    'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'latin1.txt': Buffer.from(
      'Le dialogue politique a eu lieu à Hanoï, capitale du Viêt Nam, en présence des délégués.',
      'latin1',
    ),
    'utf16.txt': utf16leWithBom(ENGLISH_NOTE),
    'unrelated.txt': UNRELATED,
  });
  const warningFor = (file: string) => r.warnings.filter((w) => w.startsWith(`${file}:`));

  it('keeps the seeds, the UTF-16 note and the unrelated article', () => {
    expect(r.articles.map((a) => a.file).sort()).toEqual([SEED9_FILE, SEED7_FILE, 'unrelated.txt', 'utf16.txt'].sort());
  });

  it('an empty or blank file', () => {
    expect(warningFor('empty.txt')).toEqual(['empty.txt: skipped: empty file']);
    expect(warningFor('blank.txt')).toEqual(['blank.txt: skipped: no text (only white space)']);
  });

  it('a binary file with NUL bytes', () => {
    expect(warningFor('binary.txt')).toEqual(['binary.txt: skipped: binary data (NUL bytes), not a text article']);
  });

  it('a Latin-1 file', () => {
    expect(warningFor('latin1.txt')).toEqual(['latin1.txt: skipped: not valid UTF-8 text (re-save it as UTF-8)']);
  });

  it('a UTF-16LE file with a BOM is read, not skipped', () => {
    expect(warningFor('utf16.txt')).toEqual([]);
    const a = r.articles.find((x) => x.file === 'utf16.txt');
    expect(a?.language).toBe('en');
    expect(a?.edition).toBe(9);
    expect(a?.cochairs.map((p) => p.name)).toEqual(['Jane Doe', 'Nguyen Van A']);
  });

  it('an unrelated article is kept as a plain article, with a warning, and given no edition', () => {
    expect(warningFor('unrelated.txt')).toHaveLength(1);
    expect(warningFor('unrelated.txt')[0]).toContain('kept as a plain searchable article');
    const a = r.articles.find((x) => x.file === 'unrelated.txt');
    expect(a?.aboutDialogue).toBe(false);
    expect(a?.edition).toBeUndefined();
  });

  it('one warning per bad file, nothing for the good ones', () => {
    expect(r.warnings).toHaveLength(5);
    expect(warningFor(SEED9_FILE)).toEqual([]);
    expect(warningFor(SEED7_FILE)).toEqual([]);
  });
});

describe('loadCorpus: metadata', () => {
  it('an invalid meta file (extra key) is ignored with a warning naming the key; the article still loads', () => {
    const bad = JSON.stringify({ ...JSON.parse(SEED7_META_JSON), author: 'Ban biên tập' });
    const r = load({ [SEED7_FILE]: SEED7, '003_8de8bd2695171769.meta.json': bad });
    expect(r.articles).toHaveLength(1);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^003_8de8bd2695171769\.meta\.json: metadata ignored: /);
    expect(r.warnings[0]).toContain('author');
    // The metadata was ignored as a whole: no publication date, year from the next edition.
    expect(r.articles[0]?.published).toBeUndefined();
    expect(r.articles[0]?.event?.yearBasis).toBe('next-edition');
  });

  it('a meta file that is not JSON', () => {
    const r = load({ [SEED7_FILE]: SEED7, '003_8de8bd2695171769.meta.json': '{published: 2015}' });
    expect(r.articles).toHaveLength(1);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^003_8de8bd2695171769\.meta\.json: metadata ignored: not valid JSON \(/);
  });

  it('a meta file with a malformed date or URL', () => {
    for (const meta of [{ published: '22/01/2015' }, { url: 'not a url' }, { language: 'fr' }]) {
      const r = load({ [SEED7_FILE]: SEED7, '003_8de8bd2695171769.meta.json': JSON.stringify(meta) });
      expect(r.warnings, JSON.stringify(meta)).toHaveLength(1);
      expect(r.articles[0]?.published).toBeUndefined();
    }
  });

  it('valid metadata is used: outlet, url, published', () => {
    const meta = { outlet: 'VnExpress', url: 'https://example.org/a', published: '2015-01-23' };
    const r = load({ [SEED7_FILE]: SEED7, '003_8de8bd2695171769.meta.json': JSON.stringify(meta) });
    expect(r.warnings).toEqual([]);
    expect(r.articles[0]?.source).toMatchObject({ outlet: 'VnExpress', url: 'https://example.org/a' });
    expect(r.articles[0]?.published).toBe('2015-01-23');
  });
});

describe('listArticleFiles and folder problems', () => {
  it('walks subfolders, sorted; skips hidden files, READMEs, meta files and other extensions', () => {
    const dir = tempCorpusDir({
      'b.txt': 'B',
      'a.md': 'A',
      'README.md': 'x',
      '.hidden.txt': 'x',
      'c.meta.json': '{}',
      'd.json': '{}',
      'e.pdf': 'x',
      NOEXT: 'x',
    });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'z.txt'), 'Z');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'y.txt'), 'Y');
    expect(listArticleFiles(dir).map((f) => f.slice(dir.length + 1))).toEqual([
      'NOEXT',
      'a.md',
      'b.txt',
      join('sub', 'z.txt'),
    ]);
  });

  it('ids come from the relative path, so one name in two folders does not clash', () => {
    const dir = tempCorpusDir({ [SEED9_FILE]: SEED9 });
    mkdirSync(join(dir, '2015'));
    writeFileSync(join(dir, '2015', SEED7_FILE), SEED7);
    writeFileSync(join(dir, '2015', SEED9_FILE), SEED9);
    const r = loadCorpus(dir);
    expect(r.warnings).toEqual([]);
    expect(r.articles.map((a) => a.id)).toEqual([
      '000_17f2a32df134652f',
      '2015/000_17f2a32df134652f',
      '2015/003_8de8bd2695171769',
    ]);
  });

  it('a missing folder is a warning and an empty corpus', () => {
    const r = loadCorpus(join(tempCorpusDir({}), 'nope'));
    expect(r.articles).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('the folder does not exist');
  });

  it('an oversized file is skipped', () => {
    const r = load({ 'big.txt': `${SEED9}\n${'x'.repeat(MAX_ARTICLE_BYTES)}` });
    expect(r.articles).toEqual([]);
    expect(r.warnings[0]).toMatch(/^big\.txt: skipped: .*larger than/);
  });

  it('a file left with only furniture is skipped', () => {
    const r = load({ 'furniture.txt': 'Xem thêm\n\n07:55 30/06/2025\n\nTheo VOV.VN\n' });
    expect(r.articles).toEqual([]);
    expect(r.warnings).toEqual(['furniture.txt: skipped: no article text left after removing page furniture']);
  });
});

describe('Corpus', () => {
  it('indexes editions from articles and from mentions', () => {
    const c = corpusFromDirectory(tempCorpusDir(seedFiles()));
    expect(c.editionNumbers()).toEqual([7, 8, 9, 10]);
    expect(c.editions.get(7)?.own.map((a) => a.id)).toEqual(['003_8de8bd2695171769']);
    expect(c.editions.get(8)?.own).toEqual([]);
    expect(c.editions.get(8)?.mentions.map((m) => m.mention.year)).toEqual([2016]);
    expect(c.editions.get(10)?.mentions.map((m) => m.article.id)).toEqual(['000_17f2a32df134652f']);
    expect(c.paragraphCount).toBe(12 + 8);
    expect(c.byId.get('003_8de8bd2695171769')?.edition).toBe(7);
  });

  it('an empty folder is an empty corpus', () => {
    const c = corpusFromDirectory(tempCorpusDir({}));
    expect(c.articles).toEqual([]);
    expect(c.editionNumbers()).toEqual([]);
    expect(c.index.search('Biển Đông')).toEqual([]);
  });
});
