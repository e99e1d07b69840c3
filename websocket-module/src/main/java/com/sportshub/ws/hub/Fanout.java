package com.sportshub.ws.hub;

import com.sportshub.ws.broker.Broker;
import com.sportshub.ws.broker.Envelope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * This node's channels: subscribers join and leave here, and every update the broker brings is
 * handed to the members of its channel.
 *
 * <p>It starts listening to the broker when first used, that is when the first client joins: no one
 * on this node needs an update before then. (An {@code @Initialized} observer would be earlier, but
 * in an EAR it can run in an EJB module's naming context.)
 */
@ApplicationScoped
public class Fanout {

  private static final Logger LOG = Logger.getLogger(Fanout.class.getName());

  @Inject Broker broker;
  @Inject ChannelRegistry registry;

  @PostConstruct
  void listen() {
    broker.listen(this::deliver);
    LOG.info(() -> "delivering updates from the broker: " + broker.description());
  }

  public boolean join(String channel, Subscriber subscriber) {
    return registry.join(channel, subscriber);
  }

  public boolean leave(String channel, Subscriber subscriber) {
    return registry.leave(channel, subscriber);
  }

  void deliver(Envelope envelope) {
    registry.deliver(envelope.channel(), envelope.frame());
  }
}
