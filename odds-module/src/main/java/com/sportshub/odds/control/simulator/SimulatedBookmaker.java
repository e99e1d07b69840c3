package com.sportshub.odds.control.simulator;

import java.util.ArrayList;
import java.util.List;

/** A simulated bookmaker: its key, display title and the margin it adds to the true book. */
record SimulatedBookmaker(String key, String title, double margin) {

  static final double LOWEST_MARGIN = 0.03;
  static final double HIGHEST_MARGIN = 0.07;

  /** Margins spread evenly from the lowest to the highest; a lone bookmaker sits in the middle. */
  static List<SimulatedBookmaker> of(List<String> keys) {
    List<SimulatedBookmaker> books = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      double share = keys.size() == 1 ? 0.5 : (double) i / (keys.size() - 1);
      double margin = LOWEST_MARGIN + share * (HIGHEST_MARGIN - LOWEST_MARGIN);
      books.add(new SimulatedBookmaker(keys.get(i), title(keys.get(i)), margin));
    }
    return List.copyOf(books);
  }

  private static String title(String key) {
    StringBuilder title = new StringBuilder();
    for (String word : key.split("[_-]+")) {
      if (!word.isEmpty()) {
        title.append(title.length() == 0 ? "" : " ");
        title.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return title.toString();
  }
}
