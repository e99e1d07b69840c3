/**
 * Carries updates between nodes and numbers them: the {@link com.sportshub.ws.broker.Broker}
 * interface, its in-memory twin for a single node and its Redis (Redisson) implementation for a
 * cluster. Both run one contract test suite, so the behaviour is defined once.
 *
 * <p>The broker also counts each user's connections ({@link
 * com.sportshub.ws.broker.ConnectionCounts}), because the per-user limit must hold across the nodes
 * that share the channels, and the broker is what they share. Decisions:
 *
 * <ul>
 *   <li>The count lives where the cluster already agrees, in Redis: a hash per subject with one
 *       field per node, changed only by Lua scripts, so claims from all nodes are checked one at a
 *       time. In memory a plain tally is exact, the node being the whole cluster.
 *   <li>A node is a process, not a {@code hub.node} name: a random id per start. Its fields count
 *       only while its liveness key exists (30 s, renewed every second by a thread of the broker);
 *       a claim skips and deletes the fields of nodes whose key is gone, so a crashed node's
 *       connections stop counting within 30 s, and a node restarted under the same name does not
 *       count its previous life's connections as well as its own. A clean stop deletes the key at
 *       once.
 *   <li>Each node's own tally is the truth about its share: a claim sends it and the script sets
 *       the node's field from it, and releases write it back from a background thread, so a lost
 *       answer or a release made while Redis was away cannot leave the count wrong for good.
 *   <li>While Redis is away (a call fails or takes over a second), claims fall back to the node's
 *       own count, logged once, rather than refusing everyone. When Redis answers again (the next
 *       renewal, or the topic's resubscription), or when the node finds its liveness had lapsed, it
 *       writes every count it holds again, including those that fell to zero meanwhile.
 *   <li>Claims may wait (one round trip, a second at most), so they run on the client's lane, never
 *       on a WebSocket I/O thread or a Redisson thread. Releases never wait: they lower the tally
 *       and leave the write to the background thread.
 * </ul>
 */
package com.sportshub.ws.broker;
