package com.sportshub.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CpuCheckTest {

  @Test
  void theWorkIsTheSameSequenceEveryTime() {
    assertEquals(CpuCheck.work(1_000, 1), CpuCheck.work(1_000, 1));
    assertNotEquals(CpuCheck.work(1_000, 1), CpuCheck.work(1_001, 1));
  }

  @Test
  void oneXorshiftStepFromOneIsTheKnownValue() {
    // 1 ^ 1<<13 = 8193; ^ 8193>>>7 = 8257; ^ 8257<<17 = 1082269761
    assertEquals(1_082_269_761L, CpuCheck.work(1, 1));
  }
}
