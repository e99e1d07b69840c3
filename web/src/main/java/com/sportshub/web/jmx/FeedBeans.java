package com.sportshub.web.jmx;

import com.sportshub.matches.boundary.FeedControlStatus;
import com.sportshub.matches.boundary.MatchFeeds;
import com.sportshub.matches.boundary.MatchSimulation;
import com.sportshub.odds.boundary.OddsPublisher;
import com.sportshub.odds.boundary.PublisherStatus;
import com.sportshub.racing.boundary.RaceDaySimulator;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Registers a {@link FeedMXBean} per feed as the application starts, and removes them at its end.
 */
@WebListener
public class FeedBeans implements ServletContextListener {

  static final String DOMAIN_TYPE = "com.sportshub:type=Feed,name=";
  private static final Logger LOG = Logger.getLogger(FeedBeans.class.getName());

  @Inject OddsPublisher odds;
  @Inject RaceDaySimulator racing;
  @Inject MatchSimulation matches;
  @Inject MatchFeeds matchFeeds;

  private final List<ObjectName> registered = new ArrayList<>();

  @Override
  public void contextInitialized(ServletContextEvent started) {
    put("odds", new FeedJmx(() -> view(odds.status()), odds::start, odds::stop));
    put("racing-simulator", new FeedJmx(() -> view(racing.status()), racing::start, racing::stop));
    put(
        "match-simulator",
        new FeedJmx(() -> view(matches.status()), matches::start, matches::stop));
    for (String feed : matchFeeds.feeds()) {
      put(
          feed,
          new FeedJmx(
              () -> view(matchFeeds.status(feed)),
              () -> matchFeeds.start(feed),
              () -> matchFeeds.stop(feed)));
    }
  }

  private static FeedView view(PublisherStatus status) {
    return new FeedView(
        status.status(), status.isPublishing(), status.lastRun(), status.lastError());
  }

  private static FeedView view(com.sportshub.racing.boundary.SimulatorStatus status) {
    return new FeedView(status.status(), status.running(), status.lastRun(), status.lastError());
  }

  private static FeedView view(com.sportshub.matches.boundary.SimulatorStatus status) {
    return new FeedView(
        status.status(), "running".equals(status.status()), status.lastTick(), status.lastError());
  }

  private static FeedView view(FeedControlStatus status) {
    return new FeedView(status.state(), status.running(), status.lastPoll(), status.lastError());
  }

  private void put(String feed, FeedMXBean bean) {
    try {
      ObjectName name = new ObjectName(DOMAIN_TYPE + feed);
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      if (server.isRegistered(name)) {
        server.unregisterMBean(name); // left by an earlier deployment of the application
      }
      server.registerMBean(bean, name);
      registered.add(name);
    } catch (JMException e) {
      LOG.log(Level.WARNING, "cannot register the JMX face of feed " + feed, e);
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent stopping) {
    for (ObjectName name : registered) {
      try {
        ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
      } catch (JMException e) {
        LOG.log(Level.FINE, "already unregistered: " + name, e);
      }
    }
    registered.clear();
  }
}
