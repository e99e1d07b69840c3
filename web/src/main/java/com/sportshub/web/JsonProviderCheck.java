package com.sportshub.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Warns at start when the JVM was started without {@code -Djakarta.json.provider}.
 *
 * <p>Without it, every {@code Json.createReader()} and friends searches the application's jars for
 * a JSON-P provider ({@code ServiceLoader}); measured on Payara Micro 6.2025.9 when Payara's token
 * check made two such calls for every authenticated request, a fifth of a feed write's CPU. The
 * JSON-P API reads the property once, while the server boots, so the application cannot set it
 * itself; {@code run.sh} and {@code server-config/server/setup-domain.sh} pass it.
 */
@WebListener
public class JsonProviderCheck implements ServletContextListener {

  static final String PROPERTY = "jakarta.json.provider";

  private static final Logger LOG = Logger.getLogger(JsonProviderCheck.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (System.getProperty(PROPERTY) == null) {
      LOG.warning(
          "the JVM was started without -D"
              + PROPERTY
              + "=org.eclipse.parsson.JsonProviderImpl: every authenticated request will search"
              + " the application's jars for a JSON-P provider (see docs/operations.md)");
    }
  }
}
