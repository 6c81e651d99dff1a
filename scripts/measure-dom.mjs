#!/usr/bin/env node
// Measures the two DOM libraries Readability can run over, on this project's test pages: linkedom (the
// one used) and jsdom (not a dependency: `npm install --no-save jsdom@27` first). Each library runs in a
// child process of its own: import time, then per page the time of parse + Readability (median of 50
// runs after 10 untimed ones), then heap and peak RSS after 200 pages. The "large" page is the Vietnamese
// test page padded as real news pages are (a 300 KB inline script, 400 related-news items, long comments).
// usage: node scripts/measure-dom.mjs [--json]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pages = join(root, 'tests', 'ingest', 'pages');

function largePage() {
  const base = readFileSync(join(pages, 'vi-news-jsonld.html'), 'utf8');
  const script = `<script>var data = ${JSON.stringify('x'.repeat(300_000))};</script>`;
  const related = Array.from(
    { length: 400 },
    (_, i) =>
      `<li><a href="/r${i}">Tin liên quan số ${i} về kinh tế, xã hội và thể thao trong ngày</a> <span>${(i % 28) + 1}/1/2018</span></li>`,
  ).join('');
  const comments = Array.from(
    { length: 80 },
    (_, i) => `<div class="comment_item"><p>Bình luận số ${i}: ${'ý kiến của bạn đọc '.repeat(20)}</p></div>`,
  ).join('');
  return base
    .replace('</head>', `${script}</head>`)
    .replace('<ul>\n      <li>', `<ul>${related}<li>`)
    .replace('<form>', `${comments}<form>`);
}

if (process.argv[2] === '--child') {
  const lib = process.argv[3];
  const t0 = performance.now();
  const { Readability } = await import('@mozilla/readability');
  let parse;
  if (lib === 'linkedom') {
    const { parseHTML } = await import('linkedom');
    parse = (html) => ({ document: parseHTML(html).document, close() {} });
  } else {
    const { JSDOM } = await import('jsdom');
    // Scripts stay off (jsdom's default): the same "never run page scripts" rule.
    // window.close() frees the page at once (without it, 200 large pages keep 1.5 GB of heap alive).
    parse = (html) => {
      const { window } = new JSDOM(html, { url: 'https://example.org/' });
      return { document: window.document, close: () => window.close() };
    };
  }
  const importMs = performance.now() - t0;
  const inputs = {
    'vi-news (5 KB)': readFileSync(join(pages, 'vi-news-jsonld.html'), 'utf8'),
    'en-news (5 KB)': readFileSync(join(pages, 'en-news-graph.html'), 'utf8'),
    'legacy table (2 KB)': readFileSync(join(pages, 'vi-legacy-1258.html'), 'utf8'),
    large: largePage(),
  };
  const out = { lib, importMs: Math.round(importMs), pages: {} };
  for (const [name, html] of Object.entries(inputs)) {
    const run = () => {
      const dom = parse(html);
      const n = new Readability(dom.document).parse()?.textContent?.length ?? 0;
      dom.close();
      return n;
    };
    for (let i = 0; i < 10; i++) run();
    const times = [];
    let chars = 0;
    for (let i = 0; i < 50; i++) {
      const s = performance.now();
      chars = run();
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    out.pages[name] = {
      kb: Math.round(Buffer.byteLength(html) / 1024),
      medianMs: +times[25].toFixed(2),
      p90Ms: +times[45].toFixed(2),
      textChars: chars,
    };
  }
  const big = inputs.large;
  for (let i = 0; i < 200; i++) {
    const dom = parse(big);
    new Readability(dom.document).parse();
    dom.close();
  }
  globalThis.gc?.();
  const mem = process.memoryUsage();
  const status = readFileSync('/proc/self/status', 'utf8');
  const peak = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  out.heapMB = Math.round(mem.heapUsed / 1048576);
  out.peakRssMB = Math.round(peak / 1024);
  process.stdout.write(JSON.stringify(out));
} else {
  const results = [];
  for (const lib of ['linkedom', 'jsdom']) {
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', lib], {
      cwd: root,
      encoding: 'utf8',
    });
    if (r.status !== 0) {
      results.push({ lib, error: (r.stderr.split('\n').find((l) => /Error/.test(l)) ?? 'failed').slice(0, 200) });
      continue;
    }
    results.push(JSON.parse(r.stdout));
  }
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else {
    for (const r of results) {
      if (r.error) {
        process.stdout.write(`${r.lib}: could not run (${r.error}); for jsdom: npm install --no-save jsdom@27\n`);
        continue;
      }
      process.stdout.write(
        `${r.lib}: import ${r.importMs} ms; heap after 200 large pages ${r.heapMB} MB, peak RSS ${r.peakRssMB} MB\n`,
      );
      for (const [name, p] of Object.entries(r.pages))
        process.stdout.write(
          `  ${name.padEnd(20)} ${String(p.kb).padStart(4)} KB  median ${p.medianMs} ms  p90 ${p.p90Ms} ms  (${p.textChars} chars of text)\n`,
        );
    }
  }
}
