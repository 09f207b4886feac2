package org.accountability.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Assessment;
import org.accountability.json.AccountabilityJson;
import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
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
import org.accountability.model.Role;
import org.accountability.model.ValidationException;

/**
 * Builds a small framework for a different, entirely fictional agency: the Example City Police
 * Department and its ticket quota. Every source is marked {@code fictional(true)} and lives on
 * example.org. The framework is built with the model's builders (which validate it), assessed,
 * saved with {@link AccountabilityJson#write(AccountabilityFramework, Path)}, read back and checked
 * equal to the original. Then a deliberately broken builder shows a {@link ValidationException}
 * listing every problem at once.
 *
 * <p>Run it from the repository root:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Pbuild
 * }</pre>
 *
 * <p>The document goes to {@code examples/target/example-city-ticket-quotas.json}, or to the path
 * given with {@code -Dexec.args=city.json}.
 */
public final class BuildYourOwn {
  /** The document's file name in the output directory. */
  public static final String DEFAULT_FILE = "example-city-ticket-quotas.json";

  private static final String TICKETS = "tickets per shift";
  private static final String PER_OFFICER = "per officer";

  private BuildYourOwn() {}

  private static Citation gazette(String id, String title, String date) {
    return Citation.builder()
        .id(id)
        .title(title)
        .publisher("Example City Gazette")
        .date(PartialDate.parse(date))
        .url("https://example.org/gazette/" + id)
        .kind(Citation.Kind.NEWS_REPORT)
        .fictional(true)
        .build();
  }

  private static Citation code(String id, String title) {
    return Citation.builder()
        .id(id)
        .title(title)
        .publisher("Example State Code")
        .url("https://example.org/code/" + id)
        .kind(Citation.Kind.STATUTE)
        .fictional(true)
        .build();
  }

  /**
   * The fictional framework: a ticket quota, a suspension for missing it, a city council hearing,
   * three legal routes (department discipline, a state civil-rights suit, council oversight of the
   * chief), one contested claim and one observation.
   *
   * @return the validated framework
   */
  public static AccountabilityFramework exampleCity() {
    return AccountabilityFramework.builder()
        .title("Ticket quotas in Example City (fictional)")
        .agency("Example City Police Department")
        .question(
            "Can Example City patrol officers be held accountable for missing the ticket quota?")
        .addCitations(
            gazette(
                "gazette-quota", "Patrol officers told to write 20 tickets a shift", "2030-03-02"),
            gazette("gazette-denial", "Chief: there is no quota, only expectations", "2030-03-04"),
            gazette(
                "gazette-suspension",
                "Officer suspended for missing the ticket quota",
                "2030-05-12"),
            gazette(
                "gazette-hearing", "Council summons the chief over ticket quotas", "2030-06-01"),
            gazette("gazette-figures", "Officers average 14 tickets a shift", "2030-07-01"),
            code("code-9", "Example State Code § 9: Police discipline"),
            code("code-12", "Example State Code § 12: Civil rights actions"),
            code("charter-4", "Example City Charter § 4: Council oversight"))
        .addDirectives(
            Directive.builder()
                .id("ticket-quota")
                .kind(Directive.Kind.NUMERICAL_TARGET)
                .summary("Patrol officers are to write at least 20 tickets a shift")
                .issuer(Actor.named("Police chief", "Pat Example").withRole(Role.SENIOR_OFFICIAL))
                .addressee(Actor.of("Patrol officers").withRole(Role.LINE_AGENT))
                .effective(PartialDate.parse("2030-03"))
                .target(NumericalTarget.of(TICKETS, PER_OFFICER, 20))
                .addConducts(Conduct.MISSED_QUOTA)
                .announcedAccountability("officers who fall short face discipline")
                .addDenials(
                    new Directive.Denial(
                        "The chief said there is no quota, only expectations", "gazette-denial"))
                .addCitations("gazette-quota")
                .build())
        .addPersonnelActions(
            PersonnelAction.builder()
                .id("officer-suspension")
                .kind(PersonnelAction.Kind.SUSPENSION)
                .summary(
                    "A patrol officer was suspended for five days for missing the ticket quota")
                .subjectRole(Role.LINE_AGENT)
                .date(PartialDate.parse("2030-05-10"))
                .nature(PersonnelAction.Nature.SANCTION)
                .status(PersonnelAction.Status.CARRIED_OUT)
                .conduct(Conduct.MISSED_QUOTA)
                .reason("writing 12 tickets a shift against a quota of 20")
                .addEnforces("ticket-quota")
                .addCitations("gazette-suspension")
                .build())
        .addOversightBodies(
            OversightBody.builder()
                .id("city-council")
                .name("Example City Council")
                .kind(OversightBody.Kind.STATE_OR_LOCAL_GOVERNMENT)
                .addLevers(Lever.INVESTIGATION)
                .addActions(
                    OversightAction.builder()
                        .id("quota-hearing")
                        .lever(Lever.INVESTIGATION)
                        .summary("Summoned the chief to a hearing on the ticket quota")
                        .date(PartialDate.parse("2030-06"))
                        .liability(LiabilityType.POLITICAL)
                        .addDefendants(Defendant.INDIVIDUAL)
                        .addRoles(Role.SENIOR_OFFICIAL)
                        .addConducts(Conduct.MISSED_QUOTA)
                        .route("council-oversight")
                        .addOutcomes(
                            OversightAction.OutcomeStep.of(
                                OversightAction.Outcome.PENDING,
                                PartialDate.parse("2030-06"),
                                "gazette-hearing"))
                        .addCitations("gazette-hearing")
                        .build())
                .addCitations("charter-4")
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
                .addCitations("code-9")
                .build(),
            LegalRoute.builder()
                .id("state-civil-rights-suit")
                .name("State civil-rights suit against the officer")
                .liability(LiabilityType.CIVIL)
                .addConducts(Conduct.EXCESSIVE_FORCE)
                .addDefendants(Defendant.INDIVIDUAL, Defendant.AGENCY)
                .addRoles(Role.LINE_AGENT)
                .forum("state court")
                .standardOfProof("preponderance of the evidence")
                .initiatedBy("the injured person")
                .addCitations("code-12")
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
                .addEnforcedBy("city-council")
                .addCitations("charter-4")
                .build())
        .addClaims(
            Claim.builder()
                .id("EC1")
                .statement(
                    "The department sets a ticket quota and disciplines officers who miss it.")
                .status(Claim.EvidenceStatus.CONTESTED)
                .addSources(
                    Claim.Source.supports("gazette-quota"),
                    Claim.Source.supports("gazette-suspension"))
                .addSources(Claim.Source.contradicts("gazette-denial"))
                .addAbout("ticket-quota", "officer-suspension")
                .addConducts(Conduct.MISSED_QUOTA)
                .build())
        .addObservations(
            Observation.builder()
                .id("tickets-2030-06")
                .metric(TICKETS)
                .scope(PER_OFFICER)
                .value(14)
                .qualifier(Observation.Qualifier.AVERAGE)
                .period(PartialDate.parse("2030-06"))
                .addCitations("gazette-figures")
                .build())
        .build();
  }

  /**
   * A framework builder with several deliberate mistakes: no agency, two citations sharing an id, a
   * directive citing a source that is not there, a personnel action enforcing a directive that is
   * not there, and a personnel action citing nothing.
   *
   * @return the exception its {@code build()} throws, listing every problem
   * @throws IllegalStateException if the broken builder builds after all
   */
  public static ValidationException brokenFramework() {
    Citation source =
        gazette("gazette-quota", "Patrol officers told to write 20 tickets a shift", "2030-03-02");
    AccountabilityFramework.Builder broken =
        AccountabilityFramework.builder()
            .title("A broken framework")
            .addCitations(source, source)
            .addDirectives(
                Directive.builder()
                    .id("ticket-quota")
                    .kind(Directive.Kind.NUMERICAL_TARGET)
                    .summary("Patrol officers are to write at least 20 tickets a shift")
                    .issuer(Actor.of("Police chief"))
                    .addressee(Actor.of("Patrol officers").withRole(Role.LINE_AGENT))
                    .target(NumericalTarget.of(TICKETS, PER_OFFICER, 20))
                    .addConducts(Conduct.MISSED_QUOTA)
                    .addCitations("gazette-missing")
                    .build())
            .addPersonnelActions(
                PersonnelAction.builder()
                    .id("officer-suspension")
                    .kind(PersonnelAction.Kind.SUSPENSION)
                    .summary("A patrol officer was suspended")
                    .subjectRole(Role.LINE_AGENT)
                    .nature(PersonnelAction.Nature.SANCTION)
                    .status(PersonnelAction.Status.CARRIED_OUT)
                    .reason("missing the quota")
                    .addEnforces("no-such-directive")
                    .build());
    try {
      broken.build();
    } catch (ValidationException e) {
      return e;
    }
    throw new IllegalStateException("the broken framework was built");
  }

  /**
   * A citation builder with several mistakes at once: an invalid id, a blank publisher and a URL
   * that is not a URL.
   *
   * @return the exception its {@code build()} throws, listing every problem
   * @throws IllegalStateException if the broken citation builds after all
   */
  public static ValidationException brokenCitation() {
    try {
      Citation.builder()
          .id("not a valid id!")
          .publisher(" ")
          .url("example.org/no-scheme")
          .kind(Citation.Kind.NEWS_REPORT)
          .fictional(true)
          .build();
    } catch (ValidationException e) {
      return e;
    }
    throw new IllegalStateException("the broken citation was built");
  }

  /**
   * Saves the framework as a document and reads it back.
   *
   * @param framework the framework
   * @param file the file to create or replace
   * @return the framework read back
   * @throws IllegalStateException if what was read back is not equal to what was saved
   */
  public static AccountabilityFramework roundTrip(AccountabilityFramework framework, Path file) {
    AccountabilityJson json = AccountabilityJson.create();
    Outputs.createParent(file);
    json.write(framework, file);
    AccountabilityFramework back = json.read(file);
    if (!back.equals(framework)) {
      throw new IllegalStateException(
          "the framework read back from " + file + " differs from the one saved");
    }
    return back;
  }

  /**
   * Runs the example: builds, assesses, saves and reads back the fictional framework, then shows
   * the problems of the broken builders.
   *
   * @param args none, or the JSON file to write
   * @param out where to print
   * @return the file written
   */
  public static Path run(List<String> args, PrintStream out) {
    if (args.size() > 1) {
      throw new IllegalArgumentException("Usage: BuildYourOwn [file.json]");
    }
    AccountabilityFramework city = exampleCity();
    out.println("Built and validated: " + city);
    out.println();
    for (Role role : List.of(Role.LINE_AGENT, Role.SENIOR_OFFICIAL)) {
      for (Conduct conduct : List.of(Conduct.MISSED_QUOTA, Conduct.EXCESSIVE_FORCE)) {
        out.println(city.assess(role, conduct));
      }
    }
    out.println();
    out.println(city.attainment().get(0));
    out.println();
    Assessment answer = city.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA);
    out.print(answer.explain());
    out.println();

    Path file = Outputs.fileArgument(args, 0, DEFAULT_FILE);
    roundTrip(city, file);
    out.println(
        "Saved to " + file.toAbsolutePath().normalize() + " and read back: equal to the original.");
    out.println();

    ValidationException framework = brokenFramework();
    out.println(
        "A broken framework builder reports every problem at once ("
            + framework.problems().size()
            + " problems):");
    for (Problem p : framework.problems()) {
      out.println("  - " + p);
    }
    ValidationException citation = brokenCitation();
    out.println("A broken citation builder too (" + citation.problems().size() + " problems):");
    for (Problem p : citation.problems()) {
      out.println("  - " + p);
    }
    return file;
  }

  /**
   * Builds, assesses, saves and reads back the fictional framework.
   *
   * @param args none, or the JSON file to write
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(List.of(args), out);
    out.flush();
  }
}
