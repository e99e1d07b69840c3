// The client's logic against a scripted server. Each test is a name and an async function; the
// page runs them in turn and leaves the results in window.testResults for the Java test to read.
import { connect, backoffDelay, applyUpdate, restRead, States } from '/js/sports-hub.js';
import { FakeServer, waitFor, assert, assertEquals } from './fake-server.js';

const FAST = { backoff: { initialMs: 5, maxMs: 40, factor: 2, jitter: 0.5 }, watchNetwork: false };

function hubWith(server, options = {}) {
  return connect('ws://hub.test/ws', { ...FAST, WebSocket: server.WebSocket, ...options });
}

/** Opens the hub's first connection and subscribes to `channel` with a snapshot at `seq`. */
async function subscribedAt(server, hub, channel, seq, snapshot, seen) {
  server.last.accept();
  await waitFor(() => hub.state === States.CONNECTED, 'connected');
  const sub = hub.subscribe(channel, {
    onUpdate: (state, update) => seen.push(update.seq),
  });
  const ask = await waitFor(() => server.last.of('subscribe')[0], 'a subscribe');
  assertEquals(channel, ask.channel, 'subscribed channel');
  assert(!('since' in ask), 'a first subscription has no since');
  server.last.deliver({ type: 'subscribed', id: ask.id, channel, seq, recovered: false, snapshot });
  await waitFor(() => sub.state === 'subscribed', 'subscribed');
  return sub;
}

function update(channel, seq, data, event = 'odds_update') {
  return { type: 'update', channel, seq, event, data, ts: Date.now() };
}

function book(price) {
  return { sportKey: 's', events: [{ key: 'e1', eventId: 'e1', status: 'live', prices: [{ key: 'p1', price }] }] };
}

function priceOf(sub) {
  return sub.data.events[0].prices[0].price;
}

export const tests = [
  [
    'backoff grows exponentially, stays within its jitter and is capped',
    async () => {
      const options = { initialMs: 100, maxMs: 5000, factor: 2, jitter: 0.5 };
      for (let attempt = 0; attempt < 30; attempt++) {
        const ceiling = Math.min(5000, 100 * 2 ** attempt);
        for (const r of [0, 0.25, 0.5, 0.999]) {
          const delay = backoffDelay(attempt, options, () => r);
          assert(delay <= ceiling, `attempt ${attempt}: ${delay} above ${ceiling}`);
          assert(delay >= ceiling * 0.5 - 1, `attempt ${attempt}: ${delay} below half of ${ceiling}`);
        }
      }
      assertEquals(100, backoffDelay(0, options, () => 0), 'first delay without jitter');
      assertEquals(800, backoffDelay(3, options, () => 0), 'fourth delay without jitter');
      assertEquals(5000, backoffDelay(12, options, () => 0), 'capped');
      assertEquals(2500, backoffDelay(40, options, () => 0.999999), 'capped, full jitter');
    },
  ],
  [
    'after a reconnect every subscription resumes with since the last seq seen',
    async () => {
      const server = new FakeServer();
      const hub = hubWith(server);
      const seen = [];
      const odds = await subscribedAt(server, hub, 'odds:s', 5, book(2.0), seen);
      server.last.deliver(update('odds:s', 6, book(2.1)));
      server.last.deliver(update('odds:s', 7, book(2.2)));
      const first = server.last;
      first.drop(1006);
      assertEquals(States.RECONNECTING, hub.state, 'state after the drop');
      await waitFor(() => server.sockets.length === 2, 'a second socket');
      server.last.accept();
      const ask = await waitFor(() => server.last.of('subscribe')[0], 'the resuming subscribe');
      assertEquals({ 'odds:s': 7 }, ask.since, 'since');
      assertEquals('resuming', odds.state, 'subscription state while resuming');
      server.last.deliver({ type: 'subscribed', channel: 'odds:s', seq: 9, recovered: true, snapshot: null });
      server.last.deliver(update('odds:s', 8, book(2.3)));
      server.last.deliver(update('odds:s', 9, book(2.4)));
      assertEquals([6, 7, 8, 9], seen, 'updates applied');
      assertEquals(2.4, priceOf(odds), 'price held');
      assertEquals(9, odds.seq, 'seq held');
      assertEquals('subscribed', odds.state, 'subscription state');
      hub.close();
    },
  ],
  [
    'a seq jump re-subscribes with since and applies the replay in order',
    async () => {
      const server = new FakeServer();
      const hub = hubWith(server);
      const seen = [];
      const gaps = [];
      hub.on('gap', (g) => gaps.push(g));
      const odds = await subscribedAt(server, hub, 'odds:s', 5, book(2.0), seen);
      server.last.deliver(update('odds:s', 6, book(2.1)));
      server.last.deliver(update('odds:s', 8, book(2.3)));
      const asks = await waitFor(() => server.last.of('subscribe')[1], 'a second subscribe');
      assertEquals({ 'odds:s': 6 }, asks.since, 'since after the gap');
      assertEquals([{ channel: 'odds:s', expected: 7, got: 8 }], gaps, 'gap reported');
      server.last.deliver(update('odds:s', 9, book(2.4))); // live, before the hub took the request
      server.last.deliver({ type: 'subscribed', channel: 'odds:s', seq: 9, recovered: true, snapshot: null });
      server.last.deliver(update('odds:s', 7, book(2.2)));
      server.last.deliver(update('odds:s', 8, book(2.3)));
      server.last.deliver(update('odds:s', 9, book(2.4)));
      server.last.deliver(update('odds:s', 10, book(2.5)));
      assertEquals([6, 7, 8, 9, 10], seen, 'updates applied');
      assertEquals(2.5, priceOf(odds), 'price held');
      hub.close();
    },
  ],
  [
    'nothing is applied twice',
    async () => {
      const server = new FakeServer();
      const hub = hubWith(server);
      const seen = [];
      await subscribedAt(server, hub, 'odds:s', 5, book(2.0), seen);
      server.last.deliver(update('odds:s', 5, book(9.9))); // the snapshot holds it already
      server.last.deliver(update('odds:s', 6, book(2.1)));
      server.last.deliver(update('odds:s', 6, book(9.9)));
      server.last.deliver(update('odds:s', 4, book(9.9)));
      server.last.deliver(update('odds:s', 7, book(2.2)));
      assertEquals([6, 7], seen, 'updates applied');
      hub.close();
    },
  ],
  [
    'reset replaces the held state with its snapshot and restarts the seqs',
    async () => {
      const server = new FakeServer();
      const hub = hubWith(server);
      const seen = [];
      const snapshots = [];
      const odds = await subscribedAt(server, hub, 'odds:s', 50, book(2.0), seen);
      odds.on('snapshot', (s) => snapshots.push(s));
      server.last.deliver(update('odds:s', 51, book(2.1)));
      server.last.deliver({ type: 'subscribed', channel: 'odds:s', seq: 1, recovered: false, reset: true, snapshot: book(3.0) });
      assertEquals(3.0, priceOf(odds), 'state after the reset');
      assertEquals(1, snapshots.length, 'snapshot handed on');
      server.last.deliver(update('odds:s', 2, book(3.1)));
      assertEquals([51, 2], seen, 'updates applied');
      assertEquals(3.1, priceOf(odds), 'state after the update');
      hub.close();
    },
  ],
  [
    'a reset with recovered takes the new history from seq 1',
    async () => {
      const server = new FakeServer();
      const hub = hubWith(server);
      const seen = [];
      const odds = await subscribedAt(server, hub, 'odds:s', 50, book(2.0), seen);
      server.last.deliver({ type: 'subscribed', channel: 'odds:s', seq: 2, recovered: true, reset: true, snapshot: null });
      server.last.deliver(update('odds:s', 1, book(3.0)));
      server.last.deliver(update('odds:s', 2, book(3.1)));
      assertEquals([1, 2], seen, 'the new history applied');
      assertEquals(3.1, priceOf(odds), 'state');
      hub.close();
    },
  ],
  [
    'conflated replaces the held state with its snapshot and drops older updates',
    async () => {
      const server = new FakeServer();
      const hub = hubWith(server);
      const seen = [];
      const odds = await subscribedAt(server, hub, 'odds:s', 5, book(2.0), seen);
      server.last.deliver({ type: 'subscribed', channel: 'odds:s', seq: 20, recovered: false, conflated: true, snapshot: book(4.0) });
      assertEquals(4.0, priceOf(odds), 'state after conflation');
      server.last.deliver(update('odds:s', 20, book(9.9)));
      server.last.deliver(update('odds:s', 21, book(4.1)));
      assertEquals([21], seen, 'updates applied');
      assertEquals(4.1, priceOf(odds), 'state');
      assertEquals(1, server.last.of('subscribe').length, 'no new request');
      hub.close();
    },
  ],
  [
    'a missed heartbeat pings, then reconnects',
    async () => {
      const server = new FakeServer();
      const hub = hubWith(server);
      const missed = [];
      hub.on('heartbeat_missed', (m) => missed.push(m));
      server.last.accept({ heartbeatMs: 60 });
      await waitFor(() => hub.state === States.CONNECTED, 'connected');
      const first = server.last;
      await waitFor(() => first.of('ping').length > 0, 'a ping', 500);
      await waitFor(() => server.sockets.length === 2, 'a new socket', 1000);
      assert(first.closedWith !== null, 'the silent socket was closed');
      assertEquals(1, missed.length, 'heartbeat_missed events');
      assert(missed[0].silentMs >= 120, `silent for ${missed[0].silentMs} ms`);
      server.last.accept({ heartbeatMs: 60000 });
      await waitFor(() => hub.state === States.CONNECTED, 'connected again');
      hub.close();
    },
  ],
  [
    'a line that keeps talking is not taken for dead',
    async () => {
      const server = new FakeServer();
      const hub = hubWith(server);
      server.last.accept({ heartbeatMs: 60 });
      const until = Date.now() + 300;
      while (Date.now() < until) {
        server.last.deliver({ type: 'pong', serverTime: Date.now() });
        await new Promise((r) => setTimeout(r, 20));
      }
      assertEquals(1, server.sockets.length, 'sockets');
      assertEquals(States.CONNECTED, hub.state, 'state');
      hub.close();
    },
  ],
  [
    'reconnect delays follow the backoff until a connection is welcomed',
    async () => {
      const server = new FakeServer();
      const delays = [];
      const hub = hubWith(server, { backoff: { initialMs: 4, maxMs: 16, factor: 2, jitter: 0 }, fetch: null });
      hub.on('reconnect_scheduled', (r) => delays.push(r.delay));
      for (let i = 1; i <= 5; i++) {
        await waitFor(() => server.sockets.length === i, `socket ${i}`);
        server.last.drop(1006);
      }
      assertEquals([4, 8, 16, 16, 16], delays, 'delays');
      await waitFor(() => server.sockets.length === 6, 'socket 6');
      server.last.accept();
      await waitFor(() => hub.state === States.CONNECTED, 'connected');
      server.last.drop(1006);
      assertEquals(4, delays[5], 'the backoff starts again after a welcome');
      hub.close();
    },
  ],
  [
    'a match command is sent again with the same client id after a reconnect',
    async () => {
      const server = new FakeServer();
      const hub = hubWith(server);
      server.last.accept();
      await waitFor(() => hub.state === States.CONNECTED, 'connected');
      const answer = hub.command('m1', 'add_event', { event: { type: 'goal', side: 'home' } });
      const sent = await waitFor(() => server.last.of('match_command')[0], 'a command');
      assert(/^[A-Za-z0-9_.:-]{1,64}$/.test(sent.clientId), `client id ${sent.clientId}`);
      assertEquals({ type: 'goal', side: 'home' }, sent.event, 'event');
      server.last.drop(1006);
      await waitFor(() => server.sockets.length === 2, 'a second socket');
      server.last.accept();
      const again = await waitFor(() => server.last.of('match_command')[0], 'the command again');
      assertEquals(sent.clientId, again.clientId, 'the same client id');
      server.last.deliver({ type: 'command_result', id: again.id, outcome: 'duplicate', matchId: 'm1', clientId: again.clientId, command: 'add_event', match: {} });
      const result = await answer;
      assertEquals('duplicate', result.outcome, 'outcome');
      const other = hub.command('m1', 'start');
      const second = await waitFor(() => server.last.of('match_command')[1], 'a second command');
      assert(second.clientId !== sent.clientId, 'a new command has a new client id');
      server.last.deliver({ type: 'error', id: second.id, code: 'CONFLICT', message: 'no', clientId: second.clientId });
      let refused = null;
      await other.catch((e) => (refused = e));
      assertEquals('CONFLICT', refused && refused.code, 'refusal');
      hub.close();
    },
  ],
  [
    'a token is sent before any subscription, and fetched again when it expires',
    async () => {
      const server = new FakeServer();
      let calls = 0;
      const hub = hubWith(server, { getToken: async () => `token-${++calls}` });
      hub.subscribe('user:alice');
      server.last.accept();
      const auth = await waitFor(() => server.last.of('auth')[0], 'an auth');
      assertEquals('token-1', auth.token, 'token');
      assertEquals(0, server.last.of('subscribe').length, 'nothing asked before the auth answer');
      server.last.deliver({ type: 'authenticated', id: auth.id, subject: 'alice', roles: [], expiresAt: new Date(Date.now() + 3600000).toISOString() });
      await waitFor(() => server.last.of('subscribe')[0], 'the subscribe');
      server.last.deliver({ type: 'subscribed', channel: 'user:alice', seq: 0, recovered: false, snapshot: null });
      server.last.deliver({ type: 'error', code: 'TOKEN_EXPIRED', message: 'expired' });
      const again = await waitFor(() => server.last.of('auth')[1], 'a second auth');
      assertEquals('token-2', again.token, 'fresh token');
      server.last.deliver({ type: 'authenticated', id: again.id, subject: 'alice', roles: [], expiresAt: new Date(Date.now() + 3600000).toISOString() });
      const back = await waitFor(() => server.last.of('subscribe')[1], 'the user channel again');
      assertEquals('user:alice', back.channel, 'channel');
      hub.close();
    },
  ],
  [
    'a token is refreshed before it expires',
    async () => {
      const server = new FakeServer();
      let calls = 0;
      const hub = hubWith(server, { getToken: () => `token-${++calls}`, refreshBeforeExpiryMs: 100 });
      server.last.accept();
      const auth = await waitFor(() => server.last.of('auth')[0], 'an auth');
      server.last.deliver({ type: 'authenticated', id: auth.id, subject: 'alice', roles: ['referee'], expiresAt: new Date(Date.now() + 150).toISOString() });
      const refresh = await waitFor(() => server.last.of('auth')[1], 'a refresh before the expiry', 1000);
      assertEquals('token-2', refresh.token, 'fresh token');
      assertEquals(1, server.sockets.length, 'on the same connection');
      hub.close();
    },
  ],
  [
    "the seed designs' names: subscribeRaces and on('race_status')",
    async () => {
      const server = new FakeServer();
      const hub = hubWith(server);
      const heard = [];
      hub.on('race_status', (data, meta) => heard.push([data.status, meta.channel, meta.seq]));
      server.last.accept();
      await waitFor(() => hub.state === States.CONNECTED, 'connected');
      const races = hub.subscribeRaces(['r1', 'r2']);
      assertEquals(['race:r1', 'race:r2'], races.map((r) => r.channel), 'channels');
      await waitFor(() => server.last.of('subscribe').length === 2, 'two subscribes');
      for (const channel of ['race:r1', 'race:r2']) {
        server.last.deliver({ type: 'subscribed', channel, seq: 1, recovered: false, snapshot: { raceId: channel, status: 'DORMANT', runners: [] } });
      }
      server.last.deliver({ ...update('race:r2', 2, { raceId: 'r2', status: 'OFF', change: 'status' }), event: 'race_status' });
      assertEquals([['OFF', 'race:r2', 2]], heard, 'race_status heard');
      assertEquals('OFF', races[1].data.status, 'the card follows');
      assertEquals('DORMANT', races[0].data.status, 'the other card does not');
      hub.close();
    },
  ],
  [
    'a socket that never opens falls back to polling the REST reads',
    async () => {
      const server = new FakeServer();
      server.refuse = true;
      const asked = [];
      const fetch = async (url) => {
        asked.push(url);
        if (url.endsWith('/health/ready')) return { ok: true, json: async () => ({}) };
        if (url.endsWith('/api/matches/m1')) return { ok: true, json: async () => ({ match: { matchId: 'm1' }, events: [] }) };
        return { ok: false };
      };
      const hub = hubWith(server, { fetch, pollAfterFailures: 2, pollIntervalMs: 20 });
      const match = hub.subscribeMatch('m1');
      await waitFor(() => hub.state === States.POLLING, 'polling');
      await waitFor(() => match.data && match.data.match.matchId === 'm1', 'polled state');
      assertEquals('polling', match.state, 'subscription state');
      assertEquals('http://hub.test/api/matches/m1', asked.find((u) => u.includes('/api/matches')), 'REST read');
      server.refuse = false;
      const opened = await waitFor(() => server.sockets.find((s) => !s.refused && s.readyState === 0), 'a socket that may open', 2000);
      opened.accept();
      await waitFor(() => hub.state === States.CONNECTED, 'connected again');
      const ask = await waitFor(() => opened.of('subscribe')[0], 'the subscribe');
      assert(!ask.since, 'a polled channel starts from a snapshot');
      hub.close();
    },
  ],
  [
    'the hub being down is reconnecting, not polling',
    async () => {
      const server = new FakeServer();
      server.refuse = true;
      const fetch = async () => {
        throw new TypeError('connection refused');
      };
      const states = [];
      const hub = hubWith(server, { fetch, pollAfterFailures: 1 });
      hub.on('state', (s) => states.push(s));
      await waitFor(() => server.sockets.length >= 5, 'several attempts');
      assertEquals([States.RECONNECTING], states, 'states');
      hub.close();
    },
  ],
  [
    'offline pauses reconnecting and online reconnects at once',
    async () => {
      const server = new FakeServer();
      const hub = hubWith(server, { watchNetwork: true, backoff: { initialMs: 100000, maxMs: 100000 } });
      server.last.accept();
      await waitFor(() => hub.state === States.CONNECTED, 'connected');
      window.dispatchEvent(new Event('offline'));
      assertEquals(States.OFFLINE, hub.state, 'state when offline');
      await new Promise((r) => setTimeout(r, 30));
      assertEquals(1, server.sockets.length, 'no reconnect while offline');
      window.dispatchEvent(new Event('online'));
      await waitFor(() => server.sockets.length === 2, 'a socket at once, not after the backoff', 500);
      server.last.accept();
      await waitFor(() => hub.state === States.CONNECTED, 'connected again');
      hub.close();
    },
  ],
  [
    "a page's indicator says its state in words and when data last came",
    async () => {
      const server = new FakeServer();
      const real = globalThis.WebSocket;
      globalThis.WebSocket = server.WebSocket;
      let hub;
      try {
        const { startPage } = await import('/js/page.js');
        if (!document.getElementById('main')) document.body.append(Object.assign(document.createElement('main'), { id: 'main' }));
        hub = startPage('/odds.html').hub;
      } finally {
        globalThis.WebSocket = real;
      }
      const indicator = document.querySelector('[data-connection]');
      assertEquals('connecting', indicator.dataset.connection, 'state before the welcome');
      server.last.accept({ node: 'node-x' });
      await waitFor(() => indicator.dataset.connection === 'connected', 'connected indicator');
      assert(indicator.textContent.includes('Live'), indicator.textContent);
      assert(indicator.textContent.includes('node-x'), indicator.textContent);
      hub.subscribe('odds:s');
      const ask = await waitFor(() => server.last.of('subscribe')[0], 'a subscribe');
      server.last.deliver({ type: 'subscribed', id: ask.id, channel: 'odds:s', seq: 1, recovered: false, snapshot: book(2) });
      await waitFor(() => /updated \d+ s ago/.test(indicator.textContent), `"updated N s ago" in "${indicator.textContent}"`, 3000);
      server.last.drop(1006);
      await waitFor(() => indicator.dataset.connection === 'reconnecting', 'reconnecting indicator');
      assert(indicator.textContent.includes('Reconnecting'), indicator.textContent);
      assertEquals('Reconnecting…', indicator.querySelector('[role="status"]').textContent, 'what is announced');
      assert(!indicator.querySelector('.ago').closest('[role="status"],[aria-live]'), 'the seconds are not announced');
      hub.close();
    },
  ],
  [
    'odds read over REST get the keys of the socket snapshots',
    async () => {
      const read = restRead('odds:s');
      assertEquals('/api/odds/live?sport=s', read.path, 'path');
      const state = read.shape([{ eventId: 'e1', prices: [{ market: 'h2h', outcome: 'A', bookmaker: 'b', price: 2 }], consensus: [{ market: 'totals', point: 2.5, outcomes: [{ outcome: 'Over', best: 1.9 }] }] }]);
      const e = state.events[0];
      assertEquals(['e1', 'h2h/A/b', 'totals/2.5', 'Over'], [e.key, e.prices[0].key, e.consensus[0].key, e.consensus[0].outcomes[0].key], 'keys');
    },
  ],
  [
    'a client without a WebSocket implementation says so at once',
    async () => {
      let error = null;
      try {
        connect('ws://hub.test/ws', { WebSocket: 'not a constructor', watchNetwork: false });
      } catch (e) {
        error = e;
      }
      assert(error && /options\.WebSocket/.test(error.message), `error: ${error}`);
    },
  ],
  [
    'odds deltas merge by key and a closed event leaves the sport',
    async () => {
      const state = {
        sportKey: 's',
        events: [
          { key: 'e1', status: 'live', prices: [{ key: 'a', price: 2 }, { key: 'b', price: 3 }], consensus: [{ key: 'h2h', outcomes: [{ key: 'A', best: 2 }] }] },
          { key: 'e2', status: 'live', prices: [] },
        ],
      };
      const delta = { sportKey: 's', events: [{ key: 'e1', prices: [{ key: 'b', price: 3.5, previous: 3 }, { key: 'c', price: 4 }], consensus: [{ key: 'h2h', outcomes: [{ key: 'A', best: 2.1 }] }] }, { key: 'e2', status: 'closed' }] };
      const next = applyUpdate('odds:s', state, 'odds_update', delta);
      assertEquals(['e1'], next.events.map((e) => e.key), 'events');
      assertEquals([2, 3.5, 4], next.events[0].prices.map((p) => p.price), 'prices');
      assertEquals(2.1, next.events[0].consensus[0].outcomes[0].best, 'consensus');
    },
  ],
  [
    'a match update replaces the match, adds its event and keeps the statistics',
    async () => {
      const state = { match: { minute: 1 }, events: [{ eventId: 'a', seq: 1, type: 'goal' }], statistics: { home: { shots: 1 } } };
      let next = applyUpdate('match:m', state, 'match_update', { change: 'event_added', match: { minute: 20 }, event: { eventId: 'b', seq: 2, type: 'yellow_card' }, statistics: null });
      next = applyUpdate('match:m', next, 'match_update', { change: 'event_corrected', match: { minute: 21 }, event: { eventId: 'a', seq: 1, type: 'own_goal' }, statistics: null });
      assertEquals(21, next.match.minute, 'minute');
      assertEquals(['own_goal', 'yellow_card'], next.events.map((e) => e.type), 'events');
      assertEquals(1, next.statistics.home.shots, 'statistics kept');
      next = applyUpdate('match:m', next, 'match_update', { change: 'event_added', match: { minute: 30 }, event: { eventId: 'c', seq: 3, type: 'second_yellow', side: 'away' }, statistics: null });
      assertEquals({ yellowCards: 1, redCards: 1 }, next.statistics.away, 'cards counted from the events');
    },
  ],
];
