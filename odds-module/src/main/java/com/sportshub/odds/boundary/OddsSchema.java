package com.sportshub.odds.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the {@code odds} schema, which this context alone owns, to the newest version at start-up,
 * before any request reads it. A failed migration fails the deployment.
 *
 * <p>Bean-managed transactions, because Flyway commits each migration itself; nodes starting
 * together are serialised by Flyway's lock.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class OddsSchema {

  private static final Logger LOG = Logger.getLogger(OddsSchema.class.getName());

  @Resource(lookup = "jdbc/sportshub")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .schemas("odds")
            .table("schema_history")
            .locations("classpath:db/migration/odds")
            .load()
            .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info(
          () ->
              "odds schema migrated to version %s (%d migrations)"
                  .formatted(result.targetSchemaVersion, result.migrationsExecuted));
    }
  }
}
