package com.sportshub.odds.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sportshub.odds.entity.EventClosed;
import com.sportshub.odds.entity.EventStatus;
import com.sportshub.odds.entity.FeedBookmaker;
import com.sportshub.odds.entity.FeedEvent;
import com.sportshub.odds.entity.InvalidFeed;
import com.sportshub.odds.entity.SportEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedEventsTest {

  private static final Instant NOW = Instant.parse("2030-05-01T12:00:00Z");

  private static FeedEvent feed(String sport, Instant start, EventStatus status) {
    return new FeedEvent("e1", sport, "EPL", start, "Arsenal", "Chelsea", status, List.of());
  }

  @Test
  void aNewEventBeforeItsStartIsScheduled() {
    SportEvent event = FeedEvents.created(feed("soccer_epl", NOW.plusSeconds(60), null), NOW);

    assertEquals(EventStatus.SCHEDULED, event.status());
  }

  @Test
  void aScheduledEventWhoseStartHasPassedIsLive() {
    SportEvent event = FeedEvents.created(feed("soccer_epl", NOW.plusSeconds(60), null), NOW);

    assertTrue(FeedEvents.update(event, feed("soccer_epl", NOW, null), 0, NOW));
    assertEquals(EventStatus.LIVE, event.status());
  }

  @Test
  void theSameDescriptionAgainChangesNothing() {
    FeedEvent fed = feed("soccer_epl", NOW.plusSeconds(60), null);
    SportEvent event = FeedEvents.created(fed, NOW);

    assertFalse(FeedEvents.update(event, fed, 0, NOW));
  }

  @Test
  void anotherSportIsRefusedNamingTheFieldInTheBatch() {
    SportEvent event = FeedEvents.created(feed("soccer_epl", NOW, null), NOW);

    InvalidFeed refused =
        assertThrows(
            InvalidFeed.class,
            () -> FeedEvents.update(event, feed("basketball_nba", NOW, null), 3, NOW));
    assertEquals("[3].sport_key", refused.field());
  }

  @Test
  void aClosedEventTakesNoPricesButMayBeDescribed() {
    SportEvent closed = FeedEvents.created(feed("soccer_epl", NOW, EventStatus.CLOSED), NOW);

    FeedEvents.checkOpen(closed, feed("soccer_epl", NOW, null));
    FeedEvent priced =
        new FeedEvent(
            "e1",
            "soccer_epl",
            "EPL",
            NOW,
            "Arsenal",
            "Chelsea",
            List.of(new FeedBookmaker("bet365", "Bet365", NOW, List.of())));
    assertThrows(EventClosed.class, () -> FeedEvents.checkOpen(closed, priced));
  }
}
