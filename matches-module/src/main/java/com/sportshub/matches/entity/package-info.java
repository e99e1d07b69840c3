/**
 * The values and JPA entities of the matches context. Values: results as the standings engine reads
 * them, tie-break rule sets and tables; scores, phases, statuses and event types. Entities (schema
 * {@code matches}, owned by the Flyway migrations in db/migration/matches): competitions, seasons,
 * teams, matches, their events and statistics, the command log, referee assignments, deductions,
 * stored tables and feed sync state.
 *
 * <p>Keys are natural or strings (match ids such as {@code fd-419012}, UUIDs for events): no
 * identity columns, which the H2 fallback of the run command cannot read back. Times are {@code
 * OffsetDateTime} in UTC, because the EclipseLink of Payara 6.2025.9 binds {@code Instant} as
 * bytes. The exceptions are application exceptions that roll the transaction back.
 */
package com.sportshub.matches.entity;
