package com.sportshub.kernel;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a context's schema, which that context alone owns, to its newest version with the Flyway
 * migrations under {@code db/migration/<schema>}, each schema with its own history table so that
 * the contexts stay independent. Called by each context's {@code @Startup} singleton before any
 * request reads the schema; a failed migration throws and so fails the deployment. Nodes starting
 * together are serialised by Flyway's lock.
 */
public final class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  private SchemaMigrator() {}

  /**
   * @param classLoader the context's own: the migrations are resources of its archive
   */
  public static void migrate(DataSource dataSource, String schema, ClassLoader classLoader) {
    var result =
        Flyway.configure(classLoader)
            .dataSource(dataSource)
            .schemas(schema)
            .table("schema_history")
            .locations("classpath:db/migration/" + schema)
            .load()
            .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info(
          () ->
              "%s schema migrated to version %s (%d migrations)"
                  .formatted(schema, result.targetSchemaVersion, result.migrationsExecuted));
    }
  }
}
