package com.sportshub.racing.control.simulator;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Made-up names for simulated horses, jockeys and trainers; no real one is meant. */
final class NameBook {

  private static final String[] FIRST = {
    "Silver", "Golden", "Midnight", "Royal", "Wild", "Quiet", "Bold", "Lucky", "Northern", "Copper",
    "Velvet", "Misty", "Crimson", "Distant", "Brave", "Frosty", "Gentle", "Stormy", "Amber", "Iron"
  };
  private static final String[] SECOND = {
    "Arrow", "Harbour", "Legend", "Meadow", "Thunder", "Echo", "Falcon", "Lantern", "Promise",
    "Rambler", "Sovereign", "Spirit", "Tempest", "Voyager", "Whisper", "Comet", "Bridge", "Charm",
    "Dancer", "Heights"
  };
  private static final String[] SURNAMES = {
    "Hartley", "O'Donnell", "Pryce", "McAllister", "Fenwick", "Doyle", "Ashcroft", "Keane",
    "Whitlock", "Brennan", "Sutcliffe", "Carrick", "Delaney", "Morrow", "Quinlan", "Thorne"
  };
  private static final String INITIALS = "ABCDEGHJKLMNPRST";

  private final Random random;
  private final Set<String> horses = new HashSet<>();

  NameBook(Random random) {
    this.random = random;
  }

  /** A horse name not yet given out by this book. */
  String horse() {
    String name;
    do {
      name = FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)];
    } while (!horses.add(name) && horses.size() < FIRST.length * SECOND.length);
    return name;
  }

  String person() {
    return INITIALS.charAt(random.nextInt(INITIALS.length()))
        + " "
        + SURNAMES[random.nextInt(SURNAMES.length)];
  }
}
