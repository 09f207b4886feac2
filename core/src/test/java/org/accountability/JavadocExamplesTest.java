package org.accountability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.accountability.testing.Ids.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Assessment;
import org.accountability.framework.DirectiveQuery;
import org.accountability.framework.Evidence;
import org.accountability.framework.PathwayStatus;
import org.accountability.framework.TargetAttainment;
import org.accountability.framework.Timeline;
import org.accountability.framework.Verdict;
import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.Entity;
import org.accountability.model.EntityKind;
import org.accountability.model.Fact;
import org.accountability.model.Inference;
import org.accountability.model.LegalReference;
import org.accountability.model.LegalRoute;
import org.accountability.model.Lever;
import org.accountability.model.LiabilityType;
import org.accountability.model.NumericalTarget;
import org.accountability.model.Observation;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Problem;
import org.accountability.model.Remedy;
import org.accountability.model.Role;
import org.accountability.model.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Every code example ({@code <pre>} block) in the main sources' Javadoc, run as written. Each
 * method is named after the class and member the example documents; a result an example states in a
 * comment is asserted, and an example that only prints is checked for what a reader relies on in
 * the output. Variables an example leaves undefined are filled in: {@code ice} (and {@code
 * framework} where the example uses the case study's ids) is the bundled ICE case study; entities
 * an example needs but does not build are fictional.
 */
class JavadocExamplesTest {

  // ------------------------------------------------------------------ casestudy

  @Test
  void caseStudiesClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    assertEquals(
        Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY,
        ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA).verdict());
  }

  @Test
  void caseStudiesIceDeportationQuotas() {
    String printed;
    try (Captured out = Captured.stdout()) {
      AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
      System.out.println(ice);
      System.out.println(ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).explain());
      printed = out.text();
    }
    List<String> lines = printed.lines().toList();
    assertTrue(
        lines.get(0).startsWith("AccountabilityFramework[ICE arrest and deportation quotas"),
        "first the one-line summary: " + lines.get(0));
    assertEquals(
        "# Can a line agent be held accountable for missed quota?",
        lines.get(1),
        "then the answer");
    assertTrue(printed.contains("**Verdict: ADMINISTRATIVE_OR_POLITICAL_ONLY.**"), "the verdict");
    assertTrue(lines.contains("## References"), "the answer is cited");
  }

  @Test
  void casestudyPackageExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    assertEquals("ICE arrest and deportation quotas, 2025-2026", ice.title());
    assertSame(ice, CaseStudies.iceDeportationQuotas(), "the case study is built once");
  }

  // ------------------------------------------------------------------ framework

  @Test
  void accountabilityFrameworkClassExample() {
    String printed;
    try (Captured out = Captured.stdout()) {
      AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
      System.out.println(ice); // one-line summary
      System.out.println(ice.directives().inForceOn(LocalDate.of(2025, 6, 1))); // a table
      Assessment answer = ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA);
      System.out.println(answer.explain()); // cited Markdown
      printed = out.text();
    }
    List<String> lines = printed.lines().toList();
    assertTrue(lines.get(0).startsWith("AccountabilityFramework["), "one-line summary");
    assertTrue(lines.get(0).endsWith(" citations]"), "one-line summary: " + lines.get(0));
    assertTableHeader(lines.get(1), "id", "kind", "effective", "target", "issuer", "summary");
    assertTrue(lines.get(2).matches("-+( +-+)+"), "a rule under the header: " + lines.get(2));
    int answer =
        lines.indexOf("# Can a field office manager be held accountable for missed quota?");
    assertTrue(answer > 3, "the Markdown answer follows the table");
    assertEquals("2 directives", lines.get(answer - 1), "the table ends with its count");
    assertTrue(lines.subList(answer, lines.size()).contains("## References"), "cited Markdown");
  }

  @Test
  void accountabilityFrameworkBuilder() {
    Citation source = fictionalSource();
    LegalRoute route = fictionalRoute();
    AccountabilityFramework f =
        AccountabilityFramework.builder()
            .title("Ticket quotas in Example City")
            .agency("Example City Police Department")
            .addCitations(source)
            .addRoutes(route)
            .build();
    assertEquals("Ticket quotas in Example City", f.title());
    assertEquals(List.of(source), f.citations().list());
    assertEquals(List.of(route), f.routes().list());
  }

  @Test
  void accountabilityFrameworkToBuilder() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    AccountabilityFramework without242 = ice.toBuilder().remove("section-242-prosecution").build();
    assertEquals(ice.routes().count() - 1, without242.routes().count());
    assertTrue(ice.entity("section-242-prosecution").isPresent());
    assertTrue(without242.entity("section-242-prosecution").isEmpty());
    assertEquals(
        PathwayStatus.NONE,
        without242
            .assess(Role.LINE_AGENT, Conduct.EXCESSIVE_FORCE)
            .pathway(LiabilityType.CRIMINAL)
            .status(),
        "without § 242 no criminal route reaches line agents");
  }

  @Test
  void accountabilityFrameworkEvidence() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    List<Evidence.ContestedClaim> contested = ice.evidence().contestedClaims();
    List<Fact> singleSource = ice.evidence().singleSourceFacts();
    assertFalse(contested.isEmpty());
    for (Evidence.ContestedClaim c : contested) {
      assertTrue(
          c.claim().status() == Claim.EvidenceStatus.CONTESTED || !c.contradicting().isEmpty(),
          c.toString());
    }
    assertFalse(singleSource.isEmpty());
    for (Fact f : singleSource) {
      assertEquals(1, f.citations().stream().distinct().count(), f.id());
    }
  }

  @Test
  void accountabilityFrameworkAttainment() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    String printed;
    try (Captured out = Captured.stdout()) {
      ice.attainment().forEach(System.out::println);
      printed = out.text();
    }
    assertEquals(
        ice.directives().ofKind(Directive.Kind.NUMERICAL_TARGET).count(), ice.attainment().size());
    for (TargetAttainment t : ice.attainment()) {
      String id = t.directive().id();
      assertTrue(printed.contains(id + ": " + t.target()), "prints " + id);
    }
  }

  @Test
  void accountabilityFrameworkAssess() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    Assessment a = ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA);
    assertEquals(Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY, a.verdict());
    assertEquals(PathwayStatus.CONDITIONAL, a.pathway(LiabilityType.ADMINISTRATIVE).status());
  }

  @Test
  void accountabilityFrameworkAssessAsOf() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    Assessment a =
        ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA, LocalDate.of(2025, 3, 1));
    assertEquals(Optional.of(LocalDate.of(2025, 3, 1)), a.asOf());
    assertEquals(
        PathwayStatus.CONDITIONAL,
        a.pathway(LiabilityType.ADMINISTRATIVE).status(),
        "neither the October 2025 reassignments nor the directors' SES membership is on record yet");
    assertEquals(
        PathwayStatus.DOCUMENTED,
        ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA)
            .pathway(LiabilityType.ADMINISTRATIVE)
            .status(),
        "they are on everything the framework holds");
  }

  @Test
  void accountabilityFrameworkBuilderClassExample() {
    Citation source = fictionalSource();
    AccountabilityFramework f =
        AccountabilityFramework.builder()
            .title("Ticket quotas in Example City")
            .agency("Example City Police Department")
            .addCitations(source)
            .build();
    assertEquals("Example City Police Department", f.agency());
    assertEquals(Optional.of(source), f.citation("example-2030-01-05"));
    assertEquals(1, f.citations().count());
  }

  @Test
  void assessmentClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    String printed;
    Assessment a;
    try (Captured out = Captured.stdout()) {
      a = ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA);
      assertEquals(Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY, a.verdict());
      assertEquals(PathwayStatus.DOCUMENTED, a.pathway(LiabilityType.ADMINISTRATIVE).status());
      Assessment.Trace why = a.pathway(LiabilityType.ADMINISTRATIVE).trace(); // why
      assertFalse(why.reason().isBlank());
      assertFalse(why.evidence().isEmpty(), "a documented status names its evidence");
      System.out.println(a.explain()); // Markdown with numbered references
      printed = out.text();
    }
    List<String> lines = printed.lines().toList();
    int references = lines.indexOf("## References");
    assertTrue(references > 0, "Markdown with a reference list");
    assertTrue(lines.get(references + 2).startsWith("1. "), "numbered references");
    assertTrue(printed.contains("[1]"), "numbered references cited in the text");
  }

  @Test
  void citationQueryClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    List<Citation> statutes = ice.citations().ofKind(Citation.Kind.STATUTE).list();
    long washingtonPost = ice.citations().publishedBy("Washington Post").count();
    assertFalse(statutes.isEmpty());
    assertTrue(statutes.stream().allMatch(c -> c.kind() == Citation.Kind.STATUTE));
    assertTrue(statutes.stream().anyMatch(c -> c.id().equals("usc-18-242")));
    assertTrue(washingtonPost >= 1, "the Washington Post broke the quota story");
    assertTrue(ice.citation("wapo-2025-01-26").isPresent());
  }

  @Test
  void claimQueryClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    List<Claim> contested = ice.claims().withStatus(Claim.EvidenceStatus.CONTESTED).list();
    Optional<Claim> deniedByJustice = ice.claims().contradictedBy("tnr-2025-08-04").first();
    assertEquals(List.of("C1", "C5"), ids(contested));
    assertEquals(Optional.of("C1"), deniedByJustice.map(Claim::id));
  }

  @Test
  void directiveQueryClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    DirectiveQuery targetsInForce =
        ice.directives()
            .ofKind(Directive.Kind.NUMERICAL_TARGET)
            .inForceOn(LocalDate.of(2025, 6, 1));
    List<Directive> miller = ice.directives().issuedBy("Stephen Miller").list();
    assertEquals(
        List.of("jan-2025-field-office-target", "may-2025-agency-target"),
        ids(targetsInForce.list()));
    assertEquals(List.of("may-2025-agency-target"), ids(miller));
  }

  @Test
  void entityQueryClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    List<PersonnelAction> carriedOut =
        ice.personnelActions()
            .against(Role.SENIOR_OFFICIAL)
            .withStatus(PersonnelAction.Status.CARRIED_OUT)
            .list();
    assertEquals(
        List.of("feb-2025-ero-reassignments", "feb-2025-acting-director-reassignment"),
        ids(carriedOut));
  }

  @Test
  void evidenceClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    Evidence evidence = ice.evidence();
    List<Fact> backed = evidence.supportedBy("wapo-2025-01-26"); // facts and claims it backs
    // the claims and directives it denies
    List<Fact> denied = evidence.contradictedBy("tnr-2025-08-04");
    // each with its contradicting sources
    List<Evidence.ContestedClaim> contested = evidence.contestedClaims();
    List<Fact> singleSource = evidence.singleSourceFacts();

    assertTrue(backed.stream().anyMatch(Directive.class::isInstance), "facts it backs");
    assertTrue(backed.stream().anyMatch(Claim.class::isInstance), "claims it backs");
    assertTrue(ids(backed).contains("jan-2025-agency-target"));
    assertTrue(ids(backed).contains("C1"));
    assertTrue(denied.stream().anyMatch(Claim.class::isInstance), "claims it denies");
    assertTrue(denied.stream().anyMatch(Directive.class::isInstance), "directives it denies");
    assertTrue(
        ids(denied).containsAll(List.of("C1", "jan-2025-agency-target", "may-2025-agency-target")));
    assertFalse(contested.isEmpty());
    for (Evidence.ContestedClaim c : contested) {
      assertFalse(
          c.contradicting().isEmpty(), c.claim().id() + " comes with its contradicting sources");
    }
    assertFalse(singleSource.isEmpty());
  }

  @Test
  void factQueryClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    List<PersonnelAction> citingNyt = ice.personnelActions().citing("nyt-2025-08-06").list();
    assertEquals(List.of("aug-2025-removal-bonus-pilot", "signing-bonuses"), ids(citingNyt));
  }

  @Test
  void legalRouteQueryClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    List<LegalRoute> civilForForce =
        ice.routes().leadingTo(LiabilityType.CIVIL).covering(Conduct.EXCESSIVE_FORCE).list();
    long reachingLineAgents = ice.routes().reaching(Role.LINE_AGENT).count();
    assertEquals(List.of("bivens-damages-claim", "ftca-claim"), ids(civilForForce));
    assertEquals(4, reachingLineAgents);
  }

  @Test
  void observationQueryClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    List<Observation> arrests =
        ice.observations().ofMetric("arrests per day").inScope("agency-wide").list();
    assertEquals(
        List.of(
            "arrests-early-feb-2025",
            "arrests-jun-2025",
            "arrests-jul-2025",
            "arrests-late-sep-2025"),
        ids(arrests));
  }

  @Test
  void oversightActionQueryClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    List<OversightAction> aboutForce = ice.oversightActions().about(Conduct.EXCESSIVE_FORCE).list();
    Optional<OversightAction> ninthCircuit = ice.oversightActions().byBody("ninth-circuit").first();
    assertFalse(aboutForce.isEmpty());
    assertTrue(aboutForce.stream().allMatch(a -> a.conducts().contains(Conduct.EXCESSIVE_FORCE)));
    assertEquals(
        Optional.of("ninth-circuit-los-angeles-stops-order"),
        ninthCircuit.map(OversightAction::id));
  }

  @Test
  void oversightBodyQueryClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    List<OversightBody> courts = ice.oversightBodies().ofKind(OversightBody.Kind.COURT).list();
    long investigators = ice.oversightBodies().withLever(Lever.INVESTIGATION).count();
    assertTrue(ids(courts).contains("ninth-circuit"));
    assertTrue(courts.stream().allMatch(b -> b.kind() == OversightBody.Kind.COURT));
    assertTrue(investigators >= 1);
  }

  @Test
  void pathwayStatusClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    assertEquals(
        PathwayStatus.DOCUMENTED,
        ice.assess(Role.SENIOR_OFFICIAL, Conduct.MISSED_QUOTA)
            .pathway(LiabilityType.ADMINISTRATIVE)
            .status());
    assertEquals(
        PathwayStatus.CONDITIONAL,
        ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA)
            .pathway(LiabilityType.ADMINISTRATIVE)
            .status());
  }

  @Test
  void accountabilityFrameworkIsUnlawful() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    assertFalse(ice.isUnlawful(Conduct.MISSED_QUOTA));
    assertTrue(ice.isUnlawful(Conduct.EXCESSIVE_FORCE));
  }

  @Test
  void timelineClassExampleAndAccountabilityFrameworkTimeline() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    String printed;
    try (Captured out = Captured.stdout()) {
      Timeline t = ice.timeline(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA);
      assertEquals(LocalDate.of(2025, 7, 13), t.changes().get(0).day());
      System.out.println(t); // a table
      printed = out.text();
    }
    assertTrue(
        printed.startsWith("FIELD_OFFICE_MANAGER x MISSED_QUOTA, at first (as of "), printed);
    assertTrue(printed.contains("2 changes"), printed);
  }

  @Test
  void assessmentExplainWithTimeline() {
    String printed;
    try (Captured out = Captured.stdout()) {
      System.out.println(
          CaseStudies.iceDeportationQuotas()
              .assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA)
              .explainWithTimeline());
      printed = out.text();
    }
    assertTrue(printed.contains("## How the answer changed"), printed);
  }

  @Test
  void inferenceClassExample() {
    Inference i =
        new Inference("conduct", "the source reports the pace of deportations; no target is named");
    assertEquals("conduct", i.attribute());
    ValidationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ValidationException.class, () -> new Inference(" ", "x"));
    assertTrue(e.getMessage().contains("attribute"), e.getMessage());
  }

  @Test
  void personnelActionQueryClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    List<PersonnelAction> managerSanctions =
        ice.personnelActions().against(Role.FIELD_OFFICE_MANAGER).decidedSanctions().list();
    long enforcingJanuary = ice.personnelActions().enforcing("jan-2025-agency-target").count();
    assertEquals(List.of("oct-2025-field-office-director-reassignments"), ids(managerSanctions));
    assertEquals(1, enforcingJanuary);
  }

  @Test
  void targetAttainmentClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    String printed;
    try (Captured out = Captured.stdout()) {
      for (TargetAttainment t : ice.attainment()) {
        System.out.println(t); // "id: target", then a table: period, observed, attainment, source
      }
      printed = out.text();
    }
    List<String> lines = printed.lines().toList();
    assertEquals("jan-2025-agency-target: 1,200-1,500 arrests per day, agency-wide", lines.get(0));
    assertTableHeader(lines.get(1), "period", "observed", "attainment", "source");
    assertTrue(printed.contains("may-2025-agency-target: 3,000 arrests per day, agency-wide"));
  }

  @Test
  void verdictClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    assertEquals(
        Verdict.CRIMINAL_OR_CIVIL_IN_LAW_ONLY,
        ice.assess(Role.LINE_AGENT, Conduct.EXCESSIVE_FORCE).verdict());
    assertEquals(
        Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY,
        ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).verdict());
  }

  @Test
  void frameworkPackageExample() {
    String printed;
    try (Captured out = Captured.stdout()) {
      AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
      Assessment a = ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA);
      assertEquals(Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY, a.verdict());
      System.out.println(a.explain());
      System.out.println(ice.personnelActions().against(Role.SENIOR_OFFICIAL));
      printed = out.text();
    }
    List<String> lines = printed.lines().toList();
    assertEquals("# Can a line agent be held accountable for missed quota?", lines.get(0));
    int table = lines.indexOf("## References");
    assertTrue(table > 0, "the answer is cited");
    int header = -1;
    for (int i = table; i < lines.size(); i++) {
      if (lines.get(i).startsWith("id ")) {
        header = i;
        break;
      }
    }
    assertTrue(header > table, "a table of personnel actions follows the answer");
    assertTableHeader(lines.get(header), "id", "role", "nature", "status", "date", "summary");
    assertEquals("2 personnel actions", lines.get(lines.size() - 1));
  }

  // ---------------------------------------------------------------------- model

  @Test
  void actorClassExample() {
    Actor miller = Actor.named("White House deputy chief of staff", "Stephen Miller");
    Actor offices = Actor.of("ICE field offices").withRole(Role.FIELD_OFFICE_MANAGER);
    assertEquals("White House deputy chief of staff (Stephen Miller)", miller.toString());
    assertEquals(Optional.empty(), miller.role());
    assertTrue(miller.isNamed("stephen miller"));
    assertEquals(ImmutableList.of(), offices.names());
    assertEquals(Optional.of(Role.FIELD_OFFICE_MANAGER), offices.role());
  }

  @Test
  void citationClassExample() {
    Citation wapo =
        Citation.builder()
            .id("wapo-2025-01-26")
            .title("Trump officials issue quotas to ICE officers to ramp up arrests")
            .publisher("Washington Post")
            .date(PartialDate.parse("2025-01-26"))
            .url(
                "https://www.washingtonpost.com/immigration/2025/01/26/ice-arrests-raids-trump-quota/")
            .kind(Citation.Kind.NEWS_REPORT)
            .build();
    assertEquals("wapo-2025-01-26", wapo.id());
    assertFalse(wapo.isPrimary(), "a news report is secondary by default");
    assertFalse(wapo.isFictional());
    String line = wapo.referenceLine();
    assertTrue(line.startsWith("\"Trump officials issue quotas to ICE officers"), line);
    assertTrue(line.contains("Washington Post, 26 January 2025."), line);
    // The example of the Builder class: a changed copy.
    Citation undated = Citation.builder().from(wapo).date(Optional.empty()).build();
    assertEquals(Optional.empty(), undated.date());
    assertEquals(wapo.title(), undated.title());
    assertEquals(wapo.url(), undated.url());
  }

  @Test
  void claimClassExample() {
    Claim c1 =
        Claim.builder()
            .id("C1")
            .statement("Senior officials set numerical arrest targets ...")
            .status(Claim.EvidenceStatus.REPORTED)
            .addSources(Claim.Source.supports("wapo-2025-01-26"))
            .addSources(Claim.Source.contradicts("tnr-2025-08-04"))
            .build();
    assertEquals(List.of("wapo-2025-01-26", "tnr-2025-08-04"), c1.citations());
    assertEquals(List.of("wapo-2025-01-26"), c1.citations(Claim.Stance.SUPPORTS));
    assertEquals(List.of("tnr-2025-08-04"), c1.citations(Claim.Stance.CONTRADICTS));
    // The example of the Builder class: a changed copy.
    Claim supportedOnly =
        Claim.builder().from(c1).sources(List.of(Claim.Source.supports("wapo-2025-01-26"))).build();
    assertEquals(List.of(Claim.Source.supports("wapo-2025-01-26")), supportedOnly.sources());
    assertEquals(c1.statement(), supportedOnly.statement());
  }

  @Test
  void conductClassExample() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    assertEquals("missed quota", Conduct.MISSED_QUOTA.readableName());
    assertTrue(ice.isUnlawful(Conduct.EXCESSIVE_FORCE)); // true in the ICE case study
    assertFalse(ice.isUnlawful(Conduct.MISSED_QUOTA));
    Conduct summons =
        Conduct.of(
            "ISSUING_BASELESS_SUMMONS",
            "issuing a baseless summons",
            "issuing a summons without probable cause, to meet a number");
    assertEquals("ISSUING_BASELESS_SUMMONS", summons.id());
    assertFalse(summons.isStandard());
  }

  @Test
  void conductStandardAndValueOf() {
    assertEquals(Optional.of(Conduct.MISSED_QUOTA), Conduct.standard("MISSED_QUOTA"));
    assertSame(Conduct.MISSED_QUOTA, Conduct.valueOf("MISSED_QUOTA"));
  }

  @Test
  void roleOfStandardAndValueOf() {
    Role deputyChief =
        Role.of(
            "DEPUTY_CHIEF",
            "deputy chief",
            "a commander over several precincts, below the chief of department");
    assertEquals("deputy chief", deputyChief.readableName());
    assertEquals(Optional.of(Role.LINE_AGENT), Role.standard("LINE_AGENT"));
    assertSame(Role.LINE_AGENT, Role.valueOf("LINE_AGENT"));
  }

  @Test
  void defendantClassExample() {
    LegalRoute route = fictionalRoute();
    assertTrue(route.defendants().contains(Defendant.INDIVIDUAL));
    assertTrue(Defendant.MUNICIPALITY.isInstitution());
    assertEquals("the municipality", Defendant.MUNICIPALITY.readableName());
    assertEquals("the United States", Defendant.UNITED_STATES.readableName());
  }

  @Test
  void remedyClassExample() {
    LegalRoute grievance =
        CaseStudies.nypdQuotas().routes().list().stream()
            .filter(r -> r.id().equals("section-215a-grievance"))
            .findFirst()
            .orElseThrow();
    assertFalse(grievance.remedies().contains(Remedy.DAMAGES));
    assertEquals("back pay", Remedy.BACK_PAY.readableName());
  }

  @Test
  void caseStudiesNypdQuotas() {
    AccountabilityFramework nypd = CaseStudies.nypdQuotas();
    assertEquals(
        List.of("section-215a-grievance"),
        nypd.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).protections().stream()
            .map(LegalRoute::id)
            .toList());
    Conduct summonses = nypd.conduct("ISSUING_BASELESS_SUMMONS").orElseThrow();
    String md = nypd.assess(Role.FIELD_OFFICE_MANAGER, summonses).explain();
    assertTrue(
        md.startsWith(
            "# Can a field office manager be held accountable for issuing"
                + " baseless summonses?"),
        md);
  }

  @Test
  void accountabilityFrameworkVocabulary() {
    AccountabilityFramework nypd = CaseStudies.nypdQuotas();
    assertEquals(
        List.of(Role.LINE_AGENT, Role.SUPERVISOR, Role.FIELD_OFFICE_MANAGER, Role.SENIOR_OFFICIAL),
        nypd.roles());
    assertEquals(Optional.of(Role.SUPERVISOR), nypd.role("SUPERVISOR"));
    assertTrue(nypd.conduct("ISSUING_BASELESS_SUMMONS").isPresent());
    AccountabilityFramework.Builder builder =
        AccountabilityFramework.builder().title("t").agency("a");
    builder.addRoles(Role.of("DEPUTY_CHIEF", "deputy chief", "a commander over several precincts"));
    builder.addConducts(
        Conduct.of(
            "ISSUING_BASELESS_SUMMONS",
            "issuing a baseless summons",
            "issuing a summons without probable cause, to meet a number"));
    assertEquals(2, builder.build().roles().size() + builder.build().conducts().size());
  }

  @Test
  void comparisonClassExample() {
    org.accountability.framework.Comparison c =
        org.accountability.framework.Comparison.of(
            CaseStudies.iceDeportationQuotas(), CaseStudies.nypdQuotas());
    assertTrue(c.toString().contains("RESTRICTED / IN_LAW"), c.toString());
    assertTrue(c.explain().startsWith("# ICE and NYPD compared"));
    assertEquals(
        List.of(LiabilityType.CIVIL),
        c.row(Role.LINE_AGENT, Conduct.UNLAWFUL_SEIZURE).orElseThrow().differences().stream()
            .filter(t -> t == LiabilityType.CIVIL)
            .toList());
  }

  @Test
  void directiveClassExample() {
    Directive target =
        Directive.builder()
            .id("may-2025-agency-target")
            .kind(Directive.Kind.NUMERICAL_TARGET)
            .summary("At least 3,000 arrests a day")
            .issuer(Actor.named("White House deputy chief of staff", "Stephen Miller"))
            .addressee(Actor.of("ICE leadership").withRole(Role.SENIOR_OFFICIAL))
            .effective(PartialDate.parse("2025-05-21"))
            .target(NumericalTarget.of("arrests per day", "agency-wide", 3000))
            .supersedes(Directive.Supersession.raises("jan-2025-agency-target"))
            .addCitations("axios-2025-05-28", "tnr-2025-05-29")
            .build();
    assertEquals(Optional.of(3000.0), target.target().map(NumericalTarget::lowerBound));
    assertEquals(
        Optional.of(Directive.Supersession.raises("jan-2025-agency-target")), target.supersedes());
    assertTrue(target.isInForceOn(LocalDate.of(2025, 6, 1)));
    assertFalse(target.isContested());
    // The example of the Builder class: a changed copy.
    Directive ended = Directive.builder().from(target).ended(PartialDate.parse("2025-12")).build();
    assertEquals(Optional.of(PartialDate.parse("2025-12")), ended.ended());
    assertEquals(target.citations(), ended.citations(), "copied once, not twice");
  }

  @Test
  void entityClassExample() {
    AccountabilityFramework framework = CaseStudies.iceDeportationQuotas();
    assertEquals(Optional.of("usc-18-242"), framework.entity("usc-18-242").map(Entity::id));
  }

  @Test
  void entityKindClassExample() {
    AccountabilityFramework framework = CaseStudies.iceDeportationQuotas();
    Optional<EntityKind> kind = framework.entity("C1").map(Entity::entityKind);
    assertEquals(Optional.of(EntityKind.CLAIM), kind);
    assertEquals("Optional[CLAIM]", kind.toString());
  }

  @Test
  void accountabilityFrameworkEntities() {
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    java.util.Map<EntityKind, Long> counts =
        ice.entities().stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    Entity::entityKind, java.util.stream.Collectors.counting()));
    assertTrue(counts.get(EntityKind.OVERSIGHT_ACTION) == ice.oversightActions().count());
    assertEquals(ice.citations().count(), counts.get(EntityKind.CITATION));
    assertEquals(EnumSet.allOf(EntityKind.class), counts.keySet());
    for (Entity e : ice.entities()) {
      assertEquals(Optional.of(e), ice.entity(e.id()), "entity(id) finds every entity");
      assertTrue(e.entityKind().type().isInstance(e), e.id());
    }
    long distinct = ice.entities().stream().map(Entity::id).distinct().count();
    assertEquals(ice.entities().size(), distinct, "each entity once");
  }

  @Test
  void entityKindType() {
    AccountabilityFramework framework = CaseStudies.iceDeportationQuotas();
    Optional<Class<? extends Entity>> type = framework.entity("C1").map(e -> e.entityKind().type());
    assertEquals(Optional.of(Claim.class), type);
    assertEquals("Optional[class org.accountability.model.Claim]", type.toString());
  }

  @Test
  void factClassExample() {
    AccountabilityFramework framework = CaseStudies.iceDeportationQuotas();
    List<Citation> sources = framework.evidence().sourcesOf("feb-2025-ero-reassignments");
    assertEquals(List.of("guardian-2025-02-12", "reuters-2025-02-11", "ipt-quotas"), ids(sources));
  }

  @Test
  void legalReferenceClassExample() {
    assertEquals("18 U.S.C. § 242", LegalReference.statute("18", "U.S.C.", "242").toString());
    assertEquals("596 U.S. 482", LegalReference.reported("596", "U.S.", "482").toString());
  }

  @Test
  void legalRouteClassExample() {
    LegalRoute section242 =
        LegalRoute.builder()
            .id("criminal-civil-rights-prosecution")
            .name("Prosecution for deprivation of rights under color of law")
            .liability(LiabilityType.CRIMINAL)
            .addConducts(
                Conduct.RACIAL_PROFILING, Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(Role.LINE_AGENT, Role.FIELD_OFFICE_MANAGER, Role.SENIOR_OFFICIAL)
            .forum("Federal criminal court")
            .standardOfProof("beyond a reasonable doubt")
            .initiatedBy("the Justice Department")
            .addPreconditions(
                LegalRoute.Precondition.established(
                    "The officer acts under color of law", "usc-18-242"))
            .addHurdles(
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.DISCRETION,
                    "The Justice Department decides whether to prosecute",
                    "usc-18-242"))
            .addCitations("usc-18-242")
            .build();
    assertEquals(LegalRoute.Availability.OPEN, section242.availability());
    assertEquals(1, section242.preconditionsFor(Role.LINE_AGENT).size());
    assertEquals(1, section242.hurdlesFor(Role.SENIOR_OFFICIAL).size());
    assertTrue(section242.reachesIndividual(Role.LINE_AGENT, Conduct.EXCESSIVE_FORCE));
    assertFalse(section242.reachesIndividual(Role.LINE_AGENT, Conduct.MISSED_QUOTA));
    assertFalse(section242.reachesInstitution(Conduct.EXCESSIVE_FORCE));
    // The example of the Builder class: a changed copy.
    LegalRoute withSupervisors =
        LegalRoute.builder()
            .from(section242)
            .addRoles(Role.SUPERVISOR)
            .standardOfProof(Optional.empty())
            .build();
    assertEquals(
        List.of(Role.LINE_AGENT, Role.FIELD_OFFICE_MANAGER, Role.SENIOR_OFFICIAL, Role.SUPERVISOR),
        withSupervisors.roles());
    assertEquals(Optional.empty(), withSupervisors.standardOfProof());
  }

  @Test
  void leverClassExample() {
    OversightBody body = fictionalCouncil();
    assertTrue(body.levers().contains(Lever.INVESTIGATION));
  }

  @Test
  void liabilityTypeClassExample() {
    assertTrue(
        LiabilityType.CRIMINAL
            .description()
            .startsWith("prosecution and punishment by the state "));
    assertTrue(LiabilityType.CIVIL.isJudicial());
  }

  @Test
  void numericalTargetClassExample() {
    NumericalTarget perOffice = NumericalTarget.of("arrests per day", "per field office", 75);
    NumericalTarget agency = NumericalTarget.range("arrests per day", "agency-wide", 1200, 1500);
    assertEquals(1200.0, agency.lowerBound());
    assertEquals(75.0, perOffice.lowerBound());
    assertEquals(Optional.empty(), perOffice.high());
    assertEquals(Optional.of(1500.0), agency.high());
  }

  @Test
  void observationClassExample() {
    Observation july =
        Observation.builder()
            .id("arrests-2025-07")
            .metric("arrests per day")
            .scope("agency-wide")
            .value(990)
            .qualifier(Observation.Qualifier.AVERAGE)
            .period(PartialDate.parse("2025-07"))
            .addCitations("inquisitr-2025-08-05")
            .build();
    assertEquals("an average of 990", july.readableValue());
    assertEquals("July 2025", july.readablePeriod());
    assertTrue(NumericalTarget.of("arrests per day", "agency-wide", 3000).isComparableWith(july));
    // The example of the Builder class: a changed copy.
    Observation approximate =
        Observation.builder().from(july).qualifier(Observation.Qualifier.ABOUT).build();
    assertEquals(Observation.Qualifier.ABOUT, approximate.qualifier());
    assertEquals(990, approximate.value());
  }

  @Test
  void oversightActionClassExample() {
    OversightAction probe =
        OversightAction.builder()
            .id("oct-2025-detention-probe")
            .lever(Lever.INVESTIGATION)
            .summary("Letter to the DHS Secretary demanding records on detentions and use of force")
            .date(PartialDate.parse("~2025-10-20"))
            .liability(LiabilityType.POLITICAL)
            .addDefendants(Defendant.AGENCY)
            .addConducts(Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE)
            .addOutcomes(
                OversightAction.OutcomeStep.of(
                    OversightAction.Outcome.NO_OUTCOME_REPORTED,
                    PartialDate.parse("~2025-10-20"),
                    "blumenthal-2025-10"))
            .addCitations("blumenthal-2025-10")
            .build();
    assertFalse(probe.isAgainstIndividual(Role.SENIOR_OFFICIAL));
    assertEquals(OversightAction.Outcome.NO_OUTCOME_REPORTED, probe.outcome());
    assertTrue(probe.isAgainstInstitution());
    assertEquals(Optional.of(true), probe.date().map(PartialDate::isApproximate));
    // The example of the Builder class: a changed copy.
    OversightAction widened =
        OversightAction.builder().from(probe).addConducts(Conduct.RACIAL_PROFILING).build();
    assertEquals(
        List.of(Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE, Conduct.RACIAL_PROFILING),
        widened.conducts());
  }

  @Test
  void oversightBodyClassExample() {
    OversightAction upheldOrder =
        CaseStudies.iceDeportationQuotas()
            .oversightActions()
            .withId("ninth-circuit-los-angeles-stops-order")
            .first()
            .orElseThrow();
    OversightBody court =
        OversightBody.builder()
            .id("ninth-circuit")
            .name("U.S. Court of Appeals for the Ninth Circuit")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.INJUNCTION)
            .addActions(upheldOrder)
            .addCitations("ninth-cir-2025-08-01")
            .build();
    assertEquals(List.of(upheldOrder), court.actions());
    assertEquals(List.of(Lever.INJUNCTION), court.levers());
    // The example of the Builder class: a changed copy.
    OversightBody litigating =
        OversightBody.builder()
            .from(court)
            .levers(List.of(Lever.INJUNCTION, Lever.LITIGATION))
            .build();
    assertEquals(List.of(Lever.INJUNCTION, Lever.LITIGATION), litigating.levers());
    assertEquals(court.actions(), litigating.actions());
  }

  @Test
  void partialDateClassExample() {
    PartialDate october = PartialDate.parse("~2025-10");
    assertEquals(PartialDate.Precision.MONTH, october.precision());
    assertTrue(october.certainlyOnOrBefore(LocalDate.of(2025, 12, 1)));
    assertTrue(october.possiblyOnOrBefore(LocalDate.of(2025, 10, 15)));
    assertFalse(october.certainlyOnOrBefore(LocalDate.of(2025, 10, 15)));
  }

  @Test
  void personnelActionClassExample() {
    PersonnelAction action =
        PersonnelAction.builder()
            .id("feb-2025-ero-reassignments")
            .kind(PersonnelAction.Kind.REASSIGNMENT)
            .summary("The two top officials of Enforcement and Removal Operations reassigned")
            .subjectRole(Role.SENIOR_OFFICIAL)
            .addSubjectNames("Russell Hott", "Peter Berg")
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .date(PartialDate.parse("2025-02"))
            .conduct(Conduct.MISSED_QUOTA)
            .reason("slow arrests against the targets")
            .addCitations("guardian-2025-02-12", "reuters-2025-02-11", "ipt-quotas")
            .build();
    assertTrue(action.isDecidedSanction());
    assertEquals(List.of("Russell Hott", "Peter Berg"), action.subjectNames());
    // The example of the Builder class: a changed copy.
    PersonnelAction withdrawn =
        PersonnelAction.builder().from(action).status(PersonnelAction.Status.WITHDRAWN).build();
    assertEquals(PersonnelAction.Status.WITHDRAWN, withdrawn.status());
    assertEquals(action.subjectNames(), withdrawn.subjectNames());
  }

  @Test
  void problemClassExample() {
    String printed;
    Problem.Code firstCode = null;
    Optional<String> firstAttribute = Optional.empty();
    try (Captured out = Captured.stdout()) {
      try {
        Citation.builder().id("").build();
      } catch (ValidationException e) {
        for (Problem p : e.problems()) {
          System.out.println(p.code() + " " + p.where() + ": " + p.message());
        }
        firstCode = e.problems().get(0).code(); // INVALID_ID
        firstAttribute = e.problems().get(0).attribute(); // Optional[id]
      }
      printed = out.text();
    }
    assertEquals(Problem.Code.INVALID_ID, firstCode);
    assertEquals(Optional.of("id"), firstAttribute);
    List<String> lines = printed.lines().toList();
    assertTrue(lines.size() >= 3, "every problem is printed, not only the first: " + lines);
    assertTrue(
        lines.get(0).startsWith("INVALID_ID Citation id: '' is not a valid id"), lines.get(0));
    assertTrue(lines.contains("MISSING Citation publisher: is required but missing"), printed);
    assertTrue(lines.contains("MISSING Citation kind: is required but missing"), printed);
  }

  @Test
  void problemCodeEnumExample() {
    AccountabilityFramework.Builder builder =
        AccountabilityFramework.builder()
            .title("Ticket quotas in Example City")
            .agency("Example City Police Department")
            .addRoutes(fictionalRoute()); // its citation is missing
    List<String> missingSources = List.of();
    try {
      builder.build();
    } catch (ValidationException e) {
      missingSources =
          e.problems().stream()
              .filter(p -> p.code() == Problem.Code.DANGLING_REFERENCE)
              .flatMap(p -> p.reference().stream())
              .toList();
    }
    assertEquals(List.of("example-2030-01-05"), missingSources);
  }

  @Test
  void roleClassExample() {
    AccountabilityFramework framework = CaseStudies.iceDeportationQuotas();
    assertEquals(
        Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY,
        framework.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).verdict());
  }

  @Test
  void validationExceptionClassExample() {
    AccountabilityFramework.Builder builder =
        AccountabilityFramework.builder()
            .title("Ticket quotas in Example City")
            .agency("Example City Police Department")
            .addRoutes(fictionalRoute()); // its citation is missing
    AccountabilityFramework framework = null;
    String printed;
    try (Captured err = Captured.stderr()) {
      try {
        framework = builder.build();
      } catch (ValidationException e) {
        e.problems().forEach(System.err::println);
      }
      printed = err.text();
    }
    assertNull(framework, "nothing was built");
    assertTrue(
        printed
            .lines()
            .anyMatch(
                l ->
                    l.startsWith("LegalRoute 'example-city-discipline' citations")
                        && l.contains("example-2030-01-05")),
        printed);
    assertThrows(ValidationException.class, builder::build);
  }

  @Test
  void modelPackageExample() {
    Citation source =
        Citation.builder()
            .id("example-2030-01-05")
            .title("City sets ticket quota")
            .publisher("Example Gazette")
            .kind(Citation.Kind.NEWS_REPORT)
            .fictional(true)
            .build();
    assertTrue(source.isFictional());
    assertEquals(Optional.empty(), source.date());
    assertEquals(
        "\"City sets ticket quota\". Example Gazette. (fictional)", source.referenceLine());
  }

  // -------------------------------------------------------------------- helpers

  /** The model package's example source, with a fictional example.org URL. */
  private static Citation fictionalSource() {
    return Citation.builder()
        .id("example-2030-01-05")
        .title("City sets ticket quota")
        .publisher("Example Gazette")
        .date(PartialDate.parse("2030-01-05"))
        .url("https://example.org/2030/01/05/city-sets-ticket-quota")
        .kind(Citation.Kind.NEWS_REPORT)
        .fictional(true)
        .build();
  }

  /** A fictional route against individual patrol officers, citing {@link #fictionalSource()}. */
  private static LegalRoute fictionalRoute() {
    return LegalRoute.builder()
        .id("example-city-discipline")
        .name("Department discipline for missing the ticket quota")
        .liability(LiabilityType.ADMINISTRATIVE)
        .addConducts(Conduct.MISSED_QUOTA)
        .addDefendants(Defendant.INDIVIDUAL)
        .addRoles(Role.LINE_AGENT)
        .forum("the Example City Police Department")
        .initiatedBy("the police chief")
        .addCitations("example-2030-01-05")
        .build();
  }

  /** A fictional city council that can investigate, citing {@link #fictionalSource()}. */
  private static OversightBody fictionalCouncil() {
    return OversightBody.builder()
        .id("example-city-council")
        .name("Example City Council")
        .kind(OversightBody.Kind.LEGISLATURE)
        .addLevers(Lever.INVESTIGATION, Lever.DEMAND)
        .addCitations("example-2030-01-05")
        .build();
  }

  private static void assertTableHeader(String line, String... headers) {
    assertEquals(List.of(headers), List.of(line.trim().split(" +")), "table header: " + line);
  }

  /** Captures what a snippet prints to standard output or standard error. */
  private static final class Captured implements AutoCloseable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream original;
    private final boolean stderr;

    private Captured(boolean stderr) {
      this.stderr = stderr;
      this.original = stderr ? System.err : System.out;
      PrintStream capture = new PrintStream(bytes, true, UTF_8);
      if (stderr) {
        System.setErr(capture);
      } else {
        System.setOut(capture);
      }
    }

    static Captured stdout() {
      return new Captured(false);
    }

    static Captured stderr() {
      return new Captured(true);
    }

    String text() {
      return bytes.toString(UTF_8);
    }

    @Override
    public void close() {
      if (stderr) {
        System.setErr(original);
      } else {
        System.setOut(original);
      }
    }
  }
}
