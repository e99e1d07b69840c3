package com.sportshub.ws.relay;

import com.sportshub.ws.boundary.NodeControl;
import com.sportshub.ws.boundary.NodeJmx;
import com.sportshub.ws.boundary.RedisIntake;
import com.sportshub.ws.broker.Broker;
import com.sportshub.ws.broker.BrokerReadiness;
import com.sportshub.ws.endpoint.HubMetrics;
import com.sportshub.ws.hub.Fanout;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Starts the delivery layer with the web application: the broker, the channel rates, the refresh
 * lane and this node's fan-out.
 *
 * <p>Eagerly, and from here, because these beans look up the server's managed executors: created
 * lazily they could first be asked for on a thread of another component (an EJB's transaction in an
 * EAR, or the health endpoint), whose naming context resolves those executors wrongly. A servlet
 * listener always runs in the web module's own context.
 */
@WebListener
public class DeliveryStartup implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(DeliveryStartup.class.getName());

  @Inject Broker broker;
  @Inject Fanout fanout;
  @Inject ChannelRates rates;
  @Inject ChannelRefresh refresh;
  @Inject @Readiness BrokerReadiness readiness;
  @Inject RedisIntake intake;
  @Inject @Startup DeliveryStarted startedCheck;
  @Inject NodeControl node;
  @Inject HubMetrics metrics;

  @Override
  public void contextInitialized(ServletContextEvent started) {
    fanout.start();
    rates.start();
    refresh.start();
    readiness.started(broker);
    intake.start();
    NodeJmx.register(node, broker);
    metrics.start();
    node.startReporting();
    startedCheck.started();
    LOG.info(() -> "delivery layer started on " + broker.description());
  }

  @Override
  public void contextDestroyed(ServletContextEvent stopping) {
    NodeJmx.unregister();
  }
}
