/** Console text: the very Discord payloads, every page, printed as readable plain text. */
import type { Answer } from '../answer/types.js';
import { attachmentLines } from './attachments.js';
import { toDocument } from './document.js';
import { renderDocument, type DiscordPayload, type RenderOptions } from './discord.js';

/** Discord markdown → plain text: drop bold markers and escapes, keep the words. */
export function plain(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/\\([\\*_`~|>#[\]()-])/g, '$1').replace(/\u200b/g, '');
}

export function payloadToText(payload: DiscordPayload): string {
  const out: string[] = [];
  if (payload.content) out.push(plain(payload.content));
  for (const e of payload.embeds) {
    out.push(`== ${plain(e.title)} ==`);
    if (e.description) out.push(plain(e.description));
    for (const f of e.fields) {
      const name = plain(f.name).trim();
      out.push(name ? `\n${name}:\n${plain(f.value)}` : plain(f.value));
    }
  }
  return out.join('\n');
}

/** Every page of an answer as text, the footer once at the end. */
export function renderText(answer: Answer, opts: RenderOptions): string {
  const doc = toDocument(answer, opts.locale);
  const first = renderDocument({ ...doc, footer: '' }, { ...opts, page: 0 });
  // The console prints every page at once: the "(1/N)" page marker of the Discord title does not apply.
  const firstPage = { ...first.payload, embeds: first.payload.embeds.map((e) => ({ ...e, title: first.pageCount > 1 ? e.title.replace(/ \(1\/\d+\)$/, '') : e.title })) };
  const parts = [payloadToText(firstPage)];
  for (let p = 1; p < first.pageCount; p++) {
    const { payload } = renderDocument({ ...doc, footer: '' }, { ...opts, page: p });
    parts.push(payloadToText({ ...payload, embeds: payload.embeds.map((e) => ({ ...e, title: '' })) }).replace(/^== {2}==\n?/, ''));
  }
  const files = attachmentLines(answer, opts.locale);
  if (files.length > 0) parts.push(`\n${files.join('\n')}`);
  if (doc.footer) parts.push(`\n${plain(doc.footer)}`);
  return parts.join('\n');
}
