package com.sportshub.odds.boundary;

import java.lang.management.ManagementFactory;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** The publisher's JMX face, registered while the application runs. */
final class PublisherJmx implements OddsPublisherMXBean {

  private static final Logger LOG = Logger.getLogger(PublisherJmx.class.getName());
  static final String NAME = "com.sportshub:type=OddsPublisher";

  private final OddsPublisher publisher;
  private final ObjectName name;

  private PublisherJmx(OddsPublisher publisher, ObjectName name) {
    this.publisher = publisher;
    this.name = name;
  }

  static PublisherJmx register(OddsPublisher publisher) {
    try {
      ObjectName name = new ObjectName(NAME);
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      if (server.isRegistered(name)) {
        server.unregisterMBean(name); // left by an earlier deployment of the application
      }
      PublisherJmx jmx = new PublisherJmx(publisher, name);
      server.registerMBean(jmx, name);
      return jmx;
    } catch (JMException e) {
      throw new IllegalStateException("cannot register " + NAME, e);
    }
  }

  void unregister() {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
    } catch (JMException e) {
      LOG.log(Level.FINE, "already unregistered: " + NAME, e);
    }
  }

  @Override
  public void start() {
    publisher.start();
  }

  @Override
  public void stop() {
    publisher.stop();
  }

  @Override
  public String getStatus() {
    return publisher.status().status();
  }

  @Override
  public String getFeed() {
    return publisher.status().feed();
  }

  @Override
  public String getFeedState() {
    return publisher.status().feedState();
  }

  @Override
  public long getIntervalMillis() {
    return publisher.status().interval();
  }

  @Override
  public String getLastRun() {
    return Objects.toString(publisher.status().lastRun(), null);
  }

  @Override
  public long getEventsPublished() {
    return publisher.status().eventsPublished();
  }

  @Override
  public long getPricesPublished() {
    return publisher.status().pricesPublished();
  }

  @Override
  public String getLastError() {
    return publisher.status().lastError();
  }
}
