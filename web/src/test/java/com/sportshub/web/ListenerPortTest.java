package com.sportshub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ListenerPortTest {

  @Test
  void readsThePlainHttpListenersPortOfMicro() {
    String domain =
        "<network-listener protocol=\"http-listener\" port=\"8090\" name=\"http-listener\""
            + " thread-pool=\"http-thread-pool\" transport=\"tcp\">"
            + "<network-listener protocol=\"https-listener\" port=\"8443\" name=\"https-listener\">";

    assertEquals(OptionalInt.of(8090), ListenerPort.in(domain));
  }

  @Test
  void readsServersFirstListenerAndNeverTheSecureOne() {
    String domain =
        "<network-listener port=\"8181\" protocol=\"http-listener-2\" name=\"http-listener-2\">"
            + "<network-listener port=\"8080\" protocol=\"http-listener-1\" name=\"http-listener-1\">";

    assertEquals(OptionalInt.of(8080), ListenerPort.in(domain));
  }

  @Test
  void findsNothingWhereThereIsNoPlainListener() {
    assertEquals(
        OptionalInt.empty(), ListenerPort.in("<network-listener name=\"admin-listener\">"));
  }
}
