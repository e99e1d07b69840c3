package com.sportshub.ws.metrics;

import com.sportshub.ws.broker.Broker;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Registers the delivery path's metrics once and hands out the references that the delivery classes
 * keep in their own fields (a call through this bean's proxy per update would cost more than the
 * count).
 */
@ApplicationScoped
public class DeliveryMetrics {

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  @Inject Broker broker;

  private Counter deliveries;
  private UpdateKinds updates;
  private LagSampler lag;
  private Counter conflatedUpdates;
  private SenderCounters sender;
  private Counter rateLimited;

  @PostConstruct
  void register() {
    deliveries =
        counter("hub.deliveries", "updates handed to a subscriber's connection on this node");
    updates =
        new UpdateKinds(
            kind ->
                tagged(
                    "hub.updates",
                    "updates published in the cluster, by channel kind, as this node's broker"
                        + " delivered them",
                    new Tag("kind", kind)));
    Histogram lagHistogram =
        registry.histogram(
            Metadata.builder()
                .withName("hub.delivery.lag")
                .withDescription(
                    "publication to hand-over to the members' connections on this node, sampled")
                .withUnit(MetricUnits.MILLISECONDS)
                .build());
    lag = new LagSampler(lagHistogram::update, System::currentTimeMillis);
    conflatedUpdates =
        counter(
            "hub.conflated.updates",
            "updates that merged several changes held back by a channel's rate");
    sender =
        new SenderCounters(
            counter("hub.frames.written", "WebSocket frames handed to connections' writes"),
            counter("hub.clients.conflated", "times a backed-up client was given fresh snapshots"),
            slowClose("queue_full"),
            slowClose("behind_again"));
    rateLimited = counter("hub.clients.rate.limited", "times a client went over its message rate");
    gauge("hub.broker.waiting", "updates taken and not yet handed to Redis", Broker::waiting);
    gauge(
        "hub.broker.connected",
        "1 while updates reach the other nodes (Redis answers); always 1 in memory",
        b -> b.connected() ? 1 : 0);
  }

  private Counter slowClose(String why) {
    return tagged(
        "hub.slow.consumers.closed",
        "clients closed with 4008 for being too slow, by why",
        new Tag("why", why));
  }

  private Counter tagged(String name, String description, Tag tag) {
    return registry.counter(
        Metadata.builder().withName(name).withDescription(description).build(), tag);
  }

  private Counter counter(String name, String description) {
    return registry.counter(Metadata.builder().withName(name).withDescription(description).build());
  }

  private void gauge(String name, String description, ToLongFunction<Broker> read) {
    registry.gauge(
        Metadata.builder().withName(name).withDescription(description).build(),
        broker,
        b -> read.applyAsLong(b));
  }

  public Counter deliveries() {
    return deliveries;
  }

  public UpdateKinds updates() {
    return updates;
  }

  public LagSampler lag() {
    return lag;
  }

  public Counter conflatedUpdates() {
    return conflatedUpdates;
  }

  public SenderCounters sender() {
    return sender;
  }

  public Counter rateLimited() {
    return rateLimited;
  }

  /** The counter of refusals ({@code error} messages) with this code; looked up once per code. */
  public Counter refusals(String code) {
    return tagged("hub.refusals", "error messages sent to clients, by code", new Tag("code", code));
  }
}
