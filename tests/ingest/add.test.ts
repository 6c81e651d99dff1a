/**
 * Adding articles (src/ingest/add.ts) from links served by the loopback news server and from local
 * files: what is stored (the page stripped to text and metadata, NAME.meta.json), one file per canonical
 * URL however often and by whichever address it is added, and every bad input one sentence with the
 * folder unchanged. Then `npm run add` end to end, as its own process.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/paths.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { addArticle, type AddOptions, type Added } from '../../src/ingest/add.js';
import { describeAdded } from '../../src/ingest/describe.js';
import { BLANK_SETTINGS } from '../discord/harness.js';
import { PAGES, startNewsServer, type NewsServer } from './news-server.js';

let server: NewsServer;
let dir: string;
const NOW = new Date('2026-11-29T10:00:00.000Z');
const options = (o: Partial<AddOptions['fetch']> = {}): AddOptions => ({
  dataDir: dir,
  fetch: { allowHosts: ['127.0.0.1'], timeoutMs: 5_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 5, ...o },
  now: () => NOW,
});
const VI9 = '/vi/the-gioi/doi-thoai-lan-thu-9.html';
const CANONICAL9 =
  'https://thoisumau.example/the-gioi/doi-thoai-chinh-tri-an-ninh-quoc-phong-viet-nam-hoa-ky-lan-thu-9-3720531.html';

/** Every file in the folder with its content, to show that nothing changed. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'add-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('addArticle from a link', () => {
  it('stores the page (text and metadata only) and NAME.meta.json, and says what it understood', async () => {
    const r = await addArticle(`${server.base}${VI9}`, options());
    expect(r.ok).toBe(true);
    const added = r as Added;
    expect(added.file).toMatch(
      /^thoisumau-example-doi-thoai-chinh-tri-an-ninh-quoc-phong-viet-nam-hoa-ky-lan-[0-9a-f]{8}\.html$/,
    );
    expect(added.updated).toBe(false);
    const name = added.file.replace(/\.html$/, '');
    expect(readdirSync(dir).sort()).toEqual([`${name}.html`, `${name}.meta.json`]);
    expect(JSON.parse(readFileSync(join(dir, `${name}.meta.json`), 'utf8'))).toEqual({
      outlet: 'Báo Thời Sự Mẫu',
      url: CANONICAL9,
      published: '2018-02-01',
      language: 'vi',
      fetched: '2026-11-29T10:00:00.000Z',
    });
    const stored = readFileSync(join(dir, added.file), 'utf8');
    expect(stored).not.toMatch(/<script(?! type="application\/ld\+json")|cookie|tracker|Đọc nhiều|<nav|<aside/i);
    // The loader reads back exactly what add reported.
    const { articles, warnings } = loadCorpus(dir, undefined, { cache: false });
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(1);
    const { dropped: _d, ...reported } = added.article;
    expect(articles[0]).toEqual(reported);

    const text = describeAdded(r);
    expect(text).toContain(`Added: ${added.file}`);
    expect(text).toContain('Title: Đối thoại chính trị - an ninh - quốc phòng Việt Nam - Hoa Kỳ lần thứ 9');
    expect(text).toContain(
      'Outlet: Báo Thời Sự Mẫu · published 2018-02-01 (from the page metadata: JSON-LD datePublished)',
    );
    expect(text).toContain(`Link: ${CANONICAL9}`);
    expect(text).toContain(
      'Edition: 9 · meeting 2018-01-31 (“31/1”, year inferred from the publication date) · place: Hà Nội',
    );
    expect(text).toContain(
      'Co-chairs: Hà Kim Ngọc — Thứ trưởng Bộ Ngoại giao (VN); Tina Kaidanow — Phó Trợ lý Ngoại trưởng thứ nhất Hoa Kỳ (US)',
    );
    expect(describeAdded(r, 'vi')).toContain('Lần đối thoại: 9 · ngày họp 2018-01-31');
  });

  it('the same article twice — again, through a redirect, with a tracking query — updates one file', async () => {
    const first = (await addArticle(`${server.base}${VI9}`, options())) as Added;
    const again = (await addArticle(`${server.base}${VI9}`, options())) as Added;
    const viaRedirect = (await addArticle(`${server.base}/redirect/1`, options())) as Added;
    const withQuery = (await addArticle(`${server.base}${VI9}?utm_source=share`, options())) as Added;
    for (const r of [again, viaRedirect, withQuery]) {
      expect(r.ok).toBe(true);
      expect(r.file).toBe(first.file);
      expect(r.updated).toBe(true);
    }
    expect(readdirSync(dir)).toHaveLength(2);
    expect(describeAdded(again)).toMatch(/^Updated: /);
  });

  it('a page without a canonical link is named after the address it came from; windows-1258 is stored as UTF-8', async () => {
    const r = (await addArticle(`${server.base}/legacy/doi-thoai-7.asp`, options())) as Added;
    expect(r.ok).toBe(true);
    expect(r.file).toMatch(/^127-0-0-1-doi-thoai-7-[0-9a-f]{8}\.html$/);
    expect(r.meta.url).toBe(`${server.base}/legacy/doi-thoai-7.asp`);
    expect(readFileSync(join(dir, r.file), 'utf8')).toContain('Bùi Thanh Sơn');
    expect(r.article).toMatchObject({ edition: 7, location: 'Washington' });
    const h = (await addArticle(`${server.base}/legacy/header-charset.asp`, options())) as Added;
    expect(h.article.edition).toBe(7);
  });

  it('a text/plain link is stored as text with its metadata', async () => {
    const r = (await addArticle(`${server.base}/text/dialogue-9.txt`, options())) as Added;
    expect(r.ok).toBe(true);
    expect(r.file).toMatch(/\.txt$/);
    expect(r.meta).toEqual({
      url: `${server.base}/text/dialogue-9.txt`,
      outlet: '127.0.0.1',
      fetched: NOW.toISOString(),
    });
    expect(r.article).toMatchObject({ edition: 9, location: 'Hà Nội', publishedFrom: 'dateline' });
  });

  it('every bad link is one sentence and changes nothing', async () => {
    const kept = (await addArticle(`${server.base}${VI9}`, options())) as Added;
    const before = snapshot();
    const mtime = statSync(join(dir, kept.file)).mtimeMs;
    const cases: [string, RegExp, Partial<AddOptions['fetch']>?][] = [
      [`${server.base}/home`, /^The page holds no article \(\d+ characters of running text found\)\.$/],
      [`${server.base}/missing`, /^The server answered 404 Not Found for /],
      [`${server.base}/report.pdf`, /^The link is not a web page or text \(it is application\/pdf\)\.$/],
      [`${server.base}/huge`, /^The page is larger than the 2 MB a page may be; reading stopped there\.$/],
      [`${server.base}/slow`, /^No complete answer from 127\.0\.0\.1 within 0\.5 s\.$/, { timeoutMs: 500 }],
      [`${server.base}/redirect/metadata`, /^Refused to fetch from 169\.254\.169\.254: it is a link-local address/],
      [`${server.base}/redirect/private`, /^Refused to fetch from 10\.0\.0\.7: it is a private address/],
      [`${server.base}${VI9}`, /^Refused to fetch from 127\.0\.0\.1: it is a loopback address/, { allowHosts: [] }],
      ['http://127.0.0.1:9/x', /^Could not reach 127\.0\.0\.1:9 \(ECONNREFUSED\)\.$/],
      ['gopher://127.0.0.1/', /^Only http and https links can be added, not gopher: links\.$/],
    ];
    for (const [url, sentence, o] of cases) {
      const r = await addArticle(url, options(o));
      expect(r.ok, url).toBe(false);
      if (!r.ok) expect(r.problem, url).toMatch(sentence);
      expect(describeAdded(r)).toMatch(/^Not added \(.*\): [A-Z]/);
    }
    expect(snapshot()).toEqual(before);
    expect(statSync(join(dir, kept.file)).mtimeMs).toBe(mtime);
  });
});

describe('addArticle from a local file', () => {
  it('a saved page (named after its canonical URL, so the same as adding its link) and a text file', async () => {
    const viaFile = (await addArticle(join(PAGES, 'vi-news-jsonld.html'), options())) as Added;
    expect(viaFile.ok).toBe(true);
    const viaLink = (await addArticle(`${server.base}${VI9}`, options())) as Added;
    expect(viaLink.file).toBe(viaFile.file);
    expect(viaLink.updated).toBe(true);
    // Added from a file, the metadata has no fetch time; from the link it has.
    expect(viaFile.meta.fetched).toBeUndefined();
    expect(viaLink.meta.fetched).toBe(NOW.toISOString());

    const txt = (await addArticle(join(PAGES, 'vi-news-jsonld.txt'), options())) as Added;
    expect(txt).toMatchObject({ ok: true, file: 'vi-news-jsonld.txt', updated: false });
    expect(readdirSync(dir)).not.toContain('vi-news-jsonld.meta.json');
  });

  it('an article about something else is kept as a plain searchable article, and the reply says so', async () => {
    const src = mkdtempSync(join(tmpdir(), 'add-src-'));
    try {
      const prose = [
        'Giá lúa gạo tại các tỉnh đồng bằng sông Cửu Long tăng nhẹ trong tuần qua nhờ nhu cầu xuất khẩu phục hồi.',
        'Nhiều hợp tác xã cho biết thương lái đã quay lại thu mua với giá cao hơn tháng trước khoảng năm phần trăm.',
        'Các chuyên gia dự báo giá sẽ còn ổn định đến hết vụ đông xuân nếu thời tiết thuận lợi.',
      ];
      writeFileSync(
        join(src, 'lua-gao.html'),
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta property="og:title" content="Giá lúa gạo tăng nhẹ"></head><body><article>${prose.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
      );
      const r = await addArticle(join(src, 'lua-gao.html'), options());
      expect(r).toMatchObject({ ok: true, file: 'lua-gao.html' });
      expect(describeAdded(r)).toBe(
        'Added: lua-gao.html\nTitle: Giá lúa gạo tăng nhẹ\nOutlet: unknown\nNot about a Vietnam–US political, security and defense dialogue: kept as a plain searchable article.',
      );
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
  });

  it('a missing file, another kind of file, an empty or a binary one: one sentence, nothing stored', async () => {
    const src = mkdtempSync(join(tmpdir(), 'add-src-'));
    try {
      writeFileSync(join(src, 'empty.txt'), '');
      writeFileSync(join(src, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
      writeFileSync(join(src, 'scan.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
      copyFileSync(join(PAGES, 'not-article.html'), join(src, 'home.html'));
      const cases: [string, RegExp][] = [
        [join(src, 'nothing.html'), /nothing\.html does not exist\.$/],
        [
          join(src, 'photo.jpg'),
          /photo\.jpg is neither a web page \(\.html, \.htm\) nor a text file \(\.txt, \.md\)\.$/,
        ],
        [join(src, 'empty.txt'), /empty\.txt: empty file\.$/],
        [join(src, 'scan.html'), /^The file holds binary data \(NUL bytes\), not a web page\.$/],
        [join(src, 'home.html'), /^The page holds no article/],
      ];
      for (const [file, sentence] of cases) {
        const r = await addArticle(file, options());
        expect(r.ok, file).toBe(false);
        if (!r.ok) expect(r.problem, file).toMatch(sentence);
      }
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
  });
});

describe('npm run add, as its own process', () => {
  function run(
    args: string[],
    env: Record<string, string>,
  ): Promise<{ code: number | null; out: string; err: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts', 'run.mjs'), 'add', ...args], {
        cwd: PROJECT_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...BLANK_SETTINGS, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const timer = setTimeout(
        () => (child.kill('SIGKILL'), reject(new Error('npm run add did not finish in 60 s'))),
        60_000,
      );
      child.on('error', reject);
      child.on('close', (code) => (clearTimeout(timer), resolve({ code, out, err })));
    });
  }

  it('adds a link and a file into --data, prints what it understood, and exits 1 when one input failed', async () => {
    const { code, out, err } = await run(
      [
        '--data',
        dir,
        `${server.base}/en/ninth-dialogue`,
        join(PAGES, 'en-ogtitle-only.html'),
        `${server.base}/redirect/metadata`,
      ],
      {
        FETCH_ALLOW_HOSTS: '127.0.0.1',
      },
    );
    expect(err).toBe('');
    expect(code).toBe(1);
    // Its canonical link is relative: it names the page on the host it was fetched from.
    expect(out).toContain('Added: 127-0-0-1-ninth-us-vietnam-political-security-defense-dialogue-');
    expect(out).toMatch(
      /Link: http:\/\/127\.0\.0\.1:\d+\/world\/asia\/ninth-us-vietnam-political-security-defense-dialogue\n/,
    );
    expect(out).toContain(
      'Edition: 9 · meeting 2018-01-30 (“January 30”, year inferred from the publication date) · place: Hà Nội',
    );
    expect(out).toContain(
      'Co-chairs: Tina Kaidanow — Acting Assistant Secretary of State for Political-Military Affairs (US); Ha Kim Ngoc — Vietnamese Vice Foreign Minister (VN)',
    );
    expect(out).toContain('Added: wire-example-org-vietnam-us-eighth-dialogue-');
    expect(out).toMatch(
      /Not added \(http:\/\/127\.0\.0\.1:\d+\/redirect\/metadata\): Refused to fetch from 169\.254\.169\.254: it is a link-local address/,
    );
    const { articles, warnings } = loadCorpus(dir, undefined, { cache: false });
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.edition).sort()).toEqual([8, 9]);
  });

  it('without FETCH_ALLOW_HOSTS the loopback server is refused; a bad setting or no input is a usage error', async () => {
    const refused = await run(['--data', dir, '--json', `${server.base}${VI9}`], {});
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out)).toEqual([
      {
        ok: false,
        input: `${server.base}${VI9}`,
        problem: expect.stringMatching(/^Refused to fetch from 127\.0\.0\.1: it is a loopback address/),
      },
    ]);
    const bad = await run(['--data', dir, `${server.base}${VI9}`], { FETCH_TIMEOUT_MS: 'soon' });
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      'add: Setting FETCH_TIMEOUT_MS must be a number of milliseconds; fix it in the environment or in .env (see .env.example).\n',
    );
    const none = await run([], {});
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^add: give at least one link or file\nusage: npm run add -- /);
    expect(readdirSync(dir)).toEqual([]);
  });
});
