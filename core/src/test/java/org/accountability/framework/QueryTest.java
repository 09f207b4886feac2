package org.accountability.framework;

import static org.accountability.testing.Ids.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.accountability.casestudy.CaseStudies;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.EntityKind;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;
import org.accountability.testing.FictionalFrameworks;
import org.junit.jupiter.api.Test;

class QueryTest {
  private static final AccountabilityFramework ICE = CaseStudies.iceDeportationQuotas();

  @Test
  void frameworkSummarisesItselfInOneLine() {
    assertEquals(
        "AccountabilityFramework[ICE arrest and deportation quotas, 2025-2026 | U.S. Immigration"
            + " and Customs Enforcement (ICE) | 6 directives, 7 personnel actions, 10 oversight"
            + " bodies (9 actions), 10 legal routes, 9 claims, 5 observations, 47 citations]",
        ICE.toString());
  }

  @Test
  void directivesInForceFollowSupersession() {
    assertEquals(
        List.of("jan-2025-agency-target", "jan-2025-field-office-target"),
        ids(ICE.directives().inForceOn(LocalDate.of(2025, 3, 1))));
    assertEquals(
        List.of(
            "jan-2025-field-office-target", "may-2025-agency-target", "jul-2025-bond-hearing-memo"),
        ids(ICE.directives().inForceOn(LocalDate.of(2025, 7, 8))),
        "the 3,000 target raised the January agency-wide goal");
    assertEquals(
        List.of("jan-2025-agency-target", "jan-2025-field-office-target"),
        ids(ICE.directives().inForceOn(LocalDate.of(2025, 1, 31))),
        "a month-precision start is certain once the month is over");
    assertTrue(
        ICE.directives().inForceOn(LocalDate.of(2025, 1, 15)).isEmpty(),
        "January 2025 is only possibly in force on the 15th");
    assertEquals(5, ICE.directives().asOf(LocalDate.of(2026, 12, 31)).count(), "one is undated");
  }

  @Test
  void directivesByKindIssuerAddresseeAndDenial() {
    assertEquals(3, ICE.directives().ofKind(Directive.Kind.NUMERICAL_TARGET).count());
    assertEquals(List.of("may-2025-agency-target"), ids(ICE.directives().issuedBy("kristi noem")));
    assertEquals(
        List.of("may-2025-agency-target"),
        ids(ICE.directives().issuedBy("White House deputy chief of staff and the DHS Secretary")));
    assertEquals(
        List.of("jan-2025-field-office-target"),
        ids(ICE.directives().addressedTo(Role.FIELD_OFFICE_MANAGER)));
    assertEquals(3, ICE.directives().contested().count());
    assertEquals(
        List.of("jan-2025-agency-target", "jan-2025-field-office-target", "may-2025-agency-target"),
        ids(ICE.directives().citing("tnr-2025-08-04")),
        "citing includes the citations of denials");
  }

  @Test
  void personnelActionsByRoleStatusNatureDirectiveAndDate() {
    assertEquals(
        List.of("feb-2025-ero-reassignments", "feb-2025-acting-director-reassignment"),
        ids(ICE.personnelActions().against(Role.SENIOR_OFFICIAL)));
    assertEquals(
        2,
        ICE.personnelActions().decidedSanctions().forConduct(Conduct.MISSED_QUOTA).count(),
        "the acting director's reassignment is linked to a missed quota by inference only");
    assertEquals(
        List.of(
            "jun-2025-bottom-ten-percent-threat", "oct-2025-field-office-director-reassignments"),
        ids(ICE.personnelActions().enforcing("may-2025-agency-target")));
    assertEquals(2, ICE.personnelActions().withNature(PersonnelAction.Nature.INCENTIVE).count());
    assertEquals(
        List.of("aug-2025-removal-bonus-pilot"),
        ids(ICE.personnelActions().withStatus(PersonnelAction.Status.WITHDRAWN)));
    assertEquals(
        List.of(
            "feb-2025-ero-reassignments",
            "feb-2025-acting-director-reassignment",
            "immigration-judge-firings"),
        ids(ICE.personnelActions().asOf(LocalDate.of(2025, 3, 1))));
    assertEquals(
        List.of("aug-2025-removal-bonus-pilot", "signing-bonuses"),
        ids(ICE.personnelActions().citing("nyt-2025-08-06")));
    assertEquals(
        List.of("immigration-judge-firings"),
        ids(
            ICE.personnelActions()
                .ofKind(PersonnelAction.Kind.REMOVAL)
                .where(a -> a.actor().isPresent())));
  }

  @Test
  void bodiesActionsRoutesClaimsObservationsAndCitations() {
    assertEquals(3, ICE.oversightBodies().ofKind(OversightBody.Kind.COURT).count());
    assertEquals(
        List.of("blumenthal-and-garcia", "dhs-oversight-offices"),
        ids(ICE.oversightBodies().withLever(Lever.INVESTIGATION)));
    assertEquals(
        List.of("oct-2025-misconduct-dashboard", "oct-2025-detention-and-force-probe"),
        ids(
            ICE.oversightActions()
                .pursuing(LiabilityType.POLITICAL)
                .about(Conduct.EXCESSIVE_FORCE)));
    assertTrue(
        ICE.oversightActions().against(Role.SENIOR_OFFICIAL).list().isEmpty(),
        "the inquiry is addressed to the department, not to an official");
    assertEquals(
        List.of("ninth-circuit-los-angeles-stops-order"),
        ids(ICE.oversightActions().byBody("ninth-circuit")));
    assertEquals(4, ICE.oversightActions().usingRoute("injunction-against-agency").count());
    assertEquals(
        List.of("ninth-circuit-los-angeles-stops-order"),
        ids(ICE.oversightActions().asOf(LocalDate.of(2025, 8, 15)).withLever(Lever.INJUNCTION)),
        "the court actions known only from their reports carry no date of their own");
    assertEquals(
        List.of("injunction-against-agency", "congressional-oversight"),
        ids(ICE.routes().against(Defendant.AGENCY)));
    assertEquals(List.of("ftca-claim"), ids(ICE.routes().against(Defendant.UNITED_STATES)));
    assertEquals(
        List.of("bivens-damages-claim"),
        ids(
            ICE.routes()
                .withAvailability(org.accountability.model.LegalRoute.Availability.RESTRICTED)));
    assertEquals(
        List.of("section-242-prosecution", "bivens-damages-claim", "chapter-75-adverse-action"),
        ids(ICE.routes().reaching(Role.LINE_AGENT).covering(Conduct.EXCESSIVE_FORCE)));
    assertEquals(List.of("C1", "C5"), ids(ICE.claims().withStatus(Claim.EvidenceStatus.CONTESTED)));
    assertEquals(List.of("C1"), ids(ICE.claims().contradictedBy("tnr-2025-08-04")));
    assertEquals(List.of("C4", "C8"), ids(ICE.claims().supportedBy("hlr-egbert")));
    assertEquals(
        List.of("C2"), ids(ICE.claims().about("signing-bonuses").where(c -> c.id().equals("C2"))));
    assertEquals(4, ICE.observations().ofMetric("arrests per day").inScope("agency-wide").count());
    assertEquals(
        List.of("arrests-jun-2025"), ids(ICE.observations().during(PartialDate.parse("2025-06"))));
    assertEquals(
        List.of("arrests-jun-2025", "arrests-jul-2025"),
        ids(ICE.observations().during(PartialDate.parse("~2025-06"))),
        "around June 2025 may be May to July");
    assertEquals(
        List.of("arrests-early-feb-2025", "arrests-jun-2025", "arrests-jul-2025"),
        ids(ICE.observations().asOf(LocalDate.of(2025, 7, 31))));
    assertEquals(
        12,
        ICE.citations().ofKind(Citation.Kind.STATUTE).count()
            + ICE.citations().ofKind(Citation.Kind.CASE).count());
    assertEquals(2, ICE.citations().publishedBy("Washington Post").count());
    assertEquals(1, ICE.citations().publishedBy("GV Wire").count(), "matches the host too");
    assertEquals(
        List.of("hlr-egbert", "egbert-v-boule", "fdic-v-meyer"),
        ids(ICE.citations().asOf(LocalDate.of(2024, 1, 1))));
    assertTrue(ICE.citations().primary(true).stream().allMatch(Citation::isPrimary));
  }

  @Test
  void entityLookupCoversEveryKindIncludingOversightActions() {
    assertEquals(
        EntityKind.OVERSIGHT_ACTION,
        ICE.entity("oct-2025-detention-and-force-probe").orElseThrow().entityKind());
    assertEquals(EntityKind.CLAIM, ICE.entity("C1").orElseThrow().entityKind());
    assertTrue(ICE.entity("no-such-id").isEmpty());
    assertTrue(ICE.citation("C1").isEmpty(), "a claim is not a citation");
  }

  @Test
  void terminalOperationsAgree() {
    DirectiveQuery numerical = ICE.directives().ofKind(Directive.Kind.NUMERICAL_TARGET);
    assertEquals(numerical.list().size(), numerical.count());
    assertEquals(numerical.list().get(0), numerical.first().orElseThrow());
    assertEquals(numerical.list(), numerical.stream().collect(Collectors.toList()));
    List<Directive> iterated = new ArrayList<>();
    numerical.forEach(iterated::add);
    assertEquals(numerical.list(), iterated);
    assertTrue(ICE.directives().withId("nope").isEmpty());
    assertTrue(ICE.directives().withId("nope").first().isEmpty());
  }

  @Test
  void resultsPrintAsAlignedTables() {
    String table = ICE.personnelActions().against(Role.SENIOR_OFFICIAL).toString();
    List<String> lines = table.lines().collect(Collectors.toList());
    assertEquals(5, lines.size(), table);
    assertTrue(lines.get(0).startsWith("id "), table);
    assertTrue(lines.get(1).matches("-+( +-+)+"), table);
    int statusColumn = lines.get(0).indexOf("status");
    assertEquals("CARRIED_OUT", lines.get(2).substring(statusColumn, statusColumn + 11));
    assertEquals("CARRIED_OUT", lines.get(3).substring(statusColumn, statusColumn + 11));
    assertEquals("2 personnel actions", lines.get(4));
    assertEquals("(no directives)", ICE.directives().withId("nope").toString());
    assertTrue(
        ICE.claims().toString().lines().allMatch(l -> l.length() <= 200),
        "long cells are cut to keep rows readable");
  }

  @Test
  void eachKindPrintsItsOwnColumnsAndNoun() {
    assertEquals(
        """
        id                             body                       lever      date        outcome              summary
        -----------------------------  -------------------------  ---------  ----------  -------------------  ------------------------------------------------------------
        jul-2025-visit-notice-demand   house-oversight-democrats  DEMAND     2025-07-01  NO_OUTCOME_REPORTED  Demanded that DHS end a 7-day notice rule for members' visi…
        oct-2025-misconduct-dashboard  house-oversight-democrats  DASHBOARD  2025-10-20  COMPLETED            Announced a public dashboard of verified ICE misconduct inc…
        2 oversight actions""",
        ICE.oversightActions().byBody("house-oversight-democrats").toString());
    assertEquals(
        """
        id              kind  publisher                           date  title
        --------------  ----  ----------------------------------  ----  ------------------------------------
        egbert-v-boule  CASE  Supreme Court of the United States  2022  Egbert v. Boule, 596 U.S. 482 (2022)
        1 citation""",
        ICE.citations().withId("egbert-v-boule").toString());
    assertEquals(
        """
        id          liability  defendants     availability  name
        ----------  ---------  -------------  ------------  ------------------------------------------------------------
        ftca-claim  CIVIL      UNITED_STATES  OPEN          Federal Tort Claims Act claim against the United States for…
        1 legal route""",
        ICE.routes().withId("ftca-claim").toString());
    assertEquals(
        """
        id             kind   levers      actions  name
        -------------  -----  ----------  -------  -------------------------------------------
        ninth-circuit  COURT  INJUNCTION  1        U.S. Court of Appeals for the Ninth Circuit
        1 oversight body""",
        ICE.oversightBodies().withId("ninth-circuit").toString());
    assertEquals(
        """
        id                metric           scope        value                period
        ----------------  ---------------  -----------  -------------------  ---------
        arrests-jun-2025  arrests per day  agency-wide  an average of 1,224  June 2025
        1 observation""",
        ICE.observations().withId("arrests-jun-2025").toString());
    assertEquals(
        """
        id  status    for  against  both  statement
        --  --------  ---  -------  ----  ------------------------------------------------------------
        C9  REPORTED  2    0        0     Officials publicly call for a "culture of accountability" t…
        1 claim""",
        ICE.claims().withId("C9").toString());
  }

  @Test
  void aCellOfTheWidestWidthIsPrintedWhole() {
    String exact = "Patrol officers were told to write twenty tickets each shift";
    String longer = "Patrol officers were told to write twenty tickets every shift.";
    assertEquals(TextTable.MAX_WIDTH, exact.length());
    AccountabilityFramework f =
        FictionalFrameworks.exampleCityTicketQuotas().toBuilder()
            .addClaims(claim("C-exact", exact), claim("C-longer", longer))
            .build();
    List<String> rows = f.claims().toString().lines().toList();
    assertTrue(rows.get(2).endsWith("  " + exact), rows.get(2));
    assertTrue(
        rows.get(3).endsWith("  " + longer.substring(0, TextTable.MAX_WIDTH - 1) + "…"),
        rows.get(3));
  }

  @Test
  void filtersKeepExactlyWhatTheyName() {
    AccountabilityFramework nypd = CaseStudies.nypdQuotas();
    assertEquals(
        List.of(
            "ninth-circuit-los-angeles-stops-order",
            "aclu-los-angeles-stops-litigation",
            "castanon-nava-enforcement",
            "minnesota-injunction-denied"),
        ids(ICE.oversightActions().pursuing(LiabilityType.CIVIL)));
    assertEquals(
        List.of("81st-precinct-investigation", "matthews-suit", "birch-suit"),
        ids(nypd.oversightActions().against(Role.SUPERVISOR)));
    assertEquals(
        List.of(
            "2003-quota-ban-veto",
            "2010-quota-law",
            "2006-75th-precinct-arbitration",
            "press-recordings-and-memos"),
        ids(nypd.oversightActions().asOf(LocalDate.of(2010, 12, 31))),
        "the monitorship of 2013 and the suit of 2015 came later; undated actions are left out");
    assertEquals(List.of("C2", "C3"), ids(ICE.claims().about("signing-bonuses")));
    assertEquals(
        List.of("stinson-settlement-fund", "stinson-claimants-fund", "stinson-fees"),
        ids(nypd.observations().inScope("City of New York")));
    assertEquals(
        List.of("jan-2025-agency-target", "jan-2025-field-office-target"),
        ids(ICE.directives().asOf(LocalDate.of(2025, 3, 1))));
    assertEquals(
        List.of("jan-2025-field-office-target"),
        ids(
            ICE.directives()
                .inForceOn(LocalDate.of(2025, 3, 1))
                .inForceOn(LocalDate.of(2025, 7, 8))),
        "in force on both days: the agency-wide goal was raised in between");
  }

  @Test
  void eachVerdictHasAMeaningToQuote() {
    assertEquals(
        List.of(
            "a criminal or civil consequence or proceeding against individuals in the role is reported",
            "a criminal or civil route reaches them in law, but no use of it against them is documented",
            "no criminal or civil route counts; the only routes are administrative or political",
            "no route of any liability counts for them"),
        java.util.Arrays.stream(Verdict.values()).map(Verdict::meaning).toList());
  }

  private static Claim claim(String id, String statement) {
    return Claim.builder()
        .id(id)
        .statement(statement)
        .status(Claim.EvidenceStatus.REPORTED)
        .addSources(Claim.Source.supports("gazette-quota"))
        .addConducts(Conduct.MISSED_QUOTA)
        .build();
  }
}
