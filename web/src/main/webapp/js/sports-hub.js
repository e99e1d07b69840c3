// sports-hub.js: the hub's client for browsers and Node.js (one ES module, no dependencies).
//
// It speaks the WebSocket protocol of docs/protocol.md: it reconnects with capped exponential
// backoff and jitter, resumes every subscription with `since`, re-subscribes on a seq jump, takes
// `reset` and `conflated` snapshots, keeps each channel's state, refreshes tokens, sends
// match_commands with a client id that makes retries safe, and polls the REST reads when the
// socket cannot be opened at all. See docs/client.md.

/** Connection states, as `hub.state` and in the `state` event. */
export const States = Object.freeze({
  CONNECTING: 'connecting',
  CONNECTED: 'connected',
  RECONNECTING: 'reconnecting',
  OFFLINE: 'offline',
  POLLING: 'polling',
  CLOSED: 'closed',
});

const DEFAULTS = Object.freeze({
  backoff: { initialMs: 500, maxMs: 30000, factor: 2, jitter: 0.5 },
  heartbeatMs: 0, // 0: the hub's (welcome.heartbeatMs)
  heartbeatTimeoutMs: 0, // 0: twice the heartbeat
  pollAfterFailures: 3,
  pollIntervalMs: 15000,
  commandTimeoutMs: 10000,
  commandAttempts: 5,
  refreshBeforeExpiryMs: 60000,
});

/**
 * The delay before reconnect attempt `attempt` (0 for the first): exponential from `initialMs`,
 * capped at `maxMs`, less a random share of up to `jitter` of it, so that clients that lost the same
 * node do not all come back at once.
 * @param {number} attempt
 * @param {{initialMs?: number, maxMs?: number, factor?: number, jitter?: number}} [options]
 * @param {() => number} [random]
 * @returns {number} milliseconds
 */
export function backoffDelay(attempt, options = {}, random = Math.random) {
  const { initialMs, maxMs, factor, jitter } = { ...DEFAULTS.backoff, ...options };
  const ceiling = Math.min(maxMs, initialMs * Math.pow(factor, Math.max(0, attempt)));
  return Math.round(ceiling * (1 - jitter * random()));
}

function isKeyedArray(value) {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((e) => e !== null && typeof e === 'object' && 'key' in e)
  );
}

/**
 * Merges a delta into held state as the protocol describes for odds and racing: objects field by
 * field, arrays of elements with a `key` element by element (new keys are added), anything else
 * replaced. Returns the merged value (the target, changed in place, where it is an object).
 * @param {any} target
 * @param {any} delta
 * @returns {any}
 */
export function mergeKeyed(target, delta) {
  if (delta === null || typeof delta !== 'object' || Array.isArray(delta)) {
    if (isKeyedArray(delta) && Array.isArray(target)) {
      for (const element of delta) {
        const at = target.findIndex((t) => t && t.key === element.key);
        if (at < 0) target.push(element);
        else target[at] = mergeKeyed(target[at], element);
      }
      return target;
    }
    return delta;
  }
  if (target === null || typeof target !== 'object' || Array.isArray(target)) {
    return delta;
  }
  for (const [field, value] of Object.entries(delta)) {
    target[field] = mergeKeyed(target[field], value);
  }
  return target;
}

/**
 * Counts each side's cards from the events, as the hub does (a second yellow is a yellow and a
 * red): a match_update that adds a card carries no statistics.
 */
function countCards(state) {
  const statistics = state.statistics || (state.statistics = {});
  for (const side of ['home', 'away']) {
    const own = (state.events || []).filter((e) => e.side === side);
    const count = (...types) => own.filter((e) => types.includes(e.type)).length;
    statistics[side] = {
      ...(statistics[side] || {}),
      yellowCards: count('yellow_card', 'second_yellow'),
      redCards: count('red_card', 'second_yellow'),
    };
  }
}

/**
 * Applies one update to a channel's state and returns the new state. Odds and racing deltas are
 * merged by key (a closed odds event leaves its sport); a match update replaces the match, adds or
 * rewrites its event and replaces the statistics; the live list and a table come whole.
 * @param {string} channel
 * @param {any} state
 * @param {string} event
 * @param {any} data
 * @returns {any}
 */
export function applyUpdate(channel, state, event, data) {
  if (event === 'live_matches_update' || event === 'standings_update') return data;
  if (event === 'match_update') {
    const next = state && typeof state === 'object' ? state : { match: null, events: [], statistics: null };
    if (data.match) next.match = data.match;
    if (data.event) {
      const events = Array.isArray(next.events) ? next.events : (next.events = []);
      const at = events.findIndex((e) => e.eventId === data.event.eventId);
      if (at < 0) events.push(data.event);
      else events[at] = data.event;
      events.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    }
    if (data.statistics) next.statistics = data.statistics;
    if (data.event) countCards(next);
    return next;
  }
  if (state === null || state === undefined || typeof data !== 'object' || data === null) {
    return state;
  }
  const merged = mergeKeyed(state, data);
  if (channel.startsWith('odds:') && Array.isArray(merged.events)) {
    merged.events = merged.events.filter((e) => e.status !== 'closed');
  }
  return merged;
}

/** An event as REST reads it, with the `key`s the socket's snapshots carry. */
function keyedEvent(event) {
  return {
    key: event.eventId,
    ...event,
    prices: (event.prices || []).map((p) => ({ key: `${p.market}/${p.outcome}/${p.bookmaker}`, ...p })),
    consensus: (event.consensus || []).map((line) => ({
      key: line.point === null || line.point === undefined ? line.market : `${line.market}/${Number(line.point)}`,
      ...line,
      outcomes: (line.outcomes || []).map((o) => ({ key: o.outcome, ...o })),
    })),
  };
}

/** A race card or a meeting as REST reads it, with the socket's `key`s. */
function keyedRacing(body) {
  const keyed = (list, key) => (Array.isArray(list) ? list.map((e) => ({ key: String(key(e)), ...e })) : list);
  const next = { ...body };
  if (next.runners) next.runners = keyed(next.runners, (r) => r.cloth);
  if (next.pools) next.pools = keyed(next.pools, (p) => p.pool).map((p) => ({ ...p, dividends: keyed(p.dividends, (d) => d.cloth) }));
  if (next.result && next.result.placings) next.result = { ...next.result, placings: keyed(next.result.placings, (p) => p.cloth) };
  if (next.races) next.races = keyed(next.races, (r) => r.raceId);
  if (next.news) next.news = keyed(next.news, (n) => n.newsId);
  return next;
}

/** Where the REST API serves what a channel's snapshot holds, when polling stands in. */
export function restRead(channel) {
  const [family, ...rest] = channel.split(':');
  const id = encodeURIComponent(rest.join(':'));
  if (family === 'odds' && rest[0] === 'event') {
    const eventId = encodeURIComponent(rest.slice(1).join(':'));
    return { path: `/api/odds/events/${eventId}`, shape: (e) => ({ sportKey: e.sportKey, events: [keyedEvent(e)] }) };
  }
  if (family === 'odds') {
    return { path: `/api/odds/live?sport=${id}`, shape: (events) => ({ sportKey: rest[0], events: events.map(keyedEvent) }) };
  }
  if (family === 'race') return { path: `/api/racing/races/${id}`, shape: keyedRacing };
  if (family === 'racing' && rest[0] === 'meeting') {
    return { path: `/api/racing/meetings/${encodeURIComponent(rest[1])}`, shape: keyedRacing };
  }
  if (family === 'match') return { path: `/api/matches/${id}`, shape: (m) => m };
  if (channel === 'matches:live') return { path: '/api/matches/live', shape: (l) => l };
  if (family === 'standings') {
    return { path: `/api/matches/standings/${id}?live=true`, shape: (t) => t };
  }
  return null;
}

let commandCounter = 0;

/** A client id for a match command: unique per page load, safe to send again. */
export function newClientId() {
  const random =
    globalThis.crypto && typeof globalThis.crypto.randomUUID === 'function'
      ? globalThis.crypto.randomUUID().slice(0, 13)
      : Math.random().toString(36).slice(2, 15);
  commandCounter += 1;
  return `c-${random}-${commandCounter}`;
}

/** An error answer of the hub (`code`, `message` and the fields it came with). */
export class HubError extends Error {
  constructor(message) {
    super(message.message || message.code);
    this.name = 'HubError';
    this.code = message.code;
    this.details = message;
  }
}

class Emitter {
  constructor() {
    this.listeners = new Map();
  }
  on(name, listener) {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    this.listeners.get(name).add(listener);
    return () => this.off(name, listener);
  }
  off(name, listener) {
    const set = this.listeners.get(name);
    if (set) set.delete(listener);
  }
  emit(name, ...args) {
    const set = this.listeners.get(name);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(...args);
      } catch (e) {
        console.error(`sports-hub: a '${name}' listener failed`, e);
      }
    }
  }
}

/**
 * One channel the caller follows. `state` is `pending` (asked), `subscribed`, `resuming` (asked
 * again with `since`, after a reconnect or a gap), `polling`, `error` or `closed`; `data` is the
 * channel's state (the snapshot with every update applied) and `seq` the last seq applied.
 */
export class Subscription extends Emitter {
  constructor(hub, channel, handlers) {
    super();
    this.hub = hub;
    this.channel = channel;
    this.handlers = handlers || {};
    this.state = 'pending';
    this.seq = null;
    this.data = null;
    this.error = null;
    this.updatedAt = null;
    this.recovered = false; // the last `subscribed` was a replay after `since`
  }

  setState(state) {
    if (this.state === state) return;
    this.state = state;
    this.emit('state', state);
    this.call('onState', state, this);
  }

  /** Calls the caller's handler; a handler that throws does not stop the client. */
  call(name, ...args) {
    const handler = this.handlers[name];
    if (!handler) return;
    try {
      handler(...args);
    } catch (e) {
      console.error(`sports-hub: ${name} of ${this.channel} failed`, e);
    }
  }

  /** Stops following the channel. */
  unsubscribe() {
    this.hub.unsubscribe(this);
  }
}

/**
 * A connection to the hub, kept up until `close()`.
 */
export class Hub extends Emitter {
  /**
   * @param {string} url ws(s)://host/ws
   * @param {object} [options] see sports-hub.d.ts (ConnectOptions)
   */
  constructor(url, options = {}) {
    super();
    this.url = url;
    this.options = { ...DEFAULTS, ...options, backoff: { ...DEFAULTS.backoff, ...(options.backoff || {}) } };
    this.WebSocket = options.WebSocket || globalThis.WebSocket;
    if (typeof this.WebSocket !== 'function') {
      throw new TypeError('sports-hub: no WebSocket here; pass one as options.WebSocket (Node.js: the ws package)');
    }
    this.fetch = 'fetch' in options ? options.fetch : globalThis.fetch ? globalThis.fetch.bind(globalThis) : null;
    this.restBase = options.restBase || url.replace(/^ws/, 'http').replace(/\/ws(\?.*)?$/, '');
    this.state = States.CONNECTING;
    this.subscriptions = new Map();
    this.pendingCommands = new Map();
    this.socket = null;
    this.attempt = 0;
    this.failedOpens = 0;
    this.welcome = null;
    this.user = null;
    this.systemStatus = null;
    this.lastMessageAt = 0;
    this.connectedAt = null;
    this.timers = new Set();
    this.heartbeat = null;
    this.reconnectTimer = null;
    this.pollTimer = null;
    this.refreshTimer = null;
    this.requests = 0;
    this.closed = false;
    this.onOnline = () => this.wake();
    this.onOffline = () => this.sleep();
    if (typeof globalThis.addEventListener === 'function' && options.watchNetwork !== false) {
      globalThis.addEventListener('online', this.onOnline);
      globalThis.addEventListener('offline', this.onOffline);
    }
    if (options.watchNetwork !== false && globalThis.navigator && globalThis.navigator.onLine === false) {
      this.setState(States.OFFLINE);
    } else {
      this.open();
    }
  }

  // ----- connection -----

  setState(state) {
    if (this.state === state) return;
    const previous = this.state;
    this.state = state;
    this.emit('state', state, previous);
  }

  async token() {
    if (this.options.getToken) return this.options.getToken();
    return this.options.token || null;
  }

  open() {
    if (this.closed) return;
    this.clearReconnect();
    let socket;
    try {
      socket = new this.WebSocket(this.url);
    } catch (e) {
      this.failedOpens += 1;
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      this.lastMessageAt = Date.now();
    };
    socket.onmessage = (frame) => {
      if (this.socket !== socket) return;
      this.lastMessageAt = Date.now();
      let message;
      try {
        message = JSON.parse(frame.data);
      } catch (e) {
        return;
      }
      this.receive(message);
    };
    socket.onerror = () => {};
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.stopHeartbeat();
      if (!opened) this.failedOpens += 1;
      this.emit('disconnected', { code: event && event.code, reason: event && event.reason });
      if (event && event.code === 4009) {
        this.emit('error', new HubError({ code: 'TOO_MANY_CONNECTIONS', message: 'too many connections' }));
        this.setState(States.CLOSED);
        return;
      }
      if (this.closed || this.state === States.OFFLINE) return;
      this.scheduleReconnect();
    };
  }

  /** Drops the connection and reconnects at once (also on a missed heartbeat). */
  reconnect() {
    const socket = this.socket;
    this.socket = null;
    this.stopHeartbeat();
    if (socket) {
      try {
        socket.close(4000, 'reconnecting');
      } catch (e) {
        // already closing
      }
    }
    if (this.closed || this.state === States.OFFLINE) return;
    this.scheduleReconnect();
  }

  scheduleReconnect() {
    if (this.closed) return;
    for (const sub of this.subscriptions.values()) {
      if (sub.state === 'subscribed') sub.setState('resuming');
    }
    if (this.state !== States.POLLING) this.setState(States.RECONNECTING);
    const delay = backoffDelay(this.attempt, this.options.backoff, this.options.random);
    this.attempt += 1;
    this.emit('reconnect_scheduled', { attempt: this.attempt, delay });
    this.clearReconnect();
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.open();
    }, delay);
    if (this.failedOpens >= this.options.pollAfterFailures && this.state !== States.POLLING) {
      this.tryPolling();
    }
  }

  clearReconnect() {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
  }

  /** The browser went offline: stop trying until it is back. */
  sleep() {
    this.clearReconnect();
    this.stopPolling();
    this.setState(States.OFFLINE);
    const socket = this.socket;
    this.socket = null;
    this.stopHeartbeat();
    if (socket) socket.close(1000, 'offline');
  }

  /** The browser is online again: reconnect now. */
  wake() {
    if (this.closed) return;
    if (this.state === States.OFFLINE || this.state === States.RECONNECTING || this.state === States.POLLING) {
      this.attempt = 0;
      if (this.state === States.OFFLINE) this.setState(States.RECONNECTING);
      if (!this.socket) this.open();
    }
  }

  /** Closes the connection for good. */
  close() {
    this.closed = true;
    this.clearReconnect();
    this.stopHeartbeat();
    this.stopPolling();
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (typeof globalThis.removeEventListener === 'function') {
      globalThis.removeEventListener('online', this.onOnline);
      globalThis.removeEventListener('offline', this.onOffline);
    }
    if (this.socket) this.socket.close(1000, 'closed');
    this.socket = null;
    for (const pending of this.pendingCommands.values()) {
      pending.reject(new HubError({ code: 'CLOSED', message: 'the client was closed' }));
    }
    this.pendingCommands.clear();
    this.setState(States.CLOSED);
  }

  send(message) {
    if (!this.socket || this.socket.readyState !== 1) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  /**
   * Browsers cannot see the hub's WebSocket pings, so the client sends a `ping` when the line has
   * been quiet for half a heartbeat and reconnects when nothing at all came for the timeout.
   */
  startHeartbeat(hubHeartbeatMs) {
    this.stopHeartbeat();
    const every = this.options.heartbeatMs || hubHeartbeatMs || 25000;
    const timeout = this.options.heartbeatTimeoutMs || 2 * every;
    this.heartbeat = setInterval(() => {
      const silent = Date.now() - this.lastMessageAt;
      if (silent >= timeout) {
        this.emit('heartbeat_missed', { silentMs: silent });
        this.reconnect();
      } else if (silent >= every / 2) {
        this.send({ type: 'ping' });
      }
    }, Math.max(10, Math.floor(every / 4)));
  }

  stopHeartbeat() {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  // ----- messages -----

  receive(message) {
    switch (message.type) {
      case 'welcome':
        return this.welcomed(message);
      case 'authenticated':
        return this.authenticated(message);
      case 'subscribed':
        return this.subscribed(message);
      case 'update':
        return this.updated(message);
      case 'system_status':
        this.systemStatus = message.data;
        this.emit('system_status', message.data, { channel: message.channel, ts: message.ts });
        return;
      case 'command_result':
        return this.commandAnswered(message);
      case 'error':
        return this.failed(message);
      case 'unsubscribed':
      case 'pong':
      case 'subscriptions':
        this.emit(message.type, message);
        return;
      default:
        this.emit('message', message);
    }
  }

  async welcomed(message) {
    this.welcome = message;
    this.attempt = 0;
    this.failedOpens = 0;
    this.stopPolling();
    this.startHeartbeat(message.heartbeatMs);
    this.emit('welcome', message);
    const socket = this.socket;
    let token = null;
    try {
      token = await this.token();
    } catch (e) {
      this.emit('error', e);
    }
    if (this.socket !== socket) return;
    if (token) {
      this.authWaiting = true;
      this.send({ type: 'auth', token, id: 'auth' });
    } else {
      this.ready();
    }
  }

  authenticated(message) {
    this.user = { subject: message.subject, roles: message.roles || [], expiresAt: message.expiresAt };
    this.emit('authenticated', this.user);
    this.scheduleRefresh(message.expiresAt);
    if (this.authWaiting) {
      this.authWaiting = false;
      this.ready();
    } else {
      // a refreshed token: channels of the user left when the old token ran out come back
      for (const sub of this.subscriptions.values()) {
        if (sub.channel.startsWith('user:') && sub.state !== 'subscribed') this.request([sub], true);
      }
    }
  }

  scheduleRefresh(expiresAt) {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
    if (!expiresAt || !this.options.getToken) return;
    const wait = Date.parse(expiresAt) - Date.now() - this.options.refreshBeforeExpiryMs;
    this.refreshTimer = setTimeout(() => this.refreshToken(), Math.max(0, wait));
  }

  async refreshToken() {
    try {
      const token = await this.token();
      if (token) this.send({ type: 'auth', token, id: 'auth-refresh' });
    } catch (e) {
      this.emit('error', e);
    }
  }

  /** Connected (and signed in): every subscription resumes, unanswered commands go again. */
  ready() {
    this.connectedAt = Date.now();
    this.setState(States.CONNECTED);
    const subs = [...this.subscriptions.values()];
    if (subs.length > 0) this.request(subs, true);
    for (const pending of this.pendingCommands.values()) this.sendCommand(pending);
  }

  /** Asks for the subscriptions in one message, each with `since` where it has a seq. */
  request(subs, resume) {
    if (subs.length === 0) return;
    const since = {};
    for (const sub of subs) {
      if (resume && sub.seq !== null) since[sub.channel] = sub.seq;
      sub.setState(sub.seq !== null ? 'resuming' : 'pending');
    }
    this.requests += 1;
    const message = { type: 'subscribe', id: `sub-${this.requests}` };
    if (subs.length === 1) message.channel = subs[0].channel;
    else message.channels = subs.map((s) => s.channel);
    if (Object.keys(since).length > 0) message.since = since;
    this.send(message);
  }

  subscribed(message) {
    const sub = this.subscriptions.get(message.channel);
    if (!sub) return;
    if (message.reset) {
      // the cluster lost its history: seqs start again at 1
      sub.seq = message.recovered ? 0 : null;
    }
    sub.error = null;
    sub.recovered = Boolean(message.recovered);
    if (!message.recovered) {
      sub.data = message.snapshot;
      sub.seq = message.seq;
      sub.updatedAt = Date.now();
      sub.call('onSnapshot', sub.data, message, sub);
      sub.emit('snapshot', sub.data, message);
      this.emit('snapshot', sub.channel, sub.data, message);
    } else if (sub.seq === null) {
      sub.seq = 0;
    }
    // recovered: the missed updates follow; sub.seq moves with them
    sub.setState('subscribed');
  }

  updated(message) {
    const sub = this.subscriptions.get(message.channel);
    if (!sub) return;
    if (sub.state !== 'subscribed') return; // a replay or a snapshot is on its way
    if (typeof message.seq === 'number' && sub.seq !== null) {
      if (message.seq <= sub.seq) return; // applied already
      if (message.seq > sub.seq + 1) {
        this.emit('gap', { channel: sub.channel, expected: sub.seq + 1, got: message.seq });
        this.request([sub], true);
        return;
      }
    }
    if (typeof message.seq === 'number') sub.seq = message.seq;
    sub.data = applyUpdate(sub.channel, sub.data, message.event, message.data);
    sub.updatedAt = Date.now();
    const meta = { channel: message.channel, seq: message.seq, ts: message.ts, event: message.event, subscription: sub };
    sub.call('onUpdate', sub.data, message, sub);
    sub.emit('update', sub.data, message);
    this.emit('update', message, sub);
    if (message.event) this.emit(message.event, message.data, meta);
  }

  failed(message) {
    if (message.code === 'TOKEN_EXPIRED') {
      this.user = null;
      this.emit('token_expired', message);
      if (this.options.getToken) this.refreshToken();
      if (this.authWaiting) {
        this.authWaiting = false;
        this.ready();
      }
      for (const sub of this.subscriptions.values()) {
        if (sub.channel.startsWith('user:')) sub.setState('pending');
      }
      return;
    }
    if (message.id === 'auth' && this.authWaiting) {
      // a refused token: carry on anonymously
      this.authWaiting = false;
      this.emit('error', new HubError(message));
      this.ready();
      return;
    }
    const pending = message.clientId ? this.pendingCommands.get(message.clientId) : null;
    if (pending || (typeof message.id === 'string' && this.pendingCommands.has(message.id))) {
      const command = pending || this.pendingCommands.get(message.id);
      if (message.code === 'INTERNAL' || message.code === 'RATE_LIMITED') {
        setTimeout(() => this.sendCommand(command), backoffDelay(command.attempts, this.options.backoff));
        return;
      }
      this.pendingCommands.delete(command.clientId);
      clearTimeout(command.timer);
      command.reject(new HubError(message));
      return;
    }
    if (message.channel && this.subscriptions.has(message.channel)) {
      const sub = this.subscriptions.get(message.channel);
      sub.error = new HubError(message);
      sub.setState('error');
      sub.call('onError', sub.error, sub);
      sub.emit('error', sub.error);
    }
    this.emit('error', new HubError(message));
  }

  // ----- subscriptions -----

  /**
   * Follows a channel: `onSnapshot(state)` with its state, then `onUpdate(state, update)` per
   * update, state already applied. Subscribing to a channel followed already returns its
   * subscription.
   * @param {string} channel
   * @param {{onSnapshot?: Function, onUpdate?: Function, onState?: Function, onError?: Function}} [handlers]
   * @returns {Subscription}
   */
  subscribe(channel, handlers = {}) {
    const existing = this.subscriptions.get(channel);
    if (existing) {
      existing.handlers = { ...existing.handlers, ...handlers };
      if (existing.data !== null) existing.call('onSnapshot', existing.data, null, existing);
      return existing;
    }
    const sub = new Subscription(this, channel, handlers);
    this.subscriptions.set(channel, sub);
    if (this.state === States.CONNECTED) this.request([sub], false);
    else if (this.state === States.POLLING) this.pollNow();
    return sub;
  }

  unsubscribe(sub) {
    if (this.subscriptions.get(sub.channel) !== sub) return;
    this.subscriptions.delete(sub.channel);
    sub.setState('closed');
    this.send({ type: 'unsubscribe', channel: sub.channel });
  }

  // ----- the seed designs' names -----

  subscribeSport(sportKey, handlers) {
    return this.subscribe(`odds:${sportKey}`, handlers);
  }
  subscribeOdds(target, handlers) {
    return this.subscribe(target.eventId ? `odds:event:${target.eventId}` : `odds:${target.sport}`, handlers);
  }
  subscribeRace(raceId, handlers) {
    return this.subscribe(`race:${raceId}`, handlers);
  }
  subscribeRaces(raceIds, handlers) {
    return raceIds.map((id) => this.subscribeRace(id, handlers));
  }
  subscribeMeeting(meetingId, handlers) {
    return this.subscribe(`racing:meeting:${meetingId}`, handlers);
  }
  subscribeMatch(matchId, handlers) {
    return this.subscribe(`match:${matchId}`, handlers);
  }
  subscribeLiveMatches(handlers) {
    return this.subscribe('matches:live', handlers);
  }
  subscribeStandings(competition, handlers) {
    return this.subscribe(`standings:${competition}`, handlers);
  }
  subscribeNews(handlers) {
    return this.subscribe('news', handlers);
  }
  subscribeUser(subject, handlers) {
    return this.subscribe(`user:${subject}`, handlers);
  }

  // ----- match commands -----

  /**
   * Sends a match_command (start, pause, resume, end, add_event, ...) and resolves with its
   * command_result. The client id is generated once, so a command sent again after a reconnect or a
   * lost answer is applied once (the hub answers `duplicate` with the match as it stands).
   * @param {string} matchId
   * @param {string} command
   * @param {object} [fields] what the command needs (event, eventId, kickoff, winner, minute...)
   * @returns {Promise<object>}
   */
  command(matchId, command, fields = {}) {
    const clientId = fields.clientId || newClientId();
    return new Promise((resolve, reject) => {
      const pending = {
        clientId,
        attempts: 0,
        timer: null,
        message: { ...fields, type: 'match_command', id: clientId, matchId, command, clientId },
        resolve,
        reject,
      };
      this.pendingCommands.set(clientId, pending);
      this.sendCommand(pending);
    });
  }

  sendCommand(pending) {
    if (!this.pendingCommands.has(pending.clientId)) return;
    clearTimeout(pending.timer);
    if (pending.attempts >= this.options.commandAttempts) {
      this.pendingCommands.delete(pending.clientId);
      pending.reject(new HubError({ code: 'TIMEOUT', message: 'no answer to the command' }));
      return;
    }
    if (this.state === States.CONNECTED && this.send(pending.message)) {
      pending.attempts += 1;
    }
    // no answer in time (or not connected): send the same command again; the client id makes it safe
    pending.timer = setTimeout(() => this.sendCommand(pending), this.options.commandTimeoutMs);
  }

  commandAnswered(message) {
    const pending = this.pendingCommands.get(message.clientId);
    this.emit('command_result', message);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pendingCommands.delete(message.clientId);
    pending.resolve(message);
  }

  // ----- REST polling, when the socket cannot be opened at all -----

  async tryPolling() {
    if (!this.fetch || this.closed) return;
    try {
      const answer = await this.fetch(`${this.restBase}/health/ready`);
      if (!answer.ok || this.state === States.CONNECTED || this.closed) return;
    } catch (e) {
      return; // the hub itself is away: keep reconnecting
    }
    this.setState(States.POLLING);
    this.pollNow();
  }

  pollNow() {
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
    this.poll().finally(() => {
      if (this.state === States.POLLING) {
        this.pollTimer = setTimeout(() => this.pollNow(), this.options.pollIntervalMs);
      }
    });
  }

  async poll() {
    for (const sub of [...this.subscriptions.values()]) {
      const read = restRead(sub.channel);
      if (!read || this.state !== States.POLLING) continue;
      try {
        const answer = await this.fetch(this.restBase + read.path);
        if (!answer.ok) continue;
        const body = await answer.json();
        if (this.state !== States.POLLING) return;
        sub.data = read.shape(body);
        sub.seq = null; // polled state has no seq: the socket will send a fresh snapshot
        sub.updatedAt = Date.now();
        sub.setState('polling');
        const message = { type: 'subscribed', channel: sub.channel, polled: true, snapshot: sub.data };
        sub.call('onSnapshot', sub.data, message, sub);
        sub.emit('snapshot', sub.data, message);
        this.emit('snapshot', sub.channel, sub.data, message);
      } catch (e) {
        // try again at the next poll
      }
    }
  }

  stopPolling() {
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }
}

/**
 * Connects to the hub and keeps the connection up.
 * @param {string} url ws(s)://host/ws
 * @param {object} [options] token or getToken(), backoff, heartbeat, polling (see the .d.ts)
 * @returns {Hub}
 */
export function connect(url, options) {
  return new Hub(url, options);
}

/** The hub's WebSocket URL for a page the hub serves. */
export function defaultUrl(location = globalThis.location) {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}
