/**
 * The matches API: matches and their commands, competitions, standings, the openfootball import,
 * referees and the match simulator. Matches and tables are written by the context's {@code
 * MatchJson}, the renderer the socket uses too; command answers ({@link
 * com.sportshub.web.matches.CommandAnswers}) say per outcome what REST returns.
 */
package com.sportshub.web.matches;
