package io.github.accountgovernance.rules.catalogue;

/**
 * Where the rules of the catalogue come from: the public reporting of North Yorkshire Police's 2021
 * consolidation and the guidance around it. A rule's {@code source()} names one or more of these.
 */
final class Sources {

  static final String NYP_STATEMENT =
      "North Yorkshire Police, \"Changes to our social media accounts\", 30 March 2021";
  static final String YORKMIX = "YorkMix, \"Police defend social media changes after a backlash\", 31 March 2021";
  static final String YPOST =
      "Yorkshire Post, force \"insists it's not banning officers from Twitter\", March 2021";
  static final String RECLAIM =
      "Deputy Chief Constable Phil Cain to YorkMix Radio (an officer \"on two weeks' leave\"; collar numbers),"
          + " March 2021";
  static final String PCC_LINCS =
      "Police Oracle, Lincolnshire PCC: \"most force accounts are not monitored 24/7\", 22 June 2021";
  static final String NPCC = "National Police Chiefs' Council recommendation on police social media accounts, 2021";
  static final String GUIDANCE =
      "Public guidance: publish monitored hours; \"do not report crime here: call 101, or 999 in an emergency\"";
  static final String PLATFORMS = "The platforms' published handle rules (X, Instagram, Facebook)";

  static final java.util.List<String> ALL =
      java.util.List.of(NYP_STATEMENT, YORKMIX, YPOST, RECLAIM, PCC_LINCS, NPCC, GUIDANCE, PLATFORMS);

  private Sources() {}

  /** Tells whether the text is one of the sources above. */
  static boolean isCited(String text) {
    return ALL.contains(text);
  }

}
