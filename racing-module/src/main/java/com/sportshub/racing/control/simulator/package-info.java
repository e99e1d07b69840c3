/**
 * The race-day simulator's plain parts: a day's meetings and races ({@link
 * com.sportshub.racing.control.simulator.RaceDayPlan}), each race's timeline through the lifecycle
 * ({@link com.sportshub.racing.control.simulator.RaceTimeline}) and a model of its field whose
 * prices steam and drift ({@link com.sportshub.racing.control.simulator.SimulatedRace}). Seeded, so
 * a test can replay a day; the boundary's {@code RaceDaySimulator} carries the steps out through
 * the same facades as any feed.
 */
package com.sportshub.racing.control.simulator;
