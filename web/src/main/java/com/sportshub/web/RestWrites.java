package com.sportshub.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts every REST write (POST, PUT, PATCH, DELETE) by endpoint and status, for Prometheus: {@code
 * hub_rest_writes_total{endpoint="POST /api/odds/feed",status="200"}}. Reads are not counted: they
 * are the public, cacheable side, and the server's own HTTP figures cover them.
 *
 * <p>The endpoint is the resource method's path template, not the request's path, so that ids do
 * not make a new series each. A write that matched no resource is {@code unmatched}.
 */
@Provider
@Priority(Priorities.USER)
public class RestWrites implements ContainerResponseFilter {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Context ResourceInfo resource;

  private volatile RestWriteCounters counters;

  /** Each resource method's endpoint name, made once: this filter runs on every write. */
  private final Map<Method, String> endpoints = new ConcurrentHashMap<>();

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if (WRITES.contains(method)) {
      counters().count(endpoint(method), response.getStatus());
    }
  }

  private String endpoint(String httpMethod) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return httpMethod + " unmatched";
    }
    return endpoints.computeIfAbsent(method, m -> httpMethod + " " + template(m));
  }

  /** A JAX-RS provider is not a CDI bean under annotated discovery: the counters are looked up. */
  private RestWriteCounters counters() {
    RestWriteCounters found = counters;
    if (found == null) {
      found = CDI.current().select(RestWriteCounters.class).get();
      counters = found;
    }
    return found;
  }

  private String template(Method method) {
    StringBuilder path = new StringBuilder("/api");
    append(path, resource.getResourceClass().getAnnotation(Path.class));
    append(path, method.getAnnotation(Path.class));
    return path.toString();
  }

  private static void append(StringBuilder path, Path part) {
    if (part == null) {
      return;
    }
    String value = part.value();
    if (!value.startsWith("/")) {
      path.append('/');
    }
    path.append(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
  }
}
