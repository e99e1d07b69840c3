package com.sportshub.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests one Payara Micro node with the hub deployed, on PostgreSQL and Redis. It boots once
 * per test run, however many test classes ask for it, and stops when the run ends.
 */
public final class HubNode implements ParameterResolver {

  /** Short heartbeats so that the tests see them; one allowed browser origin. */
  static final java.util.Map<String, String> SETTINGS =
      java.util.Map.of(
          "HUB_WS_HEARTBEAT_MS", "1000",
          "HUB_WS_ALLOWED_ORIGINS", "https://fans.example");

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PayaraMicro.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(HubNode.class))
        .getOrComputeIfAbsent("node", key -> new Running(boot()), Running.class)
        .micro();
  }

  private static PayaraMicro boot() {
    try {
      TestSettings.freshDatabase();
      return PayaraMicro.boot("node", TestSettings.redisUrl(), SETTINGS);
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the hub", e);
    }
  }

  /** Closed by JUnit when the run ends. */
  private record Running(PayaraMicro micro) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      micro.close();
    }
  }
}
