package com.sportshub.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** The counters {@link RestWrites} bumps, one per endpoint and status, each looked up once. */
@ApplicationScoped
public class RestWriteCounters {

  private static final Metadata WRITES =
      Metadata.builder()
          .withName("hub.rest.writes")
          .withDescription("REST writes (POST, PUT, PATCH, DELETE) by endpoint and status")
          .build();

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  void count(String endpoint, int status) {
    counters
        .computeIfAbsent(
            endpoint + ' ' + status,
            key ->
                registry.counter(
                    WRITES,
                    new Tag("endpoint", endpoint),
                    new Tag("status", String.valueOf(status))))
        .inc();
  }
}
