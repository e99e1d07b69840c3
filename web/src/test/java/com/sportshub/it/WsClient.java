package com.sportshub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client (the JDK's) that keeps every message it receives, in order. */
public final class WsClient implements AutoCloseable {

  public static final Duration WAIT = Duration.ofSeconds(10);

  private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final WebSocket socket;

  private WsClient(URI uri, String origin) {
    WebSocket.Builder builder =
        HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT);
    if (origin != null) {
      builder.header("Origin", origin);
    }
    this.socket =
        builder
            .buildAsync(uri, new Listener())
            .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS)
            .join();
  }

  /** Connects and consumes the {@code welcome} message. */
  public static WsClient connect(URI uri) throws InterruptedException {
    WsClient client = new WsClient(uri, null);
    client.next("welcome");
    return client;
  }

  /** Connects as a browser page of {@code origin} would, without consuming anything. */
  public static WsClient connectFrom(URI uri, String origin) {
    return new WsClient(uri, origin);
  }

  /**
   * Connects with a token in the {@code access_token} query parameter; consumes {@code welcome}.
   */
  public static WsClient connectWithToken(URI uri, String token) throws InterruptedException {
    WsClient client = new WsClient(URI.create(uri + "?access_token=" + token), null);
    client.next("welcome");
    return client;
  }

  /** Sends {@code auth} and returns the answer ({@code authenticated} or {@code error}). */
  public JsonObject authenticate(String token) throws InterruptedException {
    send("{\"type\":\"auth\",\"token\":\"" + token + "\"}");
    return next();
  }

  /** Whether no message arrives within {@code millis}. */
  public boolean quietFor(long millis) throws InterruptedException {
    JsonObject message = received.poll(millis, TimeUnit.MILLISECONDS);
    if (message != null) {
      received.add(message);
    }
    return message == null;
  }

  /** Sends without waiting, ignoring a connection the server already closed. */
  public void sendQuietly(String text) {
    try {
      socket.sendText(text, true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception closedMeanwhile) {
      // the server may close the connection while we send: that is what some tests wait for
    }
  }

  public boolean isClosed() {
    return closed.isDone() || socket.isInputClosed();
  }

  public void send(String text) {
    socket.sendText(text, true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** Subscribes and waits for the confirmation. */
  public JsonObject subscribe(String channel) throws InterruptedException {
    send("{\"type\":\"subscribe\",\"channel\":\"" + channel + "\"}");
    return next("subscribed");
  }

  /** Asks to resume the channel after {@code since}; the answer is left to the caller. */
  public void resume(String channel, long since) {
    send(
        "{\"type\":\"subscribe\",\"channel\":\""
            + channel
            + "\",\"since\":{\""
            + channel
            + "\":"
            + since
            + "}}");
  }

  /** Subscribes and expects an error with the given code instead. */
  public JsonObject subscribeExpectingError(String channel, String code)
      throws InterruptedException {
    send("{\"type\":\"subscribe\",\"channel\":\"" + channel + "\"}");
    JsonObject error = next("error");
    if (!code.equals(error.getString("code"))) {
      throw new AssertionError("expected " + code + " but got " + error);
    }
    return error;
  }

  /** The next message, which must have the given type. */
  public JsonObject next(String type) throws InterruptedException {
    JsonObject message = next();
    if (!type.equals(message.getString("type", null))) {
      throw new AssertionError("expected a " + type + " message but got " + message);
    }
    return message;
  }

  /** The next message, whatever it is; fails after {@link #WAIT}. */
  public JsonObject next() throws InterruptedException {
    JsonObject message = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    if (message == null) {
      throw new AssertionError("no message within " + WAIT);
    }
    return message;
  }

  /** The first message that matches, skipping others; fails after {@link #WAIT}. */
  public JsonObject nextMatching(Predicate<JsonObject> wanted) throws InterruptedException {
    return nextMatching(wanted, WAIT.toSeconds());
  }

  /** The first message that matches, skipping others; fails after {@code seconds}. */
  public JsonObject nextMatching(Predicate<JsonObject> wanted, long seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      JsonObject message = received.poll(10, TimeUnit.MILLISECONDS);
      if (message != null && wanted.test(message)) {
        return message;
      }
    }
    throw new AssertionError("no matching message within " + seconds + " s");
  }

  /** The close code the server sent, waiting at most {@link #WAIT}. */
  public int closeCode() {
    return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        received.add(Json.createReader(new StringReader(partial.toString())).readObject());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.completeExceptionally(error);
    }
  }
}
