/**
 * A corpus folder with every kind of broken file beside the two good seed articles. Each problem is named
 * by file in exactly one warning line, the good articles still answer, and two articles that disagree
 * about one edition are shown to the user as a disagreement, citing both files — never silently resolved.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerInput } from '../../src/answer/engine.js';
import type { EditionAnswer } from '../../src/answer/types.js';
import { DEFAULT_DATA_DIR } from '../../src/config/paths.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { corpusFromDirectory, loadCorpus, MAX_ARTICLE_BYTES } from '../../src/corpus/load.js';
import { labels } from '../../src/i18n/labels.js';
import { renderDiscord } from '../../src/render/discord-payload.js';
import { safe } from '../../src/render/format.js';
import { renderText } from '../../src/render/text.js';

const SEED9 = '000_17f2a32df134652f.txt';
const SEED7 = '003_8de8bd2695171769.txt';
const SEED7_META = '003_8de8bd2695171769.meta.json';
const seed9 = readFileSync(join(DEFAULT_DATA_DIR, SEED9), 'utf8');

/** The sentence of the 9th article that names place and co-chairs; the variants below rewrite it. */
const LEAD =
  'Tại Hà Nội, Thứ trưởng Bộ Ngoại giao Việt Nam Hà Kim Ngọc và Phó Trợ lý Ngoại trưởng thứ nhất Bộ Ngoại giao Hoa Kỳ Tina Kaidanow';

/** Disagrees with the seed on the US co-chair's title, and with OTHER_DATE on the meeting date. */
const OTHER_TITLE = 'dialogue9-other-title.txt';
const otherTitle = seed9.replace(
  LEAD,
  'Ngày 30/1/2018, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Việt Nam Hà Kim Ngọc và Trợ lý Ngoại trưởng Hoa Kỳ Tina Kaidanow',
);
const OTHER_DATE = 'dialogue9-other-date.txt';
const otherDate = seed9.replace(LEAD, `Ngày 31/1/2018, ${LEAD.replace('Tại', 'tại')}`);

const UNRELATED = 'lua-gao-mekong.txt';
const unrelated = [
  'Nông dân Sóc Trăng trúng mùa lúa đông xuân',
  'Vụ lúa đông xuân năm nay, nông dân tỉnh Sóc Trăng thu hoạch hơn 7 tấn mỗi héc-ta, giá lúa tươi tại ruộng ổn định.',
  'Theo Sở Nông nghiệp, diện tích lúa chất lượng cao chiếm hơn 80%, nhiều hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp xuất khẩu gạo.',
  'Ngành nông nghiệp khuyến cáo nông dân xuống giống vụ hè thu theo lịch thời vụ để né mặn.',
].join('\n\n');

/** Problem files → what the single warning line naming each must say. */
const PROBLEMS: Record<string, RegExp> = {
  'empty.txt': /empty/i,
  'photo.txt': /binary/i,
  'latin1.txt': /UTF-8/,
  'huge.txt': /MiB|larger|too large/i,
  [UNRELATED]: /plain searchable/i,
  'broken-json.meta.json': /metadata ignored/i,
  'disallowed-field.meta.json': /metadata ignored/i,
};

let dir: string;
let loadMs: number;
let corpus: Corpus;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'broken-corpus-'));
  copyFileSync(join(DEFAULT_DATA_DIR, SEED9), join(dir, SEED9));
  copyFileSync(join(DEFAULT_DATA_DIR, SEED7), join(dir, SEED7));
  copyFileSync(join(DEFAULT_DATA_DIR, SEED7_META), join(dir, SEED7_META));
  writeFileSync(join(dir, 'empty.txt'), '');
  // PNG signature and IHDR chunk: NUL bytes and controls, named .txt as a mis-saved upload would be.
  writeFileSync(
    join(dir, 'photo.txt'),
    Buffer.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      0x49,
      0x48,
      0x44,
      0x52,
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      0,
      8,
      6,
      0,
      0,
      0,
      0x5c,
      0x72,
      0xa8,
      0x66,
      ...Array(200).fill(0),
    ]),
  );
  // "Đối thoại ... lần thứ 9 ... tại Hà Nội" saved as Windows-1252/Latin-1: 0xE0, 0xE8 are not UTF-8 here.
  writeFileSync(
    join(dir, 'latin1.txt'),
    Buffer.concat([
      Buffer.from('Doi thoai chinh tri - an ninh - quoc phong lan thu 9 t', 'latin1'),
      Buffer.from([0xe0, 0xe8, 0x69, 0x20, 0xe0, 0x20, 0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69, 0x0a]),
    ]),
  );
  // 5 MB of real-looking text: skipped by size before it is read.
  writeFileSync(join(dir, 'huge.txt'), `${seed9}\n\n`.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(seed9))));
  writeFileSync(join(dir, UNRELATED), unrelated);
  // A folder whose name looks like an article file: walked as a folder, not read as a file.
  mkdirSync(join(dir, 'folder.txt'));
  // Metadata beside two articles: one not JSON, one carrying a field a librarian may not set.
  writeFileSync(
    join(dir, 'broken-json.txt'),
    readFileSync(join(DEFAULT_DATA_DIR, SEED7), 'utf8').replace(/lần thứ 7/g, 'lần thứ 7 (bản đăng lại)'),
  );
  writeFileSync(join(dir, 'broken-json.meta.json'), '{"published": "2015-01-22", ');
  writeFileSync(join(dir, 'disallowed-field.txt'), readFileSync(join(DEFAULT_DATA_DIR, SEED7), 'utf8'));
  writeFileSync(
    join(dir, 'disallowed-field.meta.json'),
    JSON.stringify({ published: '2015-01-22', edition: 9, cochairs: ['x'] }),
  );
  // Two articles that disagree about the 9th dialogue.
  writeFileSync(join(dir, OTHER_TITLE), otherTitle);
  writeFileSync(join(dir, OTHER_DATE), otherDate);

  const t0 = performance.now();
  corpus = corpusFromDirectory(dir);
  loadMs = performance.now() - t0;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a corpus folder with broken files', () => {
  it('the fixtures really are what they claim', () => {
    expect(seed9).toContain(LEAD);
    expect(otherTitle).not.toBe(seed9);
    expect(otherDate).not.toBe(seed9);
    expect(readFileSync(join(dir, 'huge.txt')).length).toBeGreaterThan(MAX_ARTICLE_BYTES * 2);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(dir, 'latin1.txt')))).toThrow();
  });

  it('loads within bounded time (the 5 MB file included)', () => {
    expect(loadMs).toBeLessThan(5000);
  });

  it('names each problem file in exactly one warning line, saying what is wrong', () => {
    for (const [file, why] of Object.entries(PROBLEMS)) {
      const lines = corpus.warnings.filter((w) => w.includes(file));
      expect(lines, `warnings naming ${file}: ${JSON.stringify(corpus.warnings, null, 1)}`).toHaveLength(1);
      expect(lines[0]).toMatch(why);
      // One line each: a warning is a log line.
      expect(lines[0]).not.toMatch(/\n/);
    }
    // Nothing else is warned about: the good articles, the disagreeing ones and the folder are no problem.
    expect(corpus.warnings).toHaveLength(Object.keys(PROBLEMS).length);
    for (const good of [SEED9, SEED7, OTHER_TITLE, OTHER_DATE, 'folder.txt']) {
      expect(corpus.warnings.filter((w) => w.startsWith(`${good}:`) || w.includes(`/${good}`))).toEqual([]);
    }
    // Warnings name files relative to the corpus folder, not by absolute path.
    for (const w of corpus.warnings) expect(w).not.toContain(dir);
  });

  it('keeps the good articles, the unrelated one (searchable) and the articles beside broken metadata', () => {
    const files = corpus.articles.map((a) => a.file).sort();
    expect(files).toEqual(
      [SEED9, SEED7, OTHER_TITLE, OTHER_DATE, UNRELATED, 'broken-json.txt', 'disallowed-field.txt'].sort(),
    );
    const unrelatedArticle = corpus.articles.find((a) => a.file === UNRELATED);
    expect(unrelatedArticle?.aboutDialogue).toBe(false);
    const { answer } = answerInput(corpus, '/search Sóc Trăng lúa đông xuân');
    expect(answer.kind).toBe('search');
    expect(answer.kind === 'search' && answer.results[0]?.cite.file).toBe(UNRELATED);
    // Metadata that was ignored is really ignored: no invented facts from it.
    const disallowed = corpus.articles.find((a) => a.file === 'disallowed-field.txt');
    expect(disallowed?.edition).toBe(7);
    expect(corpus.articles.find((a) => a.file === 'broken-json.txt')?.published).toBeUndefined();
  });

  it('still answers /dialogue 7 and /dialogue 9 from the good articles', () => {
    const seven = answerInput(corpus, '/dialogue 7').answer as EditionAnswer;
    expect(seven.kind).toBe('edition');
    expect(seven.cochairs.map((c) => c.value.name)).toEqual(expect.arrayContaining(['Hà Kim Ngọc', 'Puneet Talwar']));
    expect(seven.places.map((p) => p.value)).toContain('Hà Nội');
    expect(seven.sources.map((s) => s.file)).toContain(SEED7);

    const nine = answerInput(corpus, '/dialogue 9').answer as EditionAnswer;
    expect(nine.kind).toBe('edition');
    expect(nine.sources.map((s) => s.file)).toEqual(expect.arrayContaining([SEED9, OTHER_TITLE, OTHER_DATE]));
    expect(nine.places.map((p) => p.value)).toEqual(['Hà Nội']);
    expect(nine.next.map((n) => [n.value.edition, n.value.place])).toContainEqual([10, 'Washington']);
  });

  it('shows the disagreement about the 9th dialogue, each version cited to its file', () => {
    const nine = answerInput(corpus, '/dialogue 9').answer as EditionAnswer;
    expect(nine.kind).toBe('edition');
    // Two titles for one person are no disagreement about who co-chaired (issue 9.5): only the dates differ.
    expect(nine.conflicts).toEqual(['dates']);

    // Both meeting dates, each cited to the one file that gives it.
    const meeting = nine.dates.filter((d) => d.value.kind === 'meeting');
    expect(meeting.map((d) => d.value.dates.join(',')).sort()).toEqual(['2018-01-30', '2018-01-31']);
    expect(meeting.find((d) => d.value.dates[0] === '2018-01-30')?.cites.map((c) => c.file)).toEqual([OTHER_TITLE]);
    expect(meeting.find((d) => d.value.dates[0] === '2018-01-31')?.cites.map((c) => c.file)).toEqual([OTHER_DATE]);

    // One US co-chair, cited to all three files: the title two sources give shown, the third kept for the detail.
    const us = nine.cochairs.filter((c) => c.value.side === 'US');
    expect(us).toHaveLength(1);
    expect(us[0]?.value.title).toBe('Phó Trợ lý Ngoại trưởng thứ nhất Bộ Ngoại giao Hoa Kỳ');
    expect(us[0]?.value.otherTitles).toEqual(['Trợ lý Ngoại trưởng Hoa Kỳ']);
    expect(us[0]?.cites.map((c) => c.file).sort()).toEqual([SEED9, OTHER_DATE, OTHER_TITLE].sort());

    // What the user sees on Discord (every page) and in the console says so, and names both files.
    for (const locale of ['vi', 'en'] as const) {
      const L = labels(locale);
      const first = renderDiscord(nine, { locale });
      const pages = Array.from({ length: first.pageCount }, (_, page) => renderDiscord(nine, { locale, page }).payload);
      const shown = JSON.stringify(pages);
      const text = renderText(nine, { locale });
      for (const what of ['dates']) {
        const note = L.sourcesDiffer(L.conflictNames[what] as string);
        expect(shown).toContain(note);
        expect(text).toContain(note);
      }
      for (const file of [OTHER_TITLE, OTHER_DATE, SEED9]) {
        // On Discord the name is markdown-escaped ("000\\_17f…" shows as "000_17f…"); the console prints it plain.
        expect(shown).toContain(JSON.stringify(safe(file)).slice(1, -1));
        expect(text).toContain(file);
      }
      // The note leads the answer, on its first page.
      expect(pages[0]?.embeds[0]?.description).toContain(L.sourcesDiffer(L.conflictNames.dates as string));
    }
    expect(renderText(nine, { locale: 'vi' })).toContain('Các nguồn khác nhau về thời gian');
    expect(renderText(nine, { locale: 'vi' })).not.toContain('Các nguồn khác nhau về đồng chủ trì');
    expect(renderText(nine, { locale: 'en' })).toContain('Sources differ');
    const text = renderText(nine, { locale: 'vi' });
    expect(text).toContain('30/01/2018');
    expect(text).toContain('31/01/2018');
    // Titles in the reply's words (the glossary of offices); the quotes keep the articles' own wording.
    expect(text).toContain('Phó Trợ lý Ngoại trưởng thứ nhất Tina Kaidanow (Hoa Kỳ)');
    // The other title only in the detail, in the reader's words.
    expect(renderText({ ...nine, detail: true }, { locale: 'en' })).toContain(
      'other sources give the title: Assistant Secretary of State',
    );
  });

  it('a focused question about the disputed fact also shows both versions', () => {
    const { answer } = answerInput(corpus, 'đối thoại lần thứ 9 diễn ra ngày nào?');
    expect(answer.kind).toBe('edition');
    const text = renderText(answer, { locale: 'vi' });
    expect(text).toContain('Các nguồn khác nhau về thời gian');
    expect(text).toContain('30/01/2018');
    expect(text).toContain('31/01/2018');
  });
});

describe('an unreadable file', () => {
  it('is skipped with one warning naming it (skipped when running as root, which can read it anyway)', (ctx) => {
    const d = mkdtempSync(join(tmpdir(), 'unreadable-corpus-'));
    try {
      copyFileSync(join(DEFAULT_DATA_DIR, SEED7), join(d, SEED7));
      writeFileSync(join(d, 'locked.txt'), readFileSync(join(DEFAULT_DATA_DIR, SEED9)));
      chmodSync(join(d, 'locked.txt'), 0o000);
      let readable = true;
      try {
        readFileSync(join(d, 'locked.txt'));
      } catch {
        readable = false;
      }
      if (readable) {
        ctx.skip();
        return;
      }
      const r = loadCorpus(d, undefined, { cache: false });
      const lines = r.warnings.filter((w) => w.includes('locked.txt'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/cannot be read|EACCES/);
      expect(r.articles.map((a) => a.file)).toEqual([SEED7]);
    } finally {
      try {
        chmodSync(join(d, 'locked.txt'), 0o644);
      } catch {
        // already gone
      }
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('a file that vanishes between listing and reading', () => {
  it('is skipped with one warning naming it, the others still load (runs as root too)', () => {
    const d = mkdtempSync(join(tmpdir(), 'vanished-corpus-'));
    try {
      copyFileSync(join(DEFAULT_DATA_DIR, SEED7), join(d, SEED7));
      const r = loadCorpus(d, [join(d, 'vanished.txt'), join(d, SEED7)], { cache: false });
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatch(/^vanished\.txt: skipped: cannot be read \(ENOENT\)$/);
      expect(r.articles.map((a) => a.file)).toEqual([SEED7]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
