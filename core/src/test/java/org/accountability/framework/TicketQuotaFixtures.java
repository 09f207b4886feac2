package org.accountability.framework;

import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.NumericalTarget;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;

/**
 * A small, entirely fictional framework for another agency: a city police department's ticket
 * quotas. Every source is marked fictional and lives on example.org.
 */
final class TicketQuotaFixtures {
  private TicketQuotaFixtures() {}

  static Citation fictionalSource(String id, String title) {
    return Citation.builder()
        .id(id)
        .title(title + " (fictional)")
        .publisher("Example Gazette")
        .date(PartialDate.parse("2030-03-02"))
        .url("https://example.org/" + id)
        .kind(Citation.Kind.NEWS_REPORT)
        .fictional(true)
        .build();
  }

  static AccountabilityFramework exampleCityTicketQuotas() {
    return AccountabilityFramework.builder()
        .title("Ticket quotas in Example City (fictional)")
        .agency("Example City Police Department")
        .addCitations(
            fictionalSource("gazette-quota", "Police told to write 20 tickets a shift"),
            fictionalSource("gazette-suspension", "Patrol officer suspended for missing quota"),
            Citation.builder()
                .id("example-code-9")
                .title("Example State Code § 9, Police discipline (fictional)")
                .publisher("Example State Code")
                .url("https://example.org/code/9")
                .kind(Citation.Kind.STATUTE)
                .fictional(true)
                .build(),
            Citation.builder()
                .id("example-code-12")
                .title("Example State Code § 12, Civil rights actions (fictional)")
                .publisher("Example State Code")
                .url("https://example.org/code/12")
                .kind(Citation.Kind.STATUTE)
                .fictional(true)
                .build(),
            fictionalSource("gazette-council", "Council may summon the chief over quotas"))
        .addDirectives(
            Directive.builder()
                .id("ticket-target")
                .kind(Directive.Kind.NUMERICAL_TARGET)
                .summary("Patrol officers are to write 20 tickets a shift")
                .issuer(Actor.of("Police chief").withRole(Role.SENIOR_OFFICIAL))
                .addressee(Actor.of("Patrol officers").withRole(Role.LINE_AGENT))
                .effective(PartialDate.parse("2030-03"))
                .target(NumericalTarget.of("tickets per shift", "per officer", 20))
                .addConducts(Conduct.MISSED_QUOTA)
                .addCitations("gazette-quota")
                .build())
        .addPersonnelActions(
            PersonnelAction.builder()
                .id("officer-suspension")
                .kind(PersonnelAction.Kind.SUSPENSION)
                .summary("A patrol officer was suspended for missing the ticket quota")
                .subjectRole(Role.LINE_AGENT)
                .date(PartialDate.parse("2030-05"))
                .nature(PersonnelAction.Nature.SANCTION)
                .status(PersonnelAction.Status.CARRIED_OUT)
                .conduct(Conduct.MISSED_QUOTA)
                .reason("missing the ticket quota")
                .addEnforces("ticket-target")
                .addCitations("gazette-suspension")
                .build())
        .addUnlawfulConducts(
            Conduct.RACIAL_PROFILING, Conduct.UNLAWFUL_SEIZURE, Conduct.EXCESSIVE_FORCE)
        .addRoutes(
            LegalRoute.builder()
                .id("department-discipline")
                .name("Department discipline")
                .liability(LiabilityType.ADMINISTRATIVE)
                .addConducts(Conduct.MISSED_QUOTA, Conduct.EXCESSIVE_FORCE)
                .addDefendants(Defendant.INDIVIDUAL)
                .addRoles(Role.LINE_AGENT)
                .forum("the police department")
                .initiatedBy("the chief")
                .addCitations("example-code-9")
                .build(),
            LegalRoute.builder()
                .id("state-civil-rights-suit")
                .name("State civil rights suit against the officer")
                .liability(LiabilityType.CIVIL)
                .addConducts(Conduct.EXCESSIVE_FORCE)
                .addDefendants(Defendant.INDIVIDUAL)
                .addRoles(Role.LINE_AGENT)
                .forum("state court")
                .initiatedBy("the injured person")
                .addCitations("example-code-12")
                .build(),
            LegalRoute.builder()
                .id("council-oversight")
                .name("City council oversight of the chief")
                .liability(LiabilityType.POLITICAL)
                .addConducts(Conduct.MISSED_QUOTA)
                .addDefendants(Defendant.INDIVIDUAL)
                .addRoles(Role.SENIOR_OFFICIAL)
                .forum("the city council")
                .initiatedBy("council members")
                .addCitations("gazette-council")
                .build())
        .build();
  }
}
