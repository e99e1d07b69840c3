package com.sportshub.ws.endpoint;

import com.sportshub.ws.broker.Broker;
import com.sportshub.ws.broker.JsonText;
import com.sportshub.ws.hub.ChannelRegistry;
import com.sportshub.ws.status.NodeFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an operator reads of this node and does to it: its figures ({@link NodeFigures}), closing
 * one connection, and draining before a restart.
 *
 * <p>Draining: readiness goes DOWN (so a load balancer sends no one new), new upgrades to {@code
 * /ws} are refused with 503, and the open connections are closed {@code hub.drain.per-second} at a
 * time (500 by default) with 1012 (service restart), so that their clients reconnect elsewhere and
 * resume with {@code since}, without a gap, and without all arriving at the other nodes at once. A
 * node that drains stays draining until it restarts.
 */
@ApplicationScoped
public class NodeOperations {

  private static final Logger LOG = Logger.getLogger(NodeOperations.class.getName());

  @Inject Connections connections;
  @Inject ChannelRegistry registry;
  @Inject HubSettings settings;

  @Inject
  @ConfigProperty(name = "hub.drain.per-second", defaultValue = "500")
  int drainPerSecond;

  @Inject Broker broker;

  /** How often a node tells the cluster its figures, and how long such a report counts. */
  static final Duration REPORT_EVERY = Duration.ofSeconds(5);

  static final Duration REPORT_LASTS = Duration.ofSeconds(15);

  private final Instant startedAt = Instant.now();
  private final AtomicBoolean draining = new AtomicBoolean();

  /** The node's figures, with its {@code top} busiest channels. */
  public NodeFigures figures(int top) {
    int authenticated = 0;
    int open = 0;
    for (ClientSession client : connections.open()) {
      open++;
      if (!client.caller().anonymous()) {
        authenticated++;
      }
    }
    List<NodeFigures.ChannelCount> channels = new ArrayList<>();
    registry.forEachChannel((channel, n) -> channels.add(new NodeFigures.ChannelCount(channel, n)));
    Map<String, Integer> byKind = new TreeMap<>();
    int subscriptions = 0;
    for (NodeFigures.ChannelCount c : channels) {
      byKind.merge(Channels.kind(c.channel()), c.subscribers(), Integer::sum);
      subscriptions += c.subscribers();
    }
    List<NodeFigures.ChannelCount> busiest =
        top == 0
            ? List.of() // the counts alone (health, metrics, reports): no sorting every channel
            : channels.stream()
                .sorted(
                    Comparator.comparingInt(NodeFigures.ChannelCount::subscribers)
                        .reversed()
                        .thenComparing(NodeFigures.ChannelCount::channel))
                .limit(top)
                .toList();
    return new NodeFigures(
        settings.node(),
        startedAt,
        open,
        authenticated,
        channels.size(),
        subscriptions,
        busiest,
        byKind,
        draining.get());
  }

  /** Starts telling the cluster this node's figures every {@link #REPORT_EVERY}. */
  public void startReporting() {
    connections
        .housekeeping()
        .scheduleWithFixedDelay(this::report, 0, REPORT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void report() {
    NodeFigures f = figures(0);
    String summary =
        JsonText.JSON
            .createObjectBuilder()
            .add("node", f.node())
            .add("connections", f.connections())
            .add("authenticated", f.authenticated())
            .add("channels", f.channels())
            .add("subscriptions", f.subscriptions())
            .add("draining", f.draining())
            .add("startedAt", f.startedAt().toString())
            .add("reportedAt", Instant.now().toString())
            .build()
            .toString();
    broker.reportNode(f.node(), summary, REPORT_LASTS);
  }

  /** What every live node of the cluster last reported (this node's own without Redis). */
  public List<String> clusterReports() {
    return broker.nodeReports().values().stream().sorted().toList();
  }

  public boolean draining() {
    return draining.get();
  }

  /**
   * Starts draining (once; later calls change nothing) and returns how many connections it will
   * close.
   */
  public int drain() {
    List<ClientSession> toClose = new ArrayList<>(connections.open());
    if (!draining.compareAndSet(false, true)) {
      return toClose.size();
    }
    LOG.info(
        () ->
            "draining: refusing new connections and closing "
                + toClose.size()
                + " at "
                + drainPerSecond
                + " a second with 1012");
    closeSome(toClose.iterator());
    return toClose.size();
  }

  private void closeSome(Iterator<ClientSession> left) {
    for (int i = 0; i < Math.max(1, drainPerSecond) && left.hasNext(); i++) {
      left.next()
          .close(CloseReason.CloseCodes.SERVICE_RESTART, "node draining: reconnect and resume");
    }
    if (left.hasNext()) {
      connections.housekeeping().schedule(() -> closeSome(left), 1, TimeUnit.SECONDS);
    } else {
      LOG.info("draining: every connection that was open is closed");
    }
  }

  /** Closes one connection with 1008 (policy); false when no open connection has that id. */
  public boolean close(String connectionId, String reason) {
    for (ClientSession client : connections.open()) {
      if (client.id().equals(connectionId)) {
        client.close(CloseReason.CloseCodes.VIOLATED_POLICY, reason);
        return true;
      }
    }
    return false;
  }
}
