/**
 * The files of an answer (the /editions timeline image) as discord.js attachments. An image is a bonus on
 * a text answer: when it cannot be produced in time (library or font missing, a render error, a slow
 * render) the warning is logged and the text goes out alone — never an error reply, never a crash.
 */
import type { AttachmentPayload } from 'discord.js';
import type { Answer, Locale } from '../answer/types.js';
import { renderAttachments } from '../render/attachments.js';
import type { DiscordPayload } from '../render/discord-payload.js';
import type { Logger } from './logger.js';

/** Longer than a render takes (~30–150 ms here), well inside the 3 s an interaction may wait. */
export const ATTACHMENT_TIMEOUT_MS = 1500;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not ready after ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The files the payload names, rendered; [] (and a logged warning) when they cannot be. */
export async function attachmentFiles(
  logger: Logger,
  payload: DiscordPayload,
  answer: Answer,
  locale: Locale,
): Promise<AttachmentPayload[]> {
  const named = payload.attachments ?? [];
  if (named.length === 0) return [];
  try {
    const files = await withTimeout(renderAttachments(answer, locale), ATTACHMENT_TIMEOUT_MS);
    return files.map((f) => ({ attachment: f.data, name: f.filename, description: f.description }));
  } catch (e) {
    logger.warn('answer image not rendered; sending the text alone', {
      files: named.map((f) => f.filename).join(', '),
      error: e,
    });
    return [];
  }
}
