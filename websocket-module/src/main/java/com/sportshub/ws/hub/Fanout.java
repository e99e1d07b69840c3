package com.sportshub.ws.hub;

import com.sportshub.ws.broker.Broker;
import com.sportshub.ws.broker.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Hands every update the broker brings to the members of its channel on this node. */
@ApplicationScoped
public class Fanout {

  @Inject Broker broker;
  @Inject ChannelRegistry registry;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    broker.listen(this::deliver);
  }

  void deliver(Envelope envelope) {
    registry.deliver(envelope.channel(), envelope.frame());
  }
}
