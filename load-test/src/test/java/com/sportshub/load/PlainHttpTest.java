package com.sportshub.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lane client against a plain socket on this machine that answers as an HTTP server would. */
class PlainHttpTest {

  private final ServerSocket server;
  private final PlainHttp http;

  PlainHttpTest() throws IOException {
    server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
    server.setSoTimeout(10_000);
    http = new PlainHttp(URI.create("http://127.0.0.1:" + server.getLocalPort()));
  }

  @AfterEach
  void close() throws IOException {
    http.close();
    server.close();
  }

  private static BufferedReader reader(Socket socket) throws IOException {
    return new BufferedReader(
        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Reads one request (head and body) and returns it as text. */
  private static String readRequest(BufferedReader in) throws IOException {
    StringBuilder request = new StringBuilder();
    int length = 0;
    for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
      request.append(line).append('\n');
      if (line.startsWith("Content-Length: ")) {
        length = Integer.parseInt(line.substring(16));
      }
    }
    char[] body = new char[length];
    for (int read = 0; read < length; ) {
      read += in.read(body, read, length - read);
    }
    return request.append('\n').append(body).toString();
  }

  private static void answer(Socket socket, String answer) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(answer.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Takes the next connection, reads one request from it and answers it, then hangs up. */
  private void answerOnNewSocket(String answer) throws IOException {
    try (Socket socket = server.accept()) {
      readRequest(reader(socket));
      answer(socket, answer);
    }
  }

  private CompletableFuture<PlainHttp.Answer> postLater(String body) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return http.post("/api/broadcast", "t0k", body);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void twoPostsGoOverOneKeptSocketAndEachGetsItsStatusAndBody() throws Exception {
    CompletableFuture<PlainHttp.Answer> first = postLater("{\"a\":1}");
    try (Socket socket = server.accept()) {
      BufferedReader in = reader(socket);
      String request = readRequest(in);
      answer(socket, "HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\nok");
      assertEquals(new PlainHttp.Answer(202, "ok"), first.get(10, TimeUnit.SECONDS));

      CompletableFuture<PlainHttp.Answer> second = postLater("{\"b\":2}");
      String again = readRequest(in);
      answer(socket, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");

      assertEquals(new PlainHttp.Answer(400, ""), second.get(10, TimeUnit.SECONDS));
      assertTrue(request.startsWith("POST /api/broadcast HTTP/1.1\n"), request);
      assertTrue(request.contains("Authorization: Bearer t0k\n"), request);
      assertTrue(request.endsWith("\n\n{\"a\":1}"), request);
      assertTrue(again.endsWith("\n\n{\"b\":2}"), again);
    }
  }

  @Test
  void aChunkedBodyIsReadWholeAndTheSocketKept() throws Exception {
    CompletableFuture<PlainHttp.Answer> first = postLater("[]");
    try (Socket socket = server.accept()) {
      BufferedReader in = reader(socket);
      readRequest(in);
      answer(
          socket,
          "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\n{\"ok\r\n5\r\n\":1}\n\r\n0\r\n\r\n");
      assertEquals(new PlainHttp.Answer(200, "{\"ok\":1}\n"), first.get(10, TimeUnit.SECONDS));

      CompletableFuture<PlainHttp.Answer> second = postLater("[]");
      readRequest(in);
      answer(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]");
      assertEquals(new PlainHttp.Answer(200, "[]"), second.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void anAnswerSayingCloseMakesTheNextPostConnectAgain() throws Exception {
    CompletableFuture<PlainHttp.Answer> first = postLater("{}");
    answerOnNewSocket(
        "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    assertEquals(503, first.get(10, TimeUnit.SECONDS).status());

    CompletableFuture<PlainHttp.Answer> second = postLater("{}");
    answerOnNewSocket("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");
    assertEquals(202, second.get(10, TimeUnit.SECONDS).status());
  }

  @Test
  void anAnswerCutShortFailsThePostAndTheNextOneConnectsAfresh() throws Exception {
    CompletableFuture<PlainHttp.Answer> first = postLater("{}");
    answerOnNewSocket("HTTP/1.1 202 Accepted\r\nContent-Length: 10\r\n\r\nabc");
    Exception failed = assertThrows(Exception.class, () -> first.get(10, TimeUnit.SECONDS));
    assertTrue(failed.getCause().getCause() instanceof ProtocolException, failed.toString());

    CompletableFuture<PlainHttp.Answer> second = postLater("{}");
    answerOnNewSocket("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");
    assertEquals(202, second.get(10, TimeUnit.SECONDS).status());
  }
}
