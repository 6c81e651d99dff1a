/**
 * Extraction measured against truth files (tests/extraction/TRUTH-FORMAT.md): per fact, how many stated
 * values the parser found (recall), how many of its values are true (precision), and the list of misses and
 * invented values. Shared by `npm run eval` and the vitest test in tests/extraction/, so both report the
 * same figures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticle } from '../parse/article.js';
import { canonicalPlace } from '../parse/gazetteer.js';
import { schemas, type Article, type ArticleMeta } from '../parse/schema.js';
import { fold } from '../text/fold.js';

export interface TruthPerson {
  name: string;
  side: 'VN' | 'US';
  title?: string;
}

export interface Truth {
  language?: 'vi' | 'en';
  aboutDialogue?: boolean;
  edition: number | null;
  published: string | null;
  cochairs: TruthPerson[];
  otherPeople?: string[];
  meeting: { days: string[]; basis: string; month?: string; dayMonth?: string } | null;
  place: string | null;
  nextEdition: { edition: number | null; place: string | null; year: number | null } | null;
  mentions: number[];
  notes?: string;
  /** Seeds only: the article file, relative to the project root. */
  file?: string;
}

export interface Case {
  name: string;
  raw: string;
  meta?: ArticleMeta;
  truth: Truth;
}

export const FACTS = ['edition', 'cochairs', 'meetingDate', 'place', 'nextEdition', 'mentions', 'published'] as const;
export type Fact = (typeof FACTS)[number];

export interface FactScore {
  /** Values stated by the texts. */
  stated: number;
  /** Values the parser gave. */
  given: number;
  /** Given and true. */
  right: number;
  misses: string[];
  invented: string[];
}

export type Report = Record<Fact, FactScore>;

/** Every case under a corpus folder (NNN-slug.txt + NNN-slug.truth.json, optional .meta.json). */
export function loadCases(dir: string, root: string = process.cwd()): Case[] {
  if (!existsSync(dir)) return [];
  const out: Case[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.truth.json')) {
        const stem = full.slice(0, -'.truth.json'.length);
        const truth = JSON.parse(readFileSync(full, 'utf8')) as Truth;
        const rawFile = truth.file ? join(root, truth.file) : `${stem}.txt`;
        if (!existsSync(rawFile)) continue;
        const metaFile = rawFile.replace(/\.txt$/, '') + '.meta.json';
        const meta = existsSync(metaFile)
          ? schemas().MetaSchema.parse(JSON.parse(readFileSync(metaFile, 'utf8')))
          : undefined;
        out.push({ name: basename(stem), raw: readFileSync(rawFile, 'utf8'), meta, truth });
      }
    }
  };
  walk(dir);
  return out;
}

export function parseCase(c: Case, transform: (s: string) => string = (s) => s): Article {
  return parseArticle({ id: c.name, file: `${c.name}.txt`, raw: transform(c.raw), meta: c.meta });
}

/** Names compare without diacritics, case or punctuation ("Ha Kim Ngoc" = "Hà Kim Ngọc"). */
export function nameKey(name: string): string {
  return fold(name.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function placeKeyOf(place: string | undefined | null): string | undefined {
  if (!place) return undefined;
  return nameKey(canonicalPlace(place) ?? place);
}

/** The meeting date as one comparable value: days, or a month, or day-month without a year. */
export function meetingValue(a: Article): string | undefined {
  const e = a.event;
  if (!e) return undefined;
  if (e.dates.length > 0) return e.dates.join(',');
  if (e.month) return `month:${e.month}`;
  if (e.undated && e.undated.length > 0)
    return `no-year:${e.undated.map((d) => `${String(d.month).padStart(2, '0')}-${String(d.day ?? 0).padStart(2, '0')}`).join(',')}`;
  return undefined;
}

function truthMeeting(t: Truth): string | undefined {
  const m = t.meeting;
  if (!m) return undefined;
  if (m.days.length > 0) return m.days.join(',');
  if (m.month) return `month:${m.month}`;
  if (m.dayMonth) return `no-year:${m.dayMonth}`;
  return undefined;
}

/** What the article says of the next edition: its upcoming mention of edition+1, else its first upcoming one. */
export function nextOf(
  a: Article,
): { edition?: number; editionInferred?: boolean; place?: string; year?: number } | undefined {
  const up = a.mentions.filter((m) => m.upcoming);
  const m = (a.edition !== undefined ? up.find((x) => x.edition === (a.edition as number) + 1) : undefined) ?? up[0];
  return m ? { edition: m.edition, editionInferred: m.editionInferred, place: m.location, year: m.year } : undefined;
}

function empty(): FactScore {
  return { stated: 0, given: 0, right: 0, misses: [], invented: [] };
}

/** Score one fact with a single value per article. */
function single(s: FactScore, name: string, truth: string | undefined, got: string | undefined, label = ''): void {
  if (truth !== undefined) s.stated++;
  if (got !== undefined) s.given++;
  if (truth !== undefined && got === truth) s.right++;
  else {
    if (truth !== undefined) s.misses.push(`${name}: ${label}${truth}${got !== undefined ? ` (gave ${got})` : ''}`);
    if (got !== undefined)
      s.invented.push(`${name}: ${label}${got}${truth === undefined ? ' (text states none)' : ` (truth ${truth})`}`);
  }
}

/** Score one fact whose values form a set. */
function set(s: FactScore, name: string, truth: string[], got: string[], show: (k: string) => string = (k) => k): void {
  s.stated += truth.length;
  s.given += got.length;
  for (const g of got) {
    if (truth.includes(g)) s.right++;
    else s.invented.push(`${name}: ${show(g)}`);
  }
  for (const t of truth) if (!got.includes(t)) s.misses.push(`${name}: ${show(t)}`);
}

export function scoreCase(report: Report, c: Case, a: Article): void {
  const t = c.truth;
  single(
    report.edition,
    c.name,
    t.edition === null ? undefined : String(t.edition),
    a.edition === undefined ? undefined : String(a.edition),
  );
  set(
    report.cochairs,
    c.name,
    t.cochairs.map((p) => `${p.side}:${nameKey(p.name)}`),
    a.cochairs.map((p) => `${p.side}:${nameKey(p.name)}`),
  );
  single(report.meetingDate, c.name, truthMeeting(t), meetingValue(a));
  single(report.place, c.name, placeKeyOf(t.place), placeKeyOf(a.location));
  const next = nextOf(a);
  const tn = t.nextEdition;
  // "The next dialogue" in an article about edition N gives N + 1 only by arithmetic (labelled
  // editionInferred); the truth files differ on whether to state it, so such a number is scored only
  // where the truth gives one.
  const nextEdition =
    next?.edition !== undefined && !(next.editionInferred && tn?.edition == null) ? String(next.edition) : undefined;
  single(report.nextEdition, c.name, tn?.edition != null ? String(tn.edition) : undefined, nextEdition, 'edition ');
  single(report.nextEdition, c.name, placeKeyOf(tn?.place), placeKeyOf(next?.place), 'place ');
  single(
    report.nextEdition,
    c.name,
    tn?.year != null ? String(tn.year) : undefined,
    next?.year !== undefined ? String(next.year) : undefined,
    'year ',
  );
  // The truth files list the next edition apart (nextEdition), not among the mentions: compare the others.
  set(
    report.mentions,
    c.name,
    [...new Set(t.mentions.filter((e) => e !== tn?.edition).map(String))],
    [...new Set(a.mentions.filter((m) => !m.upcoming).map((m) => String(m.edition)))],
  );
  single(report.published, c.name, t.published ?? undefined, a.published);
}

export function evaluate(cases: Case[], transform?: (s: string) => string): Report {
  const report = Object.fromEntries(FACTS.map((f) => [f, empty()])) as Report;
  for (const c of cases) scoreCase(report, c, parseCase(c, transform));
  return report;
}

export const precision = (s: FactScore) => (s.given === 0 ? 1 : s.right / s.given);
export const recall = (s: FactScore) => (s.stated === 0 ? 1 : s.right / s.stated);

export function formatReport(report: Report, caseCount: number, details = true): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [`${caseCount} articles`, `${'fact'.padEnd(12)} stated  given  right  precision  recall`];
  for (const f of FACTS) {
    const s = report[f];
    lines.push(
      `${f.padEnd(12)} ${String(s.stated).padStart(6)} ${String(s.given).padStart(6)} ${String(s.right).padStart(6)}    ${pct(precision(s))} ${pct(recall(s))}`,
    );
  }
  if (details) {
    for (const f of FACTS) {
      const s = report[f];
      if (s.misses.length === 0 && s.invented.length === 0) continue;
      lines.push('', `## ${f}`);
      for (const m of s.misses) lines.push(`  missed   ${m}`);
      for (const m of s.invented) lines.push(`  INVENTED ${m}`);
    }
  }
  return lines.join('\n');
}
