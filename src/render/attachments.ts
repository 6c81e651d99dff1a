/**
 * The files that go with an answer (today: the /editions timeline image). Naming them is cheap and
 * synchronous (console line, the `attachments` field of the Discord payload, hence `--json`); producing
 * their bytes loads the image library on first use and may fail — callers then send the text alone.
 */
import type { Answer, AnswerAttachment, Locale } from '../answer/types.js';
import { editionsLabels } from '../i18n/editions-labels.js';
import { truncate } from '../util/truncate.js';

/** A file as Discord's message payload names it (`attachments[]` beside the multipart `files[n]`). */
export interface AttachmentRef {
  id: number;
  filename: string;
  description: string;
}

export interface AttachmentFile {
  filename: string;
  contentType: string;
  description: string;
  data: Buffer;
}

export function attachmentsOf(answer: Answer): AnswerAttachment[] {
  return answer.kind === 'editions' ? (answer.attachments ?? []) : [];
}

/** Alt text: what the file shows, in the reply's language (Discord allows 1024 characters). */
function describe(answer: Answer, att: AnswerAttachment, locale: Locale): string {
  const count = answer.kind === 'editions' ? answer.items.length : 0;
  return att.kind === 'editions-timeline' ? truncate(editionsLabels(locale).alt(count), 1024) : att.filename;
}

export function attachmentRefs(answer: Answer, locale: Locale): AttachmentRef[] {
  return attachmentsOf(answer).map((att, id) => ({
    id,
    filename: att.filename,
    description: describe(answer, att, locale),
  }));
}

/** The console's line for each file the bot would attach on Discord. */
export function attachmentLines(answer: Answer, locale: Locale): string[] {
  return attachmentsOf(answer).map((att) => editionsLabels(locale).attachment(att.filename));
}

/** Produce every file of an answer. Rejects when one cannot be made (missing font, library failure). */
export async function renderAttachments(answer: Answer, locale: Locale): Promise<AttachmentFile[]> {
  const out: AttachmentFile[] = [];
  for (const att of attachmentsOf(answer)) {
    if (att.kind === 'editions-timeline' && answer.kind === 'editions') {
      // Imported here, not at the top: the console and every other answer never load the image code.
      const { renderTimelinePng } = await import('./timeline-png.js');
      const png = await renderTimelinePng(answer.items, locale);
      out.push({
        filename: att.filename,
        contentType: att.contentType,
        description: describe(answer, att, locale),
        data: png.data,
      });
    }
  }
  return out;
}
