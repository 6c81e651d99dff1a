/**
 * The fake's world: bot user, application, users, guilds, channels, messages,
 * interactions and registered commands. REST routes read and write it; the
 * gateway serialises it into READY / GUILD_CREATE.
 */
import { ChannelType, DEFAULT_PERMISSIONS, MessageFlags, MessageType } from './constants.js';
import { snowflake } from './snowflake.js';

export type Json = Record<string, unknown>;

export interface UserSeed {
  id?: string;
  username?: string;
  globalName?: string | null;
  bot?: boolean;
}

export interface ChannelSeed {
  id?: string;
  name?: string;
  /** ChannelType number; default 0 (guild text). */
  type?: number;
  parentId?: string | null;
  topic?: string | null;
  nsfw?: boolean;
  position?: number;
}

export interface GuildSeed {
  id?: string;
  name?: string;
  /** Default: one text channel named "general". */
  channels?: ChannelSeed[];
  /** Permission bitfield string for @everyone (default: view/send/embed/attach/history/...). */
  everyonePermissions?: string;
  ownerId?: string;
  /** Extra human members (the default tester user is always a member). */
  members?: UserSeed[];
  preferredLocale?: string;
}

export interface StateOptions {
  bot?: UserSeed;
  /** Application id; defaults to the bot user's id (as for modern Discord apps). */
  applicationId?: string;
  /** The human user used as default interaction invoker / message author (a plain member). */
  user?: UserSeed;
  /** The owner of the seeded guilds (gets every permission bit in interactions). */
  owner?: UserSeed;
  guilds?: GuildSeed[];
}

export interface UserRecord {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
  public_flags: number;
  flags: number;
  banner: null;
  accent_color: null;
  avatar_decoration_data: null;
}

export interface GuildRecord {
  id: string;
  name: string;
  ownerId: string;
  everyonePermissions: string;
  preferredLocale: string;
  joinedAt: string;
  channelIds: string[];
  memberIds: string[];
  roles: Json[];
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  payload: Json;
  createdAt: number;
  /** Callback type of the initial response, once acknowledged. */
  responseType: number | null;
  /** Body of the initial callback, once acknowledged. */
  response: Json | null;
  /** Message that `@original` refers to (reply, or the component's message). */
  originalMessageId: string | null;
  followupIds: string[];
}

export interface CommandRecord extends Json {
  id: string;
  application_id: string;
  name: string;
  version: string;
  guild_id?: string;
}

const iso = (ms = Date.now()): string => new Date(ms).toISOString();

export class FakeState {
  readonly bot: UserRecord;
  readonly applicationId: string;
  /** Default human user: a plain member (default interaction invoker and message author). */
  readonly user: UserRecord;
  /** Owner of every seeded guild (has all permissions in interactions). */
  readonly owner: UserRecord;
  readonly users = new Map<string, UserRecord>();
  readonly guilds = new Map<string, GuildRecord>();
  readonly channels = new Map<string, Json>();
  readonly messages = new Map<string, Json>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly interactionsByToken = new Map<string, InteractionRecord>();
  readonly globalCommands: CommandRecord[] = [];
  readonly guildCommands = new Map<string, CommandRecord[]>();
  /** DM channel id per recipient user id. */
  readonly dmChannels = new Map<string, string>();

  constructor(opts: StateOptions = {}) {
    this.bot = this.addUser({ username: 'fake-bot', ...opts.bot, bot: true });
    this.applicationId = opts.applicationId ?? this.bot.id;
    this.user = this.addUser({ username: 'tester', globalName: 'Tester', ...opts.user, bot: false });
    this.owner = this.addUser({ username: 'guild-owner', globalName: 'Guild Owner', ...opts.owner, bot: false });
    const seeds = opts.guilds ?? [{}];
    for (const seed of seeds) this.addGuild(seed);
  }

  addUser(seed: UserSeed = {}): UserRecord {
    const id = seed.id ?? snowflake();
    const existing = this.users.get(id);
    if (existing) return existing;
    const user: UserRecord = {
      id,
      username: seed.username ?? `user${id.slice(-4)}`,
      global_name: seed.globalName ?? null,
      discriminator: '0',
      avatar: null,
      public_flags: 0,
      flags: 0,
      banner: null,
      accent_color: null,
      avatar_decoration_data: null,
    };
    if (seed.bot) user.bot = true;
    this.users.set(id, user);
    return user;
  }

  addGuild(seed: GuildSeed = {}): GuildRecord {
    const id = seed.id ?? snowflake();
    const guild: GuildRecord = {
      id,
      name: seed.name ?? 'Fake Guild',
      ownerId: seed.ownerId ?? this.owner.id,
      everyonePermissions: seed.everyonePermissions ?? DEFAULT_PERMISSIONS,
      preferredLocale: seed.preferredLocale ?? 'en-US',
      joinedAt: iso(),
      channelIds: [],
      memberIds: [...new Set([this.bot.id, this.user.id, seed.ownerId ?? this.owner.id])],
      roles: [
        {
          id, // @everyone has the guild's id
          name: '@everyone',
          color: 0,
          colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: seed.everyonePermissions ?? DEFAULT_PERMISSIONS,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
    };
    this.guilds.set(id, guild);
    for (const m of seed.members ?? []) guild.memberIds.push(this.addUser(m).id);
    const channelSeeds = seed.channels ?? [{ name: 'general' }];
    channelSeeds.forEach((c, i) => this.addChannel(id, { position: i, ...c }));
    return guild;
  }

  addChannel(guildId: string, seed: ChannelSeed = {}): Json {
    const guild = this.guilds.get(guildId);
    if (!guild) throw new Error(`fake-discord: unknown guild ${guildId}`);
    const id = seed.id ?? snowflake();
    const type = seed.type ?? ChannelType.GuildText;
    const channel: Json = {
      id,
      type,
      guild_id: guildId,
      name: seed.name ?? `channel-${guild.channelIds.length + 1}`,
      position: seed.position ?? guild.channelIds.length,
      permission_overwrites: [],
      parent_id: seed.parentId ?? null,
      nsfw: seed.nsfw ?? false,
      flags: 0,
    };
    if (type === ChannelType.GuildText || type === ChannelType.GuildAnnouncement) {
      Object.assign(channel, { topic: seed.topic ?? null, last_message_id: null, rate_limit_per_user: 0 });
    }
    if (type === ChannelType.GuildVoice) {
      Object.assign(channel, {
        bitrate: 64000,
        user_limit: 0,
        rtc_region: null,
        last_message_id: null,
        rate_limit_per_user: 0,
      });
    }
    this.channels.set(id, channel);
    guild.channelIds.push(id);
    return channel;
  }

  /** The DM channel between the bot and `userId`, created on first use. */
  dmChannelFor(userId: string): Json {
    const existing = this.dmChannels.get(userId);
    if (existing) return this.channels.get(existing)!;
    const user = this.users.get(userId) ?? this.addUser({ id: userId });
    const id = snowflake();
    const channel: Json = { id, type: ChannelType.DM, last_message_id: null, flags: 0, recipients: [user] };
    this.channels.set(id, channel);
    this.dmChannels.set(userId, id);
    return channel;
  }

  get defaultGuild(): GuildRecord {
    const g = this.guilds.values().next().value;
    if (!g) throw new Error('fake-discord: no guild configured');
    return g;
  }

  /** First text channel of a guild (default: the first guild). */
  textChannelOf(guildId = this.defaultGuild.id): Json {
    const guild = this.guilds.get(guildId);
    const id = guild?.channelIds.find((c) => this.channels.get(c)?.type === ChannelType.GuildText);
    if (!id) throw new Error(`fake-discord: guild ${guildId} has no text channel`);
    return this.channels.get(id)!;
  }

  guildOfChannel(channelId: string): string | undefined {
    const g = this.channels.get(channelId)?.guild_id;
    return typeof g === 'string' ? g : undefined;
  }

  // ---- serialisation -------------------------------------------------------

  member(guildId: string, userId: string, withUser = true): Json {
    const guild = this.guilds.get(guildId);
    const m: Json = {
      nick: null,
      avatar: null,
      banner: null,
      roles: [],
      joined_at: guild?.joinedAt ?? iso(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
    if (withUser) m.user = this.users.get(userId) ?? this.addUser({ id: userId });
    return m;
  }

  /** Member object as found in interactions (includes computed `permissions`). */
  interactionMember(guildId: string, userId: string): Json {
    const guild = this.guilds.get(guildId);
    const owner = guild?.ownerId === userId;
    // Owners get every permission bit, like on Discord.
    const permissions = owner ? ((1n << 53n) - 1n).toString() : (guild?.everyonePermissions ?? DEFAULT_PERMISSIONS);
    return { ...this.member(guildId, userId), permissions };
  }

  guildCreatePayload(guildId: string): Json {
    const g = this.guilds.get(guildId);
    if (!g) throw new Error(`fake-discord: unknown guild ${guildId}`);
    return {
      ...this.guildPayload(guildId),
      joined_at: g.joinedAt,
      large: false,
      unavailable: false,
      member_count: g.memberIds.length,
      voice_states: [],
      members: g.memberIds.map((id) => this.member(g.id, id)),
      channels: g.channelIds.map((id) => this.channels.get(id)).filter(Boolean),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      embedded_activities: [],
      lazy: true,
    };
  }

  guildPayload(guildId: string): Json {
    const g = this.guilds.get(guildId);
    if (!g) throw new Error(`fake-discord: unknown guild ${guildId}`);
    return {
      id: g.id,
      name: g.name,
      icon: null,
      icon_hash: null,
      splash: null,
      discovery_splash: null,
      owner_id: g.ownerId,
      region: 'deprecated',
      afk_channel_id: null,
      afk_timeout: 300,
      widget_enabled: false,
      widget_channel_id: null,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: g.roles,
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      max_presences: null,
      max_members: 500000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: g.preferredLocale,
      public_updates_channel_id: null,
      max_video_channel_users: 25,
      max_stage_video_channel_users: 50,
      nsfw_level: 0,
      nsfw: false,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      incidents_data: null,
      hub_type: null,
      latest_onboarding_question_id: null,
    };
  }

  applicationPayload(): Json {
    return {
      id: this.applicationId,
      name: this.bot.username,
      icon: null,
      description: 'fake application',
      summary: '',
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: 0,
      team: null,
      owner: this.owner,
      bot: this.bot,
      approximate_guild_count: this.guilds.size,
      integration_types_config: { '0': {}, '1': {} },
      tags: [],
      redirect_uris: [],
      interactions_endpoint_url: null,
      role_connections_verification_url: null,
      event_webhooks_url: null,
      event_webhooks_status: 1,
      install_params: null,
    };
  }

  /**
   * Build (but do not store) a message object. `extra` is merged last, so it
   * can override anything, e.g. `webhook_id`, `interaction_metadata`.
   */
  buildMessage(opts: {
    channelId: string;
    author: UserRecord;
    content?: string;
    mentions?: string[];
    body?: Json;
    extra?: Json;
  }): Json {
    const guildId = this.guildOfChannel(opts.channelId);
    const body = opts.body ?? {};
    const mentionIds = opts.mentions ?? [];
    const mentions = mentionIds.map((id) => {
      const u = this.users.get(id) ?? this.addUser({ id });
      return guildId ? { ...u, member: this.member(guildId, id, false) } : { ...u };
    });
    const flags = typeof body.flags === 'number' ? body.flags : 0;
    const msg: Json = {
      id: snowflake(),
      channel_id: opts.channelId,
      author: opts.author,
      content: typeof body.content === 'string' ? body.content : (opts.content ?? ''),
      timestamp: iso(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      mention_channels: [],
      attachments: Array.isArray(body.attachments) ? body.attachments : [],
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      components: Array.isArray(body.components) ? body.components : [],
      pinned: false,
      type: MessageType.Default,
      flags,
    };
    if (body.poll) msg.poll = body.poll;
    if (body.sticker_ids) msg.sticker_items = [];
    if (guildId) {
      msg.guild_id = guildId;
      msg.member = this.member(guildId, opts.author.id, false);
    }
    const ref = body.message_reference as Json | undefined;
    if (ref && typeof ref.message_id === 'string') {
      msg.type = MessageType.Reply;
      msg.message_reference = { type: 0, channel_id: opts.channelId, guild_id: guildId, ...ref };
      const referenced = this.messages.get(ref.message_id);
      msg.referenced_message = referenced ?? null;
    }
    if (opts.extra) Object.assign(msg, opts.extra);
    return msg;
  }

  storeMessage(msg: Json): Json {
    this.messages.set(msg.id as string, msg);
    const channel = this.channels.get(msg.channel_id as string);
    if (channel) channel.last_message_id = msg.id;
    return msg;
  }

  /** Apply an edit body (PATCH) to a stored message. */
  editMessage(id: string, body: Json): Json | undefined {
    const msg = this.messages.get(id);
    if (!msg) return undefined;
    for (const key of ['content', 'embeds', 'components', 'attachments', 'flags', 'poll'] as const) {
      if (key in body && body[key] !== undefined)
        msg[key] = body[key] ?? (key === 'content' ? '' : key === 'flags' ? 0 : []);
    }
    if (typeof msg.flags === 'number') msg.flags &= ~MessageFlags.Loading;
    msg.edited_timestamp = iso();
    return msg;
  }

  messagesIn(channelId: string): Json[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  registerInteraction(payload: Json): InteractionRecord {
    const rec: InteractionRecord = {
      id: String(payload.id),
      token: String(payload.token),
      type: Number(payload.type),
      payload,
      createdAt: Date.now(),
      responseType: null,
      response: null,
      originalMessageId: null,
      followupIds: [],
    };
    const msg = payload.message as Json | undefined;
    if (msg && typeof msg.id === 'string') {
      rec.originalMessageId = msg.id;
      if (!this.messages.has(msg.id)) this.storeMessage(msg);
    }
    this.interactions.set(rec.id, rec);
    this.interactionsByToken.set(rec.token, rec);
    return rec;
  }

  commandsFor(guildId?: string): CommandRecord[] {
    if (!guildId) return this.globalCommands;
    let list = this.guildCommands.get(guildId);
    if (!list) this.guildCommands.set(guildId, (list = []));
    return list;
  }

  /** Replace (PUT) or upsert (POST) commands, returning the stored records. */
  putCommands(bodies: Json[], guildId?: string): CommandRecord[] {
    const list = this.commandsFor(guildId);
    const old = new Map(list.map((c) => [c.name, c]));
    const next = bodies.map((b) => this.toCommand(b, guildId, old.get(String(b.name))?.id));
    list.splice(0, list.length, ...next);
    return next;
  }

  upsertCommand(body: Json, guildId?: string): CommandRecord {
    const list = this.commandsFor(guildId);
    const idx = list.findIndex((c) => c.name === body.name);
    const cmd = this.toCommand(body, guildId, idx >= 0 ? list[idx]!.id : undefined);
    if (idx >= 0) list[idx] = cmd;
    else list.push(cmd);
    return cmd;
  }

  private toCommand(body: Json, guildId: string | undefined, id?: string): CommandRecord {
    const cmd: CommandRecord = {
      type: 1,
      description: '',
      options: [],
      default_member_permissions: null,
      dm_permission: true,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      ...body,
      id: id ?? snowflake(),
      application_id: this.applicationId,
      name: String(body.name),
      version: snowflake(),
    };
    if (guildId) cmd.guild_id = guildId;
    return cmd;
  }
}
