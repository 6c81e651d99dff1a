/**
 * Plain questions in channels: when the bot is mentioned (not via @everyone or a role), in DMs, and in
 * the channels listed in ASK_CHANNEL_IDS. Replies never ping anyone, not even the asker.
 */
import { head } from '../util/truncate.js';
import { ChannelType, type Client, type Message } from 'discord.js';
import { detectLanguage } from '../parse/language.js';
import { MAX_INPUT, parseIntent } from '../answer/intent.js';
import type { BotContext } from './context.js';
import { replyToMessage } from './reply.js';
import { answerForDiscord, cooldownText, withFiles } from './respond.js';

/** The question in a message, or undefined when the bot should stay silent. */
export function questionOf(message: Message, botId: string, askChannels: readonly string[]): string | undefined {
  if (message.author.bot || message.system || message.webhookId) return undefined;
  const isDm = message.channel.type === ChannelType.DM;
  // Only an explicit mention of the bot counts: @everyone, @here and role mentions never put it in
  // `mentions.users`, while "@everyone @bot question" is still addressed to the bot.
  const mentioned = message.mentions.users.has(botId);
  const inAskChannel = askChannels.includes(message.channelId);
  if (!isDm && !mentioned && !inAskChannel) return undefined;
  const text = message.content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return head(text, MAX_INPUT);
}

export async function handleMessage(ctx: BotContext, client: Client, message: Message): Promise<void> {
  const botId = client.user?.id;
  if (!botId) return;
  const question = questionOf(message, botId, ctx.settings.ASK_CHANNEL_IDS ?? []);
  if (question === undefined) return;
  const where = { message: message.id, user: message.author.id, channel: message.channelId };
  try {
    const wait = ctx.cooldown.take(message.author.id);
    if (wait > 0) {
      // One note per window, not one per message.
      if (ctx.cooldownNotices.shouldTell(message.author.id, wait))
        await replyToMessage(message, { content: cooldownText(detectLanguage(question), wait) });
      return;
    }
    const reply = await ctx.scheduler.inTurn(() => answerForDiscord(ctx, parseIntent(question), undefined));
    await replyToMessage(message, await withFiles(ctx, reply));
  } catch (e) {
    ctx.logger.error('channel question failed', { ...where, error: e });
  }
}
