package com.sportshub.ws.endpoint;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the container asks before a connection to {@code /ws} starts: may its origin connect, and
 * which object serves it.
 *
 * <p>Origins: the handshake of a browser page from an origin not in {@code hub.ws.allowed-origins}
 * (comma separated; {@code *}, the default, allows all) is refused (403). Clients that send no
 * Origin are not browsers and are let through: the header guards against other sites' pages.
 *
 * <p>Endpoints: each connection gets a new {@link HubEndpoint} holding the application's shared
 * beans, looked up once. Left to the container, every connection built its endpoint through CDI
 * under one global lock (Tyrus's CDI provider makes a new annotated type each time): 1,000 clients
 * connecting under load queued for up to seconds behind each other.
 */
public class EndpointSetup extends ServerEndpointConfig.Configurator {

  private volatile Set<String> allowed;
  private volatile HubEndpoint.Parts parts;

  @Override
  public boolean checkOrigin(String origin) {
    Set<String> origins = allowed();
    return origin == null || origins.contains("*") || origins.contains(origin);
  }

  @Override
  public <T> T getEndpointInstance(Class<T> endpointClass) throws InstantiationException {
    if (endpointClass != HubEndpoint.class) {
      return super.getEndpointInstance(endpointClass);
    }
    return endpointClass.cast(new HubEndpoint(parts()));
  }

  private HubEndpoint.Parts parts() {
    HubEndpoint.Parts shared = parts;
    if (shared == null) {
      CDI<Object> cdi = CDI.current();
      shared =
          new HubEndpoint.Parts(
              cdi.select(HubSettings.class).get(),
              cdi.select(Connections.class).get(),
              cdi.select(Requests.class).get(),
              cdi.select(Subscriptions.class).get(),
              cdi.select(Authentication.class).get(),
              cdi.select(HubMetrics.class).get());
      parts = shared; // the beans are application-scoped proxies: safe to share
    }
    return shared;
  }

  private Set<String> allowed() {
    if (allowed == null) {
      String list =
          ConfigProvider.getConfig(EndpointSetup.class.getClassLoader())
              .getOptionalValue("hub.ws.allowed-origins", String.class)
              .orElse("*");
      allowed =
          Arrays.stream(list.split(","))
              .map(String::trim)
              .filter(s -> !s.isEmpty())
              .collect(Collectors.toSet());
    }
    return allowed;
  }
}
