package com.sportshub.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy that passes plain requests on and refuses WebSocket upgrades and CONNECT tunnels
 * with 403, as some corporate proxies do: a browser behind it can read the REST API but cannot open
 * the hub's socket. One request per connection.
 */
public final class UpgradeRefusingProxy implements AutoCloseable {

  private final ServerSocket server;
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final AtomicInteger refused = new AtomicInteger();

  private UpgradeRefusingProxy(ServerSocket server) {
    this.server = server;
  }

  public static UpgradeRefusingProxy start() throws IOException {
    UpgradeRefusingProxy proxy =
        new UpgradeRefusingProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    proxy.workers.submit(proxy::accept);
    return proxy;
  }

  /** The browser's --proxy-server value. */
  public String address() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** How many upgrades and tunnels were refused. */
  public int refused() {
    return refused.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        workers.submit(() -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      String head = readHead(in);
      String[] lines = head.split("\r\n");
      String[] request = lines[0].split(" ");
      String lower = head.toLowerCase(Locale.ROOT);
      if (request[0].equals("CONNECT") || lower.contains("\r\nupgrade: websocket")) {
        refused.incrementAndGet();
        client
            .getOutputStream()
            .write(
                "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        return;
      }
      URI target = URI.create(request[1]);
      StringBuilder forwarded = new StringBuilder();
      forwarded
          .append(request[0])
          .append(' ')
          .append(target.getRawPath())
          .append(target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
          .append(" HTTP/1.1\r\n");
      int length = 0;
      for (int i = 1; i < lines.length; i++) {
        String name = lines[i].substring(0, Math.max(0, lines[i].indexOf(':'))).trim();
        if (name.equalsIgnoreCase("connection") || name.equalsIgnoreCase("proxy-connection")) {
          continue;
        }
        if (name.equalsIgnoreCase("content-length")) {
          length = Integer.parseInt(lines[i].substring(lines[i].indexOf(':') + 1).trim());
        }
        forwarded.append(lines[i]).append("\r\n");
      }
      forwarded.append("Connection: close\r\n\r\n");
      try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
        OutputStream out = upstream.getOutputStream();
        out.write(forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(in.readNBytes(length));
        out.flush();
        upstream.getInputStream().transferTo(client.getOutputStream());
      }
    } catch (IOException | RuntimeException e) {
      // the browser or the hub went away: nothing to answer
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while (matched < 4 && (b = in.read()) != -1) {
      head.write(b);
      matched =
          (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    server.close();
    workers.shutdownNow();
  }
}
