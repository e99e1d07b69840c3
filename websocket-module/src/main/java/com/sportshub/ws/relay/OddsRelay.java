package com.sportshub.ws.relay;

import com.sportshub.odds.events.OddsChanged;
import com.sportshub.ws.broker.JsonText;
import com.sportshub.ws.broker.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Publishes each committed price change as {@code odds_update} on the sport's channel and on the
 * event's channel. Observed after success only: a rolled-back write never reaches a client.
 *
 * <p>The delta lists prices by {@code key} (market/outcome/bookmaker), so that conflated deltas
 * keep every price that changed.
 */
@ApplicationScoped
public class OddsRelay {

  @Inject ChannelRates channels;

  void onOddsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OddsChanged change) {
    String data = toJson(change);
    long ts = change.occurredAt().toEpochMilli();
    channels.publish(new Publication("odds:" + change.sportKey(), "odds_update", data, ts));
    channels.publish(new Publication("odds:event:" + change.eventId(), "odds_update", data, ts));
  }

  static String toJson(OddsChanged change) {
    String key = change.market() + "/" + change.outcome() + "/" + change.bookmaker();
    return "{\"eventId\":"
        + JsonText.quote(change.eventId())
        + ",\"sportKey\":"
        + JsonText.quote(change.sportKey())
        + ",\"prices\":[{\"key\":"
        + JsonText.quote(key)
        + ",\"market\":"
        + JsonText.quote(change.market())
        + ",\"outcome\":"
        + JsonText.quote(change.outcome())
        + ",\"bookmaker\":"
        + JsonText.quote(change.bookmaker())
        + ",\"price\":"
        + change.price().toPlainString()
        + "}]}";
  }
}
