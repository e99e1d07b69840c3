package com.sportshub.ws.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sportshub.matches.commands.CommandResult.Outcome;
import org.junit.jupiter.api.Test;

class MatchCommandRequestsTest {

  @Test
  void eachRefusalHasTheErrorCodeTheProtocolNames() {
    assertEquals(ErrorCode.UNAUTHORIZED, MatchCommandRequests.code(Outcome.UNAUTHORIZED));
    assertEquals(ErrorCode.FORBIDDEN, MatchCommandRequests.code(Outcome.FORBIDDEN));
    assertEquals(ErrorCode.NOT_FOUND, MatchCommandRequests.code(Outcome.NOT_FOUND));
    assertEquals(ErrorCode.CONFLICT, MatchCommandRequests.code(Outcome.CONFLICT));
    assertEquals(ErrorCode.BAD_REQUEST, MatchCommandRequests.code(Outcome.INVALID));
  }
}
