package com.sportshub.odds.control;

import com.sportshub.odds.entity.EventClosed;
import com.sportshub.odds.entity.EventStatus;
import com.sportshub.odds.entity.FeedEvent;
import com.sportshub.odds.entity.InvalidFeed;
import com.sportshub.odds.entity.SportEvent;
import java.time.Instant;

/**
 * What a feed's event does to the event held: a new one starts scheduled, a known one takes the
 * feed's description and status, and a scheduled event whose start has passed is live. A feed may
 * not move an event to another sport, nor price one that is closed. Plain Java, so that the rules
 * are read and tested without a container; the boundary stores and announces what they decide.
 */
public final class FeedEvents {

  private FeedEvents() {}

  /** A new event as the feed describes it. */
  public static SportEvent created(FeedEvent feed, Instant now) {
    return new SportEvent(feed, statusOf(feed, EventStatus.SCHEDULED, now), now);
  }

  /**
   * Takes the feed's description and status into a known event.
   *
   * @param index the feed event's place in its batch, for the field path of a refusal
   * @return whether the event changed
   * @throws InvalidFeed when the feed names another sport than the event's
   */
  public static boolean update(SportEvent event, FeedEvent feed, int index, Instant now) {
    if (!event.sportKey().equals(feed.sportKey())) {
      throw new InvalidFeed(
          "[" + index + "].sport_key", "differs from the event's sport " + event.sportKey());
    }
    boolean changed = event.describe(feed, now);
    changed |= event.moveTo(statusOf(feed, event.status(), now), now);
    return changed;
  }

  /**
   * Refuses prices for a closed event; a closed event the feed only describes is accepted.
   *
   * @throws EventClosed when the feed brings bookmakers for a closed event
   */
  public static void checkOpen(SportEvent event, FeedEvent feed) {
    if (event.status() == EventStatus.CLOSED && !feed.bookmakers().isEmpty()) {
      throw new EventClosed(event.id());
    }
  }

  /**
   * The status the feed gives, or else the one held, except that a scheduled event whose start time
   * has passed is live: The Odds API never says so itself.
   */
  static EventStatus statusOf(FeedEvent feed, EventStatus held, Instant now) {
    if (feed.status() != null) {
      return feed.status();
    }
    return held == EventStatus.SCHEDULED && !feed.commenceTime().isAfter(now)
        ? EventStatus.LIVE
        : held;
  }
}
