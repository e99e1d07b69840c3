package com.sportshub.ws.relay;

import com.sportshub.odds.query.EventBook;
import com.sportshub.odds.query.OddsJson;
import com.sportshub.odds.query.OddsQueries;
import com.sportshub.ws.hub.SnapshotSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Snapshots of {@code odds:{sportKey}} (every open event of the sport) and {@code
 * odds:event:{eventId}} (that event; NOT_FOUND when unknown), in the shape of the deltas.
 */
@ApplicationScoped
public class OddsSnapshots implements SnapshotSource {

  private static final String EVENT = "odds:event:";
  private static final String SPORT = "odds:";

  @Inject OddsQueries odds;

  @Override
  public boolean serves(String channel) {
    return channel.startsWith(SPORT);
  }

  @Override
  public Optional<String> snapshot(String channel) {
    if (channel.startsWith(EVENT)) {
      return odds.event(channel.substring(EVENT.length()))
          .map(book -> OddsJson.of(book.event().sportKey(), List.of(part(book))));
    }
    String sportKey = channel.substring(SPORT.length());
    return Optional.of(
        OddsJson.of(sportKey, odds.sportBook(sportKey).stream().map(OddsSnapshots::part).toList()));
  }

  private static OddsJson.EventPart part(EventBook book) {
    return new OddsJson.EventPart(book.event(), book.prices(), book.consensus());
  }
}
