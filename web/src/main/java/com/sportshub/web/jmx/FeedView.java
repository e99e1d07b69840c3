package com.sportshub.web.jmx;

import java.time.Instant;

/** What every feed tells JMX, read from its context's own status record. */
record FeedView(String state, boolean running, Instant lastRun, String lastError) {}
