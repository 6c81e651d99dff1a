/** The discord.js client as this bot needs it: few intents, bounded caches, nobody pinged by default. */
import { Client, GatewayIntentBits, Options, Partials, type ClientOptions } from 'discord.js';
import { NO_MENTIONS } from './reply.js';
import type { Settings } from '../config/settings.js';

export function createClient(settings: Settings, extra: Partial<ClientOptions> = {}): Client {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  // Reading every message of an ask-channel needs the privileged Message Content intent; mentions and DMs do not.
  if ((settings.ASK_CHANNEL_IDS ?? []).length > 0) intents.push(GatewayIntentBits.MessageContent);
  return new Client({
    intents,
    partials: [Partials.Channel],
    // The default for anything sent without explicit options; every reply also sets its own in ./reply.ts.
    allowedMentions: NO_MENTIONS,
    rest: {
      api: settings.DISCORD_API_URL,
      // An interaction must be answered within 3 s: fail fast, retry once, never forever.
      timeout: settings.REST_TIMEOUT_MS,
      retries: 1,
    },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      GuildMemberManager: { maxSize: 200, keepOverLimit: (m) => m.id === m.client.user.id },
      UserManager: { maxSize: 1000, keepOverLimit: (u) => u.id === u.client.user.id },
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
    }),
    ...extra,
  });
}
