package org.accountability.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.PathwayStatus;
import org.accountability.framework.Verdict;
import org.accountability.json.AccountabilityJson;
import org.accountability.model.Conduct;
import org.accountability.model.LiabilityType;
import org.accountability.model.Problem;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildYourOwnTest {
  private final AccountabilityFramework city = BuildYourOwn.exampleCity();

  @TempDir Path dir;

  @Test
  void isClearlyFictional() {
    assertTrue(city.title().contains("(fictional)"));
    city.citations()
        .forEach(
            c -> {
              assertTrue(c.isFictional(), c.id());
              assertTrue(c.url().orElseThrow().startsWith("https://example.org/"), c.id());
            });
  }

  @Test
  void givesItsOwnAnswers() {
    var missed = city.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA);
    assertEquals(Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY, missed.verdict());
    assertEquals(PathwayStatus.DOCUMENTED, missed.pathway(LiabilityType.ADMINISTRATIVE).status());
    assertEquals(
        Verdict.CRIMINAL_OR_CIVIL_IN_LAW_ONLY,
        city.assess(Role.LINE_AGENT, Conduct.EXCESSIVE_FORCE).verdict());
    assertEquals(
        Verdict.NO_ROUTE, city.assess(Role.SENIOR_OFFICIAL, Conduct.EXCESSIVE_FORCE).verdict());
    assertTrue(city.isUnlawful(Conduct.EXCESSIVE_FORCE));
    assertTrue(
        city.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).claims().stream()
            .anyMatch(c -> c.id().equals("EC1")));
    assertEquals(0.7, city.attainment().get(0).points().get(0).ratio(), 1e-9);
  }

  @Test
  void roundTripsThroughAJsonDocument() {
    Path file = dir.resolve("city.json");
    AccountabilityFramework back = BuildYourOwn.roundTrip(city, file);
    assertEquals(city, back);
    assertTrue(Files.exists(file));
    assertEquals(city, AccountabilityJson.create().read(file));
  }

  @Test
  void aBrokenFrameworkBuilderListsEveryProblem() {
    ValidationException e = BuildYourOwn.brokenFramework();
    List<String> problems = e.problems().stream().map(Problem::toString).toList();
    assertEquals(
        List.of(
            "AccountabilityFramework agency: is required but missing",
            "Citation 'gazette-quota' id: duplicates the id of Citation 'gazette-quota'; ids must be unique across the framework",
            "Directive 'ticket-quota' citations[0]: refers to Citation 'gazette-missing', which is not in the framework",
            "PersonnelAction 'officer-suspension' citations: is uncited: every fact must cite at least one source",
            "PersonnelAction 'officer-suspension' enforces[0]: refers to Directive 'no-such-directive', which is not in the framework"),
        problems);
  }

  @Test
  void aBrokenCitationBuilderListsEveryProblem() {
    ValidationException e = BuildYourOwn.brokenCitation();
    assertEquals(
        List.of("id", "publisher", "url"),
        e.problems().stream().map(p -> p.attribute().orElse("")).toList());
  }

  @Test
  void runSavesReadsBackAndShowsTheProblems() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path file =
        BuildYourOwn.run(
            List.of(dir.resolve("run.json").toString()),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertTrue(Files.exists(file));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(
        out.contains(
            "LINE_AGENT x MISSED_QUOTA: CRIMINAL=NONE, CIVIL=NONE,"
                + " ADMINISTRATIVE=DOCUMENTED, POLITICAL=NONE -> ADMINISTRATIVE_OR_POLITICAL_ONLY"),
        out);
    assertTrue(out.contains("## References"), out);
    assertTrue(out.contains("and read back: equal to the original."), out);
    assertTrue(
        out.contains("A broken framework builder reports every problem at once (5 problems):"),
        out);
    assertTrue(out.contains("A broken citation builder too (3 problems):"), out);
  }
}
