/**
 * Answers as Discord replies: an intent answered in its turn, deferred in time when the work is slow,
 * its pages registered for the paging buttons, its files attached. What is sent goes through ./reply.ts.
 */
import type { BaseMessageOptions, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { answerIntent } from '../answer/engine.js';
import type { Intent } from '../answer/intent.js';
import type { Answer, Locale } from '../answer/types.js';
import { toLocale } from '../i18n/labels.js';
import { replies } from '../i18n/replies.js';
import { renderDiscord, type DiscordPayload } from '../render/discord-payload.js';
import { attachmentFiles } from './attachments.js';
import type { BotContext } from './context.js';
import { apologise as apologiseThrough, defer as deferThrough, note, payloadOptions, send, update } from './reply.js';

export const DEFER_AFTER_MS = 1500;

/** An answer rendered for Discord, with what its files (if any) are made from. */
export interface DiscordAnswer {
  payload: DiscordPayload;
  answer: Answer;
  locale: Locale;
}

/** The paging buttons' key until the answer is known to have several pages. */
const PENDING_KEY = 'pg:pending';

/** Render an intent for Discord, with paging buttons registered when the answer has several pages. */
export function answerForDiscord(
  ctx: BotContext,
  intent: Intent,
  locale: Locale | undefined,
  mentionUserId?: string,
): DiscordAnswer {
  const { answer, language } = answerIntent(ctx.corpus(), intent);
  const loc = locale ?? language;
  const first = renderDiscord(answer, { locale: loc, mentionUserId, pageKey: PENDING_KEY });
  if (first.pageCount <= 1) return { payload: first.payload, answer, locale: loc };
  // Rendered once: only now, with several pages, is a key worth storing; the buttons get it in place.
  const key = ctx.pages.put({ intent, locale: loc, mentionUserId });
  for (const row of first.payload.components)
    for (const button of row.components) button.custom_id = `${key}${button.custom_id.slice(PENDING_KEY.length)}`;
  return { payload: first.payload, answer, locale: loc };
}

/** The message options of an answer, its files rendered (or left out, with a warning, if they cannot be). */
export async function withFiles(ctx: BotContext, reply: DiscordAnswer): Promise<BaseMessageOptions> {
  const files = await attachmentFiles(ctx.logger, reply.payload, reply.answer, reply.locale);
  const options = payloadOptions(reply.payload);
  return files.length > 0 ? { ...options, files } : options;
}

export function cooldownText(locale: Locale, waitMs: number): string {
  return replies(locale).cooldown(Math.max(1, Math.ceil(waitMs / 1000)));
}

/**
 * How long an interaction has waited since Discord created it (its snowflake time). A clock that is far
 * off (negative or absurd ages) is ignored: then only the time since `fallbackStart` counts.
 */
function interactionAge(interaction: ChatInputCommandInteraction, fallbackStart: number): number {
  const local = Date.now() - fallbackStart;
  const age = Date.now() - interaction.createdTimestamp;
  return age >= 0 && age < 60_000 ? Math.max(age, local) : local;
}

/**
 * Reply to a slash command with an answer. Discord wants a first response within 3 s: an interaction
 * that will wait ~1.5 s or more for its turn is deferred at once, one whose answer is still not ready
 * ~1.5 s after Discord created it is deferred then, and the answer edits the deferred reply.
 */
export async function replyWithAnswer(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction,
  intent: Intent,
  { hide = false, mentionUserId }: { hide?: boolean; mentionUserId?: string } = {},
): Promise<void> {
  const received = Date.now();
  const locale = toLocale(interaction.locale);
  const mention = hide ? undefined : mentionUserId;
  let deferred: Promise<unknown> | undefined;
  const defer = () => {
    deferred ??= ctx.scheduler.acknowledging(deferThrough(interaction, { hide }, ctx.logger)).catch((e: unknown) => {
      ctx.logger.warn('deferReply failed', { error: e, interaction: interaction.id });
    });
  };
  const age = interactionAge(interaction, received);
  if (age + ctx.scheduler.backlogMs() >= DEFER_AFTER_MS) defer();
  const timer = setTimeout(defer, Math.max(0, DEFER_AFTER_MS - age));
  let options: BaseMessageOptions;
  try {
    const reply = await ctx.scheduler.inTurn(() => {
      if (interactionAge(interaction, received) >= DEFER_AFTER_MS) defer();
      return answerForDiscord(ctx, intent, locale, mention);
    });
    // Still under the deferral timer: a slow image defers the reply rather than missing Discord's 3 s.
    options = await withFiles(ctx, reply);
  } finally {
    clearTimeout(timer);
  }
  if (deferred) await deferred;
  await send(interaction, options, { hide }, ctx.logger);
}

/** A paging button: show page N of the stored question, editing the message in place. */
export async function turnPage(ctx: BotContext, interaction: ButtonInteraction): Promise<void> {
  const found = ctx.pages.get(interaction.customId);
  const locale = toLocale(interaction.locale);
  if (!found) {
    await note(interaction, replies(locale).expired, ctx.logger);
    return;
  }
  const { payload } = await ctx.scheduler.inTurn(() => {
    const { answer } = answerIntent(ctx.corpus(), found.query.intent);
    return renderDiscord(answer, {
      locale: found.query.locale,
      page: found.page,
      pageKey: found.key,
      mentionUserId: found.query.mentionUserId,
    });
  });
  await update(interaction, payloadOptions(payload));
}

/** Tell the user politely that something failed, whatever state the interaction is in. */
export async function apologise(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  ctx: BotContext,
): Promise<void> {
  await apologiseThrough(interaction, replies(toLocale(interaction.locale)).error, ctx.logger);
}
