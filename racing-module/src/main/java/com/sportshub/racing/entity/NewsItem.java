package com.sportshub.racing.entity;

import com.sportshub.racing.commands.NewsDraft;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A news item from the newsroom, perhaps about a meeting and a race in it. Never updated. */
@Entity
@Table(name = "news_item", schema = "racing")
@NamedQuery(
    name = NewsItem.LATEST,
    query = "select n from NewsItem n order by n.publishedAt desc, n.id")
@NamedQuery(
    name = NewsItem.OF_MEETING,
    query =
        "select n from NewsItem n where n.meetingId = :meetingId order by n.publishedAt desc, n.id")
public class NewsItem {

  public static final String LATEST = "NewsItem.latest";
  public static final String OF_MEETING = "NewsItem.ofMeeting";

  @Id
  @Column(name = "news_id")
  private String id;

  @Column(name = "meeting_id")
  private String meetingId;

  @Column(name = "race_id")
  private String raceId;

  @Column(nullable = false)
  private String headline;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private String author;

  @Column(name = "published_at", nullable = false)
  private OffsetDateTime publishedAt;

  protected NewsItem() {}

  public NewsItem(NewsDraft draft, String meetingId, String author, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.meetingId = meetingId;
    this.raceId = draft.raceId();
    this.headline = draft.headline();
    this.body = draft.body();
    this.author = author;
    this.publishedAt = at.atOffset(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public String meetingId() {
    return meetingId;
  }

  public String raceId() {
    return raceId;
  }

  public String headline() {
    return headline;
  }

  public String body() {
    return body;
  }

  public String author() {
    return author;
  }

  public Instant publishedAt() {
    return publishedAt.toInstant();
  }
}
