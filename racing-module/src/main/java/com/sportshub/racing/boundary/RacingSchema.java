package com.sportshub.racing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the {@code racing} schema to the newest version at start-up, before any request reads it.
 *
 * <p>Bean-managed transactions, because Flyway commits each migration itself. Several nodes may
 * start at once: Flyway serialises them with a database lock.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RacingSchema {

  private static final Logger LOG = Logger.getLogger(RacingSchema.class.getName());

  @Resource(lookup = "jdbc/sportshub")
  DataSource dataSource;

  private volatile String version = "none";

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .schemas("racing")
            .table("schema_history")
            .locations("classpath:db/migration/racing")
            .load();
    MigrateResult result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    version =
        current == null || current.getVersion() == null ? "empty" : current.getVersion().toString();
    LOG.info(
        "%s schema at version %s on %s (%d migrations applied)"
            .formatted("racing", version, databaseProduct(), result.migrationsExecuted));
  }

  private String databaseProduct() {
    try (var connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (java.sql.SQLException e) {
      return "an unknown database";
    }
  }

  public String version() {
    return version;
  }

  /** True when a pooled connection to the database answers within two seconds. */
  public boolean databaseAnswers() {
    try (var connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (java.sql.SQLException e) {
      return false;
    }
  }
}
