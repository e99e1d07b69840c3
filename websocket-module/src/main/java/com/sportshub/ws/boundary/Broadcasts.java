package com.sportshub.ws.boundary;

import com.sportshub.ws.broker.Broker;
import com.sportshub.ws.broker.BrokerUnavailable;
import com.sportshub.ws.broker.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The delivery layer's own entry: relays admin and newsroom messages to their channels in the order
 * given. The REST API's {@code POST /api/broadcast} calls it; so does the benchmark, as the write
 * path that measures delivery alone.
 */
@ApplicationScoped
public class Broadcasts {

  @Inject Broker broker;

  /**
   * Publishes every broadcast, in order; the caller has checked them all ({@link
   * Broadcast#invalidField()}) first, so a batch goes out whole or not at all.
   *
   * @throws RelayUnavailable when the broker cannot take more now
   */
  public void publish(List<Broadcast> broadcasts) {
    long now = System.currentTimeMillis();
    try {
      broker.publishAll(
          broadcasts.stream()
              .map(b -> new Publication(b.channel(), b.event(), b.data(), now))
              .toList());
    } catch (BrokerUnavailable full) {
      throw new RelayUnavailable(full.getMessage(), full);
    }
  }
}
