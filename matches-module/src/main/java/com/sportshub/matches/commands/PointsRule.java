package com.sportshub.matches.commands;

/**
 * Points for a win, a draw and a loss. Configurable per competition because not every league awards
 * three for a win (some youth and historical competitions use two).
 */
public record PointsRule(int win, int draw, int loss) {

  /** Three for a win, one for a draw, none for a loss. */
  public static final PointsRule STANDARD = new PointsRule(3, 1, 0);

  public PointsRule {
    if (win < draw || draw < loss) {
      throw new IllegalArgumentException(
          "a win must be worth at least a draw and a draw at least a loss: %d/%d/%d"
              .formatted(win, draw, loss));
    }
  }

  /** The points a team earns for scoring {@code scored} and conceding {@code conceded}. */
  public int pointsFor(int scored, int conceded) {
    if (scored > conceded) {
      return win;
    }
    return scored == conceded ? draw : loss;
  }
}
