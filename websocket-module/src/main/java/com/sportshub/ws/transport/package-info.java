/**
 * The one place the hub reaches into its container's internals, to write pre-framed WebSocket
 * messages without the per-client costs of the WebSocket API (see docs/architecture.md). Nothing
 * outside this package may use {@code setAccessible} or read private fields (ArchUnit checks).
 *
 * <p>Written against, and tested with, Payara 6.2025.9, which bundles Tyrus 2.1.5.payara-p2 ({@code
 * tyrus-core}, {@code tyrus-container-servlet}) and its Grizzly as {@code nucleus-grizzly-all}
 * 6.2025.9. The private fields touched, each found by name once:
 *
 * <ul>
 *   <li>{@code webSocket} of the session's async remote endpoint (Tyrus): the {@code
 *       TyrusWebSocket} whose public {@code sendRawFrame(ByteBuffer)} takes finished frames ({@link
 *       com.sportshub.ws.transport.SessionLinks}, {@link com.sportshub.ws.transport.TyrusLink});
 *   <li>from that socket, {@code protocolHandler}, {@code writer}, {@code servletOutputStream},
 *       {@code ob}, {@code grizzlyOutputBuffer} and {@code connection} (Tyrus's servlet container,
 *       then Payara's web container, then Grizzly): the Grizzly connection whose public async
 *       writer queues the frame's bytes ({@link com.sportshub.ws.transport.GrizzlyWrites});
 *   <li>{@code service}, the Tyrus session's idle-timer scheduler, which is written: replaced by a
 *       plain scheduler ({@link com.sportshub.ws.transport.SessionLinks#plainIdleTimer}).
 * </ul>
 *
 * <p>Where a field is missing the hub falls back, in order, to Tyrus's raw-frame call ({@code
 * tyrus}), then to the WebSocket API ({@code websocket-api}, {@link
 * com.sportshub.ws.transport.TextLink}), and keeps the container's idle timer; {@link
 * com.sportshub.ws.transport.Workarounds} records what took effect and {@code /health/live} reports
 * it, so an upgrade that drops to a slower path is seen, not guessed. {@link
 * com.sportshub.ws.transport.WireFrame} is the frame these links write.
 *
 * <p>{@code FrameGate}, {@code GatedUpgrade} and {@code FrameLimit} stay in {@code endpoint}: they
 * use the servlet and WebSocket APIs only, no container internals.
 */
package com.sportshub.ws.transport;
