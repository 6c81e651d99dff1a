/**
 * Property tests over the whole answer path: any text a user can send — typed in the console, given as a
 * slash-command option, or posted in a channel — goes through `answerInput` and `renderDiscord` without
 * throwing, quickly, into payloads that Discord accepts (every limit, every page) and that ping nobody.
 *
 * Runs against the seed articles, a corpus of 300 synthetic articles (whose answers page), and small
 * corpora built from hostile article text (mentions, markdown, bidi controls, emoji in the corpus itself).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directMessage } from '../fixtures/messages.js';
import { writeSyntheticCorpus } from '../fixtures/synthetic-corpus.js';
import { answerInput } from '../../src/answer/engine.js';
import { MAX_INPUT } from '../../src/answer/intent.js';
import type { Locale } from '../../src/answer/types.js';
import { DEFAULT_DATA_DIR } from '../../src/config/paths.js';
import { Corpus } from '../../src/corpus/corpus.js';
import { corpusFromDirectory } from '../../src/corpus/load.js';
import { questionOf } from '../../src/discord/messages.js';
import { parseArticle } from '../../src/parse/article.js';
import {
  LIMITS,
  renderDiscord,
  renderDocument,
  type DiscordPayload,
  type RenderOptions,
} from '../../src/render/discord-payload.js';
import type { Doc } from '../../src/render/discord-payload.js';
import { safe } from '../../src/render/format.js';
import { renderText } from '../../src/render/text.js';

/** Fixed seed: every run explores the same inputs; a failure prints the shrunk counterexample and path. */
const SEED = 20_250_604;
const RUNS = 400;
const MAX_MS_PER_ANSWER = 250;
const BOT_ID = '112233445566778899';

// --- arbitraries ---------------------------------------------------------------------------------------

const VI_PHRASES = [
  'Đối thoại chính trị - an ninh - quốc phòng Việt Nam - Hoa Kỳ lần thứ 9',
  'ai đồng chủ trì đối thoại lần thứ 7?',
  'Đối thoại lần thứ 10 sẽ diễn ra ở đâu?',
  'an ninh biển',
  'Biển Đông',
  'Hà Kim Ngọc',
  'khắc phục hậu quả chiến tranh, tẩy độc dioxin',
  'thứ chín',
  'ngày 30/1/2018',
  'Thứ trưởng Bộ Ngoại giao',
];

const NASTY: string[] = [
  // controls, bidi, invisible characters, line separators
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u0000',
  '\u0007',
  '\u0008',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\r\n',
  '\r',
  '\n',
  '\t',
  '\v',
  '\f',
  // Discord markdown and mentions
  '**',
  '__',
  '~~',
  '||',
  '`',
  '```',
  '```js\n',
  '> ',
  '>>> ',
  '# ',
  '-# ',
  '[x](https://evil.example/)',
  'https://discord.gg/abc',
  '@everyone',
  '@here',
  '@EveryOne',
  '@@everyone',
  '@\u200beveryone',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '</dialogue:123456789012345678>',
  '<t:1700000000:R>',
  '<:x:123456789012345678>',
  // template strings, escapes, format strings, prototype keys
  '${',
  '}',
  '${process.exit(1)}',
  '`${x}`',
  '\\',
  '\\\\',
  '\\*',
  '\\`',
  '%s',
  '%n',
  '{{x}}',
  '<script>',
  '&amp;',
  '"',
  "'",
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  // emoji, ZWJ sequences, flags, lone surrogates
  '😀',
  '👨‍👩‍👧‍👦',
  '🇻🇳',
  '🇺🇸',
  '⚠️',
  '\ud83d',
  '\ude00',
  '\udbff\udfff',
  // numbers and edition-like garbage
  '9',
  '7',
  '10',
  'IX',
  'VII',
  'ninth',
  '9th',
  '#9',
  '0',
  '-1',
  '99999999999999999999',
  '1e309',
  'NaN',
  'Infinity',
  '2018',
  'lần thứ',
  // command prefixes and option names
  '/dialogue ',
  '/topic ',
  '/search ',
  '/ask ',
  '/dialogue edition:',
  '/editions',
  '/about',
  '/help',
  '/',
  'edition:',
  'topic:',
  'query:',
  ' ',
  '   ',
  '.',
  '?',
  '-',
  ':',
  ',',
];

const zalgo = fc
  .tuple(
    fc.constantFrom('a', 'Z', 'đ', 'ư', '9', ' '),
    fc.array(fc.integer({ min: 0x300, max: 0x36f }), { maxLength: 60 }),
  )
  .map(([base, marks]) => base + String.fromCodePoint(...marks));

const nfdVietnamese = fc.constantFrom(...VI_PHRASES).map((s) => s.normalize('NFD'));

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.constantFrom(...VI_PHRASES) },
  { weight: 1, arbitrary: nfdVietnamese },
  { weight: 1, arbitrary: zalgo },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** Mixtures of hostile fragments, joined directly or by spaces. */
const mixed = fc
  .tuple(fc.array(fragment, { maxLength: 24 }), fc.constantFrom('', ' ', '\n'))
  .map(([parts, sep]) => parts.join(sep));

/** 1k–20k characters: a mixture repeated, or a long run of padding in front of real words. */
const huge = fc.oneof(
  fc
    .tuple(mixed, fc.integer({ min: 1000, max: 20_000 }))
    .map(([s, n]) => (s || '\u202e@everyone ').repeat(Math.ceil(n / (s.length || 11))).slice(0, n)),
  fc
    .tuple(
      fc.constantFrom(' ', '\u200b', '\u0000', '**', '\u0301', 'a '),
      fc.integer({ min: 500, max: 10_000 }),
      fc.constantFrom(...VI_PHRASES),
    )
    .map(([pad, n, tail]) => pad.repeat(n) + tail),
  fc.string({ unit: 'grapheme', minLength: 1000, maxLength: 4000 }),
);

/** Everything a user might type. */
const userText = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 6, arbitrary: mixed },
  { weight: 1, arbitrary: huge },
);

const COMMANDS = [
  '/dialogue ',
  '/topic ',
  '/search ',
  '/ask ',
  '/dialogue edition:',
  '/editions ',
  '/about ',
  '/help ',
] as const;

/** A slash command with an option value: what the adapter turns `/dialogue edition:<value>` etc. into. */
const slashInput = fc.tuple(fc.constantFrom(...COMMANDS), userText).map(([c, v]) => c + v);

/** What the channel-message handler passes on: the adapter's own `questionOf`, on a DM that mentions the bot. */
function channelQuestion(content: string): string {
  const q = questionOf(directMessage(content, BOT_ID), BOT_ID, []);
  if (q === undefined) throw new Error('questionOf ignored a DM');
  expect(q.length).toBeLessThanOrEqual(MAX_INPUT);
  return q;
}
const channelInput = fc
  .tuple(
    userText,
    fc.constantFrom('', `<@${BOT_ID}> `, `<@!${BOT_ID}>`, `hey <@${BOT_ID}>, `),
    fc.constantFrom('', ` <@${BOT_ID}>`),
  )
  .map(([t, m, end]) => channelQuestion(m + t + end));

const mentionUserId = fc.oneof(
  fc.constant(undefined),
  fc.stringMatching(/^[1-9]\d{16,19}$/),
  fc.constantFrom(
    '',
    '@everyone',
    '123',
    '<@123456789012345678>',
    '1234567890123456789012',
    ' 123456789012345678',
    'abcdefghijklmnopq',
  ),
  fc.string({ maxLength: 25 }),
);
const pageKey = fc.oneof(fc.constant(undefined), fc.constant('pg:AbCdEf12'), fc.string({ maxLength: 300 }));
const locale = fc.constantFrom<Locale>('vi', 'en');
/** A page number as a (possibly stale or mangled) button could ask for: out of range, fractional, NaN. */
const oddPage = fc.oneof(
  fc.integer({ min: -3, max: 40 }),
  fc.constantFrom(1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);
const renderOpts = fc.record({ locale, mentionUserId, pageKey, oddPage });

// --- checks --------------------------------------------------------------------------------------------

/** Slowest answer+first-render seen (after re-timing outliers), and the slowest single raw measurement. */
let worstMs = 0;
let worstInput = '';
let worstRawMs = 0;
let calls = 0;

/** Every string anywhere in a value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

const VALID_MENTION = /^\d{17,20}$/;
/** Half of a surrogate pair on its own: not valid text (String#isWellFormed is past this project's ES2022 lib). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s: string) => !LONE_SURROGATE.test(s);
const show = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** Every way a payload breaks a Discord rule (empty when Discord would accept it and it pings nobody unasked). */
function payloadProblems(payload: DiscordPayload, mention: string | undefined): string[] {
  const bad: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  const valid = mention !== undefined && VALID_MENTION.test(mention) ? mention : undefined;
  // Pings: nobody, or exactly the addressee.
  check(
    Array.isArray(payload.allowed_mentions.parse) && payload.allowed_mentions.parse.length === 0,
    'allowed_mentions.parse is not []',
  );
  check(
    JSON.stringify(payload.allowed_mentions.users) === JSON.stringify(valid ? [valid] : []),
    `allowed_mentions.users ${JSON.stringify(payload.allowed_mentions.users)} for mention ${show(String(mention))}`,
  );
  check(payload.allowed_mentions.replied_user === false, 'replied_user is not false');
  check(payload.content === (valid ? `<@${valid}>` : ''), `content ${show(payload.content)}`);
  check(payload.content.length <= LIMITS.content, 'content over 2000');

  check(payload.embeds.length >= 1 && payload.embeds.length <= LIMITS.embeds, `${payload.embeds.length} embeds`);
  let total = 0;
  for (const e of payload.embeds) {
    check(e.title.trim().length > 0, 'empty title');
    check(e.title.length <= LIMITS.title, `title of ${e.title.length}`);
    total += e.title.length;
    if (e.description !== undefined) {
      check(e.description.length > 0, 'empty description');
      check(e.description.length <= LIMITS.description, `description of ${e.description.length}`);
      total += e.description.length;
    }
    check(e.fields.length <= LIMITS.fields, `${e.fields.length} fields`);
    for (const f of e.fields) {
      // Discord rejects empty (and blank) field names and values; U+200B is the accepted placeholder.
      check(f.name.trim().length > 0, `empty field name in ${show(e.title)}`);
      check(f.value.trim().length > 0, `empty field value under ${show(f.name)}`);
      check(f.name.length <= LIMITS.fieldName, `field name of ${f.name.length}`);
      check(f.value.length <= LIMITS.fieldValue, `field value of ${f.value.length} under ${show(f.name)}`);
      total += f.name.length + f.value.length;
    }
    if (e.footer !== undefined) {
      check(e.footer.text.length > 0, 'empty footer');
      check(e.footer.text.length <= LIMITS.footer, `footer of ${e.footer.text.length}`);
      total += e.footer.text.length;
    }
  }
  check(total <= LIMITS.total, `embeds total ${total} over 6000`);

  check(payload.components.length <= 5, `${payload.components.length} rows`);
  const ids = new Set<string>();
  for (const row of payload.components) {
    check(row.type === 1 && row.components.length > 0 && row.components.length <= 5, 'bad action row');
    for (const b of row.components) {
      check(b.custom_id.length > 0 && b.custom_id.length <= LIMITS.customId, `custom_id of ${b.custom_id.length}`);
      check(b.label.length > 0 && b.label.length <= 80, `button label ${show(b.label)}`);
      check(!ids.has(b.custom_id), `duplicate custom_id ${show(b.custom_id)}`);
      ids.add(b.custom_id);
    }
  }

  // No mass mention, role/user/channel mention or broken UTF-16 anywhere else in what is sent.
  const { content, ...rest } = payload;
  check(!/@(?:everyone|here)/i.test(content), 'mass mention in content');
  for (const str of strings(rest)) {
    check(!/@(?:everyone|here)/i.test(str), `raw @everyone/@here in ${show(str)}`);
    check(!/<(?:@[!&]?|#)\d+>/.test(str), `live mention markup in ${show(str)}`);
    check(wellFormed(str), `lone surrogate in ${show(str)}`);
  }
  return bad;
}

/** Answer one input and render its first page, timed; a slow call is re-timed twice (GC, a busy machine). */
function timedAnswer(corpus: Corpus, input: string, opts: RenderOptions) {
  let best = Number.POSITIVE_INFINITY;
  let out: { answered: ReturnType<typeof answerInput>; first: ReturnType<typeof renderDiscord> } | undefined;
  for (let attempt = 0; attempt < 3 && best >= MAX_MS_PER_ANSWER; attempt++) {
    const t0 = performance.now();
    const answered = answerInput(corpus, input);
    const first = renderDiscord(answered.answer, opts);
    const ms = performance.now() - t0;
    worstRawMs = Math.max(worstRawMs, ms);
    best = Math.min(best, ms);
    out = { answered, first };
  }
  calls++;
  if (best > worstMs) {
    worstMs = best;
    worstInput =
      input.length > 60 ? `${JSON.stringify(input.slice(0, 60))}… (${input.length} chars)` : JSON.stringify(input);
  }
  return { ...(out as NonNullable<typeof out>), ms: best };
}

/** Answer one input, render every page (and one odd page number), check them all. Returns the page count. */
function checkInput(corpus: Corpus, input: string, { oddPage, ...opts }: RenderOptions & { oddPage?: number }): number {
  const { answered, first, ms } = timedAnswer(corpus, input, opts);
  const { answer, language } = answered;
  const bad: string[] = [];
  if (ms >= MAX_MS_PER_ANSWER) bad.push(`answer took ${ms.toFixed(1)} ms`);
  if (language !== 'vi' && language !== 'en') bad.push(`language ${language}`);
  if (!(first.pageCount >= 1) || first.page !== 0) bad.push(`first render: page ${first.page} of ${first.pageCount}`);
  for (let p = 0; p < first.pageCount; p++) {
    const r = p === 0 ? first : renderDiscord(answer, { ...opts, page: p });
    if (r.page !== p || r.pageCount !== first.pageCount) bad.push(`page ${p}: got page ${r.page} of ${r.pageCount}`);
    if (r.payload.components.length !== (first.pageCount > 1 ? 1 : 0))
      bad.push(`page ${p}: ${r.payload.components.length} button rows`);
    for (const problem of payloadProblems(r.payload, opts.mentionUserId))
      bad.push(`page ${p + 1}/${first.pageCount}: ${problem}`);
  }
  // Out-of-range, fractional and NaN pages are clamped, never a crash.
  if (oddPage !== undefined) {
    const r = renderDiscord(answer, { ...opts, page: oddPage });
    const want = Number.isNaN(oddPage) ? 0 : Math.min(Math.max(0, Math.trunc(oddPage)), first.pageCount - 1);
    if (r.page !== want) bad.push(`page ${oddPage} rendered as ${r.page}, expected ${want}`);
    for (const problem of payloadProblems(r.payload, opts.mentionUserId)) bad.push(`page ${oddPage}: ${problem}`);
  }
  // The console prints the same payloads as plain text (zero-width breaks removed: a terminal pings nobody),
  // with no terminal escapes, other control characters or bidi overrides from the input or the corpus.
  const text = renderText(answer, { locale: opts.locale });
  if (!text) bad.push('empty console text');
  if (/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(text))
    bad.push('control or bidi character in console text');
  if (!wellFormed(text)) bad.push('lone surrogate in console text');
  expect(bad, `for input ${show(input)}`).toEqual([]);
  return first.pageCount;
}

function runProperties(name: string, corpus: () => Corpus, runs: number, hugeRuns: number): void {
  describe(name, () => {
    it('console input: never throws, every page within every Discord limit, no pings, bounded time', () => {
      fc.assert(
        fc.property(userText, renderOpts, (input, opts) => {
          checkInput(corpus(), input, opts);
        }),
        { seed: SEED, numRuns: runs },
      );
    });

    it('slash-command option values (each command, garbage options)', () => {
      fc.assert(
        fc.property(slashInput, renderOpts, (input, opts) => {
          checkInput(corpus(), input, opts);
        }),
        { seed: SEED + 1, numRuns: runs },
      );
    });

    it('channel messages (bot mention stripped as the adapter does)', () => {
      fc.assert(
        fc.property(channelInput, renderOpts, (input, opts) => {
          checkInput(corpus(), input, opts);
        }),
        { seed: SEED + 2, numRuns: runs },
      );
    });

    it('huge inputs (1k–20k characters) answer within the time bound', () => {
      fc.assert(
        fc.property(fc.constantFrom('', ...COMMANDS), huge, renderOpts, (prefix, input, opts) => {
          checkInput(corpus(), prefix + input, opts);
        }),
        { seed: SEED + 3, numRuns: hugeRuns },
      );
    });
  });
}

// --- corpora -------------------------------------------------------------------------------------------

const seedCorpus = corpusFromDirectory(DEFAULT_DATA_DIR);

let synthetic: Corpus | undefined;
let syntheticDir: string | undefined;

beforeAll(async () => {
  syntheticDir = mkdtempSync(join(tmpdir(), 'prop-synthetic-'));
  await writeSyntheticCorpus(syntheticDir, 300);
  synthetic = corpusFromDirectory(syntheticDir);
}, 60_000);

afterAll(() => {
  if (syntheticDir) rmSync(syntheticDir, { recursive: true, force: true });
  console.log(
    `answer-path properties: seed ${SEED}; ${calls} answers; worst answer+first-render ${worstMs.toFixed(1)} ms (slowest raw measurement ${worstRawMs.toFixed(1)} ms) for ${worstInput}`,
  );
});

describe('corpora under test', () => {
  it('the seed corpus answers editions 7 and 9; the synthetic corpus is large and its answers page', () => {
    expect(seedCorpus.editionNumbers()).toEqual(expect.arrayContaining([7, 9]));
    const s = synthetic as Corpus;
    expect(s.articles.length).toBeGreaterThanOrEqual(290);
    // Big answers really are split into several pages here, so paging is exercised.
    expect(checkInput(s, '/about', { locale: 'vi' })).toBeGreaterThan(1);
    const edition = s.editionNumbers().find((n) => (s.editions.get(n)?.own.length ?? 0) >= 3) as number;
    expect(edition).toBeDefined();
    expect(
      checkInput(s, `/dialogue ${edition} detail`, {
        locale: 'en',
        mentionUserId: '123456789012345678',
        pageKey: 'pg:AbCdEf12',
      }),
    ).toBeGreaterThan(1);
  });
});

runProperties('seed corpus', () => seedCorpus, RUNS, 300);
runProperties('300 synthetic articles', () => synthetic as Corpus, 300, 300);

// --- hostile corpus text -------------------------------------------------------------------------------

/** A 9th-edition article whose names, title, body and quotes carry hostile text from the corpus side. */
function hostileArticle(bits: string[], i: number): string {
  const b = (k: number) => bits[k % Math.max(1, bits.length)] ?? '';
  return [
    `Đối thoại chính trị - an ninh - quốc phòng Việt Nam - Hoa Kỳ lần thứ 9 ${b(0)} ${'a'.repeat(i % 3)}${'😀'.repeat(i % 2 ? 60 : 0)}`,
    `Tại Hà Nội, ngày 30/1/2018, Thứ trưởng Bộ Ngoại giao Việt Nam Hà Kim Ngọc ${b(1)} và Phó Trợ lý Ngoại trưởng Hoa Kỳ Tina Kaidanow đã đồng chủ trì Đối thoại chính trị - an ninh - quốc phòng Việt Nam - Hoa Kỳ lần thứ 9. ${b(2)}`,
    `Hai bên nhất trí tăng cường hợp tác an ninh biển ${b(3)} ${'😀'.repeat(i % 7)} và khắc phục hậu quả chiến tranh, tẩy độc dioxin. ${b(4).repeat(30)}`,
    `Hai bên trao đổi về tình hình Biển Đông ${b(5)} @everyone @here <@123456789012345678> <@&123456789012345678> **đậm** __gạch__ \`mã\` ${'a'.repeat(i % 5)}${'🇻🇳'.repeat(300)}${'😀'.repeat(i)}`,
    `Hai bên nhất trí sẽ tiến hành Đối thoại lần thứ 10 tại Washington DC. ${b(6)}`,
    `Theo VOV.VN ${b(7)}`,
  ].join('\n\n');
}

describe('hostile article text', () => {
  it('renders corpus text with mentions, markdown, bidi controls and emoji safely', () => {
    const inputs = [
      '/dialogue 9',
      '/dialogue 10',
      '/search Biển Đông',
      '/topic an-ninh-biển',
      '/topic bien-dong',
      '/about',
      '/editions',
      'ai đồng chủ trì lần thứ 9?',
      'everyone here',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...NASTY), mixed), { minLength: 1, maxLength: 8 }),
        fc.nat(100),
        renderOpts,
        (bits, i, opts) => {
          // What a file can hold: the loader decodes UTF-8 strictly, so there are no lone surrogates in articles.
          const raw = hostileArticle(bits, i).replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD');
          const article = parseArticle({ id: 'hostile', file: 'hostile @everyone **x**.txt', raw });
          const corpus = new Corpus([article, ...seedCorpus.articles]);
          for (const input of inputs) checkInput(corpus, input, opts);
        },
      ),
      { seed: SEED + 4, numRuns: 30 },
    );
  });
});

// --- any document --------------------------------------------------------------------------------------

/**
 * Lines as the document builders make them (corpus and user text through `safe`, plus their own bold
 * markers and labels): possibly huge, emoji, empty, or one long unbroken word — never only white space
 * (every builder writes a label, a number or a citation on a line), and section names are labels or empty.
 */
const notBlank = (l: string) => l === '' || l.trim() !== '';
/** Corpus text is decoded strictly from UTF-8 files, so it is well-formed; the renderer must keep it so. */
const wellFormedText = (s: string) => s.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD');
const docLine = fc.oneof(
  { weight: 4, arbitrary: mixed.map((l) => safe(wellFormedText(l))).filter(notBlank) },
  { weight: 1, arbitrary: fc.constantFrom('', '\u200b', '**', '• ', '**[1]**') },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a', '😀', '**x** ', 'word ', '🇻🇳'), fc.integer({ min: 100, max: 5000 }))
      .map(([u, n]) => u.repeat(n)),
  },
);
const anyDoc: fc.Arbitrary<Doc> = fc.record({
  // Titles come from the labels: never blank, sometimes with a long corpus-derived tail.
  title: fc
    .oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ minLength: 200, maxLength: 600 }),
      fc.string({ unit: 'grapheme', minLength: 200, maxLength: 400 }),
    )
    .map((t) => `Tiêu đề ${safe(wellFormedText(t))}`),
  description: fc.oneof(
    fc.constant(''),
    fc.array(docLine, { maxLength: 80 }).map((l) => l.join('\n')),
  ),
  sections: fc.array(
    fc.record({
      name: fc
        .oneof(fc.constant(''), fc.string({ maxLength: 30 }), fc.string({ minLength: 250, maxLength: 400 }))
        .map((n) => (n.trim() ? safe(wellFormedText(n)) : '')),
      lines: fc.array(docLine, { maxLength: 40 }),
      inline: fc.boolean(),
    }),
    { maxLength: 40 },
  ),
  footer: fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 200 }).map((f) => safe(wellFormedText(f))),
  ),
  color: fc.integer({ min: 0, max: 0xffffff }),
});

describe('any document', () => {
  it('renderDocument packs any document into pages within every Discord limit', () => {
    fc.assert(
      fc.property(anyDoc, renderOpts, (doc, { oddPage, ...opts }) => {
        const first = renderDocument(doc, opts);
        const bad: string[] = [];
        for (let p = 0; p < first.pageCount; p++) {
          for (const problem of payloadProblems(renderDocument(doc, { ...opts, page: p }).payload, opts.mentionUserId))
            bad.push(`page ${p + 1}/${first.pageCount}: ${problem}`);
        }
        if (oddPage !== undefined)
          for (const problem of payloadProblems(
            renderDocument(doc, { ...opts, page: oddPage }).payload,
            opts.mentionUserId,
          ))
            bad.push(`page ${oddPage}: ${problem}`);
        expect(bad).toEqual([]);
      }),
      { seed: SEED + 5, numRuns: 300 },
    );
  });
});
