package com.sportshub.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Where the integration tests find PostgreSQL, Redis and the built archives (set by the pom). */
public final class TestSettings {

  private TestSettings() {}

  public static String require(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + property + " is not set (run with mvnw)");
    }
    return value;
  }

  public static Path serverConfig() {
    return Path.of(require("it.server-config.dir"));
  }

  public static String redisUrl() {
    return require("it.redis.url");
  }

  /** The environment the post-boot command file reads to create the connection pool. */
  public static Map<String, String> databaseEnvironment() {
    return Map.of(
        "DB_URL", require("it.db.url"),
        "DB_USER", System.getProperty("it.db.user", "postgres"),
        "DB_PASSWORD", System.getProperty("it.db.password", "()"));
  }

  /**
   * Creates the test database when missing and drops the contexts' schemas, so that every run
   * starts empty and migrates from version one.
   */
  public static void freshDatabase() throws SQLException {
    ensureDatabase();
    String url = require("it.db.url");
    String user = System.getProperty("it.db.user", "postgres");
    try (Connection db = DriverManager.getConnection(url, user, "");
        Statement sql = db.createStatement()) {
      for (String schema : new String[] {"odds", "racing", "matches"}) {
        sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  /** Creates the test database when it is missing (a fresh machine has none). */
  public static void ensureDatabase() throws SQLException {
    String database = databaseName();
    try (Connection admin = serverAdmin();
        Statement sql = admin.createStatement()) {
      boolean exists =
          sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'").next();
      if (!exists) {
        sql.execute("CREATE DATABASE " + database);
      }
    }
  }

  /**
   * A new, empty database beside the test database (its name with the suffix), dropped first if an
   * earlier run left it; returns its JDBC URL.
   */
  public static String newDatabase(String suffix) throws SQLException {
    String database = databaseName() + "_" + suffix;
    try (Connection admin = serverAdmin();
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + database);
    }
    String url = require("it.db.url");
    return url.substring(0, url.lastIndexOf('/') + 1) + database;
  }

  /**
   * Opens or closes the database at {@code jdbcUrl} to connections; closing also ends those open,
   * so that a node on it finds it away, as when PostgreSQL goes down.
   */
  public static void allowConnections(String jdbcUrl, boolean allowed) throws SQLException {
    String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    try (Connection admin = serverAdmin();
        Statement sql = admin.createStatement()) {
      sql.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + allowed);
      if (!allowed) {
        sql.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + database
                + "'");
      }
    }
  }

  private static String databaseName() {
    String url = require("it.db.url");
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /** A connection to the server's {@code postgres} database, to create and drop databases. */
  private static Connection serverAdmin() throws SQLException {
    String url = require("it.db.url");
    String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    return DriverManager.getConnection(server, System.getProperty("it.db.user", "postgres"), "");
  }
}
