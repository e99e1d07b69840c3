/**
 * The published queries of the racing context: an interface and read-only value records. The
 * WebSocket layer may import this package (for snapshots) and {@code events}, nothing else. States
 * travel as names (strings): the enums stay inside the context.
 */
package com.sportshub.racing.query;
