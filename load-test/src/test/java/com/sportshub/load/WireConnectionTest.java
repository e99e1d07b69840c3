package com.sportshub.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's socket handling, against a plain socket on this machine that speaks the server's
 * half of RFC 6455 byte by byte (the hub itself is driven by the tool's runs, not by unit tests).
 */
class WireConnectionTest {

  private final SelectorLoop loop = new SelectorLoop("test-loop");
  private final ServerSocket server;
  private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
  private final WireConnection.Listener listener =
      new WireConnection.Listener() {
        @Override
        public void onText(String message) {
          heard.add(message);
        }

        @Override
        public void onClose(int code) {
          heard.add("close:" + code);
        }

        @Override
        public void onError(Throwable error) {
          heard.add("error:" + error);
        }
      };

  WireConnectionTest() throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    server.setSoTimeout(10_000);
  }

  @AfterEach
  void close() throws IOException {
    loop.close();
    server.close();
  }

  private URI uri() {
    return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/ws");
  }

  /** Reads the request head and returns its key. */
  private static String readKey(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      head.write(in.read());
    }
    for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
      if (line.startsWith("Sec-WebSocket-Key: ")) {
        return line.substring("Sec-WebSocket-Key: ".length());
      }
    }
    throw new AssertionError("no key in " + head);
  }

  /** One masked client frame, as its first byte in hex and its unmasked payload. */
  private static String readClientFrame(DataInputStream in) throws IOException {
    return Integer.toHexString(in.readUnsignedByte()) + ":" + readPayload(in);
  }

  private static String readPayload(DataInputStream in) throws IOException {
    return new String(readPayloadBytes(in), StandardCharsets.UTF_8);
  }

  private static byte[] readPayloadBytes(DataInputStream in) throws IOException {
    int length = in.readUnsignedByte() & 0x7f;
    byte[] frame = new byte[2 + 4 + length];
    frame[0] = (byte) 0x81;
    frame[1] = (byte) (0x80 | length);
    in.readFully(frame, 2, 4 + length);
    return ClientFramesTest.unmask(ByteBuffer.wrap(frame));
  }

  private static byte[] answer(String accept) {
    return ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: "
            + accept
            + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void aClientUpgradesHearsFramesSentWithTheAnswerAnswersPingsAndHearsTheClose() throws Exception {
    WireConnection client = WireConnection.connect(loop, uri(), listener);
    try (Socket socket = server.accept()) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      String key = readKey(in);
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      first.writeBytes(answer(Upgrade.accept(key)));
      first.writeBytes(ServerFramesTest.text("hello"));
      first.writeBytes(ServerFramesTest.serverFrame(true, 0x9, new byte[] {'p'}));
      out.write(first.toByteArray());
      out.flush();

      client.opened().get(10, TimeUnit.SECONDS);
      client.send("{\"type\":\"subscribe\"}");
      DataInputStream frames = new DataInputStream(in);
      List<String> sent = List.of(readClientFrame(frames), readClientFrame(frames));
      out.write(ServerFramesTest.serverFrame(true, 0x8, new byte[] {0x03, (byte) 0xe9}));
      out.flush();

      assertEquals("hello", heard.poll(10, TimeUnit.SECONDS));
      assertEquals("close:1001", heard.poll(10, TimeUnit.SECONDS));
      assertEquals(List.of("8a:p", "81:{\"type\":\"subscribe\"}"), sent);
      assertEquals(0x88, frames.readUnsignedByte());
      assertArrayEquals(new byte[] {0x03, (byte) 0xe9}, readPayloadBytes(frames));
    }
  }

  @Test
  void anAnswerWithTheWrongAcceptFailsTheOpeningAndTellsTheListenerNothing() throws Exception {
    WireConnection client = WireConnection.connect(loop, uri(), listener);
    try (Socket socket = server.accept()) {
      readKey(socket.getInputStream());
      socket.getOutputStream().write(answer(Upgrade.accept("c29tZW9uZSBlbHNlcyBrZXk=")));
      socket.getOutputStream().flush();

      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> client.opened().get(10, TimeUnit.SECONDS));
      assertTrue(failed.getCause().getMessage().contains("Accept"), failed.getMessage());
      assertEquals(null, heard.poll(200, TimeUnit.MILLISECONDS));
    }
  }

  @Test
  void anAbortedClientHearsNothingOfTheServerClosingAfterwards() throws Exception {
    WireConnection client = WireConnection.connect(loop, uri(), listener);
    try (Socket socket = server.accept()) {
      String key = readKey(socket.getInputStream());
      socket.getOutputStream().write(answer(Upgrade.accept(key)));
      client.opened().get(10, TimeUnit.SECONDS);

      client.abort();

      assertEquals(-1, socket.getInputStream().read());
      assertEquals(null, heard.poll(200, TimeUnit.MILLISECONDS));
    }
  }
}
