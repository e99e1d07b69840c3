package com.sportshub.web.problems;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the database is away, as the REST API last found it, and the log of it: one line when a
 * request first finds it away, one when it answers again. While it is away, writes (and reads) get
 * 503 with {@code Retry-After}, a probe asks the pool every {@value #PROBE_SECONDS} s whether it
 * answers again, and {@link OutageLogFilter} keeps the failures it explains out of the log, which
 * otherwise gets two or three stack traces for every request (pool, EclipseLink, EJB container).
 * The first failure is logged in full: it says why the database could not be reached.
 *
 * <p>State is static: the mapper that reports an outage is a JAX-RS provider, not a CDI bean. The
 * probe is scheduled once, at start, and does nothing while the database is not away.
 */
@WebListener
public class DatabaseOutage implements ServletContextListener {

  static final int RETRY_AFTER_SECONDS = 5;
  private static final int PROBE_SECONDS = 2;
  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
  private static final AtomicBoolean AWAY = new AtomicBoolean();

  @Resource(lookup = "jdbc/sportshub")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  private final OutageLogFilter logFilter = new OutageLogFilter(AWAY::get);
  private ScheduledFuture<?> probe;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    logFilter.install();
    // Always scheduled, idle unless an outage is on: no second probe, none cancelled too early.
    probe =
        scheduler.scheduleWithFixedDelay(
            this::check, PROBE_SECONDS, PROBE_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    probe.cancel(false);
    logFilter.remove();
    AWAY.set(false);
  }

  /** True when {@code error} is the database being away; says so once per outage. */
  static boolean explains(Throwable error) {
    if (!ConnectionFailure.in(error)) {
      return false;
    }
    if (AWAY.compareAndSet(false, true)) {
      LOG.warning(
          "the database cannot be reached ("
              + ConnectionFailure.reason(error)
              + "): REST requests that need it get 503 until it answers again; the failures of"
              + " this outage are not logged one by one");
    }
    return true;
  }

  private void check() {
    if (!AWAY.get()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (connection.isValid(2) && AWAY.compareAndSet(true, false)) {
        LOG.warning("the database answers again: REST requests are served again");
      }
    } catch (SQLException | RuntimeException stillAway) {
      // the next check tries again; the outage was logged when it began
    }
  }
}
