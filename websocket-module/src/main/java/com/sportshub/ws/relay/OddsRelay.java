package com.sportshub.ws.relay;

import com.sportshub.odds.events.OddsChanged;
import com.sportshub.odds.query.OddsJson;
import com.sportshub.ws.broker.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Publishes each committed change of an event's book as {@code odds_update} on the sport's channel
 * and on the event's channel: the prices that moved and the new consensus of their lines. Observed
 * after success only: a rolled-back write never reaches a client.
 */
@ApplicationScoped
public class OddsRelay {

  @Inject ChannelRates channels;

  void onOddsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OddsChanged change) {
    String sportKey = change.event().sportKey();
    String data =
        OddsJson.of(
            sportKey,
            List.of(new OddsJson.EventPart(change.event(), change.prices(), change.consensus())));
    long ts = change.occurredAt().toEpochMilli();
    channels.publish(new Publication("odds:" + sportKey, "odds_update", data, ts));
    channels.publish(
        new Publication("odds:event:" + change.event().eventId(), "odds_update", data, ts));
  }
}
