package com.sportshub.ws.endpoint;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Checks the WebSocket settings as the web application starts, so that a wrong one fails the
 * deployment with its key named, not every connection later.
 */
@WebListener
public class SettingsCheck implements ServletContextListener {

  @Inject HubSettings settings;

  @Override
  public void contextInitialized(ServletContextEvent started) {
    settings.check();
  }
}
