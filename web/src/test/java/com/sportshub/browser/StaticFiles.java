package com.sportshub.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A small HTTP server of folders, so that a browser can load ES modules without the hub. */
public final class StaticFiles implements AutoCloseable {

  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript; charset=utf-8",
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8");

  private final HttpServer server;

  private StaticFiles(HttpServer server) {
    this.server = server;
  }

  /** Serves each folder under its prefix ({@code "/js/"} to a folder). */
  public static StaticFiles serve(Map<String, Path> folders) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    folders.forEach((prefix, folder) -> server.createContext(prefix, e -> send(e, prefix, folder)));
    server.start();
    return new StaticFiles(server);
  }

  private static void send(HttpExchange exchange, String prefix, Path folder) throws IOException {
    String name = exchange.getRequestURI().getPath().substring(prefix.length());
    Path file = folder.resolve(name).normalize();
    if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    byte[] body = Files.readAllBytes(file);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "text/plain"));
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
