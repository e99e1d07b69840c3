package com.sportshub.matches.control.feed;

import java.net.URI;
import java.util.Map;

/**
 * One request of a poll: which competition it is for, where it goes and its headers (which may hold
 * a key: never logged).
 */
public record FeedRequest(String competition, URI uri, Map<String, String> headers) {

  public FeedRequest {
    headers = Map.copyOf(headers);
  }

  @Override
  public String toString() {
    return "FeedRequest[" + competition + ", " + uri + "]";
  }
}
