package com.sportshub.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LiveHeapTest {

  @Test
  void readsTheBytesOnTheHistogramsTotalLine() {
    String histogram =
        """
        12345:
         num     #instances         #bytes  class name (module)
        -------------------------------------------------------
           1:        173335       21984552  [B (java.base@17.0.15)
           2:        158925        3814200  java.lang.String (java.base@17.0.15)
        Total       1260057       66817936
        """;

    assertEquals(66_817_936L, LiveHeap.totalOf(histogram));
  }

  @Test
  void aReplyWithoutATotalLineReadsAsUnknown() {
    assertEquals(-1, LiveHeap.totalOf("12345:\ncom.sun.tools.attach.AttachNotSupportedException"));
  }
}
