package com.sportshub.odds.boundary;

/**
 * The odds publisher over JMX ({@code com.sportshub:type=OddsPublisher}): the same operations as
 * {@code /api/odds/publisher}, for operators with a JMX console.
 */
public interface OddsPublisherMXBean {

  void start();

  void stop();

  String getStatus();

  String getFeed();

  String getFeedState();

  long getIntervalMillis();

  String getLastRun();

  long getEventsPublished();

  long getPricesPublished();

  String getLastError();
}
