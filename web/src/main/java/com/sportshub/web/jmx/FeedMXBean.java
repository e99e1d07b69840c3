package com.sportshub.web.jmx;

/**
 * A feed or simulator over JMX ({@code com.sportshub:type=Feed,name=<feed>}): the same start and
 * stop as its REST resource, where it has one, for operators with a JMX console.
 */
public interface FeedMXBean {

  /** {@code running} or {@code stopped}; a match feed that runs says how its polls go. */
  String getState();

  boolean isRunning();

  /** When it last ran (ISO-8601), or null. */
  String getLastRun();

  /** Its last error, or null. */
  String getLastError();

  void start();

  void stop();
}
