/**
 * The one door every message of the bot goes through (as discord-utils-bot's util/respond.ts): answers,
 * notes (refusals, statuses, cooldowns), apologies, page turns and replies to channel messages. Here and
 * only here are set who may be pinged (nobody, or the one addressee a user named), the ephemeral flag, and
 * the content bounded to Discord's limit; no other file calls reply/editReply/followUp/update itself.
 */
import {
  MessageFlags,
  type BaseMessageOptions,
  type ButtonInteraction,
  type InteractionReplyOptions,
  type Message,
  type MessageMentionOptions,
  type RepliableInteraction,
} from 'discord.js';
import type { DiscordPayload } from '../render/discord-payload.js';
import { truncate } from '../util/truncate.js';
import type { Logger } from './logger.js';

/** Discord's limit on a message's content. */
export const CONTENT_LIMIT = 2000;

/** Mention nobody: no @everyone/@here, no roles, no users, not even the author replied to. */
export const NO_MENTIONS: MessageMentionOptions = Object.freeze({ parse: [], repliedUser: false });

/** Only the users named (the addressee of `mention:`), or nobody: an answer always lists them, even none. */
export function mentionOnly(users: readonly string[]): MessageMentionOptions {
  return { ...NO_MENTIONS, parse: [], users: [...users] };
}

/** Options with the content bounded and the mention rule set (to `mentions`, nobody by default). */
function through(options: BaseMessageOptions, mentions: MessageMentionOptions = NO_MENTIONS): BaseMessageOptions {
  const content = typeof options.content === 'string' ? truncate(options.content, CONTENT_LIMIT) : options.content;
  return { ...options, content, allowedMentions: mentions };
}

const ephemeral = (hide: boolean) => (hide ? { flags: MessageFlags.Ephemeral as const } : {});

/** Our API-shaped payload → discord.js message options; only the payload's addressee may be pinged. */
export function payloadOptions(payload: DiscordPayload): BaseMessageOptions {
  return through(
    { content: payload.content || undefined, embeds: payload.embeds, components: payload.components },
    mentionOnly(payload.allowed_mentions.users),
  );
}

/**
 * Discord's "Interaction has already been acknowledged". We are the only one answering, so on a first
 * response it means our own earlier attempt got through: it timed out here and the REST client retried.
 */
function alreadyAcknowledged(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 40060;
}

/** Acknowledge now, answer later ("thinking…"); an ephemeral deferral makes the final answer ephemeral too. */
export async function defer(
  interaction: RepliableInteraction,
  { hide }: { hide: boolean },
  logger: Logger,
): Promise<void> {
  try {
    await interaction.deferReply(ephemeral(hide));
  } catch (e) {
    if (!alreadyAcknowledged(e)) throw e;
    interaction.deferred = true;
    interaction.ephemeral = hide;
    logger.debug('deferral had reached Discord before its retry', { interaction: interaction.id });
  }
}

/**
 * The answer to an interaction: the first response, or the edit of a deferred one. The mentions are the
 * ones `options` came with (from `payloadOptions`), nobody otherwise.
 */
export async function send(
  interaction: RepliableInteraction,
  options: BaseMessageOptions,
  { hide = false }: { hide?: boolean },
  logger: Logger,
): Promise<void> {
  const body = through(options, options.allowedMentions ?? NO_MENTIONS);
  if (interaction.deferred || interaction.replied) {
    await interaction.editReply(body);
    return;
  }
  try {
    await interaction.reply({ ...body, ...ephemeral(hide) } as InteractionReplyOptions);
  } catch (e) {
    if (!alreadyAcknowledged(e)) throw e;
    interaction.replied = true;
    logger.debug('reply had reached Discord before its retry', { interaction: interaction.id });
  }
}

/** A short text only the user sees (a refusal, a status, a cooldown): pings nobody, in whatever state the interaction is. */
export async function note(interaction: RepliableInteraction, content: string, logger: Logger): Promise<void> {
  await send(interaction, { content }, { hide: true }, logger);
}

/** A paging button: the message edited in place. Editing must not ping the addressee again. */
export async function update(interaction: ButtonInteraction, options: BaseMessageOptions): Promise<void> {
  await interaction.update(through(options, NO_MENTIONS));
}

/** A reply to a channel message or DM: pings nobody, not even the asker. */
export async function replyToMessage(message: Message, options: BaseMessageOptions): Promise<void> {
  await message.reply(through(options, NO_MENTIONS));
}

/**
 * Tell the user politely that something failed, whatever state the interaction is in: an ephemeral
 * follow-up once acknowledged (a public deferral cannot be edited into a private note), else a reply.
 */
export async function apologise(interaction: RepliableInteraction, content: string, logger: Logger): Promise<void> {
  const body = { ...through({ content }), flags: MessageFlags.Ephemeral as const };
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(body);
    else await interaction.reply(body);
  } catch (e) {
    logger.warn('could not send the apology either', { error: e, interaction: interaction.id });
  }
}
