package com.sportshub.ws.endpoint;

import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses the handshake (403) of a browser page from an origin not in {@code
 * hub.ws.allowed-origins} (comma separated; {@code *}, the default, allows all). Clients that send
 * no Origin are not browsers and are let through: the header guards against other sites' pages.
 */
public class OriginCheck extends ServerEndpointConfig.Configurator {

  private volatile Set<String> allowed;

  @Override
  public boolean checkOrigin(String origin) {
    Set<String> origins = allowed();
    return origin == null || origins.contains("*") || origins.contains(origin);
  }

  private Set<String> allowed() {
    if (allowed == null) {
      String list =
          ConfigProvider.getConfig(OriginCheck.class.getClassLoader())
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
