package com.sportshub.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * One client WebSocket over a non-blocking socket on a {@link SelectorLoop}: connect, upgrade, then
 * frames. Everything but {@link #send} and {@link #abort} runs on the loop's thread, and so do the
 * listener's calls.
 */
final class WireConnection implements ServerFrames.Sink {

  /** What the client using the connection hears of it. */
  interface Listener {
    void onText(String message);

    /** The server closed (with its close code, or 1006 when the socket just ended). */
    void onClose(int code);

    void onError(Throwable error);
  }

  private final SelectorLoop loop;
  private final Listener listener;
  private final Upgrade upgrade = new Upgrade();
  private final ServerFrames frames = new ServerFrames();
  private final ArrayDeque<ByteBuffer> outgoing = new ArrayDeque<>();
  private final CompletableFuture<WireConnection> opened = new CompletableFuture<>();
  private SocketChannel channel;
  private SelectionKey key;
  private byte[] head = new byte[512];
  private int headLength;
  private boolean open;
  private boolean closed;

  private WireConnection(SelectorLoop loop, Listener listener) {
    this.loop = loop;
    this.listener = listener;
  }

  /** Starts connecting to {@code uri} (ws:// only); the future completes once upgraded. */
  static WireConnection connect(SelectorLoop loop, URI uri, Listener listener) {
    WireConnection connection = new WireConnection(loop, listener);
    loop.execute(() -> connection.start(uri));
    return connection;
  }

  CompletableFuture<WireConnection> opened() {
    return opened;
  }

  /**
   * Sends one text message, from any thread, once {@link #opened} has completed: RFC 6455 lets a
   * client send nothing after its handshake until the server has answered it.
   */
  void send(String message) {
    ByteBuffer frame = ClientFrames.text(message);
    loop.execute(() -> write(frame));
  }

  /**
   * Drops the connection without a close handshake, from any thread; the listener hears nothing.
   */
  void abort() {
    loop.execute(() -> end(null));
  }

  private void start(URI uri) {
    try {
      channel = SocketChannel.open();
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      int port = uri.getPort() < 0 ? 80 : uri.getPort();
      boolean now = channel.connect(new InetSocketAddress(uri.getHost(), port));
      key = channel.register(loop.selector(), now ? 0 : SelectionKey.OP_CONNECT, this);
      outgoing.add(ByteBuffer.wrap(upgrade.request(uri)));
      if (now) {
        connected();
      }
    } catch (IOException e) {
      fail(e);
    }
  }

  /** The loop found this connection's socket ready. */
  void ready(SelectionKey ready) {
    try {
      if (ready.isConnectable() && channel.finishConnect()) {
        connected();
      }
      if (ready.isValid() && ready.isWritable()) {
        flush();
      }
      if (ready.isValid() && ready.isReadable()) {
        read();
      }
    } catch (IOException | CancelledKeyException e) {
      fail(e);
    }
  }

  private void connected() throws IOException {
    key.interestOps(SelectionKey.OP_READ);
    flush();
  }

  private void read() throws IOException {
    ByteBuffer buffer = loop.readBuffer().clear();
    int count = channel.read(buffer);
    if (count < 0) {
      if (open) {
        end(1006);
      } else {
        fail(new IOException("closed during the upgrade"));
      }
      return;
    }
    buffer.flip();
    if (!open) {
      readHead(buffer);
    }
    if (open && buffer.hasRemaining()) {
      frames.feed(buffer, this);
    }
  }

  private void readHead(ByteBuffer buffer) throws IOException {
    int more = buffer.remaining();
    if (headLength + more > head.length) {
      head = Arrays.copyOf(head, Math.max(headLength + more, head.length * 2));
    }
    int before = headLength;
    buffer.get(head, headLength, more);
    headLength += more;
    int end = Upgrade.headEnd(head, headLength);
    if (end < 0) {
      if (headLength > Upgrade.MAX_HEAD) {
        throw new ProtocolException("the upgrade answer's head is too long");
      }
      return;
    }
    upgrade.check(head, end);
    buffer.position(end - before);
    head = null;
    open = true;
    opened.complete(this);
  }

  private void write(ByteBuffer frame) {
    if (closed) {
      return;
    }
    outgoing.add(frame);
    if (open) {
      try {
        flush();
      } catch (IOException e) {
        fail(e);
      }
    }
  }

  private void flush() throws IOException {
    while (!outgoing.isEmpty()) {
      channel.write(outgoing.peek());
      if (outgoing.peek().hasRemaining()) {
        key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        return;
      }
      outgoing.poll();
    }
    key.interestOps(SelectionKey.OP_READ);
  }

  @Override
  public void text(String message) {
    if (!closed) {
      listener.onText(message);
    }
  }

  @Override
  public void ping(byte[] payload) {
    write(ClientFrames.pong(payload));
  }

  @Override
  public void close(int code) {
    write(ClientFrames.close(code == 1005 ? 1000 : code));
    end(code);
  }

  private void fail(Exception error) {
    boolean wasOpen = open;
    end(null);
    if (!opened.completeExceptionally(error) && wasOpen) {
      listener.onError(error);
    }
  }

  /** Closes the socket once; tells the listener the server's close code, if there is one. */
  private void end(Integer serverCode) {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (key != null) {
        key.cancel();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // closing a socket that is already gone: nothing left to do
    }
    if (serverCode != null) {
      listener.onClose(serverCode);
    }
  }
}
