package com.sportshub.web;

import com.sportshub.ws.boundary.NodeControl;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One line in the log as the hub starts, so an operator reading it knows where this node serves and
 * what it stands on: the paths it answers, its node name, its database and its broker.
 */
@WebListener
public class StartupLine implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(StartupLine.class.getName());

  @Resource(lookup = "jdbc/sportshub")
  DataSource dataSource;

  @Inject NodeControl node;
  @Inject WarmUp warmUp;

  @Override
  public void contextInitialized(ServletContextEvent started) {
    String root = started.getServletContext().getContextPath();
    LOG.info(
        "sports hub node "
            + node.figures(0).node()
            + " serves pages at "
            + root
            + "/, the socket at "
            + root
            + "/ws, the API at "
            + root
            + "/api, /health, /metrics and /openapi; database "
            + database()
            + "; broker "
            + node.brokerDescription());
    warmUp.start();
  }

  private String database() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String url = meta.getURL();
      // the driver lists every connection property after '?'; the address is what matters here
      return meta.getDatabaseProductName() + " at " + url.replaceFirst("[?;].*", "");
    } catch (SQLException e) {
      return "not reachable (" + e.getMessage() + ")";
    }
  }
}
