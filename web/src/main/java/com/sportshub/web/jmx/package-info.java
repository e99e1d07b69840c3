/**
 * The feeds and simulators of every context in JMX, {@code com.sportshub:type=Feed,name=...}: the
 * odds feed ({@code odds}), the race-day simulator ({@code racing-simulator}), the match simulator
 * ({@code match-simulator}) and each match feed this node polls ({@code espn}, {@code
 * football-data}), each with its state and {@code start}/{@code stop}.
 *
 * <p>Registered here, by the web module, because it is the one module that may call every context's
 * boundary: one MBean type over all of them, instead of a copy of the registration code in each
 * context (which may not share code). The odds publisher keeps its own, older and richer {@code
 * com.sportshub:type=OddsPublisher} beside it.
 */
package com.sportshub.web.jmx;
