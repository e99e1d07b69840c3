package com.sportshub.web.jmx;

import com.sportshub.ws.boundary.ApplicationCalls;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One feed's MBean. Each call runs with the application's class loader: JMX calls arrive on the
 * platform's RMI threads, from which the boundaries' proxies cannot be reached otherwise.
 */
final class FeedJmx implements FeedMXBean {

  private final Supplier<FeedView> status;
  private final Runnable start;
  private final Runnable stop;
  private final ApplicationCalls calls = new ApplicationCalls();

  FeedJmx(Supplier<FeedView> status, Runnable start, Runnable stop) {
    this.status = status;
    this.start = start;
    this.stop = stop;
  }

  private FeedView view() {
    return calls.run(status);
  }

  @Override
  public String getState() {
    return view().state();
  }

  @Override
  public boolean isRunning() {
    return view().running();
  }

  @Override
  public String getLastRun() {
    return Objects.toString(view().lastRun(), null);
  }

  @Override
  public String getLastError() {
    return view().lastError();
  }

  @Override
  public void start() {
    calls.run(
        () -> {
          start.run();
          return null;
        });
  }

  @Override
  public void stop() {
    calls.run(
        () -> {
          stop.run();
          return null;
        });
  }
}
