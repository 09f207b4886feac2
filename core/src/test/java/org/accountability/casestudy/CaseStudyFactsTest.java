package org.accountability.casestudy;

import static org.accountability.casestudy.FactsFile.claimSources;
import static org.accountability.casestudy.FactsFile.keys;
import static org.accountability.casestudy.FactsFile.named;
import static org.accountability.casestudy.FactsFile.optional;
import static org.accountability.casestudy.FactsFile.stanceTokens;
import static org.accountability.casestudy.FactsFile.stancesOf;
import static org.accountability.casestudy.FactsFile.tableStances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accountability.casestudy.FactsFile.Row;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Observation;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the bundled ICE case study against every row of the facts file it was built from, read
 * from the test classpath ({@code ice-quotas-facts.md}, a verbatim copy of the shared facts file)
 * through {@link FactsFile}. Each table row is its own test case; set-level tests check that
 * nothing outside the tables exists.
 */
class CaseStudyFactsTest {
  private static final FactsFile FACTS = new FactsFile("ice-quotas-facts.md");

  private static final String CLAIMS = "The explainer's claims";
  private static final String SOURCES = "Sources";
  private static final String LAW = "Law";
  private static final String OBSERVATIONS = "Observations";
  private static final String PERSONNEL = "Personnel actions";

  private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?");
  private static final Pattern PERIOD =
      Pattern.compile("(?:(early|mid|late)\\s+)?([A-Z][a-z]+)\\s+([0-9]{4})");
  private static final Pattern ACTION_DATES =
      Pattern.compile(
          "\\(([0-9]{4}-[0-9]{2}(?:-[0-9]{2})?)(?: to ([0-9]{4}-[0-9]{2}(?:-[0-9]{2})?))?\\)");

  private static final Pattern DECIDED_IN = Pattern.compile("\\(([0-9]{4})\\)$");
  private static final Pattern REPORTED_ON =
      Pattern.compile("reported as under way on ([0-9]{4}-[0-9]{2}-[0-9]{2})");

  private static final AccountabilityFramework ICE = CaseStudies.iceDeportationQuotas();

  // ---------------------------------------------------------------- sources

  static Stream<Arguments> sourceRows() {
    return named(table(SOURCES), r -> r.get("key"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sourceRows")
  void sourceRowMatchesCitation(Row row) {
    String key = row.get("key");
    Citation citation = citation(key);
    assertEquals(optional(row.get("title")), citation.title(), key + ": title");
    assertEquals(row.get("publisher"), citation.publisher(), key + ": publisher");
    assertEquals(optional(row.get("host")), citation.host(), key + ": host");
    assertEquals(
        optional(row.get("date")),
        citation.date().map(PartialDate::toString),
        key + ": date (~ marks approximate)");
    assertEquals(optional(row.get("URL")), citation.url(), key + ": URL");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sourceRows")
  void sourceRowStancesMatchClaims(Row row) {
    String key = row.get("key");
    assertEquals(
        stanceTokens(row),
        stancesOf(ICE, key),
        key + ": stances on claims (+ supports, - contradicts, = both)");
  }

  @Test
  void everyClaimSourceIsAStanceTokenInTheSourcesTable() {
    assertEquals(
        tableStances(table(SOURCES)),
        claimSources(ICE),
        "claim sources (citation stance+claim) against the table");
  }

  // -------------------------------------------------------------------- law

  static Stream<Arguments> lawRows() {
    return named(table(LAW), r -> r.get("key"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lawRows")
  void lawRowMatchesCitation(Row row) {
    String key = row.get("key");
    Citation citation = citation(key);
    assertEquals(optional(row.get("title")), citation.title(), key + ": title");
    assertEquals(row.get("publisher"), citation.publisher(), key + ": publisher");
    assertEquals(optional(row.get("URL")), citation.url(), key + ": URL");
    Matcher year = DECIDED_IN.matcher(row.get("title"));
    assertEquals(
        year.find() ? Optional.of(year.group(1)) : Optional.empty(),
        citation.date().map(PartialDate::toString),
        key + ": a law citation is dated only by the year its title gives (a decided case)");
    assertEquals(Optional.empty(), citation.host(), key + ": the law table has no host");
  }

  // ------------------------------------------------------ citations (sets)

  @Test
  void citationsAreExactlyTheSourcesAndLawRows() {
    Set<String> expected = new TreeSet<>(keys(table(SOURCES), "key"));
    expected.addAll(keys(table(LAW), "key"));
    assertEquals(
        keys(table(SOURCES), "key").size() + keys(table(LAW), "key").size(),
        expected.size(),
        "a key appears in both the Sources and the Law table");
    assertEquals(47, expected.size(), "rows in the Sources and Law tables");
    Set<String> actual =
        ICE.citations().list().stream()
            .map(Citation::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, actual, "citation ids");
    assertEquals(47, ICE.citations().list().size(), "citation count");
  }

  @Test
  void everyCitationIsUsed() {
    assertEquals(
        List.of(),
        ICE.evidence().unusedCitations().stream().map(Citation::id).collect(Collectors.toList()),
        "unused citations");
  }

  // ----------------------------------------------------------------- claims

  @Test
  void claimsAreExactlyTheClaimsTable() {
    List<String> tableIds = keys(table(CLAIMS), "claim");
    assertEquals(
        List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"), tableIds, "claims table");
    Set<String> actual =
        ICE.claims().list().stream().map(Claim::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(tableIds), actual, "claim ids");
    assertEquals(9, ICE.claims().list().size(), "claim count");
  }

  /**
   * C5 is contested in the counter-evidence paragraph; C1 is contradicted by an official denial and
   * reported with both sides by another source, so it is contested too.
   */
  @Test
  void onlyC1AndC5AreContested() {
    for (Claim claim : ICE.claims().list()) {
      boolean contested = claim.id().equals("C1") || claim.id().equals("C5");
      assertEquals(
          contested,
          claim.status() == Claim.EvidenceStatus.CONTESTED,
          claim.id() + ": status " + claim.status());
    }
  }

  @Test
  void c8RecordsAnAbsenceOfEvidence() {
    assertTrue(
        claim("C8").absenceOfEvidence().isPresent(),
        "C8: the missed-quota negative must be recorded as an absence of evidence");
  }

  @Test
  void everyStanceTokenNamesAClaimOfTheClaimsTable() {
    Set<String> claimIds = new TreeSet<>(keys(table(CLAIMS), "claim"));
    for (Row row : table(SOURCES)) {
      for (String token : stanceTokens(row)) {
        assertTrue(
            claimIds.contains(token.substring(1)),
            row.get("key") + ": stance " + token + " names no claim of the claims table");
      }
    }
  }

  // ------------------------------------------------------ personnel actions

  static Stream<Arguments> personnelRows() {
    return named(table(PERSONNEL), r -> r.get("action"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("personnelRows")
  void personnelRowMatchesExactlyOneAction(Row row) {
    PersonnelAction action = matchingAction(row);
    String key = row.get("action");
    assertEquals(
        nature(row), action.nature(), key + ": nature (trigger '" + row.get("trigger") + "')");
    Matcher dates = ACTION_DATES.matcher(row.get("status"));
    Matcher reportedOn = REPORTED_ON.matcher(row.get("status"));
    if (reportedOn.find()) {
      assertEquals(
          Optional.of(reportedOn.group(1)),
          action.date().map(PartialDate::toString),
          key + ": the day the row says it was reported as under way");
    } else if (dates.find()) {
      String start = dates.group(1);
      String end = dates.group(2);
      String actual = action.date().map(PartialDate::toString).orElse("(none)");
      assertTrue(
          actual.replace("~", "").startsWith(start),
          key + ": date expected " + start + " but was " + actual);
      assertEquals(
          Optional.ofNullable(end), action.until().map(PartialDate::toString), key + ": until");
    } else {
      assertEquals(Optional.empty(), action.date(), key + ": the row gives no date");
      assertEquals(Optional.empty(), action.until(), key + ": the row gives no end date");
    }
  }

  @Test
  void personnelActionsAreExactlyTheTableRows() {
    List<Row> rows = table(PERSONNEL);
    assertEquals(7, rows.size(), "personnel action rows");
    assertEquals(7, ICE.personnelActions().list().size(), "personnel action count");
    Set<String> matched = new TreeSet<>();
    for (Row row : rows) {
      assertTrue(
          matched.add(matchingAction(row).id()),
          row.get("action") + ": matches an action another row already matched");
    }
  }

  private static PersonnelAction matchingAction(Row row) {
    return FactsFile.matchingAction(ICE, role(row), status(row), row);
  }

  private static Role role(Row row) {
    String text = row.get("subject role").toLowerCase(Locale.ROOT);
    if (text.startsWith("senior official")) {
      return Role.SENIOR_OFFICIAL;
    }
    if (text.startsWith("field office manager")) {
      return Role.FIELD_OFFICE_MANAGER;
    }
    if (text.startsWith("line agent")) {
      return Role.LINE_AGENT;
    }
    if (text.startsWith("immigration judge")) {
      return Role.ADJUDICATOR;
    }
    throw new IllegalArgumentException(row.get("action") + ": unknown subject role '" + text + "'");
  }

  private static PersonnelAction.Status status(Row row) {
    String text = row.get("status").toLowerCase(Locale.ROOT);
    if (text.startsWith("carried out")) {
      return PersonnelAction.Status.CARRIED_OUT;
    }
    if (text.startsWith("threatened")) {
      return PersonnelAction.Status.THREATENED;
    }
    if (text.startsWith("announced") && text.contains("not confirmed")) {
      return PersonnelAction.Status.REPORTED;
    }
    if (text.startsWith("announced")) {
      return PersonnelAction.Status.ANNOUNCED;
    }
    if (text.startsWith("withdrawn")) {
      return PersonnelAction.Status.WITHDRAWN;
    }
    throw new IllegalArgumentException(row.get("action") + ": unknown status '" + text + "'");
  }

  private static PersonnelAction.Nature nature(Row row) {
    String trigger = row.get("trigger");
    return trigger.contains("not a sanction") || trigger.contains("an incentive")
        ? PersonnelAction.Nature.INCENTIVE
        : PersonnelAction.Nature.SANCTION;
  }

  // ----------------------------------------------------------- observations

  static Stream<Arguments> observationRows() {
    return named(table(OBSERVATIONS), r -> r.get("metric") + ", " + r.get("period"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("observationRows")
  void observationRowMatchesExactlyOneObservation(Row row) {
    Observation observation = matchingObservation(row);
    String key = row.get("metric") + ", " + row.get("period");
    String value = row.get("value");
    assertEquals(number(row), observation.value(), 0.0, key + ": value from '" + value + "'");
    assertEquals(
        qualifier(value), observation.qualifier(), key + ": qualifier from '" + value + "'");
    Matcher period = PERIOD.matcher(row.get("period"));
    if (period.matches() && period.group(1) != null) {
      assertEquals(
          Optional.of(row.get("period")), observation.periodLabel(), key + ": period label");
    }
  }

  @Test
  void observationsAreExactlyTheTableRows() {
    List<Row> rows = table(OBSERVATIONS);
    assertEquals(5, rows.size(), "observation rows");
    assertEquals(5, ICE.observations().list().size(), "observation count");
    Set<String> matched = new TreeSet<>();
    for (Row row : rows) {
      assertTrue(
          matched.add(matchingObservation(row).id()),
          row.get("metric")
              + ", "
              + row.get("period")
              + ": matches an observation already matched");
    }
  }

  private static Observation matchingObservation(Row row) {
    String key = row.get("metric") + ", " + row.get("period");
    String period = month(row).toString();
    List<String> source = List.of(row.get("source"));
    List<Observation> matches =
        ICE.observations().list().stream()
            .filter(o -> o.metric().equals(row.get("metric")))
            .filter(o -> o.scope().equals(row.get("scope")))
            .filter(o -> o.period().toString().equals(period))
            .filter(o -> o.citations().equals(source))
            .collect(Collectors.toList());
    if (matches.size() != 1) {
      fail(
          key
              + ": expected exactly one observation of '"
              + row.get("metric")
              + "' ("
              + row.get("scope")
              + ") for "
              + period
              + " citing "
              + source
              + ", found "
              + matches.size()
              + "; observations: "
              + ICE.observations().list().stream()
                  .map(
                      o ->
                          o.id()
                              + " "
                              + o.metric()
                              + "/"
                              + o.scope()
                              + " "
                              + o.period()
                              + " "
                              + o.citations())
                  .collect(Collectors.toList()));
    }
    return matches.get(0);
  }

  private static YearMonth month(Row row) {
    String text = row.get("period");
    Matcher m = PERIOD.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("unreadable period '" + text + "'");
    }
    Month month = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    return YearMonth.of(Integer.parseInt(m.group(3)), month);
  }

  private static double number(Row row) {
    String text = row.get("value");
    Matcher m = NUMBER.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException("no number in value '" + text + "'");
    }
    return Double.parseDouble(m.group().replace(",", ""));
  }

  private static Observation.Qualifier qualifier(String value) {
    String text = value.toLowerCase(Locale.ROOT);
    if (text.startsWith("under")) {
      return Observation.Qualifier.UNDER;
    }
    if (text.startsWith("over")) {
      return Observation.Qualifier.OVER;
    }
    if (text.startsWith("about")) {
      return Observation.Qualifier.ABOUT;
    }
    if (text.contains("(average)")) {
      return Observation.Qualifier.AVERAGE;
    }
    return Observation.Qualifier.EXACT;
  }

  // ---------------------------------------------------------------- helpers

  private static Citation citation(String key) {
    return FactsFile.citation(ICE, key);
  }

  private static Claim claim(String id) {
    return FactsFile.claim(ICE, id);
  }

  private static List<Row> table(String heading) {
    return FACTS.table(heading);
  }
}
