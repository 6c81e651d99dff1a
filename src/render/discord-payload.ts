/**
 * Answer → the exact Discord message payload (API JSON: content, embeds, components, allowed_mentions),
 * within every Discord limit; long answers are split into pages browsed with buttons.
 */
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
} from 'discord-api-types/v10';
import { bold, userMention } from '@discordjs/formatters';
import type { Answer, Locale } from '../answer/types.js';
import { labels } from '../i18n/labels.js';
import { attachmentRefs, type AttachmentRef } from './attachments.js';
import { toDocument, type Inline, type Line, type ReplyDoc } from './document.js';
import { safe } from './format.js';
import { head } from '../util/truncate.js';

/** A reply as Discord markdown: what one embed per page is cut from (every string already safe). */
export interface Doc {
  title: string;
  description: string;
  sections: { name: string; lines: string[]; inline?: boolean }[];
  footer: string;
  color: number;
}

/** A link target Discord may show: an absolute http(s) URL, with the characters that end a masked link encoded. */
export function linkTarget(href: string): string | undefined {
  try {
    const u = new URL(href);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return u.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return undefined;
  }
}

function inlineMarkdown(i: Inline): string {
  if (typeof i === 'string') return safe(i);
  if ('strong' in i) return i.strong ? bold(safe(i.strong)) : '';
  if ('code' in i) return `\`${i.code.replace(/`/g, "'")}\``;
  if ('ref' in i) return `[${i.ref}]`;
  const target = linkTarget(i.href);
  return target ? `[${safe(i.link)}](${target})` : safe(i.link);
}

export function lineMarkdown(line: Line): string {
  return line.map(inlineMarkdown).join('');
}

/** The neutral document → Discord markdown. */
export function toEmbedDoc(reply: ReplyDoc): Doc {
  return {
    // Corpus text in a title (a person's name) is made inert; "#" starts a heading only at a line's start.
    title: safe(reply.title).replace(/\\#/g, '#'),
    description: reply.lead.map(lineMarkdown).join('\n'),
    sections: reply.sections.map((s) => ({ name: s.name, lines: s.lines.map(lineMarkdown), inline: s.inline })),
    footer: reply.footer,
    color: reply.color,
  };
}

export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
  embeds: 10,
  customId: 100,
} as const;

/** What we keep per page, leaving room for the page label and rounding. */
const PAGE_BUDGET = 5800;

// Discord's own payload types (discord-api-types, what discord.js is typed with), imported as types only:
// the numbers below (component 1 = action row, 2 = button, style 2 = secondary) are checked against its enums.
export type EmbedField = APIEmbedField;
/** An embed as this renderer makes it: always a title and a field list. */
export type Embed = APIEmbed & { title: string; fields: EmbedField[] };
export type ButtonComponent = APIButtonComponentWithCustomId & { label: string };
export type ActionRow = APIActionRowComponent<ButtonComponent>;
export interface DiscordPayload {
  content: string;
  embeds: Embed[];
  components: ActionRow[];
  allowed_mentions: { parse: []; users: string[]; replied_user: boolean };
  /** Files sent with the message (multipart `files[n]`), named as in Discord's payload_json. First page only. */
  attachments?: AttachmentRef[];
}

export interface RenderOptions {
  locale: Locale;
  /** 0-based page. Out-of-range pages are clamped. */
  page?: number;
  /** Prefix of the paging buttons' custom_id ("<pageKey>:<page>"); the adapter maps it back to the question. */
  pageKey?: string;
  /** A user the reply is addressed to: the only one who may be pinged. */
  mentionUserId?: string;
}

export interface Rendered {
  payload: DiscordPayload;
  page: number;
  pageCount: number;
}

/**
 * Cut Discord markdown to `max` characters on a word boundary with "…": the grapheme-safe `head` of
 * ./truncate.ts, then what markdown needs — no dangling escape backslash, bold markers balanced.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = head(text, max - 3);
  const sp = cut.lastIndexOf(' ');
  if (sp > max * 0.6) cut = cut.slice(0, sp);
  cut = cut.replace(/\\$/, '');
  if ((cut.match(/\*\*/g)?.length ?? 0) % 2 === 1) cut += '**';
  return `${cut}…`;
}

/** Lines → field values of at most 1024 characters each. */
function chunkLines(lines: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = clip(raw, LIMITS.fieldValue);
    if (!current) current = line;
    else if (current.length + 1 + line.length <= LIMITS.fieldValue) current += `\n${line}`;
    else {
      out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}

function fieldSize(f: EmbedField): number {
  return f.name.length + f.value.length;
}

/** Split a document into pages of one embed each, every page within Discord's limits. */
export function paginate(doc: Doc): { title: string; description: string; fields: EmbedField[] }[] {
  const title = clip(doc.title, LIMITS.title - 12);
  let description = doc.description;
  const fields: EmbedField[] = [];
  if (description.length > LIMITS.description - 96) {
    // Spill a long description into fields, line by line.
    const lines = description.split('\n');
    let head = '';
    let i = 0;
    for (; i < lines.length; i++) {
      const next = head ? `${head}\n${lines[i]}` : (lines[i] as string);
      if (next.length > 3000) break;
      head = next;
    }
    description = head || clip(lines[0] ?? '', 3000);
    for (const value of chunkLines(lines.slice(head ? i : 1))) fields.push({ name: '\u200b', value });
  }
  for (const section of doc.sections) {
    const name = clip(section.name || '\u200b', LIMITS.fieldName);
    chunkLines(section.lines).forEach((value, k) =>
      fields.push({ name: k === 0 ? name : '\u200b', value, inline: section.inline }),
    );
  }
  const pages: { title: string; description: string; fields: EmbedField[] }[] = [];
  let page = { title, description, fields: [] as EmbedField[] };
  let size = title.length + description.length + doc.footer.length + 40;
  for (const f of fields) {
    if (page.fields.length >= LIMITS.fields || size + fieldSize(f) > PAGE_BUDGET) {
      pages.push(page);
      page = { title, description: '', fields: [] };
      size = title.length + doc.footer.length + 40;
    }
    page.fields.push(f);
    size += fieldSize(f);
  }
  pages.push(page);
  return pages;
}

export function renderDiscord(answer: Answer, opts: RenderOptions): Rendered {
  const rendered = renderDocument(toEmbedDoc(toDocument(answer, opts.locale)), opts);
  // A page turn edits the message, which keeps the files sent with its first page.
  const files = rendered.page === 0 ? attachmentRefs(answer, opts.locale) : [];
  if (files.length > 0) rendered.payload.attachments = files;
  return rendered;
}

export function renderDocument(doc: Doc, opts: RenderOptions): Rendered {
  const L = labels(opts.locale);
  const pages = paginate(doc);
  const pageCount = pages.length;
  // NaN (e.g. Number() of a mangled custom_id) means the first page, like any other out-of-range value.
  const asked = Math.trunc(opts.page ?? 0);
  const page = Number.isNaN(asked) ? 0 : Math.min(Math.max(0, asked), pageCount - 1);
  const p = pages[page] as (typeof pages)[number];
  const footerText = clip(
    [doc.footer, pageCount > 1 ? L.page(page + 1, pageCount) : ''].filter(Boolean).join(' · '),
    LIMITS.footer,
  );
  const embed: Embed = {
    title: pageCount > 1 ? `${p.title} (${page + 1}/${pageCount})` : p.title,
    color: doc.color,
    fields: p.fields,
  };
  if (p.description) embed.description = p.description;
  if (footerText) embed.footer = { text: footerText };

  const mention = opts.mentionUserId && /^\d{17,20}$/.test(opts.mentionUserId) ? opts.mentionUserId : undefined;
  const key = (opts.pageKey ?? 'page').slice(0, LIMITS.customId - 8);
  const components: ActionRow[] =
    pageCount > 1
      ? [
          {
            type: 1,
            components: [
              { type: 2, style: 2, label: `◀ ${L.prev}`, custom_id: `${key}:${page - 1}`, disabled: page === 0 },
              {
                type: 2,
                style: 2,
                label: `${L.nextPage} ▶`,
                custom_id: `${key}:${page + 1}`,
                disabled: page === pageCount - 1,
              },
            ],
          },
        ]
      : [];
  return {
    payload: {
      content: mention ? userMention(mention) : '',
      embeds: [embed],
      components,
      allowed_mentions: { parse: [], users: mention ? [mention] : [], replied_user: false },
    },
    page,
    pageCount,
  };
}
