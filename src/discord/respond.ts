/**
 * Turning answers into Discord replies: payload conversion, deferral for slow work, ephemeral errors,
 * cooldown notes. Every reply sets allowed_mentions so nobody is pinged but an explicit addressee.
 */
import {
  MessageFlags,
  type BaseMessageOptions,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
} from 'discord.js';
import { answerIntent } from '../answer/engine.js';
import type { Intent } from '../answer/intent.js';
import type { Answer, Locale } from '../answer/types.js';
import { toLocale } from '../i18n/labels.js';
import { renderDiscord, type DiscordPayload } from '../render/discord.js';
import { attachmentFiles } from './attachments.js';
import type { BotContext } from './context.js';

export const DEFER_AFTER_MS = 1500;

/** Our API-shaped payload → discord.js message options (allowedMentions always explicit). */
export function toMessageOptions(payload: DiscordPayload): BaseMessageOptions {
  return {
    content: payload.content || undefined,
    embeds: payload.embeds,
    components: payload.components as unknown as BaseMessageOptions['components'],
    allowedMentions: { parse: [], users: payload.allowed_mentions.users, repliedUser: false },
  };
}

const NO_MENTIONS = { parse: [], repliedUser: false } as const;

/** An answer rendered for Discord, with what its files (if any) are made from. */
export interface DiscordAnswer {
  payload: DiscordPayload;
  answer: Answer;
  locale: Locale;
}

/** Render an intent for Discord, with paging buttons registered when the answer has several pages. */
export function answerForDiscord(ctx: BotContext, intent: Intent, locale: Locale | undefined, mentionUserId?: string): DiscordAnswer {
  const { answer, language } = answerIntent(ctx.corpus(), intent);
  const loc = locale ?? language;
  const first = renderDiscord(answer, { locale: loc, mentionUserId, pageKey: 'pg:x' });
  if (first.pageCount <= 1) return { payload: first.payload, answer, locale: loc };
  const key = ctx.pages.put({ intent, locale: loc, mentionUserId });
  return { payload: renderDiscord(answer, { locale: loc, mentionUserId, pageKey: key }).payload, answer, locale: loc };
}

/** The message options of an answer, its files rendered (or left out, with a warning, if they cannot be). */
export async function withFiles(ctx: BotContext, reply: DiscordAnswer): Promise<BaseMessageOptions> {
  const files = await attachmentFiles(ctx.logger, reply.payload, reply.answer, reply.locale);
  const options = toMessageOptions(reply.payload);
  return files.length > 0 ? { ...options, files } : options;
}

const COOLDOWN_TEXT: Record<Locale, (s: number) => string> = {
  vi: (s) => `Bạn đang hỏi hơi nhanh — vui lòng thử lại sau ${s} giây.`,
  en: (s) => `You are asking a little fast — please try again in ${s} s.`,
};
const ERROR_TEXT: Record<Locale, string> = {
  vi: 'Xin lỗi, đã có lỗi khi trả lời câu này. Lỗi đã được ghi lại; bạn thử lại sau nhé.',
  en: 'Sorry, something went wrong while answering. It has been logged; please try again later.',
};
const EXPIRED_TEXT: Record<Locale, string> = {
  vi: 'Kết quả này đã hết hạn; hãy hỏi lại.',
  en: 'This result has expired; please ask again.',
};

export function cooldownText(locale: Locale, waitMs: number): string {
  return COOLDOWN_TEXT[locale](Math.max(1, Math.ceil(waitMs / 1000)));
}

/**
 * Answers are produced synchronously (search + render, a few ms each). A burst of questions handled in
 * one go would block the event loop for seconds: replies already sent could not have their responses
 * read, REST timeouts would fire on calls Discord had answered, and nothing could be deferred in time.
 * So answers are produced one per turn of the event loop, with network I/O and timers running between
 * turns; `backlogMs()` estimates how long new work waits for its turn. While deferrals are on their way,
 * each turn first lets the loop spin a few more times for them (never more, so answers cannot starve):
 * acknowledging within Discord's 3 s matters more than answering a little sooner.
 */
const ACK_PRIORITY_SPINS = 8;
const turns = { last: Promise.resolve(), waiting: 0, workMs: 5, acking: 0 };

function acknowledging<T>(sent: Promise<T>): Promise<T> {
  turns.acking++;
  return sent.finally(() => turns.acking--);
}

export async function inTurn<T>(work: () => T): Promise<T> {
  turns.waiting++;
  const turn = turns.last.then(async () => {
    let spins = 0;
    do await new Promise<void>((resolve) => setImmediate(resolve));
    while (turns.acking > 0 && spins++ < ACK_PRIORITY_SPINS);
  });
  turns.last = turn;
  try {
    await turn;
  } finally {
    turns.waiting--;
  }
  const started = performance.now();
  try {
    return work();
  } finally {
    turns.workMs += 0.2 * (Math.min(1000, performance.now() - started) - turns.workMs);
  }
}

export function backlogMs(): number {
  return turns.waiting * turns.workMs;
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
 * Discord's "Interaction has already been acknowledged". We are the only one answering, so on a first
 * response it means our own earlier attempt got through: it timed out here and the REST client retried.
 */
function alreadyAcknowledged(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 40060;
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
  const wait = ctx.cooldown.take(interaction.user.id);
  if (wait > 0) {
    await interaction.reply({ content: cooldownText(locale, wait), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const mention = hide ? undefined : mentionUserId;
  let deferred: Promise<unknown> | undefined;
  const defer = () => {
    deferred ??= acknowledging(interaction.deferReply(hide ? { flags: MessageFlags.Ephemeral } : {})).catch((e: unknown) => {
      if (alreadyAcknowledged(e)) {
        interaction.deferred = true;
        interaction.ephemeral = hide;
        ctx.logger.debug('deferral had reached Discord before its retry', { interaction: interaction.id });
      } else ctx.logger.warn('deferReply failed', { error: e, interaction: interaction.id });
    });
  };
  const age = interactionAge(interaction, received);
  if (age + backlogMs() >= DEFER_AFTER_MS) defer();
  const timer = setTimeout(defer, Math.max(0, DEFER_AFTER_MS - age));
  let options: BaseMessageOptions;
  try {
    const reply = await inTurn(() => {
      if (interactionAge(interaction, received) >= DEFER_AFTER_MS) defer();
      return answerForDiscord(ctx, intent, locale, mention);
    });
    // Still under the deferral timer: a slow image defers the reply rather than missing Discord's 3 s.
    options = await withFiles(ctx, reply);
  } finally {
    clearTimeout(timer);
  }
  if (deferred) {
    await deferred;
    await interaction.editReply(options);
    return;
  }
  try {
    await interaction.reply({ ...options, ...(hide ? { flags: MessageFlags.Ephemeral } : {}) } as InteractionReplyOptions);
  } catch (e) {
    if (!alreadyAcknowledged(e)) throw e;
    interaction.replied = true;
    ctx.logger.debug('reply had reached Discord before its retry', { interaction: interaction.id });
  }
}

/** A paging button: show page N of the stored question, editing the message in place. */
export async function turnPage(ctx: BotContext, interaction: ButtonInteraction): Promise<void> {
  const found = ctx.pages.get(interaction.customId);
  const locale = toLocale(interaction.locale);
  if (!found) {
    await interaction.reply({ content: EXPIRED_TEXT[locale], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const { payload } = await inTurn(() => {
    const { answer } = answerIntent(ctx.corpus(), found.query.intent);
    return renderDiscord(answer, { locale: found.query.locale, page: found.page, pageKey: found.key, mentionUserId: found.query.mentionUserId });
  });
  // Editing must not ping the addressee again.
  await interaction.update({ ...toMessageOptions(payload), allowedMentions: NO_MENTIONS });
}

/** Tell the user politely that something failed, whatever state the interaction is in. */
export async function apologise(interaction: ChatInputCommandInteraction | ButtonInteraction, ctx: BotContext): Promise<void> {
  const content = ERROR_TEXT[toLocale(interaction.locale)];
  try {
    if (interaction.replied || interaction.deferred) {
      await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    } else {
      await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  } catch (e) {
    ctx.logger.warn('could not send the apology either', { error: e, interaction: interaction.id });
  }
}
