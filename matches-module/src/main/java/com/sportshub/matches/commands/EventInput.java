package com.sportshub.matches.commands;

/**
 * An event as a client describes it: {@code type} (goal, own_goal, penalty, missed_penalty,
 * yellow_card, second_yellow, red_card, substitution, var), {@code side} (home or away: the team of
 * the player concerned), the player (for a substitution the one coming on; {@code relatedPlayer}
 * the one going off, or a goal's assist), minute and stoppage, {@code detail} (a VAR decision such
 * as goal_disallowed) and {@code refersTo} (the event a VAR decision is about).
 */
public record EventInput(
    String type,
    String side,
    String player,
    String relatedPlayer,
    Integer minute,
    Integer stoppage,
    String detail,
    String refersTo) {}
