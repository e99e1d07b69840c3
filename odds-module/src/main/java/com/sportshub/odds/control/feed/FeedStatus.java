package com.sportshub.odds.control.feed;

/** Where a polled feed stands; see {@link PollSchedule} for how it moves between them. */
public enum FeedStatus {
  /** Waiting for the next regular poll (or for the first one). */
  IDLE,
  /** A request is out. */
  POLLING,
  /** The last poll failed or was refused for load; the next waits longer than usual. */
  BACKING_OFF,
  /** The usage quota is spent; polling resumes when it is expected to be renewed. */
  QUOTA_EXHAUSTED,
  /** The server refused the credentials; polling has stopped until the feed is reconfigured. */
  FAILED
}
