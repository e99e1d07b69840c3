package com.sportshub.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UpdateFrameTest {

  @Test
  void readsTheSeqTheDueTimeAndTheWarmUpFlagOfAnUpdate() {
    UpdateFrame frame =
        UpdateFrame.parse(
            "{\"type\":\"update\",\"channel\":\"notice:bench-g3\",\"seq\":42,\"event\":\"bench\","
                + "\"data\":{\"g\":3,\"s\":42,\"t\":123456789,\"w\":1,\"pad\":\"xx\"},\"ts\":99}");

    assertEquals(42, frame.seq());
    assertEquals(123456789, frame.createdNanos());
    assertTrue(frame.warmup());
  }

  @Test
  void ignoresEverythingThatIsNotAnUpdateOfTheTool() {
    assertNull(UpdateFrame.parse("{\"type\":\"pong\",\"serverTime\":1}"));
    assertNull(
        UpdateFrame.parse(
            "{\"type\":\"update\",\"channel\":\"news\",\"seq\":1,\"event\":\"x\",\"data\":{},\"ts\":1}"));
  }
}
