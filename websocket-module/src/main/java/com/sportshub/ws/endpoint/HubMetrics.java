package com.sportshub.ws.endpoint;

import com.sportshub.ws.metrics.DeliveryMetrics;
import com.sportshub.ws.metrics.SenderCounters;
import com.sportshub.ws.status.NodeFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.ToIntFunction;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The WebSocket layer's figures for Prometheus ({@code /metrics}, MicroProfile Metrics, application
 * scope), named in docs/operations.md.
 *
 * <p>Kept off the delivery path: the gauges are read from state the node keeps anyway, and only
 * when scraped; the counters count things that happen once per connection or subscription (opened,
 * closed by code, resumed, restarted), never per update.
 */
@ApplicationScoped
public class HubMetrics {

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  @Inject NodeOperations operations;
  @Inject DeliveryMetrics delivery;

  /** How a subscription with {@code since} was answered. */
  enum Resume {
    RECOVERED,
    PACED,
    SNAPSHOT
  }

  /** Registers the gauges; called once as the delivery layer starts. */
  public void start() {
    Refusals.install(code -> delivery.refusals(code.name()));
    gauge("hub.connections", "open WebSocket connections on this node", f -> f.connections());
    gauge(
        "hub.connections.authenticated",
        "open connections with a verified token",
        f -> f.authenticated());
    gauge("hub.channels", "channels with at least one subscriber on this node", f -> f.channels());
    gauge("hub.subscriptions", "subscriptions on this node", f -> f.subscriptions());
    gauge("hub.draining", "1 while this node drains for a restart", f -> f.draining() ? 1 : 0);
  }

  private void gauge(String name, String description, ToIntFunction<NodeFigures> read) {
    registry.gauge(
        Metadata.builder().withName(name).withDescription(description).build(),
        operations,
        node -> read.applyAsInt(node.figures(0)));
  }

  /** What each connection's sender counts; see {@link DeliveryMetrics}. */
  SenderCounters sender() {
    return delivery.sender();
  }

  /** A client went over its message rate (the first refusal of a run). */
  void rateLimited() {
    delivery.rateLimited().inc();
  }

  void opened() {
    registry.counter("hub.connections.opened").inc();
  }

  void closed(int code) {
    registry.counter("hub.connections.closed", new Tag("code", String.valueOf(code))).inc();
  }

  void resumed(Resume how) {
    registry.counter("hub.resumes", new Tag("outcome", how.name().toLowerCase())).inc();
  }

  void restarted(Messages.Unasked why) {
    registry.counter("hub.restarts", new Tag("why", why.flag)).inc();
  }
}
