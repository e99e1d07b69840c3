package com.sportshub.racing.control;

import com.sportshub.racing.commands.PlacingDraft;
import com.sportshub.racing.entity.InvalidRacingInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Finishing positions with dead heats, and what each finisher holds of the places paid.
 *
 * <p>Positions are numbered as the judge declares them: horses dead-heating share the position of
 * the first place they tie for and the next horse takes the position after all of them (two
 * dead-heating for first are 1 and 1, the next is 3). A finisher without a position is placed one
 * after the one before it, as if no dead heat.
 */
public final class DeadHeats {

  private DeadHeats() {}

  /**
   * The positions of finishers in finishing order, each either its place in the order (i + 1) or,
   * for a dead heat, the position of the finisher before it.
   *
   * @throws InvalidRacingInput naming {@code placings[i].position} for any other position
   */
  public static List<Integer> positions(List<PlacingDraft> order) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Integer given = order.get(i).position();
      int own = i + 1;
      Integer tied = i == 0 ? null : positions.get(i - 1);
      if (given == null || given == own || given.equals(tied)) {
        positions.add(given == null ? own : given);
      } else {
        String allowed =
            tied == null || tied == own ? "" + own : own + " or " + tied + " (a dead heat)";
        throw new InvalidRacingInput(
            "placings[" + i + "].position",
            "must be " + allowed + ": finisher " + own + " in the order given");
      }
    }
    return positions;
  }

  /**
   * What each finisher (by its position, in finishing order) holds of {@code placesPaid} places: a
   * dead heat at position p of k horses covers the paid places from p to p + k - 1.
   */
  public static List<PlaceShare> shares(List<Integer> positions, int placesPaid) {
    List<PlaceShare> shares = new ArrayList<>();
    for (int position : positions) {
      int sharing = (int) positions.stream().filter(p -> p == position).count();
      int last = Math.min(position + sharing - 1, placesPaid);
      shares.add(new PlaceShare(Math.max(0, last - position + 1), sharing));
    }
    return shares;
  }

  /** Whether any two finishers share a position. */
  public static boolean any(List<Integer> positions) {
    return positions.stream().distinct().count() < positions.size();
  }
}
