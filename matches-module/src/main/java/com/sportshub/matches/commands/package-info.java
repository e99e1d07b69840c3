/**
 * The command port of the matches context: the one way to change a match from outside it. An
 * interface ({@link com.sportshub.matches.commands.MatchCommands}, implemented by the boundary),
 * the command and result records, and their JSON form; and what a writer hands the boundary to add
 * a match ({@link com.sportshub.matches.commands.MatchFixture}), set a competition's {@link
 * com.sportshub.matches.commands.PointsRule} or take points off a team ({@link
 * com.sportshub.matches.commands.PointsDeduction}).
 *
 * <p>Published, like {@code events} and {@code query}, so that the WebSocket endpoint can take a
 * {@code match_command} without importing the context's boundary: the architecture rules let the
 * delivery layer import these three packages and nothing else of a context.
 */
package com.sportshub.matches.commands;
