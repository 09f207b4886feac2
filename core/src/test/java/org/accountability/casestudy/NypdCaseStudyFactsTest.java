package org.accountability.casestudy;

import static org.accountability.casestudy.FactsFile.claimSources;
import static org.accountability.casestudy.FactsFile.keys;
import static org.accountability.casestudy.FactsFile.list;
import static org.accountability.casestudy.FactsFile.named;
import static org.accountability.casestudy.FactsFile.optional;
import static org.accountability.casestudy.FactsFile.stanceTokens;
import static org.accountability.casestudy.FactsFile.stancesOf;
import static org.accountability.casestudy.FactsFile.tableStances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.NumericalTarget;
import org.accountability.model.Observation;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightAction.Ground;
import org.accountability.model.OversightAction.Outcome;
import org.accountability.model.OversightAction.OutcomeStep;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Remedy;
import org.accountability.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the bundled NYPD case study against every row of the facts file it was built from, read
 * from the test classpath ({@code nypd-quotas-facts.md}, a verbatim copy of the shared facts file)
 * through {@link FactsFile}. Each table row is its own test case; set-level tests check that
 * nothing outside the tables exists. Where the file leaves a choice to the model, or the model
 * cannot hold a fact as the file writes it, a comment beside the assertion says what the case study
 * holds and why.
 */
class NypdCaseStudyFactsTest {
  private static final FactsFile FACTS = new FactsFile("nypd-quotas-facts.md");

  private static final String CLAIMS = "The explainer's claims";
  private static final String SOURCES = "Sources";
  private static final String LAW = "Law";
  private static final String DIRECTIVES = "Directives";
  private static final String OBSERVATIONS = "Observations";
  private static final String PERSONNEL = "Personnel actions";
  private static final String OVERSIGHT = "Oversight bodies";
  private static final String ROUTES = "Legal routes";

  /** A decided case's year, closing its title: {@code (1978)} or {@code (2d Cir. 2015)}. */
  private static final Pattern DECIDED_IN = Pattern.compile("\\b([0-9]{4})\\)$");

  private static final Pattern SIGNED_ON =
      Pattern.compile("\\bsigned ([0-9]{4}-[0-9]{2}-[0-9]{2})");
  private static final Pattern REFERRED_ON =
      Pattern.compile("\\breferred to the [A-Za-z]+ committee ([0-9]{4}-[0-9]{2}-[0-9]{2})");

  /** A month or a day as the file writes it, approximate with a leading ~. */
  private static final Pattern ISO_DATE = Pattern.compile("~?[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?");

  private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?");
  private static final Pattern PRECINCT = Pattern.compile("[0-9]+(?:st|nd|rd|th) Precinct");
  private static final Pattern STATUS_DATE =
      Pattern.compile(
          "^(?:testified|recorded|reported|written order)[^(]*"
              + "\\((~?[0-9]{4}(?:-[0-9]{2}){0,2})\\)");
  private static final Pattern CREATED_IN = Pattern.compile("^created ([0-9]{4})\\b");
  private static final Pattern SINCE = Pattern.compile("\\bsince ([0-9]{4})\\b");
  private static final Pattern FIRST_YEAR = Pattern.compile("([0-9]{4})");
  private static final Pattern AMOUNT =
      Pattern.compile("(about |up to |over |at most )?\\$?([0-9][0-9,]*(?:\\.[0-9]+)?)( million)?");
  private static final Pattern CITATION_KEY = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)+");

  private static final AccountabilityFramework NYPD = CaseStudies.nypdQuotas();

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
    // PartialDate.toString writes an approximate date with a leading ~, as the file does.
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
        stancesOf(NYPD, key),
        key + ": stances on claims (+ supports, - contradicts, = both)");
  }

  @Test
  void everyClaimSourceIsAStanceTokenInTheSourcesTable() {
    assertEquals(
        tableStances(table(SOURCES)),
        claimSources(NYPD),
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
    assertEquals(
        lawDate(row),
        citation.date().map(PartialDate::toString),
        key + ": date by the law table's rules");
    assertEquals(Optional.empty(), citation.host(), key + ": the law table has no host");
  }

  /** Which rule dates which row: the rules must fall on these rows and no others. */
  @Test
  void lawDatingRulesFallOnTheExpectedRows() {
    Map<String, String> expected =
        Map.of(
            "monell-1978", "1978",
            "bivens-1971", "1971",
            "harlow-1982", "1982",
            "matthews-2015", "2015",
            "ny-l2010-c460", "2010-08-30",
            "ny-s6617-2012", "2012-03-05",
            "ny-lab-215a", "(undated)",
            "usc-42-1983", "(undated)");
    for (Row row : table(LAW)) {
      String key = row.get("key");
      assertEquals(expected.get(key), lawDate(row).orElse("(undated)"), key + ": dating rule");
    }
    assertEquals(expected.keySet(), new HashSet<>(keys(table(LAW), "key")), "law rows");
  }

  private static Optional<String> lawDate(Row row) {
    // A decided case: the year its title closes with, as in "(1978)" or "(2d Cir. 2015)".
    Matcher decided = DECIDED_IN.matcher(row.get("title"));
    if (decided.find()) {
      return Optional.of(decided.group(1));
    }
    // An enacted bill: the day the row says it was signed.
    Matcher signed = SIGNED_ON.matcher(row.get("what it provides"));
    if (signed.find()) {
      return Optional.of(signed.group(1));
    }
    // A bill that never passed: the day the row says it was referred to committee.
    Matcher referred = REFERRED_ON.matcher(row.get("what it provides"));
    if (referred.find()) {
      return Optional.of(referred.group(1));
    }
    // A statute in force: undated, as the law stands now.
    return Optional.empty();
  }

  // ------------------------------------------------------ citations (sets)

  @Test
  void citationsAreExactlyTheSourcesAndLawRows() {
    Set<String> expected = new TreeSet<>(keys(table(SOURCES), "key"));
    expected.addAll(keys(table(LAW), "key"));
    assertEquals(31, table(SOURCES).size(), "rows in the Sources table");
    assertEquals(8, table(LAW).size(), "rows in the Law table");
    assertEquals(39, expected.size(), "a key appears in both the Sources and the Law table");
    Set<String> actual =
        NYPD.citations().list().stream()
            .map(Citation::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, actual, "citation ids");
    assertEquals(39, NYPD.citations().list().size(), "citation count");
  }

  @Test
  void everyCitationIsUsed() {
    assertEquals(
        List.of(),
        NYPD.evidence().unusedCitations().stream().map(Citation::id).collect(Collectors.toList()),
        "unused citations");
  }

  // ----------------------------------------------------------------- claims

  @Test
  void claimsAreExactlyTheClaimsTable() {
    List<String> tableIds = keys(table(CLAIMS), "claim");
    assertEquals(List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"), tableIds, "claims table");
    Set<String> actual =
        NYPD.claims().list().stream().map(Claim::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(tableIds), actual, "claim ids");
    assertEquals(8, NYPD.claims().list().size(), "claim count");
  }

  /**
   * C1 is contradicted by McCormack's testimony and Bratton's denial, and C3 by Birch, Raymond and
   * the 2022 ruling: both are contested. C5 has a contradicting source too (Ossei-Owusu), but what
   * it undercuts is the truth of the denials, not that they were made, which is all C5 says; so C5
   * stays reported, as do the claims with no contradicting source.
   */
  @Test
  void onlyC1AndC3AreContested() {
    for (Claim claim : NYPD.claims().list()) {
      boolean contested = claim.id().equals("C1") || claim.id().equals("C3");
      assertEquals(
          contested ? Claim.EvidenceStatus.CONTESTED : Claim.EvidenceStatus.REPORTED,
          claim.status(),
          claim.id() + ": status");
    }
  }

  @Test
  void c6RecordsAnAbsenceOfEvidence() {
    assertTrue(
        claim("C6").absenceOfEvidence().isPresent(),
        "C6: no commander held to account for a quota must be recorded as an absence of evidence");
    for (Claim claim : NYPD.claims().list()) {
      if (!claim.id().equals("C6")) {
        assertEquals(Optional.empty(), claim.absenceOfEvidence(), claim.id() + ": absence");
      }
    }
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

  // ------------------------------------------------------------- directives

  static Stream<Arguments> directiveRows() {
    return named(table(DIRECTIVES), r -> r.get("directive"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("directiveRows")
  void directiveRowMatchesExactlyOneDirective(Row row) {
    Directive directive = matchingDirective(row);
    String key = row.get("directive");
    String value = row.get("value");
    Matcher number = NUMBER.matcher(value);
    if (number.find()) {
      // A number the model holds. A directive holds one target, so the row's first number is it:
      // "20 / 1 / 5" holds the 20 summonses (the arrest and the five stops are in the summary),
      // and "at least 3 seat-belt, 1 cell-phone, 11 other" holds the 3 seat-belt summonses as the
      // least the demand asks for, with the rest in the target's metric.
      assertEquals(Directive.Kind.NUMERICAL_TARGET, directive.kind(), key + ": kind");
      NumericalTarget target =
          directive.target().orElseThrow(() -> new AssertionError(key + ": no target"));
      assertEquals(
          Double.parseDouble(number.group().replace(",", "")),
          target.low(),
          0.0,
          key + ": target from '" + value + "'");
      assertEquals(Optional.empty(), target.high(), key + ": the row gives no range");
      String metric = firstMetric(row);
      assertTrue(
          target.metric().contains(metric),
          key + ": target metric '" + target.metric() + "' counts " + metric);
      String period = row.get("period");
      if (!period.equals("not stated")) {
        String perPeriod = period.replaceAll(" \\(.*\\)$", "");
        assertTrue(
            target.metric().endsWith(perPeriod),
            key + ": target metric '" + target.metric() + "' is per " + perPeriod);
      }
      assertTrue(
          row.get("scope").startsWith(target.scope().replace(",", "")),
          key + ": target scope '" + target.scope() + "' against '" + row.get("scope") + "'");
    } else {
      // "not stated in the source", "none" or "no number reported": the model holds no number.
      assertEquals(Optional.empty(), directive.target(), key + ": the row states no number");
      // The Commissioner's written order sets no number at all; the others are numbers the
      // sources report without stating them.
      Directive.Kind kind =
          row.get("status").startsWith("written order")
              ? Directive.Kind.POLICY_MEMO
              : Directive.Kind.UNSTATED_TARGET;
      assertEquals(kind, directive.kind(), key + ": kind (value '" + value + "')");
    }
    assertEquals(
        effective(row), directive.effective().map(PartialDate::toString), key + ": effective date");
    // The Quest for Excellence replacement is only "planned ... (not confirmed)": no row ends one.
    assertEquals(Optional.empty(), directive.ended(), key + ": no row reports an end");
  }

  @Test
  void directivesAreExactlyTheTableRows() {
    List<Row> rows = table(DIRECTIVES);
    assertEquals(8, rows.size(), "directive rows");
    assertEquals(8, NYPD.directives().list().size(), "directive count");
    Set<String> matched = new TreeSet<>();
    for (Row row : rows) {
      assertTrue(
          matched.add(matchingDirective(row).id()),
          row.get("directive") + ": matches a directive another row already matched");
    }
  }

  /**
   * The directive citing exactly the row's sources. Two rows cite only nydn-2010-77th (the 75th
   * Precinct quota and the 77th Precinct memos), so where a row names a precinct, the directive's
   * issuer or addressee must name the same one.
   */
  private static Directive matchingDirective(Row row) {
    String key = row.get("directive");
    Set<String> sources = list(row.get("source"));
    Matcher precinct = PRECINCT.matcher(row.get("issued by (role)") + " " + row.get("scope"));
    Optional<String> named = precinct.find() ? Optional.of(precinct.group()) : Optional.empty();
    List<Directive> matches =
        NYPD.directives().list().stream()
            .filter(d -> Set.copyOf(d.citations()).equals(sources))
            .filter(
                d ->
                    named.isEmpty()
                        || d.issuer().description().contains(named.get())
                        || d.addressee().description().contains(named.get()))
            .collect(Collectors.toList());
    if (matches.size() != 1) {
      fail(
          key
              + ": expected exactly one directive citing "
              + sources
              + named.map(p -> " in " + p).orElse("")
              + ", found "
              + matches.stream().map(Directive::id).toList());
    }
    return matches.get(0);
  }

  private static String firstMetric(Row row) {
    return row.get("metric").split(" / |, ", -1)[0];
  }

  private static Optional<String> effective(Row row) {
    // Recorded, testified to, reported or written: the date the status gives in parentheses.
    Matcher status = STATUS_DATE.matcher(row.get("status"));
    if (status.find()) {
      return Optional.of(status.group(1));
    }
    // A system the row says was created in a year: that year.
    Matcher created = CREATED_IN.matcher(row.get("status"));
    if (created.find()) {
      return Optional.of(created.group(1));
    }
    // A practice the row says ran since a year: that year.
    Matcher since = SINCE.matcher(row.get("period"));
    if (since.find()) {
      return Optional.of(since.group(1));
    }
    // Otherwise undated: the 75th Precinct row's 2006 is the arbitrator's finding, not the
    // directive's date, which the source does not give.
    return Optional.empty();
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
    // "All documented actions against line officers are sanctions; no source used here documents
    // an incentive or reward tied to numbers."
    assertEquals(PersonnelAction.Nature.SANCTION, action.nature(), key + ": nature");
    Set<String> dates = new TreeSet<>();
    action.date().map(PartialDate::toString).ifPresent(dates::add);
    action.until().map(PartialDate::toString).ifPresent(dates::add);
    Matcher date = ISO_DATE.matcher(row.get("status"));
    while (date.find()) {
      assertTrue(
          dates.contains(date.group()),
          key + ": the status's " + date.group() + " is neither the date nor the end: " + dates);
    }
    Matcher since = SINCE.matcher(row.get("status"));
    if (since.find()) {
      assertEquals(
          Optional.of(since.group(1)),
          action.date().map(PartialDate::toString),
          key + ": a standing promise dates from the year the status gives");
    }
    String trigger = row.get("trigger");
    if (trigger.contains("not quotas") || trigger.contains("not a quota sanction")) {
      for (Conduct quota :
          List.of(Conduct.MISSED_QUOTA, Conduct.IMPOSING_QUOTA, Conduct.PENALIZING_MISSED_QUOTA)) {
        assertNotEquals(
            Optional.of(quota),
            action.conduct(),
            key + ": the trigger is not a quota, but the action's conduct is " + quota);
      }
    }
  }

  @Test
  void personnelActionsAreExactlyTheTableRows() {
    List<Row> rows = table(PERSONNEL);
    assertEquals(10, rows.size(), "personnel action rows");
    assertEquals(10, NYPD.personnelActions().list().size(), "personnel action count");
    Set<String> matched = new TreeSet<>();
    for (Row row : rows) {
      assertTrue(
          matched.add(matchingAction(row).id()),
          row.get("action") + ": matches an action another row already matched");
    }
  }

  /** Raymond's link is his allegation and the court found none; Marino's is not stated. */
  @Test
  void raymondAndMarinoCarryAnInferenceOnConduct() {
    for (String action : List.of("Raymond passed over", "Deputy Chief Michael Marino")) {
      Row row = row(PERSONNEL, "action", action);
      assertTrue(
          matchingAction(row).isInferred("conduct"),
          row.get("action") + ": the link to the conduct must be held as an inference");
    }
  }

  /** No other action's link to its conduct is drawn by the model alone. */
  @Test
  void onlyRaymondAndMarinoAreInferred() {
    Set<String> inferred =
        NYPD.personnelActions().list().stream()
            .filter(a -> !a.inferences().isEmpty())
            .map(PersonnelAction::id)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>();
    for (String action : List.of("Raymond passed over", "Deputy Chief Michael Marino")) {
      expected.add(matchingAction(row(PERSONNEL, "action", action)).id());
    }
    assertEquals(expected, inferred, "personnel actions with inferences");
  }

  private static PersonnelAction matchingAction(Row row) {
    return FactsFile.matchingAction(NYPD, role(row), status(row), row);
  }

  private static Role role(Row row) {
    String text = row.get("subject role").toLowerCase(Locale.ROOT);
    // "field office manager / supervisors": the supervisors the promise names.
    if (text.startsWith("field office manager / supervisors")) {
      return Role.SUPERVISOR;
    }
    if (text.startsWith("field office manager")) {
      return Role.FIELD_OFFICE_MANAGER;
    }
    if (text.startsWith("senior official")) {
      return Role.SENIOR_OFFICIAL;
    }
    if (text.startsWith("line agent")) {
      return Role.LINE_AGENT;
    }
    throw new IllegalArgumentException(row.get("action") + ": unknown subject role '" + text + "'");
  }

  private static PersonnelAction.Status status(Row row) {
    String text = row.get("status").toLowerCase(Locale.ROOT);
    // Carried out as one officer testified or alleged, with no other source: reported, not
    // established.
    if (text.startsWith("carried out, as testified")
        || text.startsWith("carried out, as alleged")) {
      return PersonnelAction.Status.REPORTED;
    }
    if (text.startsWith("carried out")) {
      return PersonnelAction.Status.CARRIED_OUT;
    }
    if (text.startsWith("threatened")) {
      return PersonnelAction.Status.THREATENED;
    }
    // A standing promise with no instance found is a threat, not a decided sanction.
    if (text.startsWith("announced (a standing promise") && text.contains("no instance found")) {
      return PersonnelAction.Status.THREATENED;
    }
    throw new IllegalArgumentException(row.get("action") + ": unknown status '" + text + "'");
  }

  // ------------------------------------------------------- oversight actions

  /** The promise is held as a threatened personnel action; the absence is not an entity. */
  private static final List<String> HELD_ELSEWHERE =
      List.of("NYPD leadership (Commissioner O'Neill)", "NYC Council; NYPD Inspector General");

  static Stream<Arguments> oversightRows() {
    return named(oversightTableRows(), r -> r.get("body"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oversightRows")
  void oversightRowMatchesExactlyOneAction(Row row) {
    OversightAction action = matchingOversightAction(row);
    String key = row.get("body");
    Matcher year = FIRST_YEAR.matcher(row.get("date"));
    if (action.date().isPresent() && year.find()) {
      assertTrue(
          action.date().get().toString().replace("~", "").startsWith(year.group(1)),
          key + ": date " + action.date().get() + " against '" + row.get("date") + "'");
    }
    String against = row.get("against whom");
    if (against.contains("employers")) {
      assertTrue(action.defendants().contains(Defendant.EMPLOYER), key + ": against the employer");
    }
    if (against.contains("City")) {
      assertTrue(action.isAgainstInstitution(), key + ": against the City");
    }
    if (against.equals("the NYPD")) {
      assertEquals(List.of(Defendant.AGENCY), action.defendants(), key + ": against the NYPD");
    }
    if (against.contains("supervisors") || against.contains("sergeants")) {
      assertTrue(action.isAgainstIndividual(Role.SUPERVISOR), key + ": against supervisors");
    }
    if (against.contains("commander")) {
      assertTrue(
          action.isAgainstIndividual(Role.FIELD_OFFICE_MANAGER), key + ": against the commander");
    }
    if (against.contains("officers")) {
      assertTrue(action.isAgainstIndividual(Role.LINE_AGENT), key + ": against officers");
    }
    // Raymond's "the City and officials": the sources name no official, so the model holds the
    // City alone rather than guess a role.
  }

  @Test
  void oversightActionsAreExactlyTheTableRowsNotHeldElsewhere() {
    List<Row> rows = table(OVERSIGHT);
    assertEquals(14, rows.size(), "oversight rows");
    assertEquals(
        HELD_ELSEWHERE,
        rows.stream()
            .map(r -> r.get("body"))
            .filter(HELD_ELSEWHERE::contains)
            .collect(Collectors.toList()),
        "rows held elsewhere");
    assertEquals(12, oversightTableRows().size(), "oversight rows held as oversight actions");
    assertEquals(12, NYPD.oversightActions().list().size(), "oversight action count");
    Set<String> matched = new TreeSet<>();
    for (Row row : oversightTableRows()) {
      assertTrue(
          matched.add(matchingOversightAction(row).id()),
          row.get("body") + ": matches an action another row already matched");
    }
  }

  @Test
  void theONeillPromiseIsAThreatenedPersonnelActionNotAnOversightAction() {
    Row row = row(OVERSIGHT, "body", "NYPD leadership (Commissioner O'Neill)");
    Set<String> sources = list(row.get("source"));
    assertTrue(
        NYPD.oversightActions().list().stream()
            .noneMatch(a -> Set.copyOf(a.citations()).equals(sources)),
        "no oversight action cites only " + sources);
    List<PersonnelAction> promises =
        NYPD.personnelActions().list().stream()
            .filter(a -> Set.copyOf(a.citations()).equals(sources))
            .collect(Collectors.toList());
    assertEquals(1, promises.size(), "personnel actions citing " + sources);
    assertEquals(PersonnelAction.Status.THREATENED, promises.get(0).status(), "status");
    assertEquals(Role.SUPERVISOR, promises.get(0).subjectRole(), "subject role");
    assertFalse(promises.get(0).isDecidedSanction(), "a promise is not a decided sanction");
  }

  @Test
  void noCouncilOrInspectorGeneralIsHeld() {
    Row row = row(OVERSIGHT, "body", "NYC Council; NYPD Inspector General");
    assertEquals("no material on quotas found", row.get("outcome"), "the row is an absence");
    for (OversightBody body : NYPD.oversightBodies().list()) {
      assertFalse(
          body.kind() == OversightBody.Kind.INSPECTOR_GENERAL
              || body.name().contains("Council")
              || body.name().contains("Inspector General"),
          body.id() + ": an absence of material is not an oversight body");
    }
  }

  @Test
  void vetoed2003() {
    OversightAction action = oversightAction("N.Y. Legislature; Gov. Pataki");
    step(action, Outcome.VETOED, "2003-08-20");
  }

  @Test
  void signed2010() {
    OversightAction action = oversightAction("N.Y. Legislature; Gov. Paterson");
    step(action, Outcome.ENACTED, "2010-08-30");
  }

  @Test
  void floydLiabilityYieldsAnInjunctionAndAMonitor() {
    OversightAction action = oversightAction("U.S. District Court S.D.N.Y. (Floyd)");
    OutcomeStep granted = step(action, Outcome.GRANTED, "2013-08-12");
    assertEquals(
        Set.of(Remedy.INJUNCTION, Remedy.COURT_MONITOR), Set.copyOf(granted.yields()), "yields");
  }

  @Test
  void stinsonSanctionSettlementApproval() {
    OversightAction action = oversightAction("U.S. District Court S.D.N.Y. (Stinson)");
    OutcomeStep sanction = step(action, Outcome.GRANTED, "2016");
    assertEquals(List.of(Remedy.EVIDENTIARY_SANCTION), sanction.yields(), "2016: yields");
    OutcomeStep settled = step(action, Outcome.SETTLED, "2017-01-23");
    assertEquals(Set.of(Remedy.DAMAGES, Remedy.NOTICE), Set.copyOf(settled.yields()), "yields");
    step(action, Outcome.APPROVED, "2017");
  }

  @Test
  void matthewsDismissedReinstatedSettled() {
    OversightAction action = oversightAction("U.S. Court of Appeals, 2d Cir. (Matthews)");
    step(action, Outcome.DISMISSED, "2013");
    step(action, Outcome.REINSTATED_ON_APPEAL, "2015");
    OutcomeStep settled = step(action, Outcome.SETTLED, "~2015-12");
    // The lost overtime the City paid is held as back pay; the thrown-out evaluation as a record
    // cleared.
    assertEquals(
        Set.of(Remedy.DAMAGES, Remedy.BACK_PAY, Remedy.RECORD_CLEARED),
        Set.copyOf(settled.yields()),
        "yields");
  }

  @Test
  void birchDismissedOnQualifiedImmunityAndTimeBar() {
    OversightAction action = oversightAction("U.S. District Court E.D.N.Y. (Birch)");
    OutcomeStep dismissed = step(action, Outcome.DISMISSED, "2016");
    assertTrue(
        dismissed.grounds().containsAll(List.of(Ground.QUALIFIED_IMMUNITY, Ground.TIME_BAR)),
        "grounds " + dismissed.grounds());
  }

  @Test
  void raymondPartlyDismissedTwice() {
    OversightAction action = oversightAction("U.S. District Court S.D.N.Y. (Raymond)");
    assertTrue(
        step(action, Outcome.PARTLY_DISMISSED, "~2017")
            .grounds()
            .contains(Ground.NO_PRIVATE_RIGHT_OF_ACTION),
        "2017: no private right of action");
    assertTrue(
        step(action, Outcome.PARTLY_DISMISSED, "~2022").grounds().contains(Ground.NO_CAUSAL_LINK),
        "2022: no causal link");
  }

  private static List<Row> oversightTableRows() {
    return table(OVERSIGHT).stream()
        .filter(r -> !HELD_ELSEWHERE.contains(r.get("body")))
        .collect(Collectors.toList());
  }

  private static OversightAction oversightAction(String body) {
    return matchingOversightAction(row(OVERSIGHT, "body", body));
  }

  /**
   * The action whose citations, with its outcome steps' citations, include the row's sources, whose
   * liability is the row's and whose body is of the row's kind (the Floyd court and its monitor
   * both cite floyd-2022-09-09; the arbitrator and the press both cite nydn-2010-77th).
   */
  private static OversightAction matchingOversightAction(Row row) {
    String key = row.get("body");
    Set<String> sources = list(row.get("source"));
    LiabilityType liability = liability(row);
    OversightBody.Kind kind = bodyKind(row);
    List<OversightAction> matches = new ArrayList<>();
    for (OversightBody body : NYPD.oversightBodies().list()) {
      for (OversightAction action : body.actions()) {
        Set<String> cited = new HashSet<>(action.citations());
        action.outcomes().forEach(s -> cited.addAll(s.citations()));
        if (cited.containsAll(sources) && action.liability() == liability && body.kind() == kind) {
          matches.add(action);
        }
      }
    }
    if (matches.size() != 1) {
      fail(
          key
              + ": expected exactly one "
              + liability
              + " action of a "
              + kind
              + " citing "
              + sources
              + ", found "
              + matches.stream().map(OversightAction::id).toList());
    }
    return matches.get(0);
  }

  private static LiabilityType liability(Row row) {
    String text = row.get("liability pursued");
    if (text.startsWith("political")) {
      return LiabilityType.POLITICAL;
    }
    if (text.startsWith("administrative")) {
      return LiabilityType.ADMINISTRATIVE;
    }
    if (text.startsWith("civil")) {
      return LiabilityType.CIVIL;
    }
    // The monitor oversees compliance with a civil court's injunction: held as CIVIL.
    if (text.equals("none (compliance)")) {
      return LiabilityType.CIVIL;
    }
    // The 2003 veto ended a bill: an action must pursue some liability, and a legislature's is
    // POLITICAL.
    if (text.equals("none")) {
      return LiabilityType.POLITICAL;
    }
    throw new IllegalArgumentException(row.get("body") + ": unknown liability '" + text + "'");
  }

  private static OversightBody.Kind bodyKind(Row row) {
    String text = row.get("kind");
    return switch (text) {
      case "legislature" -> OversightBody.Kind.LEGISLATURE;
      case "arbitration" -> OversightBody.Kind.ARBITRATOR;
      case "union" -> OversightBody.Kind.UNION;
      case "press" -> OversightBody.Kind.PRESS;
      case "agency" -> OversightBody.Kind.AGENCY;
      // The Matthews row's "court, civil society": the court decided; the NYCLU was counsel.
      case "court", "court, civil society" -> OversightBody.Kind.COURT;
      case "monitor" -> OversightBody.Kind.COURT_MONITOR;
      default ->
          throw new IllegalArgumentException(row.get("body") + ": unknown kind '" + text + "'");
    };
  }

  /** The one step with the outcome whose date, as the file writes it, starts with the prefix. */
  private static OutcomeStep step(OversightAction action, Outcome outcome, String datePrefix) {
    List<OutcomeStep> steps =
        action.outcomes().stream()
            .filter(s -> s.outcome() == outcome)
            .filter(s -> s.date().map(d -> d.toString().startsWith(datePrefix)).orElse(false))
            .collect(Collectors.toList());
    if (steps.size() != 1) {
      fail(
          action.id()
              + ": expected one "
              + outcome
              + " step dated "
              + datePrefix
              + "..., found "
              + steps.size()
              + " in "
              + action.outcomes().stream()
                  .map(s -> s.outcome() + " " + s.date().map(PartialDate::toString).orElse("-"))
                  .toList());
    }
    return steps.get(0);
  }

  // ------------------------------------------------------------ legal routes

  /** The route each row of the table is held as, by id. */
  private static final Map<String, String> ROUTE_OF_ROW =
      Map.of(
          "grievance for a penalty for a missed quota", "section-215a-grievance",
          "First Amendment retaliation (officer as plaintiff)", "first-amendment-retaliation",
          "unconstitutional stops or baseless summonses (public as plaintiff)", "monell-claim",
          "department discipline", "department-discipline",
          "state-law claims", "state-law-claims",
          "criminal prosecution for imposing a quota", "section-215a-criminal-penalty-bill",
          "legislation and policy", "legislation-and-policy");

  /** C7's "§ 1983 suits against officers and supervisors personally": no row of its own. */
  private static final String PERSONAL_1983 = "section-1983-personal";

  static Stream<Arguments> routeRows() {
    return named(table(ROUTES), r -> r.get("route"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routeRows")
  void routeRowMatchesItsRoute(Row row) {
    String key = row.get("route");
    LegalRoute route = routeOf(row);
    assertEquals(
        LiabilityType.valueOf(row.get("liability")), route.liability(), key + ": liability");
    String access = row.get("open or restricted");
    if (access.equals("absent")) {
      assertEquals(LegalRoute.Availability.PROPOSED, route.availability(), key + ": availability");
    } else {
      // The model's RESTRICTED means a route that rarely if ever succeeds; a route the row calls
      // restricted, or left to discretion, but that has been used (Matthews settled, the 2006
      // arbitration) is held as OPEN with its restrictions as hurdles.
      assertEquals(LegalRoute.Availability.OPEN, route.availability(), key + ": availability");
      if (access.contains("restricted") || access.contains("discretion")) {
        assertFalse(route.hurdles().isEmpty(), key + ": the restriction is held as hurdles");
      }
      if (access.contains("discretion")) {
        assertTrue(
            route.hurdles().stream().anyMatch(h -> h.kind() == LegalRoute.Hurdle.Kind.DISCRETION),
            key + ": a discretion hurdle");
      }
    }
    Set<String> knownKeys = new HashSet<>(keys(table(SOURCES), "key"));
    knownKeys.addAll(keys(table(LAW), "key"));
    Set<String> evidence = routeEvidence(route);
    for (String cell : row.cells().values()) {
      Matcher citationKey = CITATION_KEY.matcher(cell);
      while (citationKey.find()) {
        if (knownKeys.contains(citationKey.group())) {
          assertTrue(
              evidence.contains(citationKey.group()),
              key + ": the row cites " + citationKey.group() + ", the route does not");
        }
      }
    }
  }

  @Test
  void routesAreExactlyTheTableRowsAndThePersonal1983Route() {
    List<Row> rows = table(ROUTES);
    assertEquals(7, rows.size(), "route rows");
    assertEquals(new TreeSet<>(ROUTE_OF_ROW.keySet()), new TreeSet<>(keys(rows, "route")), "rows");
    Set<String> expected = new TreeSet<>(ROUTE_OF_ROW.values());
    expected.add(PERSONAL_1983);
    Set<String> actual =
        NYPD.routes().list().stream()
            .map(LegalRoute::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, actual, "route ids");
  }

  @Test
  void theGrievanceRunsAgainstTheEmployerForTheOfficer() {
    LegalRoute route = route("grievance for a penalty for a missed quota");
    assertEquals(List.of(Defendant.EMPLOYER), route.defendants(), "defendants");
    assertEquals(List.of(Role.LINE_AGENT), route.claimants(), "claimants");
    assertTrue(route.protects().contains(Conduct.MISSED_QUOTA), "protects " + route.protects());
    assertTrue(
        route.remedies().containsAll(List.of(Remedy.RESTORATION, Remedy.BACK_PAY)),
        "remedies " + route.remedies());
    assertFalse(route.remedies().contains(Remedy.DAMAGES), "no damages");
    assertTrue(route.citations().contains("ny-lab-215a"), "cites ny-lab-215a");
  }

  @Test
  void theCriminalPenaltyIsOnlyProposed() {
    LegalRoute route = route("criminal prosecution for imposing a quota");
    assertEquals(LegalRoute.Availability.PROPOSED, route.availability(), "availability");
    assertTrue(route.citations().contains("ny-s6617-2012"), "cites ny-s6617-2012");
  }

  @Test
  void monellRunsAgainstTheCityAlone() {
    LegalRoute route = route("unconstitutional stops or baseless summonses (public as plaintiff)");
    assertEquals(List.of(Defendant.MUNICIPALITY), route.defendants(), "defendants");
  }

  /**
   * The row's "the City under Monell" is the Monell route, which covers retaliation too; this route
   * is the personal one.
   */
  @Test
  void firstAmendmentRetaliationReachesSupervisorsCommandersAndSeniorOfficials() {
    LegalRoute route = route("First Amendment retaliation (officer as plaintiff)");
    for (Role role : List.of(Role.SUPERVISOR, Role.FIELD_OFFICE_MANAGER, Role.SENIOR_OFFICIAL)) {
      assertTrue(
          route.reachesIndividual(role, Conduct.RETALIATING_AGAINST_WHISTLEBLOWER),
          "reaches " + role + " personally");
      assertTrue(
          route.hurdlesFor(role).stream()
              .anyMatch(h -> h.kind() == LegalRoute.Hurdle.Kind.IMMUNITY),
          role + ": a qualified-immunity hurdle");
    }
    assertTrue(
        route("unconstitutional stops or baseless summonses (public as plaintiff)")
            .reachesInstitution(Conduct.RETALIATING_AGAINST_WHISTLEBLOWER),
        "the City answers for retaliation under Monell");
  }

  @Test
  void thePersonal1983RouteRestsOnTheStatuteAndQualifiedImmunity() {
    LegalRoute route =
        NYPD.routes()
            .withId(PERSONAL_1983)
            .first()
            .orElseThrow(() -> new AssertionError(PERSONAL_1983 + ": no such route"));
    assertTrue(
        route.citations().containsAll(List.of("usc-42-1983", "harlow-1982")),
        "citations " + route.citations());
    assertEquals(LiabilityType.CIVIL, route.liability(), "liability");
    assertTrue(route.defendants().contains(Defendant.INDIVIDUAL), "personally");
  }

  private static LegalRoute route(String row) {
    return routeOf(row(ROUTES, "route", row));
  }

  private static LegalRoute routeOf(Row row) {
    String id = ROUTE_OF_ROW.get(row.get("route"));
    if (id == null) {
      throw new IllegalArgumentException(row.get("route") + ": no route for this row");
    }
    return NYPD.routes()
        .withId(id)
        .first()
        .orElseThrow(() -> new AssertionError(row.get("route") + ": no route " + id));
  }

  /**
   * Every citation a route rests on or was used in: its own, its preconditions', hurdles' and
   * restrictions', and those of the bodies that enforce it and the actions that used it.
   */
  private static Set<String> routeEvidence(LegalRoute route) {
    Set<String> ids = new HashSet<>(route.citations());
    ids.addAll(route.restrictedBy());
    route.preconditions().forEach(p -> ids.addAll(p.citations()));
    route.hurdles().forEach(h -> ids.addAll(h.citations()));
    for (OversightBody body : NYPD.oversightBodies().list()) {
      boolean enforces = route.enforcedBy().contains(body.id());
      if (enforces) {
        ids.addAll(body.citations());
      }
      for (OversightAction action : body.actions()) {
        if (enforces || action.route().equals(Optional.of(route.id()))) {
          ids.addAll(action.citations());
          action.outcomes().forEach(s -> ids.addAll(s.citations()));
        }
      }
    }
    return ids;
  }

  // ----------------------------------------------------------- observations

  /**
   * The observations each row is held as, by id. A row with several numbers is split, one
   * observation a number; a row without a number is held as none.
   */
  private static final Map<String, List<String>> OBSERVATIONS_OF_ROW =
      Map.of(
          "criminal summonses later dismissed for lack of probable cause (Stinson class)",
          List.of("stinson-dismissed-summonses"),
          "share of all summonses that were so dismissed",
          List.of("stinson-dismissed-share"),
          // The fund, the claimants' share and the fees.
          "Stinson settlement",
          List.of("stinson-settlement-fund", "stinson-claimants-fund", "stinson-fees"),
          // "fell every year" is a trend without a number, and an observation holds a number.
          "criminal-court summons filings",
          List.of(),
          "officer plaintiffs in the Raymond suit",
          List.of("raymond-plaintiffs"),
          "Schoolcraft settlement",
          List.of("schoolcraft-settlement"),
          // The damages, the lost overtime and the fees paid to the NYCLU.
          "Matthews settlement",
          List.of("matthews-damages", "matthews-overtime", "matthews-fees"),
          // 2011 and 2012.
          "arrests by Officer Serrano (cited by his commander as too few)",
          List.of("serrano-arrests-2011", "serrano-arrests-2012"));

  static Stream<Arguments> observationRows() {
    return named(table(OBSERVATIONS), r -> r.get("metric"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("observationRows")
  void observationRowMatchesItsObservations(Row row) {
    String key = row.get("metric");
    List<String> ids = OBSERVATIONS_OF_ROW.get(key);
    if (ids == null) {
      throw new IllegalArgumentException(key + ": no observations named for this row");
    }
    Set<String> sources = list(row.get("source"));
    List<Amount> amounts = amounts(row.get("value"));
    assertEquals(ids.size(), amounts.size(), key + ": numbers in '" + row.get("value") + "'");
    List<Observation> cited =
        NYPD.observations().list().stream()
            .filter(o -> sources.containsAll(o.citations()))
            .filter(o -> o.metric().startsWith(firstWord(key)))
            .collect(Collectors.toList());
    assertEquals(
        ids,
        cited.stream().map(Observation::id).collect(Collectors.toList()),
        key + ": observations citing only " + sources + " of the same metric");
    for (int i = 0; i < ids.size(); i++) {
      Observation observation = cited.get(i);
      Amount amount = amounts.get(i);
      assertEquals(amount.value(), observation.value(), 0.0, observation.id() + ": value");
      assertEquals(amount.qualifier(), observation.qualifier(), observation.id() + ": qualifier");
      assertEquals(row.get("scope"), observation.scope(), observation.id() + ": scope");
      assertTrue(
          mentions(row.get("period"), observation.period()),
          observation.id()
              + ": period "
              + observation.period()
              + " against '"
              + row.get("period")
              + "'");
    }
  }

  @Test
  void observationsAreExactlyTheTableRows() {
    List<Row> rows = table(OBSERVATIONS);
    assertEquals(8, rows.size(), "observation rows");
    assertEquals(new TreeSet<>(OBSERVATIONS_OF_ROW.keySet()), new TreeSet<>(keys(rows, "metric")));
    Set<String> expected = new TreeSet<>();
    OBSERVATIONS_OF_ROW.values().forEach(expected::addAll);
    assertEquals(12, expected.size(), "observations the rows are held as");
    Set<String> actual =
        NYPD.observations().list().stream()
            .map(Observation::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, actual, "observation ids");
  }

  /** The falling filings are a trend with no number: no observation holds them. */
  @Test
  void summonsFilingsAreNotAnObservation() {
    Row row = row(OBSERVATIONS, "metric", "criminal-court summons filings");
    assertEquals("fell every year", row.get("value"), "the row's value");
    assertTrue(
        NYPD.observations().list().stream().noneMatch(o -> o.metric().contains("filings")),
        "no observation of summons filings");
  }

  private record Amount(double value, Observation.Qualifier qualifier) {}

  private static List<Amount> amounts(String cell) {
    List<Amount> out = new ArrayList<>();
    if (cell.equals("about a quarter")) {
      out.add(new Amount(0.25, Observation.Qualifier.ABOUT));
      return out;
    }
    // The Stinson row's "(at most $150 per incident)" caps each payment; it is not a total.
    Matcher m = AMOUNT.matcher(cell.replaceAll("\\(at most [^)]*\\)", ""));
    while (m.find()) {
      double value = Double.parseDouble(m.group(2).replace(",", ""));
      if (m.group(3) != null) {
        value *= 1_000_000;
      }
      String word = m.group(1) == null ? "" : m.group(1).trim();
      Observation.Qualifier qualifier =
          switch (word) {
            case "about" -> Observation.Qualifier.ABOUT;
            case "up to", "at most" -> Observation.Qualifier.UNDER;
            case "over" -> Observation.Qualifier.OVER;
            default -> Observation.Qualifier.EXACT;
          };
      out.add(new Amount(value, qualifier));
    }
    return out;
  }

  private static String firstWord(String metric) {
    return metric.split(" ", -1)[0];
  }

  /**
   * Whether a period cell names the date: as the file writes it (with ~ only when approximate), or
   * for a month, as "December 2015".
   */
  private static boolean mentions(String cell, PartialDate date) {
    String text = date.toString();
    boolean approximate = text.startsWith("~");
    String bare = approximate ? text.substring(1) : text;
    for (int i = cell.indexOf(bare); i >= 0; i = cell.indexOf(bare, i + 1)) {
      boolean markedInCell = i > 0 && cell.charAt(i - 1) == '~';
      int end = i + bare.length();
      boolean wholeDate =
          end == cell.length() || !(Character.isDigit(cell.charAt(end)) || cell.charAt(end) == '-');
      if (wholeDate && markedInCell == approximate) {
        return true;
      }
    }
    if (date.precision() == PartialDate.Precision.MONTH && !approximate) {
      String[] parts = bare.split("-", -1);
      String month = Month.of(Integer.parseInt(parts[1])).name();
      String name = month.charAt(0) + month.substring(1).toLowerCase(Locale.ROOT);
      return cell.contains(name + " " + parts[0]);
    }
    return false;
  }

  // ---------------------------------------------------------------- conducts

  @Test
  void theFrameworkDeclaresItsOwnConducts() {
    for (String id : List.of("ISSUING_BASELESS_SUMMONS", "REPORTING_QUOTA")) {
      Conduct conduct =
          NYPD.conduct(id).orElseThrow(() -> new AssertionError(id + ": not declared"));
      assertFalse(conduct.isStandard(), id + ": declared by the framework, not standard");
    }
  }

  @Test
  void unlawfulConductsAreExactlyThoseNewYorkForbids() {
    Conduct summonses =
        NYPD.conduct("ISSUING_BASELESS_SUMMONS").orElseThrow(() -> new AssertionError("summonses"));
    assertEquals(
        Set.of(
            Conduct.PENALIZING_MISSED_QUOTA,
            Conduct.RETALIATING_AGAINST_WHISTLEBLOWER,
            summonses,
            Conduct.UNLAWFUL_SEIZURE,
            Conduct.RACIAL_PROFILING),
        Set.copyOf(NYPD.unlawfulConducts()),
        "unlawful conducts");
    // What § 215-a forbids is penalizing the officer for a missed quota, not missing it.
    assertFalse(NYPD.isUnlawful(Conduct.MISSED_QUOTA), "missing a quota is lawful");
  }

  // ---------------------------------------------------------------- helpers

  private static Citation citation(String key) {
    return FactsFile.citation(NYPD, key);
  }

  private static Claim claim(String id) {
    return FactsFile.claim(NYPD, id);
  }

  private static List<Row> table(String heading) {
    return FACTS.table(heading);
  }

  /** The one row of the table whose column starts with the text. */
  private static Row row(String heading, String column, String start) {
    List<Row> rows =
        table(heading).stream()
            .filter(r -> r.get(column).startsWith(start))
            .collect(Collectors.toList());
    assertEquals(
        1, rows.size(), heading + ": rows whose " + column + " starts with '" + start + "'");
    return rows.get(0);
  }
}
