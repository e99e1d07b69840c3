package com.sportshub.load;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ProtocolException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UpgradeTest {

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void theAcceptValueMatchesTheRfcExample() {
    assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", Upgrade.accept("dGhlIHNhbXBsZSBub25jZQ=="));
  }

  @Test
  void theRequestAsksForAWebSocketOnThePathAndHostGiven() {
    Upgrade upgrade = new Upgrade();

    String request = new String(upgrade.request(URI.create("ws://127.0.0.1:8090/ws?x=1")));

    assertTrue(request.startsWith("GET /ws?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8090\r\n"), request);
    assertTrue(request.contains("Sec-WebSocket-Key: " + upgrade.key + "\r\n"), request);
    assertTrue(request.endsWith("Sec-WebSocket-Version: 13\r\n\r\n"), request);
  }

  @Test
  void theHeadEndsAfterItsBlankLineAndNotBeforeItHasCome() {
    byte[] answer = ascii("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\nframes");

    assertEquals(answer.length - "frames".length(), Upgrade.headEnd(answer, answer.length));
    assertEquals(-1, Upgrade.headEnd(answer, answer.length - "\nframes".length()));
  }

  @Test
  void a101AnsweringTheKeyIsAcceptedWhateverTheHeadersCase() {
    Upgrade upgrade = new Upgrade();
    byte[] answer =
        ascii(
            "HTTP/1.1 101 Switching Protocols\r\nsec-websocket-accept: "
                + Upgrade.accept(upgrade.key)
                + "\r\n\r\n");

    assertDoesNotThrow(() -> upgrade.check(answer, answer.length));
  }

  @Test
  void anAnswerOtherThan101IsRefusedWithItsStatusLine() {
    byte[] answer = ascii("HTTP/1.1 503 Service Unavailable\r\n\r\n");

    ProtocolException refused =
        assertThrows(ProtocolException.class, () -> new Upgrade().check(answer, answer.length));
    assertTrue(refused.getMessage().contains("503"), refused.getMessage());
  }

  @Test
  void a101ForAnotherKeyIsRefused() {
    byte[] answer =
        ascii(
            "HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: "
                + Upgrade.accept("c29tZW9uZSBlbHNlcyBrZXk=")
                + "\r\n\r\n");

    assertThrows(ProtocolException.class, () -> new Upgrade().check(answer, answer.length));
  }
}
