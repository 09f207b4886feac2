package org.accountability.casestudy;

import java.util.List;
import java.util.function.Consumer;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.OversightAction;
import org.accountability.model.PartialDate;
import org.jspecify.annotations.Nullable;

/** The shorthand the case studies are written in. */
final class Parts {
  private Parts() {}

  static Citation news(
      String id,
      String publisher,
      String date,
      @Nullable String url,
      Consumer<Citation.Builder> more) {
    return citation(id, publisher, date, url, Citation.Kind.NEWS_REPORT, more);
  }

  static Citation citation(
      String id,
      String publisher,
      @Nullable String date,
      @Nullable String url,
      Citation.Kind kind,
      Consumer<Citation.Builder> more) {
    Citation.Builder b = Citation.builder().id(id).publisher(publisher).kind(kind);
    if (date != null) {
      b.date(PartialDate.parse(date));
    }
    if (url != null) {
      b.url(url);
    }
    more.accept(b);
    return b.build();
  }

  /** An outcome step, dated when the date is given, with a detail sentence when one is. */
  static OversightAction.OutcomeStep step(
      OversightAction.Outcome outcome,
      @Nullable String date,
      @Nullable String detail,
      String... citations) {
    OversightAction.OutcomeStep s =
        date == null
            ? OversightAction.OutcomeStep.undated(outcome, citations)
            : OversightAction.OutcomeStep.of(outcome, PartialDate.parse(date), citations);
    return detail == null ? s : s.withDetail(detail);
  }

  /** A claim whose sources are written {@code +id} (supports), {@code -id} or {@code =id}. */
  static Claim claim(
      String id,
      String statement,
      Claim.EvidenceStatus status,
      List<String> about,
      List<Conduct> conducts,
      String... sources) {
    return claimBuilder(id, statement, status, about, conducts, sources).build();
  }

  /** As {@link #claim}, to set more before building. */
  static Claim.Builder claimBuilder(
      String id,
      String statement,
      Claim.EvidenceStatus status,
      List<String> about,
      List<Conduct> conducts,
      String... sources) {
    var b =
        Claim.builder()
            .id(id)
            .statement(statement)
            .status(status)
            .addAllAbout(about)
            .addAllConducts(conducts);
    for (String s : sources) {
      String citation = s.substring(1);
      switch (s.charAt(0)) {
        case '+' -> b.addSources(Claim.Source.supports(citation));
        case '-' -> b.addSources(Claim.Source.contradicts(citation));
        default -> b.addSources(Claim.Source.reportsBoth(citation));
      }
    }
    return b;
  }
}
