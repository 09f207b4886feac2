package org.accountability.testing;

import java.util.List;
import org.accountability.framework.Assessment;

/** What tests read from an answer. */
public final class Answers {
  private Answers() {}

  /**
   * The caveats of an answer whose text starts with the given words, in order.
   *
   * @param answer the answer
   * @param start the first words of the caveats wanted
   * @return their texts
   */
  public static List<String> notes(Assessment answer, String start) {
    return answer.caveats().stream()
        .map(Assessment.Note::text)
        .filter(t -> t.startsWith(start))
        .toList();
  }
}
