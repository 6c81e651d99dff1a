/**
 * The fake's gateway: a JSON WebSocket server (v10, encoding=json, no
 * compression) implementing HELLO, IDENTIFY → READY + GUILD_CREATE,
 * heartbeats, RESUME with replay, INVALID_SESSION, RECONNECT, sequence
 * numbers, and helpers to inject dispatches and break the connection.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { API_VERSION, GatewayCloseCode, GatewayOp } from './constants.js';
import type { FakeState, Json } from './state.js';
import { WaitableLog, type WaitOptions } from './wait.js';

export interface GatewayPayload {
  op: number;
  d: unknown;
  s: number | null;
  t: string | null;
}

export interface GatewayLogEntry {
  /** 'in' = sent by the client, 'out' = sent by the fake. */
  dir: 'in' | 'out';
  connectionId: number;
  shardId: number | null;
  payload: GatewayPayload;
  time: number;
}

export interface ConnectionInfo {
  id: number;
  /** Request URL as received, e.g. `/?v=10&encoding=json`. */
  url: string;
  query: Record<string, string>;
  time: number;
}

export interface GatewayOptions {
  state: FakeState;
  heartbeatIntervalMs: number;
  shardCount: () => number;
  /** When set, IDENTIFY/RESUME must carry this token (else close 4004). */
  token?: string;
  /** URL placed in READY.resume_gateway_url. */
  resumeUrl: () => string;
  log?: (line: string) => void;
  /** Called for every dispatch before it is sent (the facade registers interactions here). */
  onDispatch?: (t: string, d: unknown) => void;
}

interface Session {
  id: string;
  shardId: number;
  shardCount: number;
  seq: number;
  /** Every dispatch of this session (for RESUME replay). */
  history: GatewayPayload[];
  conn: Connection | null;
  invalid: boolean;
  identify: Json;
}

interface Connection {
  id: number;
  ws: WebSocket;
  session: Session | null;
}

const HISTORY_LIMIT = 10_000;

export class FakeGateway {
  /** Everything sent and received, in order. */
  readonly log = new WaitableLog<GatewayLogEntry>(
    'a gateway payload',
    (e) =>
      `${e.dir} conn#${e.connectionId} op=${e.payload.op}${e.payload.t ? ` t=${e.payload.t}` : ''}${e.payload.s !== null ? ` s=${e.payload.s}` : ''}`,
  );
  /** WebSocket connections accepted, in order. */
  readonly connections = new WaitableLog<ConnectionInfo>('a gateway connection', (c) => `conn#${c.id} ${c.url}`);
  /** Answer heartbeats with op 11 (set false to simulate a zombie connection). */
  ackHeartbeats = true;

  private readonly wss: WebSocketServer;
  private readonly open = new Set<Connection>();
  private readonly sessions = new Map<string, Session>();
  /** Current session per shard id. */
  private readonly current = new Map<number, Session>();
  private nextConnId = 1;

  constructor(private readonly opts: GatewayOptions) {
    this.wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
    this.wss.on('connection', (ws: WebSocket, req: IncomingMessage) => this.onConnection(ws, req));
  }

  /** Hook for the HTTP server's 'upgrade' event. */
  handleUpgrade(req: IncomingMessage, socket: import('node:stream').Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  // ---- public test API -----------------------------------------------------

  /** Number of identified sessions per shard currently connected. */
  get connectedShards(): number[] {
    return [...this.open].filter((c) => c.session).map((c) => c.session!.shardId);
  }

  /** Session id of the current session of `shardId` (default 0), if any. */
  sessionId(shardId = 0): string | undefined {
    return this.current.get(shardId)?.id;
  }

  /** Last sequence number of the current session of `shardId`. */
  sequence(shardId = 0): number {
    return this.current.get(shardId)?.seq ?? 0;
  }

  /** Shard a guild belongs to: `(guild_id >> 22) % shardCount`. */
  shardForGuild(guildId: string | undefined, shardCount = this.opts.shardCount()): number {
    if (!guildId || shardCount <= 1) return 0;
    return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
  }

  /**
   * Send a dispatch (op 0) on the session owning `d.guild_id` (or shard 0).
   * While the client is disconnected the dispatch is kept and replayed on
   * RESUME. Throws when no client has identified yet.
   */
  dispatch(t: string, d: unknown, shardId?: number): GatewayPayload {
    const guildId = typeof (d as Json | null)?.guild_id === 'string' ? ((d as Json).guild_id as string) : undefined;
    const sid = shardId ?? this.shardForGuild(guildId, this.current.get(0)?.shardCount ?? this.opts.shardCount());
    const session = this.current.get(sid);
    if (!session || session.invalid) {
      throw new Error(
        `fake-discord: cannot dispatch ${t}: no identified gateway session for shard ${sid} (is the client logged in?)`,
      );
    }
    this.opts.onDispatch?.(t, d);
    return this.sendDispatch(session, t, d);
  }

  /** Close the socket(s) without a close frame (client sees 1006 and RESUMEs). */
  dropConnection(shardId?: number): void {
    for (const c of this.connsFor(shardId)) {
      this.detach(c);
      c.ws.terminate();
    }
  }

  /** Close the socket(s) with a close code (4000–4009 resume; 1000/4007/4009… see discord.js). */
  closeConnection(code: number, reason = '', shardId?: number): void {
    for (const c of this.connsFor(shardId)) {
      this.detach(c);
      c.ws.close(code, reason);
    }
  }

  /** Send op 9. Non-resumable also invalidates the session, so the client re-IDENTIFYs. */
  invalidateSession(resumable: boolean, shardId?: number): void {
    for (const c of this.connsFor(shardId)) {
      if (!resumable && c.session) c.session.invalid = true;
      this.sendRaw(c, { op: GatewayOp.InvalidSession, d: resumable, s: null, t: null });
    }
  }

  /** Send op 7 RECONNECT (the client reconnects and RESUMEs). */
  requestReconnect(shardId?: number): void {
    for (const c of this.connsFor(shardId)) this.sendRaw(c, { op: GatewayOp.Reconnect, d: null, s: null, t: null });
  }

  /** Wait for a payload sent by the client with this op (e.g. GatewayOp.Resume). */
  waitForClientOp(op: number, opts?: number | WaitOptions): Promise<GatewayLogEntry> {
    const o: WaitOptions = typeof opts === 'number' ? { timeoutMs: opts } : { ...opts };
    o.description ??= `client op ${op}`;
    return this.log.waitFor((e) => e.dir === 'in' && e.payload.op === op, o);
  }

  /** Wait for a dispatch sent by the fake (e.g. 'READY', 'RESUMED'). */
  waitForDispatch(t: string, opts?: number | WaitOptions): Promise<GatewayLogEntry> {
    const o: WaitOptions = typeof opts === 'number' ? { timeoutMs: opts } : { ...opts };
    o.description ??= `dispatch ${t}`;
    return this.log.waitFor((e) => e.dir === 'out' && e.payload.t === t, o);
  }

  /** Terminate every socket and stop the WebSocket server. */
  close(): Promise<void> {
    for (const c of this.open) c.ws.terminate();
    this.open.clear();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  // ---- internals -----------------------------------------------------------

  private connsFor(shardId: number | undefined): Connection[] {
    return [...this.open].filter((c) => shardId === undefined || c.session?.shardId === shardId);
  }

  private detach(c: Connection): void {
    this.open.delete(c);
    if (c.session && c.session.conn === c) c.session.conn = null;
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
    const conn: Connection = { id: this.nextConnId++, ws, session: null };
    this.open.add(conn);
    this.connections.push({
      id: conn.id,
      url: req.url ?? '/',
      query: Object.fromEntries(url.searchParams),
      time: Date.now(),
    });
    ws.on('message', (data: RawData, isBinary: boolean) => this.onMessage(conn, data, isBinary));
    ws.on('close', () => this.detach(conn));
    ws.on('error', () => this.detach(conn));

    const v = url.searchParams.get('v');
    const encoding = url.searchParams.get('encoding') ?? 'json';
    if (v !== null && v !== String(API_VERSION)) {
      ws.close(GatewayCloseCode.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    if (encoding !== 'json' || url.searchParams.has('compress')) {
      // The fake only speaks uncompressed JSON (discord.js uses that when zlib-sync is absent).
      ws.close(GatewayCloseCode.DecodeError, 'fake-discord supports encoding=json without compress only');
      return;
    }
    this.sendRaw(conn, {
      op: GatewayOp.Hello,
      d: { heartbeat_interval: this.opts.heartbeatIntervalMs },
      s: null,
      t: null,
    });
  }

  private onMessage(conn: Connection, data: RawData, isBinary: boolean): void {
    let payload: GatewayPayload;
    try {
      if (isBinary) throw new Error('binary');
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.from(data as ArrayBuffer).toString('utf8');
      payload = JSON.parse(text) as GatewayPayload;
      if (typeof payload !== 'object' || payload === null || typeof payload.op !== 'number') throw new Error('no op');
    } catch {
      conn.ws.close(GatewayCloseCode.DecodeError, 'Error while decoding payload.');
      return;
    }
    this.log.push({
      dir: 'in',
      connectionId: conn.id,
      shardId: conn.session?.shardId ?? null,
      payload,
      time: Date.now(),
    });
    const d = payload.d as Json;

    switch (payload.op) {
      case GatewayOp.Heartbeat:
        if (this.ackHeartbeats) this.sendRaw(conn, { op: GatewayOp.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOp.Identify:
        this.onIdentify(conn, d);
        return;
      case GatewayOp.Resume:
        this.onResume(conn, d);
        return;
    }
    if (!conn.session) {
      conn.ws.close(GatewayCloseCode.NotAuthenticated, 'Not authenticated.');
      return;
    }
    switch (payload.op) {
      case GatewayOp.PresenceUpdate:
      case GatewayOp.VoiceStateUpdate:
      case GatewayOp.RequestSoundboardSounds:
        return;
      case GatewayOp.RequestGuildMembers: {
        const st = this.opts.state;
        const g = st.guilds.get(String(d?.guild_id));
        if (g) {
          this.sendDispatch(conn.session, 'GUILD_MEMBERS_CHUNK', {
            guild_id: g.id,
            members: g.memberIds.map((id) => st.member(g.id, id)),
            chunk_index: 0,
            chunk_count: 1,
            not_found: [],
            nonce: d?.nonce,
          });
        }
        return;
      }
      default:
        conn.ws.close(GatewayCloseCode.UnknownOpcode, 'Unknown opcode.');
    }
  }

  private onIdentify(conn: Connection, d: Json): void {
    if (conn.session) {
      conn.ws.close(GatewayCloseCode.AlreadyAuthenticated, 'Already authenticated.');
      return;
    }
    if (typeof d?.token !== 'string' || (this.opts.token !== undefined && d.token !== this.opts.token)) {
      conn.ws.close(GatewayCloseCode.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    const [shardId, shardCount] = Array.isArray(d.shard) ? (d.shard as [number, number]) : [0, 1];
    if (!(shardCount >= 1) || !(shardId >= 0) || shardId >= shardCount) {
      conn.ws.close(GatewayCloseCode.InvalidShard, 'Invalid shard.');
      return;
    }
    const old = this.current.get(shardId);
    if (old) old.invalid = true;
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      shardId,
      shardCount,
      seq: 0,
      history: [],
      conn,
      invalid: false,
      identify: d,
    };
    this.sessions.set(session.id, session);
    this.current.set(shardId, session);
    conn.session = session;

    const st = this.opts.state;
    const guildIds = [...st.guilds.keys()].filter((g) => this.shardForGuild(g, shardCount) === shardId);
    this.sendDispatch(session, 'READY', {
      v: API_VERSION,
      user: { ...st.bot, bot: true, verified: true, mfa_enabled: false, email: null },
      user_settings: {},
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.opts.resumeUrl(),
      shard: [shardId, shardCount],
      application: { id: st.applicationId, flags: 0 },
      auth: {},
      _trace: ['["fake-discord",{"micros":0}]'],
    });
    for (const id of guildIds) this.sendDispatch(session, 'GUILD_CREATE', st.guildCreatePayload(id));
  }

  private onResume(conn: Connection, d: Json): void {
    const session = this.sessions.get(String(d?.session_id));
    const seq = Number(d?.seq ?? 0);
    const tokenOk = typeof d?.token === 'string' && (this.opts.token === undefined || d.token === this.opts.token);
    if (!tokenOk) {
      conn.ws.close(GatewayCloseCode.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    if (!session || session.invalid || seq > session.seq || this.current.get(session.shardId) !== session) {
      this.sendRaw(conn, { op: GatewayOp.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.conn && session.conn !== conn) {
      const old = session.conn;
      this.detach(old);
      old.ws.terminate();
    }
    session.conn = conn;
    conn.session = session;
    const missed = session.history.filter((p) => (p.s ?? 0) > seq);
    for (const p of missed) this.sendRaw(conn, p);
    this.sendDispatch(session, 'RESUMED', { _trace: ['["fake-discord",{"micros":0}]'] });
  }

  private sendDispatch(session: Session, t: string, d: unknown): GatewayPayload {
    session.seq += 1;
    const payload: GatewayPayload = { op: GatewayOp.Dispatch, d, s: session.seq, t };
    session.history.push(payload);
    if (session.history.length > HISTORY_LIMIT) session.history.splice(0, session.history.length - HISTORY_LIMIT);
    if (session.conn) this.sendRaw(session.conn, payload);
    return payload;
  }

  private sendRaw(conn: Connection, payload: GatewayPayload): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    this.log.push({
      dir: 'out',
      connectionId: conn.id,
      shardId: conn.session?.shardId ?? null,
      payload,
      time: Date.now(),
    });
    this.opts.log?.(`gateway -> conn#${conn.id} op=${payload.op}${payload.t ? ` ${payload.t}` : ''}`);
    conn.ws.send(JSON.stringify(payload));
  }
}
