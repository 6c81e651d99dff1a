/**
 * Answer → a neutral document: title, description, named sections of lines, and numbered citations.
 * The Discord renderer packs it into embeds within Discord's limits; the text renderer prints that payload.
 */
import type {
  AboutAnswer, Answer, PersonAnswer, Citation, Cited, DateValue, EditionAnswer, EditionListItem, EditionsAnswer, HelpAnswer, Locale,
  SearchAnswer, TopicAnswer, UnknownEditionAnswer,
} from '../answer/types.js';
import { labels, type Labels } from '../i18n/labels.js';
import { matchSpans } from '../search/highlight.js';
import { sourcesNote } from './edition-sources.js';
import { citationLine, formatDate, formatDays, safe } from './format.js';

export interface Section {
  name: string;
  lines: string[];
  inline?: boolean;
}

export interface Doc {
  title: string;
  description: string;
  sections: Section[];
  footer: string;
  /** Accent colour: blue for answers, amber for "not in the corpus", grey for help. */
  color: number;
}

const BLUE = 0x2b6cb0;
const AMBER = 0xd69e2e;
const GREY = 0x718096;

class Citations {
  readonly list: Citation[] = [];
  ref(c: Citation): number {
    const i = this.list.findIndex((x) => x.articleId === c.articleId && x.paragraph === c.paragraph && x.quote === c.quote);
    if (i >= 0) return i + 1;
    this.list.push(c);
    return this.list.length;
  }
  refs(cs: readonly Citation[]): string {
    return cs.map((c) => `[${this.ref(c)}]`).join('');
  }
  section(L: Labels, locale: Locale): Section {
    return { name: L.citations, lines: this.list.map((c, i) => citationLine(i + 1, c, locale)) };
  }
}

function dateLine(d: DateValue, L: Labels, locale: Locale): string {
  switch (d.kind) {
    case 'meeting': {
      if (d.dates.length === 0) return `${safe(d.text ?? '')} — ${L.meetingDate}, ${L.yearUnknown}`;
      const notes: string[] = [L.meetingDate];
      if (d.yearInferred) {
        if (d.text) notes.push(L.writtenAs(safe(d.text)));
        const y = Number(d.dates[0]?.slice(0, 4));
        notes.push(d.yearBasis === 'next-edition' ? L.yearFromNext(y) : L.yearFromPublication(y));
      }
      return `${formatDays(d.dates, locale)} (${notes.join('; ')})`;
    }
    case 'publication':
      return L.publicationDate(formatDate(d.dates[0] ?? '', locale));
    case 'planned':
      return d.year !== undefined ? L.plannedYear(d.year) : `${L.planned}: ${safe(d.text ?? '')}`;
  }
}

function citedLines<T>(items: Cited<T>[], show: (v: T) => string, cites: Citations, L: Labels): string[] {
  return items.map((i) => `${show(i.value)} ${cites.refs(i.cites)}${i.supportCount > i.cites.length ? ` ${L.alsoIn(i.supportCount - i.cites.length)}` : ''}`);
}

function editionDoc(a: EditionAnswer, L: Labels, locale: Locale): Doc {
  const cites = new Citations();
  const sideName = (s: 'VN' | 'US') => (s === 'VN' ? L.sideVN : L.sideUS);
  const sections: Section[] = [];
  const notes: string[] = [];
  if (a.basis === 'mention') notes.push(L.fromMention(a.edition));
  for (const c of a.conflicts) notes.push(L.sourcesDiffer(L.conflictNames[c] ?? c));

  const fields = {
    date: () => ({ name: L.date, lines: citedLines(a.dates, (d) => dateLine(d, L, locale), cites, L) }),
    place: () => ({
      name: L.place,
      lines: a.places.map((p) => {
        const planned = a.basis === 'mention' || p.cites.every((c) => c.edition !== a.edition);
        const more = p.supportCount > p.cites.length ? ` ${L.alsoIn(p.supportCount - p.cites.length)}` : '';
        return `${safe(p.value)}${planned ? ` (${L.mentionIn(p.cites[0]?.edition)})` : ''} ${cites.refs(p.cites)}${more}`;
      }),
    }),
    cochairs: () => ({
      name: L.cochairs,
      lines: citedLines(a.cochairs, (p) => `${p.side === 'VN' ? '🇻🇳' : '🇺🇸'} **${safe(p.name)}** — ${safe(p.title) || '…'} (${sideName(p.side)})`, cites, L),
    }),
    agencies: () => ({ name: L.agencies, lines: citedLines(a.agencies, (g) => safe(g), cites, L) }),
    topics: () => ({ name: L.topics, lines: citedLines(a.topics, (t) => (locale === 'en' ? t.en : t.vi) + ` (\`${t.slug}\`)`, cites, L) }),
    agreed: () => ({ name: L.agreed, lines: a.agreed.map((c) => `• ${safe(c.quote)} [${cites.ref(c)}]`) }),
    next: () => ({
      name: L.next,
      lines: citedLines(a.next, (n) => [L.editionItem(n.edition), n.place ? safe(n.place) : undefined, n.year ? String(n.year) : undefined].filter(Boolean).join(' — '), cites, L),
    }),
  } satisfies Record<string, () => Section>;

  const order: (keyof typeof fields)[] =
    a.focus === 'summary' ? ['date', 'place', 'cochairs', 'agencies', 'topics', 'agreed', 'next'] : [a.focus as keyof typeof fields];
  let description = notes.join('\n');
  for (const key of order) {
    const section = fields[key]();
    if (section.lines.length === 0) {
      if (a.focus !== 'summary') {
        description = [description, L.notInCorpus(L.focusNames[key] ?? key, a.edition)].filter(Boolean).join('\n');
      } else if (a.basis === 'article') section.lines.push(L.notStated);
    }
    if (section.lines.length > 0) sections.push(section);
  }
  if (a.focus !== 'summary' && sections.length > 0) {
    // A focused answer leads with the fact itself.
    const first = sections.shift() as Section;
    description = [description, `**${first.name}**`, ...first.lines].filter(Boolean).join('\n');
  }
  if (cites.list.length > 0) sections.push(cites.section(L, locale));
  sections.push({
    name: L.sources,
    lines: a.sources.map(
      (s) =>
        `• ${safe(s.title)}${s.source ? ` — ${safe(s.source)}` : ''}${s.published ? `, ${formatDate(s.published, locale)}` : ''}${s.aboutEdition !== a.edition ? ` (${L.mentionIn(s.aboutEdition)})` : ''} (${safe(s.file)})`,
    ).concat(a.sourceCount > a.sources.length ? [L.moreSources(a.sourceCount - a.sources.length)] : []),
  });
  return { title: L.editionTitle(a.edition), description, sections, footer: L.footer, color: BLUE };
}

/** With `locale`, the line also says how many sources the edition has and from which outlets. */
function editionItemLine(e: EditionListItem, L: Labels, locale?: Locale): string {
  const bits = [
    e.year !== undefined ? `${e.year} (${L.yearKind[e.yearKind ?? 'meeting']})` : undefined,
    e.place ? safe(e.place) : undefined,
    e.basis === 'mention' ? L.onlyMentioned : undefined,
    locale ? sourcesNote(e, locale) : undefined,
  ];
  return `**${L.editionItem(e.edition)}** — ${bits.filter(Boolean).join(' · ') || '…'}`;
}

function unknownEditionDoc(a: UnknownEditionAnswer, L: Labels): Doc {
  return {
    title: L.editionTitle(a.edition),
    description: L.unknownEdition(a.edition),
    sections: [{ name: L.knownEditions, lines: a.known.length ? a.known.map((e) => editionItemLine(e, L)) : [L.noEditions] }],
    footer: L.editionsHint,
    color: AMBER,
  };
}

function editionsDoc(a: EditionsAnswer, L: Labels, locale: Locale): Doc {
  return {
    title: L.editionsTitle,
    description: a.items.length ? a.items.map((e) => editionItemLine(e, L, locale)).join('\n') : L.noEditions,
    sections: [],
    footer: L.editionsHint,
    color: BLUE,
  };
}

function highlighted(quote: string, terms: readonly string[]): string {
  const spans = matchSpans(quote, new Set(terms));
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += safe(quote.slice(at, s.start)) + `**${safe(quote.slice(s.start, s.end))}**`;
    at = s.end;
  }
  return out + safe(quote.slice(at));
}

function resultLines(results: { edition?: number; cite: Citation }[], terms: readonly string[], L: Labels, locale: Locale): Section[] {
  return results.map((r, i) => {
    const c = r.cite;
    const head = `${i + 1}. ${r.edition !== undefined ? L.editionItem(r.edition) : L.noEdition}`;
    const where = [c.source, `“${c.title}”`, L.paragraph(c.paragraph), c.published ? L.published(formatDate(c.published, locale)) : undefined]
      .filter(Boolean)
      .join(', ');
    return { name: head, lines: [`“${highlighted(c.quote, terms)}”`, `— ${safe(where)} (${safe(c.file)})`] };
  });
}

function topicDoc(a: TopicAnswer, L: Labels, locale: Locale): Doc {
  const label = a.topic ? (locale === 'en' ? a.topic.en : a.topic.vi) : '';
  const notes: string[] = [];
  if (a.fallback) notes.push(L.topicFallback);
  if (a.edition !== undefined) notes.push(L.topicInEdition(a.edition));
  if (a.results.length === 0) notes.push(a.fallback ? L.searchNone : L.topicNone);
  const editions = [...new Set(a.results.map((r) => r.edition).filter((e): e is number => e !== undefined))];
  if (editions.length > 0) notes.push(`**${editions.map((e) => L.editionItem(e)).join(', ')}**`);
  return {
    title: a.topic ? L.topicTitle(label) : L.topicFallbackTitle,
    description: notes.join('\n'),
    sections: resultLines(a.results, a.terms, L, locale),
    footer: L.footer,
    color: a.results.length ? BLUE : AMBER,
  };
}

function searchDoc(a: SearchAnswer, L: Labels, locale: Locale): Doc {
  const notes: string[] = [];
  if (a.results.length === 0) notes.push(a.fromQuestion ? L.questionNone : L.searchNone);
  else if (a.fromQuestion) notes.push(L.questionFallback);
  if (a.partial && a.results.length) notes.push(L.searchPartial);
  return {
    title: L.searchTitle,
    description: notes.join('\n'),
    sections: resultLines(a.results, a.terms, L, locale),
    footer: L.footer,
    color: a.results.length ? BLUE : AMBER,
  };
}

function aboutDoc(a: AboutAnswer, L: Labels, locale: Locale): Doc {
  return {
    title: L.aboutTitle,
    description: L.aboutBody(a.articles, a.dialogueArticles, a.paragraphs),
    sections: [
      { name: L.knownEditions, lines: a.editions.length ? a.editions.map((e) => editionItemLine(e, L, locale)) : [L.noEditions] },
      { name: L.howToCite, lines: [L.howToCiteBody] },
      {
        name: L.sources,
        lines: a.sources.map((s) => `• ${safe(s.title)}${s.source ? ` — ${safe(s.source)}` : ''}${s.published ? `, ${formatDate(s.published, locale)}` : ''} (${safe(s.file)})`),
      },
    ],
    footer: L.footer,
    color: BLUE,
  };
}

function personDoc(a: PersonAnswer, L: Labels, locale: Locale): Doc {
  const cites = new Citations();
  const lines = citedLines(a.roles, (r) => `**${L.editionItem(r.edition)}** — ${safe(r.title) || '…'} (${r.side === 'VN' ? L.sideVN : L.sideUS})`, cites, L);
  return {
    title: safe(a.name),
    description: [L.personIntro(safe(a.name)), ...lines].join('\n'),
    sections: cites.list.length ? [cites.section(L, locale)] : [],
    footer: L.footer,
    color: BLUE,
  };
}

function helpDoc(a: HelpAnswer, L: Labels): Doc {
  const why =
    a.reason === 'unknown-command' ? L.helpUnknownCommand
    : a.reason === 'empty' ? L.helpEmpty
    : a.reason === 'bad-option' ? L.helpBadEdition
    : a.detail ? L.helpMissing(a.detail)
    : '';
  return { title: L.helpTitle, description: [why, L.helpBody].filter(Boolean).join('\n\n'), sections: [], footer: '', color: GREY };
}

export function toDocument(answer: Answer, locale: Locale): Doc {
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
