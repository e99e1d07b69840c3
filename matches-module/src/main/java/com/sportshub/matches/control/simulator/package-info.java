/**
 * The match simulator: a made-up league played minute by minute (goals, VAR, cards, substitutions,
 * half time, statistics, the odd postponement), seeded so that a run can be repeated. It only says
 * what to do; the boundary applies it through the same command path a referee uses.
 */
package com.sportshub.matches.control.simulator;
