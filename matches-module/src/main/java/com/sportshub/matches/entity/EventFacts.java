package com.sportshub.matches.entity;

/**
 * What an event says, as recorded or corrected: its type, the side of the player it is about, the
 * minute (and minutes added beyond the period's end), the player (for a substitution the one coming
 * on, {@code relatedPlayer} the one going off; for a goal the assist), a detail (the VAR decision)
 * and, for a VAR decision, the event it refers to.
 */
public record EventFacts(
    MatchEventType type,
    Side side,
    Integer minute,
    Integer stoppage,
    String player,
    String relatedPlayer,
    String detail,
    String refersTo) {

  /** A goal-type event of a side with no more known about it, as feeds and imports report them. */
  public static EventFacts scored(MatchEventType type, Side side, Integer minute) {
    return new EventFacts(type, side, minute, null, null, null, null, null);
  }
}
