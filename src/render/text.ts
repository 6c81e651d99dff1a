/**
 * Console text, rendered from the same neutral answer document as the Discord payload (not from the
 * payload): the answer first, then each section, then the footer once. Links print their URL.
 */
import type { Answer } from '../answer/types.js';
import { attachmentLines } from './attachments.js';
import { toDocument, type Inline, type Line, type ReplyDoc } from './document.js';
import type { RenderOptions } from './discord-payload.js';

/** Control characters, zero-width breaks and bidi overrides have no business on a terminal. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069]/g;

function inlineText(i: Inline): string {
  if (typeof i === 'string') return i.replace(UNPRINTABLE, '');
  if ('strong' in i) return i.strong.replace(UNPRINTABLE, '');
  if ('code' in i) return i.code.replace(UNPRINTABLE, '');
  if ('ref' in i) return `[${i.ref}]`;
  return `${i.link.replace(UNPRINTABLE, '')} <${i.href.replace(/[\s<>]/g, encodeURIComponent)}>`;
}

export function lineText(line: Line): string {
  return line.map(inlineText).join('');
}

export function documentText(doc: ReplyDoc): string {
  const out = [`== ${lineText([doc.title])} ==`];
  if (doc.lead.length) out.push(doc.lead.map(lineText).join('\n'));
  for (const s of doc.sections) {
    const name = lineText([s.name]).trim();
    const body = s.lines.map(lineText).join('\n');
    out.push(name ? `\n${name}:\n${body}` : body);
  }
  if (doc.footer) out.push(`\n${lineText([doc.footer])}`);
  return out.join('\n');
}

/** The whole answer as console text (the console has no pages: everything, once), then the files Discord would attach. */
export function renderText(answer: Answer, opts: Pick<RenderOptions, 'locale'>): string {
  const doc = toDocument(answer, opts.locale);
  const files = attachmentLines(answer, opts.locale);
  if (files.length === 0) return documentText(doc);
  // The files Discord would attach, named before the footer (the footer stays the last line).
  const text = `${documentText({ ...doc, footer: '' })}\n\n${files.join('\n')}`;
  return doc.footer ? `${text}\n\n${lineText([doc.footer])}` : text;
}
