/**
 * Numeric Discord API v10 constants used by the fake. Kept local (rather than
 * importing discord-api-types at run time) so the fake has no run-time
 * dependency besides `ws`.
 */

export const API_VERSION = 10;

export const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
  RequestSoundboardSounds: 31,
} as const;

export const GatewayCloseCode = {
  UnknownError: 4000,
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidSeq: 4007,
  RateLimited: 4008,
  SessionTimedOut: 4009,
  InvalidShard: 4010,
  ShardingRequired: 4011,
  InvalidAPIVersion: 4012,
  InvalidIntents: 4013,
  DisallowedIntents: 4014,
} as const;

export const InteractionType = {
  Ping: 1,
  ApplicationCommand: 2,
  MessageComponent: 3,
  ApplicationCommandAutocomplete: 4,
  ModalSubmit: 5,
} as const;

export const InteractionResponseType = {
  Pong: 1,
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredMessageUpdate: 6,
  UpdateMessage: 7,
  ApplicationCommandAutocompleteResult: 8,
  Modal: 9,
  PremiumRequired: 10,
  LaunchActivity: 12,
} as const;

export const ApplicationCommandType = { ChatInput: 1, User: 2, Message: 3, PrimaryEntryPoint: 4 } as const;

export const ApplicationCommandOptionType = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Mentionable: 9,
  Number: 10,
  Attachment: 11,
} as const;

export const ComponentType = { ActionRow: 1, Button: 2, StringSelect: 3 } as const;

export const ChannelType = {
  GuildText: 0,
  DM: 1,
  GuildVoice: 2,
  GroupDM: 3,
  GuildCategory: 4,
  GuildAnnouncement: 5,
  PublicThread: 11,
  PrivateThread: 12,
  GuildForum: 15,
} as const;

export const MessageType = { Default: 0, Reply: 19, ChatInputCommand: 20 } as const;

export const MessageFlags = { Ephemeral: 1 << 6, Loading: 1 << 7 } as const;

export const InteractionContextType = { Guild: 0, BotDM: 1, PrivateChannel: 2 } as const;

/** Discord JSON error codes the fake returns. */
export const ErrorCode = {
  General: 0,
  UnknownChannel: 10003,
  UnknownGuild: 10004,
  UnknownMessage: 10008,
  UnknownUser: 10013,
  UnknownWebhook: 10015,
  UnknownApplication: 10002,
  UnknownInteraction: 10062,
  InteractionAlreadyAcknowledged: 40060,
  InvalidFormBody: 50035,
  CannotSendEmptyMessage: 50006,
} as const;

const bit = (n: number): bigint => 1n << BigInt(n);

/** Permission bits granted to @everyone and to the bot by default. */
export const DEFAULT_PERMISSIONS = (
  bit(6) | // AddReactions
  bit(10) | // ViewChannel
  bit(11) | // SendMessages
  bit(14) | // EmbedLinks
  bit(15) | // AttachFiles
  bit(16) | // ReadMessageHistory
  bit(18) | // UseExternalEmojis
  bit(31) | // UseApplicationCommands
  bit(38)
) // SendMessagesInThreads
  .toString();
