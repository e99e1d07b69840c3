/**
 * JPA entities of the odds schema (owned by the Flyway migrations in db/migration/odds) and the
 * value records the boundary takes and returns.
 */
package com.sportshub.odds.entity;
