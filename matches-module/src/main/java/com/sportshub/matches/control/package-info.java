/**
 * The rules and stores of the matches context, called by the boundary and (the rules) by unit tests
 * without a container: the standings engine (points, deductions, total/home/away tables, form, the
 * tie-break rule sets), the reader of openfootball season files, the stores over the EntityManager,
 * a season's tables from its matches, the data quality audit, and the entities as published views.
 *
 * <p>The rules of play live in {@code control.play}, the feeds and the import in {@code
 * control.feed}, the simulator in {@code control.simulator}.
 */
package com.sportshub.matches.control;
