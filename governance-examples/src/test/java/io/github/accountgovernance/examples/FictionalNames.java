package io.github.accountgovernance.examples;

import java.util.Random;

/**
 * Made-up names for the example estates' people: a common first name and a surname put together from a
 * Yorkshire-sounding start and ending, so that together they name nobody in particular.
 */
final class FictionalNames {

  private static final String[] FIRST_NAMES = {
    "Aidan", "Alison", "Amara", "Ben", "Bethany", "Callum", "Carys", "Chloe", "Connor", "Daniel", "Deborah",
    "Eleanor", "Ellis", "Faye", "Fraser", "Gemma", "Grace", "Hamish", "Hannah", "Imogen", "Isaac", "Jade",
    "Jack", "Joanne", "Karl", "Katie", "Liam", "Lucy", "Mark", "Megan", "Nadia", "Nathan", "Olivia", "Owen",
    "Priya", "Rachel", "Ravi", "Rebecca", "Rhys", "Ruth", "Sean", "Sophie", "Stuart", "Tariq", "Tom", "Vicky",
    "Will", "Zoe",
  };

  private static final String[] SURNAME_STARTS = {
    "Ash", "Brack", "Cald", "Dunn", "Elm", "Fell", "Garth", "Hagg", "Ings", "Kell", "Lund", "Moor", "Nab",
    "Orm", "Pock", "Rigg", "Scar", "Thorn", "Wath", "Yarn",
  };

  private static final String[] SURNAME_ENDS = {
    "beck", "croft", "dale", "garth", "gill", "holme", "ridge", "side", "thwaite", "wick",
  };

  private FictionalNames() {}

  /** A name drawn from the random source (callers keep drawing until they have one not yet used). */
  static String draw(Random random) {
    return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]
        + " "
        + SURNAME_STARTS[random.nextInt(SURNAME_STARTS.length)]
        + SURNAME_ENDS[random.nextInt(SURNAME_ENDS.length)];
  }

  /**
   * The {@code index}th name of a fixed sequence in which no name repeats for the first 200: the three parts
   * advance at steps that share no factor with the lists' lengths.
   */
  static String nth(int index) {
    return FIRST_NAMES[(index * 5 + 3) % FIRST_NAMES.length]
        + " "
        + SURNAME_STARTS[(index * 3 + 1) % SURNAME_STARTS.length]
        + SURNAME_ENDS[(index * 7 + 2) % SURNAME_ENDS.length];
  }
}
