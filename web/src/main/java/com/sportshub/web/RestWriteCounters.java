package com.sportshub.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** The counters {@link RestWrites} bumps, one per endpoint and status, each looked up once. */
@ApplicationScoped
public class RestWriteCounters {

  private static final int STATUSES = 600;

  private static final Metadata WRITES =
      Metadata.builder()
          .withName("hub.rest.writes")
          .withDescription("REST writes (POST, PUT, PATCH, DELETE) by endpoint and status")
          .build();

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  /** By endpoint, then by status (an index: no key is built per write). */
  private final Map<String, AtomicReferenceArray<Counter>> counters = new ConcurrentHashMap<>();

  void count(String endpoint, int status) {
    AtomicReferenceArray<Counter> byStatus =
        counters.computeIfAbsent(endpoint, e -> new AtomicReferenceArray<>(STATUSES));
    int at = status >= 0 && status < STATUSES ? status : 0;
    Counter counter = byStatus.get(at);
    if (counter == null) {
      counter =
          registry.counter(
              WRITES, new Tag("endpoint", endpoint), new Tag("status", String.valueOf(status)));
      byStatus.set(at, counter);
    }
    counter.inc();
  }
}
