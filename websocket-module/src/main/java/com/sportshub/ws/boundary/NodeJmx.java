package com.sportshub.ws.boundary;

import com.sportshub.ws.broker.Broker;
import com.sportshub.ws.status.NodeFigures;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** This node's face in the platform MBean server, {@value #NAME}; see {@link NodeJmxMBean}. */
public final class NodeJmx implements NodeJmxMBean {

  static final String NAME = "com.sportshub:type=Node";
  private static final Logger LOG = Logger.getLogger(NodeJmx.class.getName());

  private final NodeControl node;

  private final ApplicationCalls calls = new ApplicationCalls();

  private NodeJmx(NodeControl node) {
    this.node = node;
  }

  /**
   * Registers the node ({@value #NAME}) and its broker ({@value BrokerJmx#NAME}), replacing what an
   * earlier deployment of the application left.
   */
  public static void register(NodeControl node, Broker broker) {
    put(NAME, new NodeJmx(node));
    put(BrokerJmx.NAME, new BrokerJmx(broker));
  }

  private static void put(String name, Object bean) {
    try {
      ObjectName objectName = new ObjectName(name);
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      if (server.isRegistered(objectName)) {
        server.unregisterMBean(objectName);
      }
      server.registerMBean(bean, objectName);
    } catch (JMException e) {
      LOG.log(Level.WARNING, "cannot register " + name + "; it has no JMX face", e);
    }
  }

  public static void unregister() {
    for (String name : new String[] {NAME, BrokerJmx.NAME}) {
      try {
        ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(name));
      } catch (JMException e) {
        LOG.log(Level.FINE, "already unregistered: " + name, e);
      }
    }
  }

  private NodeFigures figures() {
    return calls.run(() -> node.figures(10));
  }

  @Override
  public int getConnections() {
    return figures().connections();
  }

  @Override
  public int getAuthenticatedConnections() {
    return figures().authenticated();
  }

  @Override
  public int getChannels() {
    return figures().channels();
  }

  @Override
  public int getSubscriptions() {
    return figures().subscriptions();
  }

  @Override
  public String[] getBusiestChannels() {
    return figures().busiest().stream()
        .map(c -> c.channel() + "=" + c.subscribers())
        .toArray(String[]::new);
  }

  @Override
  public boolean isDraining() {
    return figures().draining();
  }

  @Override
  public int drain() {
    return calls.run(node::drain);
  }

  @Override
  public boolean closeConnection(String connectionId) {
    return calls.run(() -> node.close(connectionId));
  }
}
