// A scripted server for the client's logic tests: a stand-in for the browser's WebSocket whose
// every socket the test opens, feeds and drops by hand, and whose sent frames it reads.

export class FakeServer {
  constructor() {
    this.sockets = [];
    this.refuse = false; // sockets close before they open (a proxy that refuses upgrades)
    const server = this;
    this.WebSocket = class FakeSocket {
      constructor(url) {
        this.url = url;
        this.readyState = 0;
        this.sent = [];
        this.closedWith = null;
        server.sockets.push(this);
        this.refused = server.refuse;
        if (server.refuse) {
          setTimeout(() => this.drop(1006), 0);
        }
      }
      send(text) {
        if (this.readyState !== 1) throw new Error('not open');
        this.sent.push(JSON.parse(text));
      }
      close(code, reason) {
        if (this.readyState === 3) return;
        this.closedWith = code || 1000;
        this.readyState = 3;
        setTimeout(() => this.onclose && this.onclose({ code: code || 1000, reason }), 0);
      }
      /** The handshake succeeded: opens and says welcome. */
      accept(welcome = {}) {
        this.readyState = 1;
        this.onopen && this.onopen({});
        this.deliver({ type: 'welcome', connectionId: `c${server.sockets.length}`, node: 'fake', heartbeatMs: 60000, ...welcome });
      }
      deliver(message) {
        if (this.readyState !== 1) return;
        this.onmessage && this.onmessage({ data: JSON.stringify(message) });
      }
      /** The connection ends from the server's side (or the network's). */
      drop(code = 1006) {
        this.readyState = 3;
        this.onclose && this.onclose({ code, reason: '' });
      }
      /** Frames the client sent of a type. */
      of(type) {
        return this.sent.filter((m) => m.type === type);
      }
    };
  }

  get last() {
    return this.sockets[this.sockets.length - 1];
  }
}

/** Resolves once `condition()` holds; fails after `ms`, naming `what`. */
export async function waitFor(condition, what, ms = 2000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const value = condition();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function assertEquals(expected, actual, message) {
  const e = JSON.stringify(expected);
  const a = JSON.stringify(actual);
  if (e !== a) throw new Error(`${message}: expected ${e} but was ${a}`);
}
