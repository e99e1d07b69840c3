/**
 * The load tool: N WebSocket clients against a running hub, updates through its real write paths,
 * and a report of deliveries, loss, gaps, latency percentiles (from each update's due time, on this
 * JVM's monotonic clock) and the server's memory and CPU read from /proc.
 */
package com.sportshub.load;
