package com.sportshub.racing.control.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws a finishing order from the runners' chances of winning: the winner in proportion to them,
 * then second from those left in proportion to theirs, and so on (the Plackett-Luce model, as in
 * Plackett, "The Analysis of Permutations", Applied Statistics 24, 1975). Runners with no chance
 * (non-runners) do not finish.
 */
final class FinishingOrder {

  private FinishingOrder() {}

  /** The indices of the runners with a chance, in the order they finish. */
  static List<Integer> draw(double[] chance, Random random) {
    boolean[] placed = new boolean[chance.length];
    List<Integer> order = new ArrayList<>();
    while (true) {
      double left = 0;
      int last = -1;
      for (int i = 0; i < chance.length; i++) {
        if (!placed[i] && chance[i] > 0) {
          left += chance[i];
          last = i;
        }
      }
      if (last < 0) {
        return order;
      }
      double draw = random.nextDouble() * left;
      int pick = last;
      for (int i = 0; i < chance.length; i++) {
        if (!placed[i] && chance[i] > 0) {
          draw -= chance[i];
          if (draw < 0) {
            pick = i;
            break;
          }
        }
      }
      placed[pick] = true;
      order.add(pick);
    }
  }
}
