package com.sportshub.matches.commands;

import java.util.Set;

/**
 * Who sends a command, as their token says: the subject and its roles. Only {@code admin}, and
 * {@code referee} for the matches assigned to that subject, may command a match.
 */
public record CommandCaller(String subject, Set<String> roles) {

  public static final String ADMIN = "admin";
  public static final String REFEREE = "referee";

  public CommandCaller {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public boolean anonymous() {
    return subject == null || subject.isBlank();
  }

  public boolean admin() {
    return roles.contains(ADMIN);
  }

  public boolean referee() {
    return roles.contains(REFEREE);
  }
}
