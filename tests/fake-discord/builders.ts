/**
 * Builders for gateway payloads a test injects: INTERACTION_CREATE
 * (chat-input command, autocomplete, button) and MESSAGE_CREATE.
 *
 * Shapes follow Discord API v10 closely enough for discord.js 14.28:
 * interactions carry `entitlements: []`, `authorizing_integration_owners`,
 * `context`, `version: 1`, a `channel` object and `member.user` (guild) or
 * `user` (DM); autocomplete has exactly one option with `focused: true`;
 * messages mentioning the bot list it in `mentions`.
 */
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  DEFAULT_PERMISSIONS,
  InteractionContextType,
  InteractionType,
} from './constants.js';
import { snowflake } from './snowflake.js';
import type { FakeState, Json } from './state.js';

/** Where and by whom an interaction happens. */
export interface InteractionContextOptions {
  /** Invoking user id (default: the fake's tester user). Unknown ids are created. */
  userId?: string;
  /** Guild id (default: first guild). `null` makes a DM interaction. */
  guildId?: string | null;
  /** Channel id (default: first text channel of the guild, or the user's DM channel). */
  channelId?: string;
  /** User locale (default 'en-US'). */
  locale?: string;
  guildLocale?: string;
  /** Bot permissions in the channel (bitfield string). */
  appPermissions?: string;
  /** Force an interaction id / token (default: fresh snowflake / random token). */
  id?: string;
  token?: string;
  authorizingIntegrationOwners?: Record<string, string>;
}

export type OptionValue = string | number | boolean;
/** Options as `{ name: value }` (types inferred) or raw API option objects. */
export type OptionsInput = Record<string, OptionValue> | Json[];

export interface ChatInputOptions extends InteractionContextOptions {
  name: string;
  options?: OptionsInput;
  /** Command id (default: id of the registered command with that name, else a fresh id). */
  commandId?: string;
  /** Extra `data.resolved` entries. */
  resolved?: Json;
}

export interface AutocompleteOptions extends InteractionContextOptions {
  name: string;
  /** Current option values (types inferred, or raw API option objects). */
  options?: OptionsInput;
  /** Name of the focused option (default: the first option). */
  focused?: string;
  commandId?: string;
}

export interface ButtonOptions extends InteractionContextOptions {
  customId: string;
  /** The message carrying the button (default: a stored bot message with that button). */
  message?: Json;
  /** Id of a message already stored in the fake that carries the button. */
  messageId?: string;
}

export interface MessageOptions {
  content: string;
  /** Channel id (default: first text channel of the first guild; ignored when `dm`). */
  channelId?: string;
  /** Author user id (default: the tester user). Unknown ids are created. */
  authorId?: string;
  /** List the bot in `mentions`; prefixes `<@botId> ` when content has no mention. Default: true iff content mentions the bot. */
  mentionsBot?: boolean;
  /** Send in the author's DM channel with the bot (no guild_id). */
  dm?: boolean;
  /** Extra user ids to list in `mentions`. */
  mentions?: string[];
  /** Reply to this message id. */
  replyTo?: string;
  /** Merged last into the payload. */
  extra?: Json;
}

export interface InteractionPayload extends Json {
  id: string;
  token: string;
  type: number;
  application_id: string;
  data: Json;
}

export function interactionToken(): string {
  return `fake-${randomBytes(36).toString('base64url')}`;
}

function inferOptionType(v: OptionValue): number {
  if (typeof v === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof v === 'number')
    return Number.isInteger(v) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
  return ApplicationCommandOptionType.String;
}

function toOptions(input: OptionsInput | undefined): Json[] {
  if (!input) return [];
  if (Array.isArray(input)) return input.map((o) => ({ ...o }));
  return Object.entries(input).map(([name, value]) => ({ name, type: inferOptionType(value), value }));
}

function base(state: FakeState, type: number, data: Json, o: InteractionContextOptions): InteractionPayload {
  const user = state.users.get(o.userId ?? state.user.id) ?? state.addUser({ id: o.userId });
  const dm = o.guildId === null;
  const payload: InteractionPayload = {
    id: o.id ?? snowflake(),
    application_id: state.applicationId,
    type,
    data,
    token: o.token ?? interactionToken(),
    version: 1,
    app_permissions: o.appPermissions ?? DEFAULT_PERMISSIONS,
    locale: o.locale ?? 'en-US',
    entitlements: [],
    authorizing_integration_owners: o.authorizingIntegrationOwners ?? {},
    context: dm ? InteractionContextType.BotDM : InteractionContextType.Guild,
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (dm) {
    const channel = o.channelId ? state.channels.get(o.channelId) : state.dmChannelFor(user.id);
    if (!channel) throw new Error(`fake-discord: unknown channel ${o.channelId}`);
    payload.channel_id = channel.id;
    payload.channel = { ...channel };
    payload.user = user;
  } else {
    const guildId = o.guildId ?? (o.channelId ? state.guildOfChannel(o.channelId) : undefined) ?? state.defaultGuild.id;
    const guild = state.guilds.get(guildId);
    if (!guild) throw new Error(`fake-discord: unknown guild ${guildId}`);
    if (!guild.memberIds.includes(user.id)) guild.memberIds.push(user.id);
    const channel = o.channelId ? state.channels.get(o.channelId) : state.textChannelOf(guildId);
    if (!channel) throw new Error(`fake-discord: unknown channel ${o.channelId}`);
    payload.guild_id = guildId;
    payload.guild = { id: guildId, locale: o.guildLocale ?? guild.preferredLocale, features: [] };
    payload.guild_locale = o.guildLocale ?? guild.preferredLocale;
    payload.channel_id = channel.id;
    payload.channel = { ...channel };
    payload.member = state.interactionMember(guildId, user.id);
  }
  return payload;
}

function commandIdFor(state: FakeState, name: string, guildId: string | null | undefined): string {
  const fromGuild = guildId ? state.guildCommands.get(guildId)?.find((c) => c.name === name) : undefined;
  return (fromGuild ?? state.globalCommands.find((c) => c.name === name))?.id ?? snowflake();
}

export function chatInputInteraction(state: FakeState, o: ChatInputOptions): InteractionPayload {
  const data: Json = {
    id: o.commandId ?? commandIdFor(state, o.name, o.guildId),
    name: o.name,
    type: ApplicationCommandType.ChatInput,
    options: toOptions(o.options),
  };
  if (o.resolved) data.resolved = o.resolved;
  if (
    o.guildId !== null &&
    o.guildId !== undefined &&
    state.guildCommands.get(o.guildId)?.some((c) => c.name === o.name)
  ) {
    data.guild_id = o.guildId;
  }
  return base(state, InteractionType.ApplicationCommand, data, o);
}

/** Mark exactly one leaf option as focused (descending into sub-commands). */
function markFocused(options: Json[], focused: string | undefined): boolean {
  for (const opt of options) {
    const t = opt.type as number;
    if (
      (t === ApplicationCommandOptionType.Subcommand || t === ApplicationCommandOptionType.SubcommandGroup) &&
      Array.isArray(opt.options)
    ) {
      if (markFocused(opt.options as Json[], focused)) return true;
      continue;
    }
    if (opt.focused === true) return true;
    if (focused === undefined || opt.name === focused) {
      opt.focused = true;
      return true;
    }
  }
  return false;
}

export function autocompleteInteraction(state: FakeState, o: AutocompleteOptions): InteractionPayload {
  const options = toOptions(o.options);
  if (!markFocused(options, o.focused)) {
    if (o.focused === undefined) throw new Error('fake-discord: autocomplete needs at least one option');
    options.push({ name: o.focused, type: ApplicationCommandOptionType.String, value: '', focused: true });
  }
  const data: Json = {
    id: o.commandId ?? commandIdFor(state, o.name, o.guildId),
    name: o.name,
    type: ApplicationCommandType.ChatInput,
    options,
  };
  return base(state, InteractionType.ApplicationCommandAutocomplete, data, o);
}

export function buttonInteraction(state: FakeState, o: ButtonOptions): InteractionPayload {
  const payload = base(
    state,
    InteractionType.MessageComponent,
    { custom_id: o.customId, component_type: ComponentType.Button },
    o,
  );
  let message = o.message ?? (o.messageId ? state.messages.get(o.messageId) : undefined);
  if (o.messageId && !message) throw new Error(`fake-discord: unknown message ${o.messageId}`);
  if (!message) {
    message = state.storeMessage(
      state.buildMessage({
        channelId: payload.channel_id as string,
        author: state.bot,
        content: 'message with a button',
        body: {
          components: [
            {
              type: ComponentType.ActionRow,
              components: [{ type: ComponentType.Button, style: 1, label: 'Button', custom_id: o.customId }],
            },
          ],
        },
      }),
    );
  }
  payload.message = message;
  return payload;
}

export function messageCreate(state: FakeState, o: MessageOptions): Json {
  const author = state.users.get(o.authorId ?? state.user.id) ?? state.addUser({ id: o.authorId });
  const botMention = new RegExp(`<@!?${state.bot.id}>`);
  let content = o.content;
  const mentionsBot = o.mentionsBot ?? botMention.test(content);
  if (mentionsBot && !botMention.test(content)) content = `<@${state.bot.id}> ${content}`;
  const channelId = o.dm
    ? (state.dmChannelFor(author.id).id as string)
    : (o.channelId ?? (state.textChannelOf().id as string));
  if (!state.channels.has(channelId)) throw new Error(`fake-discord: unknown channel ${channelId}`);
  const guildId = state.guildOfChannel(channelId);
  if (guildId) {
    const guild = state.guilds.get(guildId)!;
    if (!guild.memberIds.includes(author.id)) guild.memberIds.push(author.id);
  }
  const mentions = [...(mentionsBot ? [state.bot.id] : []), ...(o.mentions ?? [])];
  const body: Json = { content };
  if (o.replyTo) body.message_reference = { message_id: o.replyTo };
  // The gateway (unlike REST) adds `channel_type`; discord.js needs it to build a partial DM channel.
  const extra: Json = { channel_type: state.channels.get(channelId)!.type, ...o.extra };
  const msg = state.buildMessage({ channelId, author, content, mentions, body, extra });
  return state.storeMessage(msg);
}
