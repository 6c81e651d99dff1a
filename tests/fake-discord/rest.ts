/**
 * The fake's REST API (v10): routing, request recording, fault injection.
 *
 * Paths are recorded decoded and relative to `/api/v10`
 * (`/webhooks/<app>/<token>/messages/@original`).
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, InteractionResponseType, InteractionType, MessageFlags, MessageType } from './constants.js';
import { FaultInjector, compilePathPattern, type FaultHandle, type FaultSpec } from './faults.js';
import { snowflake } from './snowflake.js';
import type { FakeState, InteractionRecord, Json } from './state.js';
import { validateAutocompleteChoices, validateMessageBody, type DiscordErrorBody } from './validate.js';
import { WaitableLog, type WaitOptions } from './wait.js';

export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface RecordedRequest {
  /** 0-based position in the log. */
  seq: number;
  /** Upper-case HTTP method. */
  method: string;
  /** Decoded path without `/api/vN` and without the query. */
  path: string;
  /** Decoded full path (with `/api/v10`), without the query. */
  fullPath: string;
  /** The raw request URL as received (still URL-encoded). */
  url: string;
  /** `10` for `/api/v10/...`, null when the path had no version. */
  apiVersion: number | null;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (for multipart: the parsed `payload_json`), null when empty. */
  body: unknown;
  rawBody: string;
  files: RecordedFile[];
  /** Date.now() when the request was fully read. */
  time: number;
  /** Response status, once answered (undefined while hanging). */
  status?: number;
  /** Response JSON body, once answered. */
  response?: unknown;
  /** Fault applied, if any: e.g. `429`, `500`, `hang`, `delay`. */
  fault?: string;
}

export interface RestOptions {
  state: FakeState;
  /** When set, `Authorization` must be `Bot <token>` on authenticated routes. */
  token?: string;
  /** Validate message bodies against Discord's limits (default true). */
  validate?: boolean;
  /** Reject initial interaction callbacks later than this (404 Unknown interaction). Default: never. */
  interactionTimeoutMs?: number;
  shardCount: () => number;
  maxConcurrency: number;
  gatewayUrl: () => string;
  baseUrl: () => string;
  log?: (line: string) => void;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Params = Record<string, string>;
type Handler = (req: RecordedRequest, params: Params) => Reply | Promise<Reply>;

interface Route {
  method: string;
  match: (path: string) => Params | null;
  auth: boolean;
  handler: Handler;
}

function routePattern(pattern: string): (path: string) => Params | null {
  const names: string[] = [];
  const src = pattern
    .split('/')
    .map((seg) => {
      if (seg.startsWith(':')) {
        names.push(seg.slice(1));
        return '([^/]+)';
      }
      return seg.replace(/[.+?^${}()|[\]\\*]/g, '\\$&');
    })
    .join('/');
  const re = new RegExp(`^${src}$`);
  return (path) => {
    const m = re.exec(path);
    if (!m) return null;
    const params: Params = {};
    names.forEach((n, i) => (params[n] = m[i + 1]!));
    return params;
  };
}

const json = (status: number, body: unknown): Reply => ({ status, body });
const noContent = (): Reply => ({ status: 204 });
const error = (status: number, message: string, code: number, extra?: Json): Reply =>
  json(status, { message, code, ...extra });
const invalid = (e: DiscordErrorBody): Reply => json(400, e);

export class FakeRest {
  readonly log = new WaitableLog<RecordedRequest>(
    'a REST request',
    (r) => `${r.method} ${r.path}${r.status !== undefined ? ` -> ${r.status}` : ''}`,
  );
  /** Requests in the order they were answered (hung requests never appear here). */
  readonly answered = new WaitableLog<RecordedRequest>(
    'an answered REST request',
    (r) => `${r.method} ${r.path} -> ${r.status}`,
  );
  private readonly faults = new FaultInjector();
  private readonly routes: Route[] = [];
  private readonly hanging = new Set<ServerResponse>();
  private readonly pendingTimers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly opts: RestOptions) {
    this.defineRoutes();
  }

  // ---- public test API -----------------------------------------------------

  /** Every request received, in order. */
  get requests(): readonly RecordedRequest[] {
    return this.log.entries;
  }

  /** Resolve with the first request (from `since`, default all) matching `predicate`. */
  waitFor(predicate: (r: RecordedRequest) => boolean, opts?: number | WaitOptions): Promise<RecordedRequest> {
    return this.log.waitFor(predicate, opts);
  }

  /** Like `waitFor`, but resolves once the fake has answered (so `status`/`response` are set). */
  waitForAnswered(predicate: (r: RecordedRequest) => boolean, opts?: number | WaitOptions): Promise<RecordedRequest> {
    return this.answered.waitFor(predicate, opts);
  }

  /** Wait for a request by method and path pattern (glob as in `failNext`). */
  waitForRoute(method: string, pathPattern: string | RegExp, opts?: number | WaitOptions): Promise<RecordedRequest> {
    const m = method.toUpperCase();
    const match = compilePathPattern(pathPattern);
    const o: WaitOptions = typeof opts === 'number' ? { timeoutMs: opts } : { ...opts };
    o.description ??= `${m} ${String(pathPattern)}`;
    return this.log.waitFor((r) => r.method === m && match(r.path), o);
  }

  find(predicate: (r: RecordedRequest) => boolean, since?: number): RecordedRequest | undefined {
    return this.log.find(predicate, since);
  }

  filter(predicate: (r: RecordedRequest) => boolean, since?: number): RecordedRequest[] {
    return this.log.filter(predicate, since);
  }

  /** Current log length, to use as `since`. */
  mark(): number {
    return this.log.mark();
  }

  clear(): void {
    this.log.clear();
    this.answered.clear();
  }

  /**
   * Make the next `times` (default 1) matching requests fail. Examples:
   * `failNext({ method: 'POST', pathPattern: '/interactions/**', status: 429, retryAfterSec: 0.2 })`,
   * `failNext({ pathPattern: '/channels/*\/messages', status: 500, times: Infinity })`.
   */
  failNext(spec: FaultSpec): FaultHandle {
    if (spec.status === undefined && !spec.hang && spec.delayMs === undefined) {
      throw new Error('fake-discord: failNext needs status, hang or delayMs');
    }
    return this.faults.add(spec);
  }

  /** Never answer the next matching request(s) (for client timeout tests). */
  hang(spec: Omit<FaultSpec, 'hang' | 'status'> = {}): FaultHandle {
    return this.faults.add({ ...spec, hang: true });
  }

  clearFaults(): void {
    this.faults.clear();
  }

  get activeFaults(): readonly FaultHandle[] {
    return this.faults.active;
  }

  /** Destroy hanging requests and pending delayed answers (used by close()). */
  shutdown(): void {
    this.closed = true;
    for (const t of this.pendingTimers) clearTimeout(t);
    this.pendingTimers.clear();
    for (const res of this.hanging) res.socket?.destroy();
    this.hanging.clear();
  }

  // ---- HTTP entry point ----------------------------------------------------

  handle = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => undefined);
    req.on('end', () => {
      void this.process(req, res, Buffer.concat(chunks)).catch((err: unknown) => {
        this.opts.log?.(`REST handler crashed: ${String(err)}`);
        if (!res.headersSent)
          this.send(res, undefined, json(500, { message: `fake-discord internal error: ${String(err)}`, code: 0 }));
      });
    });
  };

  private async process(req: IncomingMessage, res: ServerResponse, raw: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let fullPath = url.pathname;
    try {
      fullPath = decodeURIComponent(url.pathname);
    } catch {
      /* keep raw */
    }
    let path = fullPath;
    let apiVersion: number | null = null;
    const m = /^\/api(?:\/v(\d+))?(\/.*)?$/.exec(fullPath);
    if (m) {
      apiVersion = m[1] ? Number(m[1]) : null;
      path = m[2] ?? '/';
    }
    const method = (req.method ?? 'GET').toUpperCase();
    const rec: RecordedRequest = {
      seq: this.log.mark(),
      method,
      path,
      fullPath,
      url: req.url ?? '/',
      apiVersion,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: null,
      rawBody: '',
      files: [],
      time: Date.now(),
    };

    let parseError: Reply | null = null;
    const ctype = String(req.headers['content-type'] ?? '');
    if (ctype.startsWith('multipart/form-data')) {
      try {
        const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': ctype } }).formData();
        for (const [field, value] of form.entries()) {
          if (typeof value === 'string') {
            if (field === 'payload_json') {
              rec.rawBody = value;
              rec.body = JSON.parse(value);
            }
          } else {
            const data = Buffer.from(await value.arrayBuffer());
            rec.files.push({ field, filename: value.name, contentType: value.type, size: data.length, data });
          }
        }
      } catch (e) {
        parseError = error(400, `fake-discord: bad multipart body: ${String(e)}`, ErrorCode.InvalidFormBody);
      }
    } else if (raw.length > 0) {
      rec.rawBody = raw.toString('utf8');
      try {
        rec.body = JSON.parse(rec.rawBody);
      } catch {
        parseError = error(400, 'The request body contains invalid JSON.', 50109);
      }
    }
    this.log.push(rec);

    const fault = this.faults.take(method, path);
    if (fault) {
      if (fault.delayMs) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            this.pendingTimers.delete(t);
            resolve();
          }, fault.delayMs);
          this.pendingTimers.add(t);
        });
        if (this.closed) return;
      }
      if (fault.hang) {
        rec.fault = 'hang';
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        return;
      }
      if (fault.status !== undefined) {
        rec.fault = String(fault.status);
        this.send(res, rec, this.faultReply(fault));
        return;
      }
      rec.fault = 'delay';
    }

    if (parseError) {
      this.send(res, rec, parseError);
      return;
    }
    this.send(res, rec, await this.route(rec));
  }

  private faultReply(f: Readonly<FaultSpec>): Reply {
    const status = f.status!;
    const headers: Record<string, string> = { ...f.headers };
    if (status === 429) {
      const retryAfter = f.retryAfterSec ?? 0.1;
      if (!f.omitRetryAfterHeader) headers['retry-after'] = String(retryAfter);
      if (f.global) headers['x-ratelimit-global'] = 'true';
      headers['x-ratelimit-scope'] = f.global ? 'global' : 'user';
      return {
        status,
        headers,
        body: f.body ?? { message: 'You are being rate limited.', retry_after: retryAfter, global: Boolean(f.global) },
      };
    }
    const defaultMessage =
      status >= 500 ? `${status}: Internal Server Error` : `${status}: fake-discord injected error`;
    return { status, headers, body: f.body ?? { message: defaultMessage, code: 0 } };
  }

  private send(res: ServerResponse, rec: RecordedRequest | undefined, reply: Reply): void {
    if (res.headersSent || res.destroyed) return;
    const headers: Record<string, string> = { via: 'fake-discord', ...reply.headers };
    let payload: string | undefined;
    if (reply.body !== undefined && reply.status !== 204) {
      payload = JSON.stringify(reply.body);
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    if (rec) {
      rec.status = reply.status;
      rec.response = reply.body;
    }
    res.writeHead(reply.status, headers);
    res.end(payload);
    if (rec) this.answered.push(rec);
  }

  private async route(rec: RecordedRequest): Promise<Reply> {
    let methodMismatch = false;
    for (const r of this.routes) {
      const params = r.match(rec.path);
      if (!params) continue;
      if (r.method !== rec.method) {
        methodMismatch = true;
        continue;
      }
      if (r.auth) {
        const denied = this.checkAuth(rec.headers);
        if (denied) return denied;
      }
      return r.handler(rec, params);
    }
    if (methodMismatch) return error(405, '405: Method Not Allowed', 0);
    return error(404, '404: Not Found', 0);
  }

  private checkAuth(headers: IncomingHttpHeaders): Reply | null {
    const auth = headers.authorization;
    if (!auth || (this.opts.token !== undefined && auth !== `Bot ${this.opts.token}`)) {
      return error(401, '401: Unauthorized', 0);
    }
    return null;
  }

  private on(method: string, pattern: string, handler: Handler, auth = true): void {
    this.routes.push({ method, match: routePattern(pattern), auth, handler });
  }

  // ---- routes --------------------------------------------------------------

  private defineRoutes(): void {
    const st = this.opts.state;
    const validate = this.opts.validate !== false;

    this.on('GET', '/gateway', () => json(200, { url: this.opts.gatewayUrl() }), false);
    this.on('GET', '/gateway/bot', () =>
      json(200, {
        url: this.opts.gatewayUrl(),
        shards: this.opts.shardCount(),
        session_start_limit: {
          total: 1000,
          remaining: 1000,
          reset_after: 0,
          max_concurrency: this.opts.maxConcurrency,
        },
      }),
    );

    // users & applications
    this.on('GET', '/users/@me', () => json(200, st.bot));
    this.on('GET', '/users/:id', (_r, p) => {
      const u = st.users.get(p.id!);
      return u ? json(200, u) : error(404, 'Unknown User', ErrorCode.UnknownUser);
    });
    this.on('POST', '/users/@me/channels', (r) => {
      const given = (r.body as Json | null)?.recipient_id;
      const recipient = typeof given === 'string' ? given : ''; // a snowflake is a string; anything else is unknown
      if (!st.users.has(recipient)) return error(404, 'Unknown User', ErrorCode.UnknownUser);
      return json(200, st.dmChannelFor(recipient));
    });
    this.on('GET', '/applications/@me', () => json(200, st.applicationPayload()));
    this.on('GET', '/oauth2/applications/@me', () => json(200, st.applicationPayload()));

    // application commands (global and guild)
    const appCheck = (app: string): Reply | null =>
      app === st.applicationId ? null : error(404, 'Unknown Application', ErrorCode.UnknownApplication);
    for (const scope of ['', '/guilds/:guild'] as const) {
      const base = `/applications/:app${scope}/commands`;
      const guildOf = (p: Params): string | undefined => p.guild;
      const guildCheck = (p: Params): Reply | null =>
        p.guild !== undefined && !st.guilds.has(p.guild) ? error(404, 'Unknown Guild', ErrorCode.UnknownGuild) : null;
      this.on('GET', base, (_r, p) => appCheck(p.app!) ?? guildCheck(p) ?? json(200, st.commandsFor(guildOf(p))));
      this.on('PUT', base, (r, p) => {
        const bad = appCheck(p.app!) ?? guildCheck(p);
        if (bad) return bad;
        if (!Array.isArray(r.body)) return error(400, 'Invalid Form Body', ErrorCode.InvalidFormBody);
        return json(200, st.putCommands(r.body as Json[], guildOf(p)));
      });
      this.on('POST', base, (r, p) => {
        const bad = appCheck(p.app!) ?? guildCheck(p);
        if (bad) return bad;
        const body = r.body as Json | null;
        if (!body || typeof body.name !== 'string') return error(400, 'Invalid Form Body', ErrorCode.InvalidFormBody);
        return json(201, st.upsertCommand(body, guildOf(p)));
      });
      this.on('GET', `${base}/:cmd`, (_r, p) => {
        const c = st.commandsFor(guildOf(p)).find((x) => x.id === p.cmd);
        return c ? json(200, c) : error(404, 'Unknown application command', 10063);
      });
      this.on('PATCH', `${base}/:cmd`, (r, p) => {
        const c = st.commandsFor(guildOf(p)).find((x) => x.id === p.cmd);
        if (!c) return error(404, 'Unknown application command', 10063);
        Object.assign(c, r.body as Json, { id: c.id, version: snowflake() });
        return json(200, c);
      });
      this.on('DELETE', `${base}/:cmd`, (_r, p) => {
        const list = st.commandsFor(guildOf(p));
        const i = list.findIndex((x) => x.id === p.cmd);
        if (i < 0) return error(404, 'Unknown application command', 10063);
        list.splice(i, 1);
        return noContent();
      });
    }

    // interaction callback (no Authorization header)
    this.on(
      'POST',
      '/interactions/:id/:token/callback',
      (r, p) => this.interactionCallback(r, p.id!, p.token!, validate),
      false,
    );

    // interaction webhooks (follow-ups, @original)
    const webhookInteraction = (p: Params): InteractionRecord | Reply => {
      const rec = st.interactionsByToken.get(p.token!);
      if (!rec || p.app !== st.applicationId) return error(404, 'Unknown Webhook', ErrorCode.UnknownWebhook);
      return rec;
    };
    const isReply = (x: InteractionRecord | Reply): x is Reply => 'status' in x;
    const resolveMessageId = (rec: InteractionRecord, id: string): string | null =>
      id === '@original'
        ? rec.originalMessageId
        : rec.followupIds.includes(id) || rec.originalMessageId === id
          ? id
          : null;

    this.on(
      'POST',
      '/webhooks/:app/:token',
      (r, p) => {
        const rec = webhookInteraction(p);
        if (isReply(rec)) return rec;
        if (rec.responseType === null) return error(404, 'Unknown Webhook', ErrorCode.UnknownWebhook);
        const body = (r.body ?? {}) as Json;
        if (validate) {
          const bad = validateMessageBody(body, { hasFiles: r.files.length > 0 });
          if (bad) return invalid(bad);
        }
        const msg = st.storeMessage(
          st.buildMessage({
            channelId: String(rec.payload.channel_id),
            author: st.bot,
            body: this.withAttachments(body, r),
            extra: { webhook_id: st.applicationId, application_id: st.applicationId },
          }),
        );
        rec.followupIds.push(msg.id as string);
        return r.query.wait === 'false' ? noContent() : json(200, msg);
      },
      false,
    );
    this.on(
      'GET',
      '/webhooks/:app/:token/messages/:msg',
      (_r, p) => {
        const rec = webhookInteraction(p);
        if (isReply(rec)) return rec;
        const id = resolveMessageId(rec, p.msg!);
        const msg = id ? st.messages.get(id) : undefined;
        return msg ? json(200, msg) : error(404, 'Unknown Message', ErrorCode.UnknownMessage);
      },
      false,
    );
    this.on(
      'PATCH',
      '/webhooks/:app/:token/messages/:msg',
      (r, p) => {
        const rec = webhookInteraction(p);
        if (isReply(rec)) return rec;
        const id = resolveMessageId(rec, p.msg!);
        if (!id || !st.messages.has(id)) return error(404, 'Unknown Message', ErrorCode.UnknownMessage);
        const body = (r.body ?? {}) as Json;
        if (validate) {
          const bad = validateMessageBody(body, { isEdit: true });
          if (bad) return invalid(bad);
        }
        return json(200, st.editMessage(id, this.withAttachments(body, r)));
      },
      false,
    );
    this.on(
      'DELETE',
      '/webhooks/:app/:token/messages/:msg',
      (_r, p) => {
        const rec = webhookInteraction(p);
        if (isReply(rec)) return rec;
        const id = resolveMessageId(rec, p.msg!);
        if (!id || !st.messages.delete(id)) return error(404, 'Unknown Message', ErrorCode.UnknownMessage);
        return noContent();
      },
      false,
    );

    // channels & messages
    const unknownChannel = (): Reply => error(404, 'Unknown Channel', ErrorCode.UnknownChannel);
    this.on('GET', '/channels/:id', (_r, p) => {
      const c = st.channels.get(p.id!);
      return c ? json(200, c) : unknownChannel();
    });
    this.on('GET', '/channels/:id/messages', (r, p) => {
      if (!st.channels.has(p.id!)) return unknownChannel();
      const limit = Math.min(100, Math.max(1, Number(r.query.limit ?? 50) || 50));
      return json(200, st.messagesIn(p.id!).reverse().slice(0, limit));
    });
    this.on('POST', '/channels/:id/messages', (r, p) => {
      if (!st.channels.has(p.id!)) return unknownChannel();
      const body = (r.body ?? {}) as Json;
      if (validate) {
        const bad = validateMessageBody(body, { hasFiles: r.files.length > 0 });
        if (bad) return invalid(bad);
      }
      const msg = st.buildMessage({ channelId: p.id!, author: st.bot, body: this.withAttachments(body, r) });
      return json(200, st.storeMessage(msg));
    });
    this.on('GET', '/channels/:id/messages/:mid', (_r, p) => {
      const msg = st.messages.get(p.mid!);
      return msg && msg.channel_id === p.id ? json(200, msg) : error(404, 'Unknown Message', ErrorCode.UnknownMessage);
    });
    this.on('PATCH', '/channels/:id/messages/:mid', (r, p) => {
      const msg = st.messages.get(p.mid!);
      if (!msg || msg.channel_id !== p.id) return error(404, 'Unknown Message', ErrorCode.UnknownMessage);
      const body = (r.body ?? {}) as Json;
      if (validate) {
        const bad = validateMessageBody(body, { isEdit: true });
        if (bad) return invalid(bad);
      }
      return json(200, st.editMessage(p.mid!, this.withAttachments(body, r)));
    });
    this.on('DELETE', '/channels/:id/messages/:mid', (_r, p) => {
      const msg = st.messages.get(p.mid!);
      if (!msg || msg.channel_id !== p.id) return error(404, 'Unknown Message', ErrorCode.UnknownMessage);
      st.messages.delete(p.mid!);
      return noContent();
    });
    this.on('POST', '/channels/:id/typing', (_r, p) => (st.channels.has(p.id!) ? noContent() : unknownChannel()));
    this.on('PUT', '/channels/:id/messages/:mid/reactions/:emoji/@me', () => noContent());
    this.on('DELETE', '/channels/:id/messages/:mid/reactions/:emoji/@me', () => noContent());

    // guilds
    this.on('GET', '/guilds/:id', (_r, p) =>
      st.guilds.has(p.id!) ? json(200, st.guildPayload(p.id!)) : error(404, 'Unknown Guild', ErrorCode.UnknownGuild),
    );
    this.on('GET', '/guilds/:id/channels', (_r, p) => {
      const g = st.guilds.get(p.id!);
      return g
        ? json(
            200,
            g.channelIds.map((c) => st.channels.get(c)),
          )
        : error(404, 'Unknown Guild', ErrorCode.UnknownGuild);
    });
    this.on('GET', '/guilds/:id/members/:uid', (_r, p) => {
      const g = st.guilds.get(p.id!);
      if (!g) return error(404, 'Unknown Guild', ErrorCode.UnknownGuild);
      return g.memberIds.includes(p.uid!) ? json(200, st.member(g.id, p.uid!)) : error(404, 'Unknown Member', 10007);
    });
  }

  /** Turn uploaded files into attachment objects on the stored message. */
  private withAttachments(body: Json, r: RecordedRequest): Json {
    if (r.files.length === 0) return body;
    const base = this.opts.baseUrl();
    const attachments = r.files.map((f) => {
      const id = snowflake();
      return {
        id,
        filename: f.filename,
        size: f.size,
        content_type: f.contentType || 'application/octet-stream',
        url: `${base}/attachments/${id}/${encodeURIComponent(f.filename)}`,
        proxy_url: `${base}/attachments/${id}/${encodeURIComponent(f.filename)}`,
      };
    });
    return { ...body, attachments };
  }

  private interactionCallback(r: RecordedRequest, id: string, token: string, validate: boolean): Reply {
    const st = this.opts.state;
    const rec = st.interactions.get(id);
    if (!rec || rec.token !== token) return error(404, 'Unknown interaction', ErrorCode.UnknownInteraction);
    const timeout = this.opts.interactionTimeoutMs;
    if (timeout !== undefined && rec.responseType === null && Date.now() - rec.createdAt > timeout) {
      return error(404, 'Unknown interaction', ErrorCode.UnknownInteraction);
    }
    if (rec.responseType !== null) {
      return error(400, 'Interaction has already been acknowledged.', ErrorCode.InteractionAlreadyAcknowledged);
    }
    const body = (r.body ?? {}) as Json;
    const type = Number(body.type);
    const data = (body.data ?? {}) as Json;
    const isCommand = rec.type === InteractionType.ApplicationCommand;
    const channelId = String(rec.payload.channel_id);
    const user = (rec.payload.member as Json | undefined)?.user ?? rec.payload.user;
    const meta = {
      webhook_id: st.applicationId,
      application_id: st.applicationId,
      interaction_metadata: {
        id: rec.id,
        type: rec.type,
        user,
        authorizing_integration_owners: rec.payload.authorizing_integration_owners ?? {},
      },
      type: isCommand ? MessageType.ChatInputCommand : MessageType.Reply,
    };
    let message: Json | undefined;

    switch (type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        if (validate) {
          const bad = validateMessageBody(data, { hasFiles: r.files.length > 0, prefix: 'data.' });
          if (bad) return invalid(bad);
        }
        message = st.storeMessage(
          st.buildMessage({ channelId, author: st.bot, body: this.withAttachments(data, r), extra: meta }),
        );
        rec.originalMessageId = message.id as string;
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags = (typeof data.flags === 'number' ? data.flags : 0) | MessageFlags.Loading;
        message = st.storeMessage(st.buildMessage({ channelId, author: st.bot, body: { flags }, extra: meta }));
        rec.originalMessageId = message.id as string;
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
        break;
      case InteractionResponseType.UpdateMessage: {
        if (validate) {
          const bad = validateMessageBody(data, { isEdit: true, prefix: 'data.' });
          if (bad) return invalid(bad);
        }
        if (rec.originalMessageId) message = st.editMessage(rec.originalMessageId, this.withAttachments(data, r));
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        if (rec.type !== InteractionType.ApplicationCommandAutocomplete) {
          return error(400, 'Interaction response type not valid for this interaction', ErrorCode.InvalidFormBody);
        }
        if (validate) {
          const bad = validateAutocompleteChoices(data);
          if (bad) return invalid(bad);
        }
        break;
      }
      case InteractionResponseType.Modal:
      case InteractionResponseType.PremiumRequired:
      case InteractionResponseType.LaunchActivity:
        break;
      default:
        return error(400, 'Invalid Form Body', ErrorCode.InvalidFormBody, {
          errors: {
            type: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: `Value must be one of a valid response type.` }] },
          },
        });
    }
    rec.responseType = type;
    rec.response = body;

    if (r.query.with_response === 'true') {
      const msg = message ?? (rec.originalMessageId ? st.messages.get(rec.originalMessageId) : undefined);
      const flags = typeof msg?.flags === 'number' ? msg.flags : 0;
      const resource: Json = { type };
      if (msg && type !== InteractionResponseType.ApplicationCommandAutocompleteResult) resource.message = msg;
      return json(200, {
        interaction: {
          id: rec.id,
          type: rec.type,
          response_message_id: msg?.id ?? null,
          response_message_loading: (flags & MessageFlags.Loading) !== 0,
          response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
        },
        resource,
      });
    }
    return noContent();
  }
}
