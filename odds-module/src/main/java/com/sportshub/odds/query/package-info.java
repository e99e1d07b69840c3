/**
 * The published queries of the odds context: an interface and read-only value records. The
 * WebSocket layer may import this package (for snapshots) and {@code events}, nothing else.
 */
package com.sportshub.odds.query;
