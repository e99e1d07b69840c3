package com.sportshub.ws.boundary;

import com.sportshub.ws.status.NodeFigures;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** Registers {@link NodeControl} with the platform MBean server as {@value #NAME}. */
public final class NodeJmx implements NodeJmxMBean {

  static final String NAME = "com.sportshub:type=Node";
  private static final Logger LOG = Logger.getLogger(NodeJmx.class.getName());

  private final NodeControl node;

  /**
   * The application's class loader, made the current one for each call: JMX calls arrive on the
   * platform's RMI threads, which have none, and the node's beans cannot be reached without it.
   */
  private final ClassLoader application;

  private NodeJmx(NodeControl node, ClassLoader application) {
    this.node = node;
    this.application = application;
  }

  private <T> T within(Supplier<T> call) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(application);
    try {
      return call.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** Registers the node, replacing what an earlier deployment of the application left. */
  public static void register(NodeControl node) {
    try {
      ObjectName name = new ObjectName(NAME);
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
      server.registerMBean(new NodeJmx(node, Thread.currentThread().getContextClassLoader()), name);
    } catch (JMException e) {
      LOG.log(Level.WARNING, "cannot register " + NAME + "; the node has no JMX face", e);
    }
  }

  public static void unregister() {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
    } catch (JMException e) {
      LOG.log(Level.FINE, "already unregistered: " + NAME, e);
    }
  }

  private NodeFigures figures() {
    return within(() -> node.figures(10));
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
    return within(node::drain);
  }

  @Override
  public boolean closeConnection(String connectionId) {
    return within(() -> node.close(connectionId));
  }
}
