package com.sportshub.racing.boundary;

import com.sportshub.kernel.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * Brings the {@code racing} schema, which this context alone owns, to the newest version at
 * start-up, before any request reads it. A failed migration fails the deployment.
 *
 * <p>Bean-managed transactions, because Flyway commits each migration itself. How is the kernel's
 * {@link SchemaMigrator}; this bean says which schema, and when: at start-up.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class RacingSchema {

  @Resource(lookup = "jdbc/sportshub")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    SchemaMigrator.migrate(dataSource, "racing", getClass().getClassLoader());
  }
}
