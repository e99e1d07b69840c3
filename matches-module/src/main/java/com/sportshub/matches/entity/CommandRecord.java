package com.sportshub.matches.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A match command as it was applied: who gave it, when, what it said (the command as JSON), and
 * where it left the match. Keyed by match and the client's id for the command, so that a command
 * sent again is recognised and not applied twice. Written in the transaction that applies the
 * command, before anything is published.
 */
@Entity
@IdClass(CommandRecord.Key.class)
@Table(name = "match_command", schema = "matches")
@NamedQuery(
    name = CommandRecord.OF_MATCH,
    query = "select c from CommandRecord c where c.matchId = :matchId order by c.receivedAt")
public class CommandRecord {

  public static final String OF_MATCH = "CommandRecord.ofMatch";

  @Id
  @Column(name = "match_id")
  private String matchId;

  @Id
  @Column(name = "client_id")
  private String clientId;

  @Column(nullable = false)
  private String command;

  @Column(name = "issued_by", nullable = false)
  private String issuedBy;

  @Column(nullable = false)
  private String roles;

  @Column(nullable = false)
  private String payload;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "phase_after", nullable = false)
  private MatchPhase phaseAfter;

  @Column(name = "event_id")
  private String eventId;

  protected CommandRecord() {}

  public CommandRecord(
      String matchId,
      String clientId,
      String command,
      String issuedBy,
      String roles,
      String payload,
      Instant receivedAt,
      MatchPhase phaseAfter,
      String eventId) {
    this.matchId = matchId;
    this.clientId = clientId;
    this.command = command;
    this.issuedBy = issuedBy;
    this.roles = roles;
    this.payload = payload;
    this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
    this.phaseAfter = phaseAfter;
    this.eventId = eventId;
  }

  public String matchId() {
    return matchId;
  }

  public String clientId() {
    return clientId;
  }

  public String command() {
    return command;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public String roles() {
    return roles;
  }

  public String payload() {
    return payload;
  }

  public Instant receivedAt() {
    return receivedAt.toInstant();
  }

  public MatchPhase phaseAfter() {
    return phaseAfter;
  }

  /** The event the command added or corrected; null for other commands. */
  public String eventId() {
    return eventId;
  }

  /** The primary key: match and client id. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String matchId;
    String clientId;

    public Key() {}

    public Key(String matchId, String clientId) {
      this.matchId = matchId;
      this.clientId = clientId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && matchId.equals(key.matchId)
          && clientId.equals(key.clientId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(matchId, clientId);
    }
  }
}
