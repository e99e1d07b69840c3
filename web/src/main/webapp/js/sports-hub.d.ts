// Types of sports-hub.js, the hub's client (docs/client.md).

export type ConnectionState =
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  | 'offline'
  | 'polling'
  | 'closed';

export type SubscriptionState =
  | 'pending'
  | 'subscribed'
  | 'resuming'
  | 'polling'
  | 'error'
  | 'closed';

export declare const States: Readonly<{
  CONNECTING: 'connecting';
  CONNECTED: 'connected';
  RECONNECTING: 'reconnecting';
  OFFLINE: 'offline';
  POLLING: 'polling';
  CLOSED: 'closed';
}>;

export interface BackoffOptions {
  /** First delay (ms), default 500. */
  initialMs?: number;
  /** Longest delay (ms), default 30000. */
  maxMs?: number;
  /** Growth per attempt, default 2. */
  factor?: number;
  /** Share of a delay taken off at random (0..1), default 0.5. */
  jitter?: number;
}

export interface ConnectOptions {
  /** A JWT sent with `auth` after `welcome`. */
  token?: string;
  /** Called for each connection and before the token expires; wins over `token`. */
  getToken?: () => string | null | Promise<string | null>;
  backoff?: BackoffOptions;
  /** Ping interval (ms); default the hub's `welcome.heartbeatMs`. */
  heartbeatMs?: number;
  /** Silence (ms) after which the connection counts as dead; default twice the heartbeat. */
  heartbeatTimeoutMs?: number;
  /** Failed socket opens in a row before polling REST (when REST answers); default 3. */
  pollAfterFailures?: number;
  /** Interval of REST polling (ms); default 15000. */
  pollIntervalMs?: number;
  /** Time (ms) before an unanswered match_command is sent again; default 10000. */
  commandTimeoutMs?: number;
  /** Sends of a match_command before it fails with TIMEOUT; default 5. */
  commandAttempts?: number;
  /** How long (ms) before `expiresAt` a fresh token is asked for; default 60000. */
  refreshBeforeExpiryMs?: number;
  /** The REST API's base URL; default the socket's origin. */
  restBase?: string;
  /** Follow the browser's online/offline events; default true. */
  watchNetwork?: boolean;
  /** A WebSocket implementation (Node.js before 22: the `ws` package). */
  WebSocket?: unknown;
  /** A fetch implementation, or null to never poll. */
  fetch?: typeof fetch | null;
  /** A source of randomness for the jitter (tests). */
  random?: () => number;
}

export interface UpdateMessage<T = any> {
  type: 'update';
  channel: string;
  seq: number;
  event: string;
  data: T;
  ts: number;
}

export interface SubscribedMessage<T = any> {
  type: 'subscribed';
  channel: string;
  seq?: number;
  recovered?: boolean;
  reset?: boolean;
  conflated?: boolean;
  polled?: boolean;
  snapshot: T | null;
}

export interface SubscriptionHandlers<T = any> {
  /** The channel's state was replaced: a first snapshot, `reset`, `conflated`, or a poll. */
  onSnapshot?: (state: T, message: SubscribedMessage<T> | null, subscription: Subscription<T>) => void;
  /** An update was applied to the state (given first). */
  onUpdate?: (state: T, update: UpdateMessage, subscription: Subscription<T>) => void;
  onState?: (state: SubscriptionState, subscription: Subscription<T>) => void;
  onError?: (error: HubError, subscription: Subscription<T>) => void;
}

export declare class HubError extends Error {
  code: string;
  details: { code: string; message?: string; [field: string]: unknown };
}

export declare class Subscription<T = any> {
  readonly channel: string;
  readonly state: SubscriptionState;
  /** The last seq applied; null before the first snapshot. */
  readonly seq: number | null;
  /** The channel's state: its snapshot with every update applied. */
  readonly data: T | null;
  readonly error: HubError | null;
  /** Whether the last `subscribed` was a replay after `since` (no snapshot). */
  readonly recovered: boolean;
  /** Date.now() of the last snapshot or update. */
  readonly updatedAt: number | null;
  on(name: 'snapshot' | 'update' | 'state' | 'error', listener: (...args: any[]) => void): () => void;
  unsubscribe(): void;
}

export interface CommandResult {
  type: 'command_result';
  outcome: 'applied' | 'duplicate';
  matchId: string;
  clientId: string;
  command: string;
  eventId?: string;
  match: any;
}

export interface UpdateMeta {
  channel: string;
  seq: number;
  ts: number;
  event: string;
  subscription: Subscription;
}

export declare class Hub {
  readonly url: string;
  readonly state: ConnectionState;
  /** The hub's `welcome` of the current connection. */
  readonly welcome: {
    connectionId: string;
    node: string;
    serverTime: number;
    protocolVersion: number;
    heartbeatMs: number;
    limits: Record<string, number>;
  } | null;
  readonly user: { subject: string; roles: string[]; expiresAt: string } | null;
  /** The latest `system_status` of `matches:live`. */
  readonly systemStatus: any;
  /** Date.now() when the current connection was ready. */
  readonly connectedAt: number | null;
  readonly subscriptions: Map<string, Subscription>;

  /** Events: state, welcome, authenticated, update, snapshot, gap, error, token_expired,
   * heartbeat_missed, reconnect_scheduled, disconnected, system_status, command_result, and each
   * update's event name (odds_update, race_status, match_update, ...). Returns a function that
   * removes the listener. */
  on(name: 'state', listener: (state: ConnectionState, previous: ConnectionState) => void): () => void;
  on(name: string, listener: (...args: any[]) => void): () => void;
  off(name: string, listener: (...args: any[]) => void): void;

  subscribe<T = any>(channel: string, handlers?: SubscriptionHandlers<T>): Subscription<T>;
  unsubscribe(subscription: Subscription): void;
  subscribeSport(sportKey: string, handlers?: SubscriptionHandlers): Subscription;
  subscribeOdds(target: { eventId?: string; sport?: string }, handlers?: SubscriptionHandlers): Subscription;
  subscribeRace(raceId: string, handlers?: SubscriptionHandlers): Subscription;
  subscribeRaces(raceIds: string[], handlers?: SubscriptionHandlers): Subscription[];
  subscribeMeeting(meetingId: string, handlers?: SubscriptionHandlers): Subscription;
  subscribeMatch(matchId: string, handlers?: SubscriptionHandlers): Subscription;
  subscribeLiveMatches(handlers?: SubscriptionHandlers): Subscription;
  subscribeStandings(competition: string, handlers?: SubscriptionHandlers): Subscription;
  subscribeNews(handlers?: SubscriptionHandlers): Subscription;
  subscribeUser(subject: string, handlers?: SubscriptionHandlers): Subscription;

  /** A match_command with a generated clientId, sent again (same id) until answered. */
  command(matchId: string, command: string, fields?: Record<string, unknown>): Promise<CommandResult>;

  /** Sends a raw protocol message (e.g. `{type: 'subscriptions'}`); false when not connected. */
  send(message: Record<string, unknown>): boolean;

  /** Drops the connection and reconnects. */
  reconnect(): void;
  close(): void;
}

export declare function connect(url: string, options?: ConnectOptions): Hub;
export declare function defaultUrl(location?: { protocol: string; host: string }): string;
export declare function backoffDelay(
  attempt: number,
  options?: BackoffOptions,
  random?: () => number
): number;
export declare function mergeKeyed<T>(target: T, delta: unknown): T;
export declare function applyUpdate<T>(channel: string, state: T, event: string, data: unknown): T;
export declare function restRead(channel: string): { path: string; shape: (body: any) => any } | null;
export declare function newClientId(): string;
