package com.sportshub.odds.query;

/** A sport readers can follow: its key (the channel name's part), title and group. */
public record SportView(
    String key, String title, String group, boolean active, boolean outrights) {}
