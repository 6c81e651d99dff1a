/**
 * Answer → the neutral answer document every front end renders: a title, the answer first (one or two
 * sentences built from the extracted facts, with citation markers), named sections of lines, and the
 * numbered citations. Lines are runs of typed pieces (plain text, strong, code, link, citation marker),
 * never Discord markdown: `discord.ts` turns them into markdown (escaping corpus text there), `text.ts`
 * into console text (printing URLs), so the console and Discord show the same answer.
 */
import type {
  AboutAnswer,
  Answer,
  Citation,
  Cited,
  DateValue,
  EditionAnswer,
  EditionListItem,
  EditionsAnswer,
  HelpAnswer,
  Locale,
  PersonAnswer,
  PersonValue,
  SearchAnswer,
  SourceRef,
  Speaker,
  Statement,
  TopicAnswer,
  UnknownEditionAnswer,
} from '../answer/types.js';
import { labels, type Labels } from '../i18n/labels.js';
import { titleIn } from '../i18n/offices.js';
import type { ParagraphNo } from '../parse/paragraph-no.js';
import { matchSpans } from '../search/highlight.js';
import { sourcesNote } from './edition-sources.js';
import { formatDate, formatDays, formatMonth } from './format.js';
import { head, truncate } from '../util/truncate.js';

export type Inline = string | { strong: string } | { code: string } | { link: string; href: string } | { ref: number };
export type Line = Inline[];

export interface Section {
  name: string;
  lines: Line[];
  inline?: boolean;
}

export interface ReplyDoc {
  title: string;
  /** The answer itself, first: short sentences and notes. */
  lead: Line[];
  sections: Section[];
  footer: string;
  /** Accent colour: blue for answers, amber for "not in the corpus", grey for help. */
  color: number;
}

const BLUE = 0x2b6cb0;
const AMBER = 0xd69e2e;
const GREY = 0x718096;

/** Our own label text: `backticks` mark a command, shown as code. */
function label(text: string): Line {
  return text
    .split(/(`[^`]*`)/)
    .filter(Boolean)
    .map((p) => (p.startsWith('`') && p.endsWith('`') && p.length > 1 ? { code: p.slice(1, -1) } : p));
}

/**
 * A citation's source: outlet, date and paragraph, as a link to the article when its URL is known. The
 * paragraph is printed as the citation numbers it (parse/paragraph-no.ts: 0 the title), never shifted here.
 */
function whereOf(c: Citation | SourceRef, L: Labels, locale: Locale, paragraph?: ParagraphNo, withFile = true): Line {
  // "outlet, date", either alone when the other is missing (no array to filter and join: one per citation).
  const who = c.source ?? (c.title ? `“${truncate(c.title, 91)}”` : c.file);
  const when = c.published ? formatDate(c.published, locale) : undefined;
  const name = who && when ? `${who}, ${when}` : who || when || '';
  const out: Line = c.url ? [{ link: name, href: c.url }] : [name];
  if (paragraph !== undefined) out.push(`, ${L.paragraph(paragraph)}`);
  // The file names the article for whoever keeps the corpus; a URL, outlet or title names it for a reader.
  if (!c.url && (withFile || (!c.source && !c.title))) out.push(` (${c.file})`);
  return out;
}

/** Numbered citations of one reply. A quote already printed in the body is not printed again. */
class Citations {
  readonly list: Citation[] = [];
  private readonly shown = new Set<number>();
  /** `byParagraph`: a reply that prints no quotes points to paragraphs, so one marker per paragraph. */
  constructor(
    private readonly byParagraph = false,
    /** A short reply quotes one source per fact; the detailed one quotes them all. */
    private readonly oneQuotePerFact = false,
  ) {}
  ref(c: Citation): Inline {
    let i = this.list.findIndex(
      (x) => x.articleId === c.articleId && x.paragraph === c.paragraph && (this.byParagraph || x.quote === c.quote),
    );
    if (i < 0) i = this.list.push(c) - 1;
    return { ref: i + 1 };
  }
  refs(cs: readonly Citation[]): Line {
    const out: { ref: number }[] = [];
    for (const c of cs) {
      const r = this.ref(c) as { ref: number };
      if (!out.some((x) => x.ref === r.ref)) out.push(r);
    }
    return out;
  }
  /**
   * Markers for the sources of one fact: the first source's quote is printed, the others (which say the
   * same) are only named, so that a fact three articles state costs one quote, not three.
   */
  sources(cs: readonly Citation[]): Line {
    const out = this.refs(cs) as { ref: number }[];
    if (!this.oneQuotePerFact) return out;
    for (const r of out.slice(1)) if (!this.quotedOnce.has(r.ref)) this.namedOnly.add(r.ref);
    if (out[0]) {
      this.quotedOnce.add(out[0].ref);
      this.namedOnly.delete(out[0].ref);
    }
    return out;
  }
  private readonly namedOnly = new Set<number>();
  private readonly quotedOnce = new Set<number>();
  /** The body prints this citation's quote itself: the citation list will only name the source. */
  quoted(c: Citation): Inline {
    const r = this.ref(c) as { ref: number };
    this.shown.add(r.ref);
    return r;
  }
  section(L: Labels, locale: Locale, withQuotes: boolean, withFiles = true): Section {
    return {
      name: L.citations,
      lines: this.list.map((c, i) => {
        const n = i + 1;
        const quote =
          withQuotes && !this.shown.has(n) && !this.namedOnly.has(n)
            ? [`“${c.quote.length > 700 ? `${head(c.quote, 700).replace(/\s+\S*$/, '')}…` : c.quote}” — `]
            : [];
        return [{ strong: `[${n}]` }, ' ', ...quote, ...whereOf(c, L, locale, c.paragraph, withFiles)];
      }),
    };
  }
}

const side = (L: Labels, s: 'VN' | 'US') => (s === 'VN' ? L.sideVN : L.sideUS);

function personPhrase(p: PersonValue, L: Labels, locale: Locale): string {
  const title = titleIn(p.title, p.side, locale);
  return `${title ? `${title} ` : ''}${p.name} (${L.sideShort[p.side]})`;
}

function speakerName(s: Speaker | undefined, L: Labels, locale: Locale): string | undefined {
  if (!s) return undefined;
  if (s.kind === 'both') return L.both;
  if (s.kind === 'side') return L.sideShort[s.side];
  return `${titleIn(s.title, s.side, locale)} ${s.name}`.trim();
}

function placeText(place: string, L: Labels): string {
  return /^(?:trực tuyến|truc tuyen|online|virtual(?:ly)?)$/i.test(place.trim()) ? L.online : place;
}

function dateLine(d: DateValue, L: Labels, locale: Locale): string {
  switch (d.kind) {
    case 'meeting': {
      if (d.dates.length === 0) {
        if (d.month)
          return `${L.inMonth(formatMonth(d.month, locale))} (${L.meetingDate}${d.yearInferred && d.yearBasis === 'other-article' ? `; ${L.yearFromOther(Number(d.month.slice(0, 4)))}` : ''})`;
        return `${d.text ?? ''} — ${L.meetingDate}, ${L.yearUnknown}`;
      }
      const why = dateWhy(d, L);
      return `${formatDays(d.dates, locale)} (${[L.meetingDate, ...why].join('; ')})`;
    }
    case 'publication':
      return L.publicationDate(formatDate(d.dates[0] ?? '', locale));
    case 'planned':
      return d.year !== undefined ? L.plannedYear(d.year) : `${L.planned}: ${d.text ?? ''}`;
  }
}

/** Why a meeting date is less than stated: an inferred year or day, with the words the article used. */
function dateWhy(d: DateValue, L: Labels): string[] {
  const why: string[] = [];
  const y = Number(d.dates[0]?.slice(0, 4) ?? d.month?.slice(0, 4));
  if (d.yearInferred) {
    if (d.text) why.push(L.writtenAs(d.text));
    why.push(
      d.yearBasis === 'next-edition'
        ? L.yearFromNext(y)
        : d.yearBasis === 'other-article'
          ? L.yearFromOther(y)
          : L.yearFromPublication(y),
    );
  }
  if (d.dayBasis) why.push(d.dayBasis === 'weekday' ? L.dayFromWeekday : L.dayFromRelative);
  return why;
}

/** A short form of a clause for a one-line bullet: cut on a word boundary. */
function shortClause(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${head(text, max).replace(/[\s,;:–-]+\S*$/u, '')}…`;
}

/** A clause that is nearly its whole sentence: print it once, in the body, and only name the source below. */
function coversSentence(s: Statement): boolean {
  return s.clause.length >= s.cite.quote.length * 0.8;
}

function statementLine(s: Statement, cites: Citations, L: Labels, locale: Locale, max: number): Line {
  const who = speakerName(s.speaker, L, locale);
  const clause = shortClause(s.clause, max);
  const ref = clause === s.clause && coversSentence(s) ? cites.quoted(s.cite) : cites.ref(s.cite);
  return ['• ', ...(who ? [{ strong: who }, ': '] : []), clause, ' ', ref];
}

function citedLine<T>(i: Cited<T>, show: (v: T) => Line, cites: Citations, L: Labels): Line {
  return [
    ...show(i.value),
    ' ',
    ...cites.refs(i.cites),
    ...(i.supportCount > i.cites.length ? [` ${L.alsoIn(i.supportCount - i.cites.length)}`] : []),
  ];
}

/** The sentence that answers, built from the facts: who co-chaired, where, when. */
function leadSentence(
  a: EditionAnswer,
  cites: Citations,
  L: Labels,
  locale: Locale,
): { lines: Line[]; usedDate: boolean } {
  const subject = L.editionSubject(a.edition);
  const out: Line[] = [];
  let usedDate = false;
  const meeting = a.dates.find((d) => d.value.kind === 'meeting' && (d.value.dates.length > 0 || d.value.month));
  const dayText = (d: DateValue) =>
    d.dates.length ? formatDays(d.dates, locale) : d.month ? formatMonth(d.month, locale) : '';
  const place = a.basis === 'article' ? a.places.find((p) => p.cites.some((c) => c.edition === a.edition)) : undefined;
  const focus = a.focus;
  const onlyCochairs = focus === 'cochairs';
  const vn = a.cochairs.find((p) => p.value.side === 'VN');
  const us = a.cochairs.find((p) => p.value.side === 'US');
  const people = [vn, us].filter((p): p is Cited<PersonValue> => p !== undefined);

  if ((focus === 'summary' || focus === 'cochairs') && people.length > 0) {
    const peopleCites = new Set(people.flatMap((p) => p.cites.map((c) => `${c.articleId}|${c.paragraph}|${c.quote}`)));
    const sameCite = (cs: readonly Citation[]) =>
      cs.some((c) => peopleCites.has(`${c.articleId}|${c.paragraph}|${c.quote}`));
    // A plain question about the co-chairs names the place and date only where the same sentence says them.
    const withPlace = place && (!onlyCochairs || sameCite(place.cites)) ? place : undefined;
    const withDate = meeting && (!onlyCochairs || sameCite(meeting.cites)) ? meeting : undefined;
    const paren = [
      withPlace ? placeText(withPlace.value, L) : undefined,
      withDate ? dayText(withDate.value) : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    const names = people.map((p) => personPhrase(p.value, L, locale)).join(` ${L.and} `);
    const refs = [...people, ...(withPlace ? [withPlace] : []), ...(withDate ? [withDate] : [])].flatMap((v) =>
      cites.sources(v.cites),
    );
    const unique = refs.filter(
      (r, i) =>
        refs.findIndex((x) => 'ref' in (x as object) && (x as { ref: number }).ref === (r as { ref: number }).ref) ===
        i,
    );
    out.push([L.cochairedBy(paren ? `${subject} (${paren})` : subject, names), ' ', ...unique, '.']);
    usedDate = withDate !== undefined;
    // One side only: say the other is not named, rather than let the sentence read as a sole chair.
    if (people.length === 1 && people[0]) out.push([L.otherSideUnnamed(people[0].value.side === 'VN' ? 'US' : 'VN')]);
  } else if (focus === 'summary' || focus === 'place' || focus === 'date') {
    const planned = a.basis === 'mention';
    const fromMention = (cs: readonly Citation[]) => L.mentionIn(cs[0]?.edition);
    if ((focus === 'summary' || focus === 'place') && a.places[0]) {
      const p = planned ? a.places[0] : (place ?? a.places[0]);
      const text = planned
        ? L.plannedIn(subject, placeText(p.value, L), fromMention(p.cites))
        : /^(?:trực tuyến|online)$/i.test(placeText(p.value, L))
          ? L.heldOnline(subject)
          : L.heldIn(subject, p.value);
      out.push([text, ' ', ...cites.sources(p.cites), '.']);
    }
    if ((focus === 'summary' || focus === 'date') && meeting) {
      const d = meeting.value;
      out.push([
        L.heldOn(subject, d.dates.length ? L.onDays(dayText(d)) : L.inMonth(dayText(d))),
        ' ',
        ...cites.sources(meeting.cites),
        '.',
      ]);
      usedDate = true;
    } else if (focus === 'date' || focus === 'summary') {
      const planned = a.dates.find((d) => d.value.kind === 'planned');
      const published = a.dates.find((d) => d.value.kind === 'publication');
      const yearless = a.dates.find((d) => d.value.kind === 'meeting');
      if (planned && planned.value.year !== undefined)
        out.push([
          L.plannedYearLead(subject, planned.value.year, fromMention(planned.cites)),
          ' ',
          ...cites.refs(planned.cites),
          '.',
        ]);
      else if (yearless) out.push([dateLine(yearless.value, L, locale), ' ', ...cites.refs(yearless.cites), '.']);
      else if (published && focus === 'date')
        out.push([
          L.noMeetingDate(subject, formatDate(published.value.dates[0] ?? '', locale)),
          ' ',
          ...cites.refs(published.cites),
          '.',
        ]);
    }
  } else if (focus === 'next' && a.next.length > 0) {
    for (const n of a.next.slice(0, 2))
      out.push([L.nextLead(n.value.edition, n.value.place, n.value.year), ' ', ...cites.sources(n.cites), '.']);
  }
  return { lines: out, usedDate };
}

/** Notes under the answer: how a date is known, which facts the sources disagree on. */
function notes(a: EditionAnswer, usedDate: boolean, cites: Citations, L: Labels, locale: Locale): Line[] {
  const out: Line[] = [];
  // A focused answer already says "according to an article about edition N" in its sentence.
  if (a.basis === 'mention' && a.focus === 'summary') out.push([L.fromMention(a.edition)]);
  const meeting = a.dates.find((d) => d.value.kind === 'meeting' && d.value.dates.length > 0);
  // The detail's Date section says how the date is known: the note would repeat it word for word.
  const dateSection = a.focus === 'summary' && a.detail === true;
  if (meeting && usedDate && !dateSection) {
    const why = dateWhy(meeting.value, L);
    if (why.length) out.push([L.dateNoteInferred(formatDays(meeting.value.dates, locale), why.join('; '))]);
  } else if (a.focus === 'summary' && !a.detail) {
    // The one-page summary has no date section: say here what date there is (the detail has the section).
    const published = a.dates.find((d) => d.value.kind === 'publication');
    if (published && a.basis === 'article')
      out.push([
        L.date,
        ': ',
        L.publicationDate(formatDate(published.value.dates[0] ?? '', locale)),
        ' ',
        ...cites.refs(published.cites),
      ]);
  }
  for (const c of a.conflicts) {
    const values: Line[] =
      c === 'places'
        ? a.places.map((p) => [placeText(p.value, L), ' ', ...cites.refs(p.cites)])
        : c === 'dates'
          ? a.dates
              .filter((d) => d.value.kind === 'meeting')
              .map((d) => [dateLine(d.value, L, locale), ' ', ...cites.refs(d.cites)])
          : a.cochairs
              .filter((p) => a.cochairs.filter((o) => o.value.side === p.value.side).length > 1)
              .map((p) => [personPhrase(p.value, L, locale), ' ', ...cites.refs(p.cites)]);
    out.push([L.sourcesDiffer(L.conflictNames[c] ?? c), ' ', ...values.flatMap((v, i) => (i ? ['; ', ...v] : v))]);
  }
  return out;
}

function sourcesSection(a: EditionAnswer, L: Labels, locale: Locale): Section {
  return {
    name: L.sources,
    lines: a.sources
      .map((s): Line => [
        '• ',
        ...whereOf(s, L, locale),
        s.source && s.title ? ` — ${truncate(s.title, 101)}` : '',
        ...(s.aboutEdition !== a.edition ? [` (${L.mentionIn(s.aboutEdition)})`] : []),
      ])
      .concat(a.sourceCount > a.sources.length ? [[L.moreSources(a.sourceCount - a.sources.length)]] : []),
  };
}

function editionDoc(a: EditionAnswer, L: Labels, locale: Locale): ReplyDoc {
  const compact = a.focus === 'summary' && !a.detail;
  /** A plain question: the first few agreements and proposals; the rest are in `/dialogue N detail`. */
  const focused = a.focus !== 'summary';
  const cites = new Citations(compact, a.focus !== 'summary');
  const { lines: lead, usedDate } = leadSentence(a, cites, L, locale);
  lead.push(...notes(a, usedDate, cites, L, locale));
  const sections: Section[] = [];
  const evidence = (what: 'date' | 'place' | 'cochairs', first = false) => {
    const e = a.evidence[what];
    if (!e?.length) return false;
    const lines: Line[] = [
      [L.evidenceLead(L.focusNames[what] ?? what)],
      ...e.map((c): Line => [`“${c.quote}” `, cites.quoted(c)]),
    ];
    if (first) lead.unshift(...lines);
    else lead.push(...lines);
    return true;
  };

  const topicsLine = (): Line =>
    a.topics.flatMap((t, i) => [
      ...(i ? [' · '] : []),
      locale === 'en' ? t.value.en : t.value.vi,
      ' ',
      ...cites.refs(t.cites),
    ]);
  const fields = {
    date: (): Section => ({
      name: L.date,
      lines: a.dates.map((d) => citedLine(d, (v) => [dateLine(v, L, locale)], cites, L)),
    }),
    place: (): Section => ({
      name: L.place,
      lines: a.places.map((p) => {
        const planned = a.basis === 'mention' || p.cites.every((c) => c.edition !== a.edition);
        return citedLine(
          p,
          (v) => [placeText(v, L), planned ? ` (${L.mentionIn(p.cites[0]?.edition)})` : ''],
          cites,
          L,
        );
      }),
    }),
    cochairs: (): Section => ({
      name: L.cochairs,
      lines: a.cochairs.map((p) =>
        citedLine(
          p,
          (v) => [
            p.value.side === 'VN' ? '🇻🇳 ' : '🇺🇸 ',
            { strong: v.name },
            ` — ${titleIn(v.title, v.side, locale) || '…'} (${side(L, v.side)})`,
            ...(!compact && v.otherTitles?.length
              ? [`; ${L.alsoTitled}: ${v.otherTitles.map((t) => titleIn(t, v.side, locale)).join('; ')}`]
              : []),
          ],
          cites,
          L,
        ),
      ),
    }),
    agencies: (): Section => ({ name: L.agencies, lines: a.agencies.map((g) => citedLine(g, (v) => [v], cites, L)) }),
    topics: (): Section => ({
      name: compact ? `${L.topics} · ${L.topicHint}` : L.topics,
      lines: compact
        ? a.topics.length
          ? [topicsLine()]
          : []
        : a.topics.map((t) => citedLine(t, (v) => [locale === 'en' ? v.en : v.vi, ' ', { code: v.slug }], cites, L)),
    }),
    agreed: (): Section => ({
      name: L.agreed,
      lines: a.agreements
        .slice(0, compact ? 3 : focused ? 4 : undefined)
        .map((s) => statementLine(s, cites, L, locale, compact ? 110 : 140)),
    }),
    proposed: (): Section => ({
      name: L.proposed,
      lines: a.proposals.slice(0, focused ? 3 : undefined).map((s) => statementLine(s, cites, L, locale, 120)),
    }),
    next: (): Section => ({
      name: L.next,
      lines: a.next.map((n) =>
        citedLine(
          n,
          (v) => [
            [L.editionItem(v.edition), v.place ? placeText(v.place, L) : undefined, v.year ? String(v.year) : undefined]
              .filter(Boolean)
              .join(' — '),
          ],
          cites,
          L,
        ),
      ),
    }),
  };
  type Field = keyof typeof fields;

  let order: Field[];
  if (a.focus === 'summary') {
    order = compact
      ? ['topics', 'agreed', 'next']
      : ['date', 'place', 'cochairs', 'agencies', 'topics', 'agreed', 'proposed', 'next'];
    if (compact && lead.length === 0) order = ['date', 'place', 'cochairs', ...order];
    if (compact && lead.length > 0 && a.cochairs.length === 0 && a.basis === 'article' && !evidence('cochairs'))
      order = ['cochairs', ...order];
  } else if (a.focus === 'agreed') {
    lead.push([a.agreements.length ? L.agreedLead(a.edition, a.proposals.length > 0) : L.agreedNone(a.edition)]);
    order = ['agreed', 'proposed'];
  } else if (a.focus === 'cochairs' || a.focus === 'date' || a.focus === 'place' || a.focus === 'next') {
    // A sentence that says what was asked is the answer, ahead of weaker facts (a publication date).
    if (a.focus !== 'next' && lead.length > 0) evidence(a.focus, true);
    order = lead.length ? [] : [a.focus];
  } else order = [a.focus];

  for (const key of order) {
    const section = fields[key]();
    if (section.lines.length === 0) {
      const aspect = key === 'date' || key === 'place' || key === 'cochairs' ? key : undefined;
      if (aspect && evidence(aspect)) continue;
      if (a.focus !== 'summary') {
        if (key !== 'proposed' && key !== 'agreed') lead.push([L.notInCorpus(L.focusNames[key] ?? key, a.edition)]);
        continue;
      }
      if (a.basis === 'article' && key !== 'proposed') section.lines.push([L.notStated]);
    }
    if (section.lines.length > 0) sections.push(section);
  }
  if (lead.length === 0 && sections.length === 0)
    lead.push([L.notInCorpus(L.focusNames[a.focus] ?? a.focus, a.edition)]);
  const summary = a.focus === 'summary';
  // A plain question gets a short reply: the edition and the fact asked for as title, no file names where
  // the outlet or headline already names the article, and no footer.
  if (cites.list.length > 0) sections.push(cites.section(L, locale, !compact, summary));
  if (summary) sections.push(sourcesSection(a, L, locale));
  const more = a.focus === 'agreed' && (a.agreements.length > 4 || a.proposals.length > 3);
  const footer =
    compact || more ? `${L.detailHint(a.edition)}${summary ? ` · ${L.footer}` : ''}` : summary ? L.footer : '';
  const title = summary ? L.editionTitle(a.edition) : `${L.editionSubject(a.edition)} · ${L.focusTitle[a.focus] ?? ''}`;
  return { title, lead, sections, footer, color: BLUE };
}

/** With `locale`, the line also says how many sources the edition has and from which outlets. */
function editionItemLine(e: EditionListItem, L: Labels, locale?: Locale): Line {
  const bits = [
    e.year !== undefined ? `${e.year} (${L.yearKind[e.yearKind ?? 'meeting']})` : undefined,
    e.place ? placeText(e.place, L) : undefined,
    e.basis === 'mention' ? L.onlyMentioned : undefined,
    locale ? sourcesNote(e, locale) : undefined,
  ];
  return [{ strong: L.editionItem(e.edition) }, ` — ${bits.filter(Boolean).join(' · ') || '…'}`];
}

function unknownEditionDoc(a: UnknownEditionAnswer, L: Labels): ReplyDoc {
  return {
    title: L.editionTitle(a.edition),
    lead: [[L.unknownEdition(a.edition)]],
    sections: [
      { name: L.knownEditions, lines: a.known.length ? a.known.map((e) => editionItemLine(e, L)) : [[L.noEditions]] },
    ],
    footer: L.editionsHint,
    color: AMBER,
  };
}

function editionsDoc(a: EditionsAnswer, L: Labels, locale: Locale): ReplyDoc {
  return {
    title: L.editionsTitle,
    lead: a.items.length ? a.items.map((e) => editionItemLine(e, L, locale)) : [[L.noEditions]],
    sections: [],
    footer: L.editionsHint,
    color: BLUE,
  };
}

function highlighted(quote: string, terms: ReadonlySet<string>): Line {
  const spans = matchSpans(quote, terms);
  const out: Line = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push(quote.slice(at, s.start));
    out.push({ strong: quote.slice(s.start, s.end) });
    at = s.end;
  }
  if (at < quote.length) out.push(quote.slice(at));
  return out;
}

function resultSections(
  results: { edition?: number; cite: Citation }[],
  terms: readonly string[],
  L: Labels,
  locale: Locale,
): Section[] {
  const termSet = new Set(terms);
  return results.map((r, i) => {
    const c = r.cite;
    const name = `${i + 1}. ${r.edition !== undefined ? L.editionItem(r.edition) : L.noEdition}`;
    const title = `“${truncate(c.title, 121)}”`;
    return {
      name,
      lines: [
        ['“', ...highlighted(c.quote, termSet), '”'],
        ['— ', ...whereOf(c, L, locale, c.paragraph), c.source ? `, ${title}` : ''],
      ],
    };
  });
}

function topicDoc(a: TopicAnswer, L: Labels, locale: Locale): ReplyDoc {
  const name = a.topic ? (locale === 'en' ? a.topic.en : a.topic.vi) : '';
  const lead: Line[] = [];
  if (a.fallback) lead.push([L.topicFallback]);
  if (a.edition !== undefined) lead.push([L.topicInEdition(a.edition)]);
  if (a.results.length === 0) lead.push([a.fallback ? L.searchNone : L.topicNone]);
  const editions = [...new Set(a.results.map((r) => r.edition).filter((e): e is number => e !== undefined))];
  if (editions.length > 0) lead.push([{ strong: editions.map((e) => L.editionItem(e)).join(', ') }]);
  return {
    title: a.topic ? L.topicTitle(name) : L.topicFallbackTitle,
    lead,
    sections: resultSections(a.results, a.terms, L, locale),
    footer: L.footer,
    color: a.results.length ? BLUE : AMBER,
  };
}

function searchDoc(a: SearchAnswer, L: Labels, locale: Locale): ReplyDoc {
  const lead: Line[] = [];
  if (a.results.length === 0) lead.push([a.fromQuestion ? L.questionNone : L.searchNone]);
  else if (a.fromQuestion) lead.push([L.questionFallback]);
  if (a.partial && a.results.length) lead.push([L.searchPartial]);
  return {
    title: L.searchTitle,
    lead,
    sections: resultSections(a.results, a.terms, L, locale),
    footer: L.footer,
    color: a.results.length ? BLUE : AMBER,
  };
}

function aboutDoc(a: AboutAnswer, L: Labels, locale: Locale): ReplyDoc {
  return {
    title: L.aboutTitle,
    lead: [[L.aboutBody(a.articles, a.dialogueArticles, a.paragraphs)]],
    sections: [
      {
        name: L.knownEditions,
        lines: a.editions.length ? a.editions.map((e) => editionItemLine(e, L, locale)) : [[L.noEditions]],
      },
      { name: L.howToCite, lines: [[L.howToCiteBody]] },
      {
        name: L.sources,
        lines: a.sources.map((s): Line => ['• ', ...whereOf(s, L, locale), s.source && s.title ? ` — ${s.title}` : '']),
      },
    ],
    footer: L.footer,
    color: BLUE,
  };
}

function personDoc(a: PersonAnswer, L: Labels, locale: Locale): ReplyDoc {
  const cites = new Citations();
  const lines = a.roles.map((r) =>
    citedLine(
      r,
      (v) => [
        { strong: L.editionItem(v.edition) },
        ` — ${titleIn(v.title, v.side, locale) || '…'} (${side(L, v.side)})`,
      ],
      cites,
      L,
    ),
  );
  return {
    title: a.name,
    lead: [[L.personIntro(a.name)], ...lines],
    sections: cites.list.length ? [cites.section(L, locale, true)] : [],
    footer: L.footer,
    color: BLUE,
  };
}

function helpDoc(a: HelpAnswer, L: Labels): ReplyDoc {
  const why =
    a.reason === 'unknown-command'
      ? L.helpUnknownCommand
      : a.reason === 'empty'
        ? L.helpEmpty
        : a.reason === 'bad-option'
          ? L.helpBadEdition
          : a.detail
            ? L.helpMissing(a.detail)
            : '';
  const lead = [...(why ? [why, ''] : []), ...L.helpBody.split('\n')].map(label);
  return { title: L.helpTitle, lead, sections: [], footer: '', color: GREY };
}

export function toDocument(answer: Answer, locale: Locale): ReplyDoc {
  const L = labels(locale);
  switch (answer.kind) {
    case 'edition':
      return editionDoc(answer, L, locale);
    case 'edition-unknown':
      return unknownEditionDoc(answer, L);
    case 'editions':
      return editionsDoc(answer, L, locale);
    case 'topic':
      return topicDoc(answer, L, locale);
    case 'search':
      return searchDoc(answer, L, locale);
    case 'about':
      return aboutDoc(answer, L, locale);
    case 'person':
      return personDoc(answer, L, locale);
    case 'help':
      return helpDoc(answer, L);
  }
}
