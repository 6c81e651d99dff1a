/**
 * FakeDiscord: one HTTP server on 127.0.0.1 (random port) serving the REST
 * API under /api and the gateway WebSocket on the same port.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  messageCreate,
  type AutocompleteOptions,
  type ButtonOptions,
  type ChatInputOptions,
  type InteractionPayload,
  type MessageOptions,
} from './builders.js';
import { FakeGateway, type GatewayPayload } from './gateway.js';
import { FakeRest, type RecordedRequest } from './rest.js';
import { FakeState, type GuildRecord, type GuildSeed, type Json, type StateOptions, type UserRecord } from './state.js';
import type { WaitOptions } from './wait.js';

export interface FakeDiscordOptions extends StateOptions {
  /** HELLO heartbeat_interval in ms (default 45000: no heartbeat during short tests). */
  heartbeatIntervalMs?: number;
  /** Require this bot token (REST `Authorization: Bot <token>`, IDENTIFY/RESUME token). Default: any token. */
  token?: string;
  /** Shard count advertised by /gateway/bot (default 1; discord.js uses it with `shards: 'auto'`). */
  shardCount?: number;
  /**
   * session_start_limit.max_concurrency (default 1). discord.js waits ~5 s
   * between IDENTIFYs in the same bucket (shardId % maxConcurrency), so set
   * it to shardCount to start several shards at once.
   */
  maxConcurrency?: number;
  /** Enforce Discord's message size limits (default true). */
  validate?: boolean;
  /** Reject initial interaction callbacks after this many ms, like Discord's 3 s (default: never). */
  interactionTimeoutMs?: number;
  /** Log lines (true = console.error). */
  log?: boolean | ((line: string) => void);
}

export class FakeDiscord {
  readonly state: FakeState;
  readonly rest: FakeRest;
  readonly gateway: FakeGateway;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private portNumber = 0;
  private closing: Promise<void> | null = null;

  constructor(options: FakeDiscordOptions = {}) {
    const log =
      options.log === true ? (line: string) => console.error(`[fake-discord] ${line}`) : options.log || undefined;
    this.state = new FakeState(options);
    const shardCount = (): number => options.shardCount ?? 1;
    this.rest = new FakeRest({
      state: this.state,
      token: options.token,
      validate: options.validate,
      interactionTimeoutMs: options.interactionTimeoutMs,
      shardCount,
      maxConcurrency: options.maxConcurrency ?? 1,
      gatewayUrl: () => this.gatewayUrl,
      baseUrl: () => this.baseUrl,
      log,
    });
    this.gateway = new FakeGateway({
      state: this.state,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 45_000,
      shardCount,
      token: options.token,
      resumeUrl: () => this.resumeGatewayUrl,
      log,
      onDispatch: (t, d) => this.track(t, d),
    });
    this.server = createServer(this.rest.handle);
    this.server.keepAliveTimeout = 1_000;
    this.server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    this.server.on('upgrade', (req, socket, head: Buffer) => this.gateway.handleUpgrade(req, socket, head));
  }

  /** Start listening on 127.0.0.1 (port 0 = random). */
  async listen(port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const addr = this.server.address();
    if (!addr || typeof addr === 'string') throw new Error('fake-discord: no TCP address');
    this.portNumber = addr.port;
    return this;
  }

  get port(): number {
    return this.portNumber;
  }
  /** `http://127.0.0.1:PORT` */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.portNumber}`;
  }
  /** Pass as discord.js `rest: { api: fake.apiBase }` (the library appends `/v10`). */
  get apiBase(): string {
    return `${this.baseUrl}/api`;
  }
  /** URL returned by GET /gateway/bot. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.portNumber}`;
  }
  /** READY.resume_gateway_url (same server; distinct path so tests can tell resumes apart). */
  get resumeGatewayUrl(): string {
    return `ws://127.0.0.1:${this.portNumber}/resume`;
  }

  get bot(): UserRecord {
    return this.state.bot;
  }
  get applicationId(): string {
    return this.state.applicationId;
  }
  /** Default human user: plain member with @everyone permissions; default interaction invoker and message author. */
  get user(): UserRecord {
    return this.state.user;
  }
  /** Owner of the seeded guilds (all permissions): pass `userId: fake.owner.id` for admin-only paths. */
  get owner(): UserRecord {
    return this.state.owner;
  }
  /** First guild. */
  get guild(): GuildRecord {
    return this.state.defaultGuild;
  }
  /** First text channel of the first guild. */
  get channelId(): string {
    return this.state.textChannelOf().id as string;
  }

  // ---- gateway injection ---------------------------------------------------

  /** Send any dispatch (op 0). INTERACTION_CREATE / MESSAGE_CREATE are also registered in the state. */
  dispatch(t: string, d: unknown): GatewayPayload {
    return this.gateway.dispatch(t, d);
  }

  /** Dispatch INTERACTION_CREATE with a prepared payload (see `build`). */
  sendInteraction(payload: InteractionPayload | Json): InteractionPayload {
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return payload as InteractionPayload;
  }

  sendChatInput(o: ChatInputOptions): InteractionPayload {
    return this.sendInteraction(this.build.chatInput(o));
  }

  sendAutocomplete(o: AutocompleteOptions): InteractionPayload {
    return this.sendInteraction(this.build.autocomplete(o));
  }

  sendButton(o: ButtonOptions): InteractionPayload {
    return this.sendInteraction(this.build.button(o));
  }

  /** Dispatch MESSAGE_CREATE (guild channel, or the author's DM with `dm: true`). Returns the message. */
  sendMessage(o: MessageOptions): Json {
    const msg = this.build.message(o);
    this.gateway.dispatch('MESSAGE_CREATE', msg);
    return msg;
  }

  /** Payload builders (they do not send anything). */
  readonly build = {
    chatInput: (o: ChatInputOptions): InteractionPayload => chatInputInteraction(this.state, o),
    autocomplete: (o: AutocompleteOptions): InteractionPayload => autocompleteInteraction(this.state, o),
    button: (o: ButtonOptions): InteractionPayload => buttonInteraction(this.state, o),
    message: (o: MessageOptions): Json => messageCreate(this.state, o),
  };

  /** Close the gateway socket abnormally (no close frame); the client RESUMEs. */
  dropConnection(): void {
    this.gateway.dropConnection();
  }

  /** Send op 9 INVALID_SESSION with `d = resumable`. */
  invalidateSession(resumable: boolean): void {
    this.gateway.invalidateSession(resumable);
  }

  /** Send op 7 RECONNECT. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** Add a guild; when a client is connected, dispatch GUILD_CREATE for it. */
  addGuild(seed: GuildSeed = {}): GuildRecord {
    const g = this.state.addGuild(seed);
    if (this.gateway.sessionId(this.gateway.shardForGuild(g.id)) !== undefined) {
      this.gateway.dispatch('GUILD_CREATE', this.state.guildCreatePayload(g.id));
    }
    return g;
  }

  // ---- REST expectations ---------------------------------------------------

  /**
   * Wait until the fake has answered the first callback request
   * (POST /interactions/:id/:token/callback) of an interaction; `body` is
   * what the client sent, `status`/`response` what the fake answered.
   */
  waitForInteractionResponse(interactionId: string, opts?: number | WaitOptions): Promise<RecordedRequest> {
    const o: WaitOptions = typeof opts === 'number' ? { timeoutMs: opts } : { ...opts };
    o.description ??= `callback for interaction ${interactionId}`;
    return this.rest.waitForAnswered(
      (r) =>
        r.method === 'POST' && r.path.startsWith(`/interactions/${interactionId}/`) && r.path.endsWith('/callback'),
      o,
    );
  }

  /** Messages stored in a channel (bot replies, interaction responses, injected messages), oldest first. */
  messagesIn(channelId: string = this.channelId): Json[] {
    return this.state.messagesIn(channelId);
  }

  /** Terminate every socket and stop listening. Safe to call twice. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.rest.shutdown();
      await this.gateway.close();
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      this.server.closeAllConnections();
      for (const s of this.sockets) s.destroy();
      await closed;
    })();
    return this.closing;
  }

  private track(t: string, d: unknown): void {
    if (typeof d !== 'object' || d === null) return;
    const data = d as Json;
    if (t === 'INTERACTION_CREATE' && typeof data.id === 'string' && !this.state.interactions.has(data.id)) {
      this.state.registerInteraction(data);
    } else if (t === 'MESSAGE_CREATE' && typeof data.id === 'string' && !this.state.messages.has(data.id)) {
      this.state.storeMessage(data);
    }
  }
}

/** Start a fake Discord on 127.0.0.1 with a random port. Remember `await fake.close()`. */
export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(opts).listen();
}
