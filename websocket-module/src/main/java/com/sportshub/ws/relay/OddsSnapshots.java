package com.sportshub.ws.relay;

import com.sportshub.odds.query.OddsQueries;
import com.sportshub.odds.query.PriceView;
import com.sportshub.ws.broker.JsonText;
import com.sportshub.ws.hub.SnapshotSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Optional;

/** Snapshots of {@code odds:{sportKey}} and {@code odds:event:{eventId}}: the current book. */
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
      String eventId = channel.substring(EVENT.length());
      return odds.pricesOfEvent(eventId).map(prices -> book("eventId", eventId, prices));
    }
    String sportKey = channel.substring(SPORT.length());
    return Optional.of(book("sportKey", sportKey, odds.pricesOfSport(sportKey)));
  }

  private static String book(String idName, String id, List<PriceView> prices) {
    JsonArrayBuilder rows = JsonText.JSON.createArrayBuilder();
    for (PriceView p : prices) {
      rows.add(
          JsonText.JSON
              .createObjectBuilder()
              .add("eventId", p.eventId())
              .add("sportKey", p.sportKey())
              .add("market", p.market())
              .add("outcome", p.outcome())
              .add("bookmaker", p.bookmaker())
              .add("price", p.price())
              .add("updatedAt", p.updatedAt().toString()));
    }
    return JsonText.JSON
        .createObjectBuilder()
        .add(idName, id)
        .add("prices", rows)
        .build()
        .toString();
  }
}
