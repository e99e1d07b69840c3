package com.sportshub.racing.control.simulator;

import com.sportshub.racing.commands.MeetingDraft;
import com.sportshub.racing.commands.RaceDraft;
import com.sportshub.racing.commands.RunnerDraft;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Plans a race day: a few meetings at real courses (British, Irish and one abroad, so that every
 * tote convention is seen), each with races {@code spacing} apart and the meetings interleaved, as
 * the afternoon's television schedule has them. Fields of 5 to 14; places paid by field size as
 * British each-way terms have them (2 up to 7 runners, 3 from 8, 4 in handicaps of 16 or more,
 * which these fields never reach). Ids start {@code sim-} and the time of the first off.
 */
public final class RaceDayPlan {

  private static final String[][] COURSES = {
    {"Cheltenham", "GB"}, {"Leopardstown", "IE"}, {"Kempton", "GB"}, {"Gulfstream Park", "US"},
    {"Sandown", "GB"}, {"Punchestown", "IE"}, {"Flemington", "AU"}, {"Haydock", "GB"}
  };
  private static final String[] GOINGS = {"Good", "Good to Soft", "Soft", "Good to Firm", "Heavy"};
  private static final int[] DISTANCES = {1006, 1207, 1408, 1609, 2012, 2414, 3219, 4023, 4827};
  private static final String[] KINDS = {"Handicap", "Novices' Hurdle", "Maiden Stakes", "Chase"};
  private static final DateTimeFormatter KEY =
      DateTimeFormatter.ofPattern("yyyyMMddHHmm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private RaceDayPlan() {}

  public static List<PlannedMeeting> plan(
      long seed, Instant firstOff, Duration spacing, int meetingCount, int racesPerMeeting) {
    Random random = new Random(seed ^ firstOff.getEpochSecond());
    NameBook names = new NameBook(random);
    LocalDate date = firstOff.atOffset(ZoneOffset.UTC).toLocalDate();
    int firstCourse = random.nextInt(COURSES.length);
    List<PlannedMeeting> day = new ArrayList<>();
    for (int m = 0; m < meetingCount; m++) {
      String[] course = COURSES[(firstCourse + m) % COURSES.length];
      String meetingId =
          "sim-"
              + KEY.format(firstOff)
              + "-"
              + course[0].toLowerCase(Locale.ROOT).replace(' ', '-');
      MeetingDraft meeting =
          new MeetingDraft(
              meetingId, course[0], date, course[1], GOINGS[random.nextInt(GOINGS.length)], null);
      Instant meetingOff = firstOff.plus(spacing.multipliedBy(m).dividedBy(meetingCount));
      List<SimulatedRace> races = new ArrayList<>();
      for (int r = 1; r <= racesPerMeeting; r++) {
        races.add(
            race(
                meetingId + "-r" + r,
                r,
                meetingOff.plus(spacing.multipliedBy(r - 1)),
                spacing,
                random,
                names));
      }
      day.add(new PlannedMeeting(meeting, races));
    }
    return day;
  }

  private static SimulatedRace race(
      String raceId, int number, Instant off, Duration spacing, Random random, NameBook names) {
    int distance = DISTANCES[random.nextInt(DISTANCES.length)];
    int fieldSize = 5 + random.nextInt(10);
    String name = names.person().substring(2) + " " + KINDS[random.nextInt(KINDS.length)];
    RaceDraft draft =
        new RaceDraft(
            raceId,
            number,
            name,
            off,
            distance,
            "Class " + (1 + random.nextInt(6)),
            null,
            name.endsWith("Handicap"));
    List<Integer> draws = new ArrayList<>();
    for (int stall = 1; stall <= fieldSize; stall++) {
      draws.add(stall);
    }
    java.util.Collections.shuffle(draws, random);
    List<RunnerDraft> runners = new ArrayList<>();
    for (int cloth = 1; cloth <= fieldSize; cloth++) {
      runners.add(
          new RunnerDraft(
              cloth,
              names.horse(),
              names.person(),
              names.person(),
              draws.get(cloth - 1),
              126 + random.nextInt(40)));
    }
    boolean withdrawal = fieldSize >= 6 && random.nextDouble() < 0.15;
    return new SimulatedRace(
        draft, runners, RaceTimeline.of(off, distance, spacing, withdrawal, random), random);
  }
}
