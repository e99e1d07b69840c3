package com.sportshub.matches.commands;

/**
 * The matches context's command port: what others (the REST API, the WebSocket endpoint) may ask it
 * to do to a match. Implemented by the matches boundary.
 */
public interface MatchCommands {

  /**
   * Checks the caller's right, applies the command in one transaction (recording who, when and what
   * before anything is published) and publishes the change after commit. Never throws for a refused
   * command: the result says why.
   */
  CommandResult apply(MatchCommand command, CommandCaller caller);
}
