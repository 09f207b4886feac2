package org.accountability.casestudy;

import static org.accountability.casestudy.Parts.citation;
import static org.accountability.casestudy.Parts.claim;
import static org.accountability.casestudy.Parts.news;
import static org.accountability.casestudy.Parts.step;
import static org.accountability.model.Conduct.EXCESSIVE_FORCE;
import static org.accountability.model.Conduct.MISSED_QUOTA;
import static org.accountability.model.Conduct.RACIAL_PROFILING;
import static org.accountability.model.Conduct.UNLAWFUL_SEIZURE;
import static org.accountability.model.Role.FIELD_OFFICE_MANAGER;
import static org.accountability.model.Role.LINE_AGENT;
import static org.accountability.model.Role.SENIOR_OFFICIAL;

import java.util.List;
import java.util.function.Consumer;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Actor;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
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
import org.accountability.model.Role;

/**
 * The case studies that ship with the library.
 *
 * <pre>{@code
 * AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
 * ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA).verdict();   // ADMINISTRATIVE_OR_POLITICAL_ONLY
 * }</pre>
 */
public final class CaseStudies {
  private static final String ARRESTS = "arrests per day";
  private static final String AGENCY_WIDE = "agency-wide";
  private static final String PER_FIELD_OFFICE = "per field office";
  private static final String TRACKER = "Immigration Policy Tracking Project";
  private static final String USC = "United States Code";
  private static final String SCOTUS = "Supreme Court of the United States";

  private CaseStudies() {}

  /** Builds the ICE case study on first use, after every constant below is initialised. */
  private static final class Ice {
    static final AccountabilityFramework FRAMEWORK = buildIce();
  }

  /**
   * "Can ICE agents be held accountable for not meeting deportation quotas?": the arrest targets
   * set for U.S. Immigration and Customs Enforcement in 2025, the personnel actions that enforced
   * them, the courts, members of Congress, state and local governments and groups that pushed back,
   * the legal routes open against officers, the agency and the United States, the explainer's nine
   * claims with every source's stance, and the observed arrest rates. Every fact is cited; the
   * sources are public reporting and law only.
   *
   * <p>The framework is built once and shared: it is immutable.
   *
   * <pre>{@code
   * AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
   * System.out.println(ice);
   * System.out.println(ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).explain());
   * }</pre>
   *
   * @return the ICE case study
   */
  public static AccountabilityFramework iceDeportationQuotas() {
    return Ice.FRAMEWORK;
  }

  /** Builds the NYPD case study on first use. */
  private static final class Nypd {
    static final AccountabilityFramework FRAMEWORK = NypdQuotas.build();
  }

  /**
   * "Can NYPD officers or commanders be held accountable over arrest and summons quotas?": the
   * numbers set in precincts from 2008, New York's anti-quota law (N.Y. Labor Law § 215-a, widened
   * in 2010) and the grievance it gives the officer penalized for a missed quota, the officers who
   * exposed quotas and what came of their suits, the City's liability in Floyd and Stinson, the
   * department's denials, and the explainer's eight claims with every source's stance. It declares
   * two conducts of its own, {@code ISSUING_BASELESS_SUMMONS} and {@code REPORTING_QUOTA}, and
   * declares penalizing a missed quota unlawful, as New York law makes it.
   *
   * <pre>{@code
   * AccountabilityFramework nypd = CaseStudies.nypdQuotas();
   * nypd.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).protections();   // the § 215-a grievance
   * Conduct summonses = nypd.conduct("ISSUING_BASELESS_SUMMONS").orElseThrow();
   * System.out.println(nypd.assess(Role.FIELD_OFFICE_MANAGER, summonses).explain());
   * }</pre>
   *
   * @return the NYPD case study
   */
  public static AccountabilityFramework nypdQuotas() {
    return Nypd.FRAMEWORK;
  }

  private static AccountabilityFramework buildIce() {
    return AccountabilityFramework.builder()
        .title("ICE arrest and deportation quotas, 2025-2026")
        .agency("U.S. Immigration and Customs Enforcement (ICE)")
        .question("Can ICE agents be held accountable for not meeting deportation quotas?")
        .addCitations(sources())
        .addCitations(law())
        .addDirectives(directives())
        .addPersonnelActions(personnelActions())
        .addOversightBodies(oversightBodies())
        .addRoutes(routes())
        .addUnlawfulConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
        .addClaims(claims())
        .addObservations(observations())
        .build();
  }

  // ---------------------------------------------------------------- sources

  private static List<Citation> sources() {
    return List.of(
        news(
            "wapo-2025-01-26",
            "Washington Post",
            "2025-01-26",
            "https://www.washingtonpost.com/immigration/2025/01/26/ice-arrests-raids-trump-quota/",
            b -> b.title("Trump officials issue quotas to ICE officers to ramp up arrests")),
        news(
            "independent-2025-01-29",
            "The Independent",
            "2025-01-29",
            "https://www.the-independent.com/news/world/americas/us-politics/trump-ice-immigration-deportation-arrests-b2688623.html",
            b -> {}),
        analysis(
            "ipt-quotas",
            TRACKER,
            "https://immpolicytracking.org/policies/report-ice-directed-to-increase-arrests-to-meet-daily-quotas",
            b -> b.title("Report: ICE directed to increase arrests to meet daily quotas")),
        news(
            "guardian-2025-02-12",
            "The Guardian",
            "2025-02-12",
            null,
            b ->
                b.title(
                    "Two senior ICE officials reassigned over slow rate of deportations and arrests")),
        news("reuters-2025-02-11", "Reuters", "2025-02-11", null, b -> {}),
        news(
            "wapo-2025-02-15",
            "Washington Post",
            "2025-02-15",
            null,
            b -> b.title("ICE struggles to boost arrest numbers despite infusion of resources")),
        news(
            "gvwire-2025-02-21",
            "Associated Press",
            "2025-02-21",
            "https://gvwire.com/2025/02/21/ice-chief-reassigned-amid-frustrations-over-mass-deportation-effort",
            b ->
                b.title("ICE chief reassigned amid frustrations over mass deportation effort")
                    .host("GV Wire")),
        news(
            "axios-2025-05-28",
            "Axios",
            "2025-05-28",
            "https://www.axios.com/2025/05/28/immigration-ice-deportations-stephen-miller",
            b -> b.title("Stephen Miller, Noem tell ICE to supercharge immigrant arrests")),
        news(
            "tnr-2025-05-29",
            "The New Republic",
            "2025-05-29",
            "https://newrepublic.com/post/195848/stephen-miller-chilling-warning-daily-ice-arrest-goals",
            b -> b.title("Stephen Miller Issues Chilling Warning About Daily ICE Arrest Goals")),
        news(
            "nbc-2025-06-04",
            "NBC News",
            "2025-06-04",
            "https://www.nbcnewyork.com/news/national-international/a-sweeping-new-ice-operation-shows-how-trumps-focus-on-immigration-is-reshaping-federal-law-enforcement/6289883/",
            b ->
                b.title(
                        "A sweeping new ICE operation shows how Trump's focus on immigration is"
                            + " reshaping federal law enforcement")
                    .host("NBC New York")),
        news(
            "xinhua-2025-06-12",
            "Xinhua (summarising the New York Times)",
            "2025-06-12",
            "http://en.people.cn/n3/2025/0612/c90000-20326687.html",
            b -> b.host("People's Daily Online")),
        news(
            "npr-2025-07-14",
            "NPR",
            "2025-07-14",
            "https://www.wyomingpublicmedia.org/2025-07-14/more-immigration-judges-are-being-fired-amid-trumps-efforts-to-speed-up-deportations",
            b ->
                b.title(
                        "More immigration judges are being fired amid Trump's efforts to speed up"
                            + " deportations")
                    .host("Wyoming Public Media")),
        analysis(
            "ipt-judges",
            TRACKER,
            "https://immpolicytracking.org/policies/reported-justice-department-fired-20-immigration-judges",
            b -> b.title("Reported: Justice Department fired 20 immigration judges")),
        news(
            "nyt-2025-08-06",
            "New York Times",
            "2025-08-06",
            "https://www.wlrn.org/immigration/2025-08-06/ice-offers-then-quickly-withdraws-cash-bonuses-for-swiftly-deporting-immigrants",
            b ->
                b.title(
                        "ICE Offers, Then Quickly Withdraws, Cash Bonuses for Swiftly Deporting"
                            + " Immigrants")
                    .host("WLRN")),
        news(
            "inquisitr-2025-08-05",
            "Inquisitr (citing TRAC)",
            "2025-08-05",
            "https://www.inquisitr.com/ice-arrests-plummet-in-embarrassing-setback-for-stephen-miller",
            b -> {}),
        news(
            "tnr-2025-08-04",
            "The New Republic",
            "2025-08-04",
            "https://newrepublic.com/post/198768/department-of-justice-stephen-miller-immigration-plan",
            b -> {}),
        citation(
            "ninth-cir-2025-08-01",
            "U.S. Court of Appeals for the Ninth Circuit",
            "2025-08-01",
            "https://app.midpage.ai/case/vasquez-perdomo-v-noem-11113004",
            Citation.Kind.COURT_DOCUMENT,
            b -> b.title("Vasquez Perdomo v. Noem").host("Midpage")),
        citation(
            "aclu-2025-09-08",
            "ACLU of San Diego & Imperial Counties",
            "2025-09-08",
            "https://www.aclu-sdic.org/en/press-releases/us-supreme-court-grants-stay-la-raids-case",
            Citation.Kind.PRESS_RELEASE,
            b -> {}),
        news(
            "visaverge-castanon-nava",
            "VisaVerge",
            "~2025-10",
            "https://www.visaverge.com/news/chicago-judge-finds-ice-violated-consent-decree-on-warrantless-arrests",
            b -> b.title("Chicago judge finds ICE violated consent decree on warrantless arrests")),
        news(
            "ktvu-2025-10",
            "KTVU (summarising the New York Times, Fox News, CNN and NBC News)",
            "~2025-10",
            "https://www.ktvu.com/news/border-patrol-replace-some-ice-directors-over-deportation-pace-reports",
            b ->
                b.title(
                    "Border Patrol could replace some ICE directors over deportation pace:"
                        + " reports")),
        news(
            "ap-2025-10-28",
            "Associated Press",
            "2025-10-28",
            "https://theanswerdetroit.com/politics/trump-administration-shakes-up-ice-leadership-across-the-country-in-major-overha/69b599f8e7e7826f72b90068385a0047",
            b ->
                b.title(
                        "Trump administration shakes up ICE leadership across the country in"
                            + " major overhaul, AP sources say")
                    .host("The Answer Detroit")),
        citation(
            "jobset-2025-07-13",
            "U.S. Immigration and Customs Enforcement",
            "2025-07-13",
            "https://www.job-set.net/jobs/26563586",
            Citation.Kind.GOVERNMENT_DOCUMENT,
            b ->
                b.title("Field Office Director (Senior Executive Service vacancy announcement)")
                    .host("job-set.net")),
        news(
            "guardian-2025-10",
            "The Guardian",
            "~2025-10",
            "https://www.inkl.com/news/trump-administration-will-revamp-ice-leadership-in-quest-to-intensify-deportations",
            b ->
                b.title(
                        "Trump administration will revamp ICE leadership in quest to intensify"
                            + " deportations")
                    .host("inkl")),
        citation(
            "oversight-2025-07-01",
            "House Committee on Oversight, Democrats",
            "2025-07-01",
            "https://oversightdemocrats.house.gov/news/press-releases/ranking-member-garcia-and-committee-democrats-demand-department-homeland",
            Citation.Kind.PRESS_RELEASE,
            b -> {}),
        citation(
            "goldman-2025-08-08",
            "Office of Rep. Dan Goldman",
            "2025-08-08",
            "https://goldman.house.gov/media/press-releases/goldman-warren-padilla-kelly-and-correa-demand-investigations-ices-detention",
            Citation.Kind.PRESS_RELEASE,
            b ->
                b.title(
                    "Goldman, Warren, Padilla, Kelly and Correa demand investigations of ICE's"
                        + " detention")),
        citation(
            "blumenthal-2025-10",
            "Office of Sen. Richard Blumenthal",
            "~2025-10-20",
            "https://www.blumenthal.senate.gov/newsroom/press/release/blumenthal-and-robert-garcia-open-probe-into-cbp_ices-detention-of-us-citizens-federal-immigration-agents-disproportionate-use-of-force",
            Citation.Kind.PRESS_RELEASE,
            b ->
                b.title(
                    "Blumenthal and Robert Garcia open probe into CBP/ICE detention of US"
                        + " citizens")),
        news(
            "alr-2025-12-28",
            "American Law Reporter",
            "2025-12-28",
            "https://americanlawreporter.com/2025/12/28/house-oversight-democrats-launch-public-ice-misconduct-dashboard-to-track-alleged-abuses",
            b ->
                b.title(
                    "House Oversight Democrats launch public ICE misconduct dashboard to track"
                        + " alleged abuses")),
        news(
            "reuters-2025-02-01",
            "Reuters",
            "2025-02-01",
            "https://ca.news.yahoo.com/trump-administration-aims-lower-immigration-210918651.html",
            b -> b.host("Yahoo News")),
        analysis(
            "ipt-bond-memo",
            TRACKER,
            "https://immpolicytracking.org/policies/ice-issues-memo-eliminating-bond-hearings-for-undocumented-immigrants",
            b -> b.title("ICE issues memo eliminating bond hearings for undocumented immigrants")),
        news(
            "cbs-2026-01",
            "CBS News",
            "~2026-01",
            "https://www.cbsnews.com/sanfrancisco/news/ices-detainee-population-record-high-of-73000",
            b -> b.title("ICE's detainee population reaches new record high of 73,000")),
        news(
            "rawstory-2026-01-30",
            "Raw Story (citing the New York Times)",
            "2026-01-30",
            "https://www.rawstory.com/amp/ice-arrest-2675064376-2675064376",
            b -> {}),
        citation(
            "dailyjournal-2026-02-20",
            "Daily Journal",
            "2026-02-20",
            "https://dailyjournal.com/articles/389820-civil-liability-of-ice-and-border-patrol-agents-for-excessive-force",
            Citation.Kind.SECONDARY_ANALYSIS,
            b -> b.title("Civil liability of ICE and Border Patrol agents for excessive force")),
        citation(
            "hlr-egbert",
            "Harvard Law Review",
            "2022-11",
            "https://harvardlawreview.org/2022/11/egbert-v-boule/",
            Citation.Kind.SECONDARY_ANALYSIS,
            b -> b.title("Egbert v. Boule")),
        news(
            "spokesman-2026-03-10",
            "Star Tribune",
            "2026-03-10",
            "https://www.spokesman.com/stories/2026/mar/10/judge-says-ice-showed-unconstitutional-policies-du/",
            b ->
                b.title("Judge says ICE showed unconstitutional policies")
                    .host("Spokesman-Review")));
  }

  private static List<Citation> law() {
    return List.of(
        statute(
            "usc-18-242",
            "18 U.S.C. § 242, Deprivation of rights under color of law",
            "18",
            "242",
            "https://www.law.cornell.edu/uscode/text/18/242"),
        statute(
            "usc-28-1346",
            "28 U.S.C. § 1346, United States as defendant",
            "28",
            "1346",
            "https://www.law.cornell.edu/uscode/text/28/1346"),
        statute(
            "usc-28-2679",
            "28 U.S.C. § 2679, Exclusiveness of remedy (Westfall Act)",
            "28",
            "2679",
            "https://www.law.cornell.edu/uscode/text/28/2679"),
        statute(
            "usc-28-2680",
            "28 U.S.C. § 2680, Exceptions",
            "28",
            "2680",
            "https://www.law.cornell.edu/uscode/text/28/2680"),
        statute(
            "usc-5-4303",
            "5 U.S.C. § 4303, Actions based on unacceptable performance",
            "5",
            "4303",
            "https://www.law.cornell.edu/uscode/text/5/4303"),
        statute(
            "usc-5-7512",
            "5 U.S.C. § 7512, Actions covered (adverse actions)",
            "5",
            "7512",
            "https://www.law.cornell.edu/uscode/text/5/7512"),
        statute(
            "usc-5-3395",
            "5 U.S.C. § 3395, Reassignment and transfer within the Senior Executive Service",
            "5",
            "3395",
            "https://www.law.cornell.edu/uscode/text/5/3395"),
        statute(
            "usc-5-4301",
            "5 U.S.C. § 4301, Definitions (performance appraisal)",
            "5",
            "4301",
            "https://www.law.cornell.edu/uscode/text/5/4301"),
        statute(
            "usc-5-3592",
            "5 U.S.C. § 3592, Removal from the Senior Executive Service",
            "5",
            "3592",
            "https://www.law.cornell.edu/uscode/text/5/3592"),
        statute(
            "usc-5-7543",
            "5 U.S.C. § 7543, Cause and procedure (Senior Executive Service adverse actions)",
            "5",
            "7543",
            "https://www.law.cornell.edu/uscode/text/5/7543"),
        Citation.builder()
            .id("opm-ses-desk-guide-ch8")
            .title("SES Desk Guide, Ch. 8: Removals and Suspensions")
            .publisher("U.S. Office of Personnel Management")
            .url(
                "https://www.opm.gov/policy-data-oversight/senior-executive-service/ses-desk-guide/ch-8-removals-and-suspensions/")
            .kind(Citation.Kind.GOVERNMENT_DOCUMENT)
            .primary(false)
            .build(),
        Citation.builder()
            .id("egbert-v-boule")
            .title("Egbert v. Boule, 596 U.S. 482 (2022)")
            .publisher(SCOTUS)
            .date(PartialDate.parse("2022"))
            .kind(Citation.Kind.CASE)
            .legalReference(LegalReference.reported("596", "U.S.", "482"))
            .build(),
        Citation.builder()
            .id("fdic-v-meyer")
            .title("FDIC v. Meyer, 510 U.S. 471 (1994)")
            .publisher(SCOTUS)
            .date(PartialDate.parse("1994"))
            .kind(Citation.Kind.CASE)
            .legalReference(LegalReference.reported("510", "U.S.", "471"))
            .build());
  }

  private static Citation analysis(
      String id, String publisher, String url, Consumer<Citation.Builder> more) {
    Citation.Builder b =
        Citation.builder()
            .id(id)
            .publisher(publisher)
            .url(url)
            .kind(Citation.Kind.SECONDARY_ANALYSIS);
    more.accept(b);
    return b.build();
  }

  private static Citation statute(
      String id, String title, String code, String section, String url) {
    return Citation.builder()
        .id(id)
        .title(title)
        .publisher(USC)
        .url(url)
        .kind(Citation.Kind.STATUTE)
        .legalReference(LegalReference.statute(code, "U.S.C.", section))
        .build();
  }

  // ------------------------------------------------------------- directives

  private static final String JAN_AGENCY = "jan-2025-agency-target";
  private static final String JAN_OFFICE = "jan-2025-field-office-target";
  private static final String MAY_AGENCY = "may-2025-agency-target";
  private static final String DETENTION_PLAN = "feb-2025-detention-standards-plan";
  private static final String BOND_MEMO = "jul-2025-bond-hearing-memo";
  private static final String WARRANTLESS_MEMO = "jan-2026-warrantless-arrest-memo";

  private static final Directive.Denial WHITE_HOUSE_DENIAL =
      new Directive.Denial(
          "The White House press secretary called the Washington Post's quota story false",
          "independent-2025-01-29");
  private static final Directive.Denial JUSTICE_DEPARTMENT_DENIAL =
      new Directive.Denial(
          "In Vasquez Perdomo the Justice Department told the Ninth Circuit that ICE was not"
              + " directed to meet any numerical quota or target",
          "tnr-2025-08-04");

  private static List<Directive> directives() {
    Actor administration = Actor.of("Trump administration officials");
    return List.of(
        Directive.builder()
            .id(JAN_AGENCY)
            .kind(Directive.Kind.NUMERICAL_TARGET)
            .summary("ICE is to make 1,200 to 1,500 arrests a day across the agency")
            .issuer(administration)
            .addressee(Actor.of("ICE leadership").withRole(SENIOR_OFFICIAL))
            .effective(PartialDate.parse("2025-01"))
            .target(NumericalTarget.range(ARRESTS, AGENCY_WIDE, 1200, 1500))
            .addConducts(MISSED_QUOTA)
            .announcedAccountability("managers are to be held accountable for missing the goal")
            .addDenials(WHITE_HOUSE_DENIAL, JUSTICE_DEPARTMENT_DENIAL)
            .addCitations("wapo-2025-01-26", "ipt-quotas")
            .build(),
        Directive.builder()
            .id(JAN_OFFICE)
            .kind(Directive.Kind.NUMERICAL_TARGET)
            .summary("Each of ICE's 25 field offices is to make at least 75 arrests a day")
            .issuer(administration)
            .addressee(Actor.of("ICE field offices").withRole(FIELD_OFFICE_MANAGER))
            .effective(PartialDate.parse("2025-01"))
            .target(NumericalTarget.of(ARRESTS, PER_FIELD_OFFICE, 75))
            .addConducts(MISSED_QUOTA)
            .announcedAccountability("managers are to be held accountable for missing the goal")
            .addDenials(WHITE_HOUSE_DENIAL, JUSTICE_DEPARTMENT_DENIAL)
            .addCitations("wapo-2025-01-26", "independent-2025-01-29", "ipt-quotas")
            .build(),
        Directive.builder()
            .id(MAY_AGENCY)
            .kind(Directive.Kind.NUMERICAL_TARGET)
            .summary(
                "ICE is to make 3,000 arrests a day, as demanded at a meeting on 21 May 2025;"
                    + " Miller later called 3,000 a day a minimum")
            .issuer(
                Actor.named(
                    "White House deputy chief of staff and the DHS Secretary",
                    "Stephen Miller",
                    "Kristi Noem"))
            .addressee(Actor.of("ICE leadership").withRole(SENIOR_OFFICIAL))
            .effective(PartialDate.parse("2025-05-21"))
            .target(NumericalTarget.of(ARRESTS, AGENCY_WIDE, 3000))
            .addConducts(MISSED_QUOTA)
            .supersedes(Directive.Supersession.raises(JAN_AGENCY))
            .addDenials(JUSTICE_DEPARTMENT_DENIAL)
            .addCitations("axios-2025-05-28", "tnr-2025-05-29", "guardian-2025-10")
            .build(),
        Directive.builder()
            .id(DETENTION_PLAN)
            .kind(Directive.Kind.OPERATIONAL_GUIDANCE)
            .summary(
                "A plan to lower detention standards so that more jails can hold detainees,"
                    + " with fewer inspections")
            .issuer(Actor.of("Trump administration"))
            .addressee(Actor.of("ICE"))
            .addCitations("reuters-2025-02-01")
            .build(),
        Directive.builder()
            .id(BOND_MEMO)
            .kind(Directive.Kind.POLICY_MEMO)
            .summary("People who entered without admission are ineligible for bond hearings")
            .issuer(Actor.of("ICE"))
            .addressee(Actor.of("ICE personnel").withRole(LINE_AGENT))
            .effective(PartialDate.parse("2025-07-08"))
            .knownSince(PartialDate.parse("2025-07-15"))
            .addCitations("ipt-bond-memo")
            .build(),
        Directive.builder()
            .id(WARRANTLESS_MEMO)
            .kind(Directive.Kind.POLICY_MEMO)
            .summary("Warrantless arrests are broadened under a \"likely to escape\" reading")
            .issuer(Actor.of("ICE"))
            .addressee(Actor.of("ICE officers").withRole(LINE_AGENT))
            .effective(PartialDate.parse("2026-01-28"))
            .addCitations("rawstory-2026-01-30")
            .build());
  }

  // ------------------------------------------------------ personnel actions

  private static final String ERO_REASSIGNMENTS = "feb-2025-ero-reassignments";
  private static final String DIRECTOR_REASSIGNMENT = "feb-2025-acting-director-reassignment";
  private static final String BOTTOM_TEN_THREAT = "jun-2025-bottom-ten-percent-threat";
  private static final String FIELD_DIRECTORS = "oct-2025-field-office-director-reassignments";
  private static final String BONUS_PILOT = "aug-2025-removal-bonus-pilot";
  private static final String SIGNING_BONUSES = "signing-bonuses";
  private static final String JUDGE_FIRINGS = "immigration-judge-firings";

  private static List<PersonnelAction> personnelActions() {
    return List.of(
        PersonnelAction.builder()
            .id(ERO_REASSIGNMENTS)
            .kind(PersonnelAction.Kind.REASSIGNMENT)
            .summary(
                "The two top officials of ICE's Enforcement and Removal Operations were"
                    + " reassigned over slow arrests")
            .subjectRole(SENIOR_OFFICIAL)
            .subjectDescription("the two top officials of Enforcement and Removal Operations")
            .addSubjectNames("Russell Hott", "Peter Berg")
            .date(PartialDate.parse("2025-02"))
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .conduct(MISSED_QUOTA)
            .reason(
                "slow arrests against the targets; DHS said ICE \"needs a culture of"
                    + " accountability\"")
            .addEnforces(JAN_AGENCY)
            .addInferences(
                new Inference(
                    "enforces",
                    "the sources report reassignment over slow"
                        + " arrests against the targets; linking it to the January agency-wide target in"
                        + " particular is an inference"))
            .addCitations("guardian-2025-02-12", "reuters-2025-02-11", "ipt-quotas")
            .build(),
        PersonnelAction.builder()
            .id(DIRECTOR_REASSIGNMENT)
            .kind(PersonnelAction.Kind.REASSIGNMENT)
            .summary("The acting ICE director was reassigned over the pace of deportations")
            .subjectRole(SENIOR_OFFICIAL)
            .subjectDescription("the acting ICE director")
            .addSubjectNames("Caleb Vitello")
            .date(PartialDate.parse("2025-02-21"))
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .conduct(MISSED_QUOTA)
            .reason("the pace of deportations")
            .addInferences(
                new Inference(
                    "conduct",
                    "the source reports reassignment over the pace"
                        + " of deportations and names no target, so reading it as an answer to a missed"
                        + " quota is an inference"))
            .addCitations("gvwire-2025-02-21")
            .build(),
        PersonnelAction.builder()
            .id(BOTTOM_TEN_THREAT)
            .kind(PersonnelAction.Kind.REMOVAL)
            .summary(
                "Leaders of field offices ranking in the bottom 10% for arrests each month"
                    + " were threatened with firing")
            .subjectRole(FIELD_OFFICE_MANAGER)
            .subjectDescription("leaders of the field offices in the bottom 10% for arrests")
            .date(PartialDate.parse("2025-06"))
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.THREATENED)
            .conduct(MISSED_QUOTA)
            .reason("the monthly arrest ranking")
            .addEnforces(MAY_AGENCY)
            .addInferences(
                new Inference(
                    "enforces",
                    "the threat rests on a monthly arrest ranking;"
                        + " linking it to the 3,000-a-day target is an inference"))
            .addCitations("nbc-2025-06-04")
            .build(),
        PersonnelAction.builder()
            .id(FIELD_DIRECTORS)
            .kind(PersonnelAction.Kind.REASSIGNMENT)
            .summary(
                "12 ICE field office directors were reported as being reassigned, half of them"
                    + " to be replaced by current or retired CBP staff")
            .subjectRole(FIELD_OFFICE_MANAGER)
            .subjectDescription(
                "12 field office directors, career Senior Executive Service" + " members")
            .actor(Actor.of("DHS, which initiated the changes according to an unnamed official"))
            .date(PartialDate.parse("2025-10-28"))
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.REPORTED)
            .conduct(MISSED_QUOTA)
            .reason(
                "arrests and deportations below the administration's targets, as KTVU and the"
                    + " Guardian report it; AP reported that the reason was not immediately clear, and"
                    + " the White House had not confirmed the shake-up")
            .addEnforces(MAY_AGENCY)
            .addCitations("ap-2025-10-28", "ktvu-2025-10", "guardian-2025-10")
            .build(),
        PersonnelAction.builder()
            .id(BONUS_PILOT)
            .kind(PersonnelAction.Kind.BONUS)
            .summary(
                "A pilot paying officers $200 per removal within 7 days and $100 within 14"
                    + " days was offered and withdrawn within hours")
            .subjectRole(LINE_AGENT)
            .subjectDescription("ICE officers")
            .date(PartialDate.parse("2025-08"))
            .nature(PersonnelAction.Nature.INCENTIVE)
            .status(PersonnelAction.Status.WITHDRAWN)
            .reason("an incentive to speed removals, not a sanction")
            .addCitations("nyt-2025-08-06")
            .build(),
        PersonnelAction.builder()
            .id(SIGNING_BONUSES)
            .kind(PersonnelAction.Kind.HIRING_DRIVE)
            .summary("Recruits were offered signing bonuses of up to $50,000")
            .subjectRole(LINE_AGENT)
            .subjectDescription("recruits")
            .nature(PersonnelAction.Nature.INCENTIVE)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .reason("a hiring drive, not a sanction")
            .addCitations("nyt-2025-08-06")
            .build(),
        PersonnelAction.builder()
            .id(JUDGE_FIRINGS)
            .kind(PersonnelAction.Kind.REMOVAL)
            .summary(
                "The Justice Department fired immigration judges in rounds from February to"
                    + " September 2025: 15 more in July, and about 50 in the previous six months")
            .subjectRole(Role.ADJUDICATOR)
            .subjectDescription("immigration judges (Justice Department staff, not ICE)")
            .actor(Actor.of("the Justice Department"))
            .date(PartialDate.parse("2025-02-14"))
            .until(PartialDate.parse("2025-09"))
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .reason("speeding up deportations; no reasons given")
            .addInferences(
                new Inference(
                    "nature",
                    "the sources give no reasons for the firings, so"
                        + " calling them a penalty is an inference"))
            .addCitations("npr-2025-07-14", "ipt-judges")
            .build());
  }

  // -------------------------------------------------------- oversight bodies

  private static final String NINTH_CIRCUIT_ORDER = "ninth-circuit-los-angeles-stops-order";
  private static final String ACLU_LITIGATION = "aclu-los-angeles-stops-litigation";
  private static final String CASTANON_NAVA = "castanon-nava-enforcement";
  private static final String MINNESOTA_DENIAL = "minnesota-injunction-denied";
  private static final String NOTICE_DEMAND = "jul-2025-visit-notice-demand";
  private static final String DASHBOARD = "oct-2025-misconduct-dashboard";
  private static final String REFERRAL = "aug-2025-detention-referral";
  private static final String PROBE = "oct-2025-detention-and-force-probe";
  private static final String NON_COOPERATION = "sanctuary-non-cooperation";

  private static List<OversightBody> oversightBodies() {
    OversightAction.OutcomeStep supremeCourtStay =
        step(
            OversightAction.Outcome.STAYED,
            "2025-09-08",
            "the Supreme Court stayed the order that barred stops based on race, accent, location"
                + " or type of work",
            "aclu-2025-09-08");
    return List.of(
        OversightBody.builder()
            .id("ninth-circuit")
            .name("U.S. Court of Appeals for the Ninth Circuit")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.INJUNCTION)
            .addActions(
                OversightAction.builder()
                    .id(NINTH_CIRCUIT_ORDER)
                    .lever(Lever.INJUNCTION)
                    .summary(
                        "Largely upheld a restraining order against suspicionless stops in Los"
                            + " Angeles, finding a likely pattern of such stops (Vasquez Perdomo v."
                            + " Noem)")
                    .date(PartialDate.parse("2025-08-01"))
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE)
                    .route(INJUNCTION)
                    .addOutcomes(
                        step(
                            OversightAction.Outcome.GRANTED,
                            "2025-08-01",
                            "the Ninth Circuit largely upheld the restraining order",
                            "ninth-cir-2025-08-01"),
                        supremeCourtStay)
                    .addCitations("ninth-cir-2025-08-01", "aclu-2025-09-08")
                    .build())
            .addCitations("ninth-cir-2025-08-01")
            .build(),
        OversightBody.builder()
            .id("aclu-southern-california")
            .name("The ACLU affiliates that brought the Los Angeles case")
            .kind(OversightBody.Kind.CIVIL_SOCIETY)
            .addLevers(Lever.LITIGATION)
            .addActions(
                OversightAction.builder()
                    .id(ACLU_LITIGATION)
                    .lever(Lever.LITIGATION)
                    .summary(
                        "Litigation over immigration stops in Los Angeles, reported in the"
                            + " affiliates' press release on the Supreme Court's stay")
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE)
                    .route(INJUNCTION)
                    .addOutcomes(supremeCourtStay)
                    .addCitations("aclu-2025-09-08")
                    .build())
            .addCitations("aclu-2025-09-08")
            .build(),
        OversightBody.builder()
            .id("chicago-consent-decree-court")
            .name("The judge in Chicago overseeing the Castanon Nava consent decree")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.INJUNCTION)
            .addActions(
                OversightAction.builder()
                    .id(CASTANON_NAVA)
                    .lever(Lever.INJUNCTION)
                    .summary(
                        "Found 22 warrantless arrests unlawful under the Castanon Nava consent"
                            + " decree, extended the decree to 2 February 2026 and ordered more than"
                            + " 300 bond releases")
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(UNLAWFUL_SEIZURE)
                    .route(INJUNCTION)
                    .addOutcomes(
                        step(
                            OversightAction.Outcome.GRANTED, null, null, "visaverge-castanon-nava"))
                    .addCitations("visaverge-castanon-nava")
                    .build())
            .addCitations("visaverge-castanon-nava")
            .build(),
        OversightBody.builder()
            .id("minnesota-federal-court")
            .name("A federal judge in Minnesota")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.INJUNCTION)
            .addActions(
                OversightAction.builder()
                    .id(MINNESOTA_DENIAL)
                    .lever(Lever.INJUNCTION)
                    .summary(
                        "Found that ICE and CBP likely had unconstitutional policies, with up"
                            + " to 23 stops based solely on race, but denied a preliminary injunction")
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(RACIAL_PROFILING)
                    .route(INJUNCTION)
                    .addOutcomes(
                        step(
                            OversightAction.Outcome.DENIED,
                            null,
                            "the judge denied a preliminary injunction",
                            "spokesman-2026-03-10"))
                    .addCitations("spokesman-2026-03-10")
                    .build())
            .addCitations("spokesman-2026-03-10")
            .build(),
        OversightBody.builder()
            .id("house-oversight-democrats")
            .name("House Committee on Oversight, Democrats")
            .kind(OversightBody.Kind.LEGISLATURE)
            .addLevers(Lever.DEMAND, Lever.DASHBOARD)
            .addActions(
                OversightAction.builder()
                    .id(NOTICE_DEMAND)
                    .lever(Lever.DEMAND)
                    .summary(
                        "Demanded that DHS end a 7-day notice rule for members' visits to"
                            + " detention facilities")
                    .date(PartialDate.parse("2025-07-01"))
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.AGENCY)
                    .route(CONGRESS)
                    .addOutcomes(
                        step(
                            OversightAction.Outcome.NO_OUTCOME_REPORTED,
                            "2025-07-01",
                            null,
                            "oversight-2025-07-01"))
                    .addCitations("oversight-2025-07-01")
                    .build(),
                OversightAction.builder()
                    .id(DASHBOARD)
                    .lever(Lever.DASHBOARD)
                    .summary(
                        "Announced a public dashboard of verified ICE misconduct incidents by"
                            + " category (force, arrest and detention, deportation, sensitive"
                            + " locations)")
                    .date(PartialDate.parse("2025-10-20"))
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(EXCESSIVE_FORCE, UNLAWFUL_SEIZURE)
                    .route(CONGRESS)
                    .addOutcomes(
                        step(
                            OversightAction.Outcome.COMPLETED,
                            "2025-12-28",
                            "the dashboard was reported as launched",
                            "alr-2025-12-28"))
                    .addCitations("alr-2025-12-28")
                    .build())
            .addCitations("oversight-2025-07-01", "alr-2025-12-28")
            .build(),
        OversightBody.builder()
            .id("goldman-and-members-of-congress")
            .name(
                "Goldman, Warren, Padilla, Kelly, Correa and other members of Congress (about"
                    + " 50)")
            .kind(OversightBody.Kind.LEGISLATURE)
            .addLevers(Lever.REFERRAL)
            .addActions(
                OversightAction.builder()
                    .id(REFERRAL)
                    .lever(Lever.REFERRAL)
                    .summary(
                        "Asked DHS's Inspector General, Office for Civil Rights and Civil"
                            + " Liberties and detention ombudsman to investigate ICE's detention")
                    .date(PartialDate.parse("2025-08-08"))
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.AGENCY)
                    .route(CONGRESS)
                    .addOutcomes(
                        step(
                            OversightAction.Outcome.NO_OUTCOME_REPORTED,
                            "2025-08-08",
                            null,
                            "goldman-2025-08-08"))
                    .addCitations("goldman-2025-08-08")
                    .build())
            .addCitations("goldman-2025-08-08")
            .build(),
        OversightBody.builder()
            .id("blumenthal-and-garcia")
            .name("Sen. Richard Blumenthal and Robert Garcia")
            .kind(OversightBody.Kind.LEGISLATURE)
            .addLevers(Lever.INVESTIGATION)
            .addActions(
                OversightAction.builder()
                    .id(PROBE)
                    .lever(Lever.INVESTIGATION)
                    .summary(
                        "Opened an inquiry into detentions of US citizens and federal"
                            + " immigration agents' use of force: a letter to the DHS Secretary"
                            + " demanding information and records from the department; it names no"
                            + " official as answerable for the conduct")
                    .date(PartialDate.parse("~2025-10-20"))
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
                    .route(CONGRESS)
                    .addOutcomes(
                        step(
                            OversightAction.Outcome.NO_OUTCOME_REPORTED,
                            "~2025-10-20",
                            null,
                            "blumenthal-2025-10"))
                    .addCitations("blumenthal-2025-10")
                    .build())
            .addCitations("blumenthal-2025-10")
            .build(),
        OversightBody.builder()
            .id("sanctuary-jurisdictions")
            .name("Sanctuary cities")
            .kind(OversightBody.Kind.STATE_OR_LOCAL_GOVERNMENT)
            .addLevers(Lever.NON_COOPERATION)
            .addActions(
                OversightAction.builder()
                    .id(NON_COOPERATION)
                    .lever(Lever.NON_COOPERATION)
                    .summary(
                        "Non-cooperation by sanctuary cities, whose \"roadblocks\" Homan"
                            + " blamed")
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.AGENCY)
                    .addOutcomes(
                        step(
                            OversightAction.Outcome.NO_OUTCOME_REPORTED,
                            null,
                            null,
                            "guardian-2025-02-12"))
                    .addCitations("guardian-2025-02-12")
                    .build())
            .addCitations("guardian-2025-02-12")
            .build(),
        OversightBody.builder()
            .id("justice-department")
            .name("The Justice Department")
            .kind(OversightBody.Kind.JUSTICE_DEPARTMENT)
            .addLevers(Lever.PROSECUTION)
            .addCitations("usc-18-242")
            .build(),
        OversightBody.builder()
            .id("dhs-oversight-offices")
            .name(
                "DHS's Inspector General, Office for Civil Rights and Civil Liberties and"
                    + " detention ombudsman")
            .kind(OversightBody.Kind.INSPECTOR_GENERAL)
            .addLevers(Lever.INVESTIGATION)
            .addCitations("goldman-2025-08-08")
            .build());
  }

  // ------------------------------------------------------------ legal routes

  private static final String SECTION_242 = "section-242-prosecution";
  private static final String BIVENS = "bivens-damages-claim";
  private static final String FTCA = "ftca-claim";
  private static final String INJUNCTION = "injunction-against-agency";
  private static final String CHAPTER_43 = "chapter-43-performance-action";
  private static final String CHAPTER_75 = "chapter-75-adverse-action";
  private static final String SES_REASSIGNMENT = "ses-reassignment";
  private static final String SES_PERFORMANCE_REMOVAL = "ses-performance-removal";
  private static final String SES_ADVERSE_ACTION = "ses-adverse-action";
  private static final String CONGRESS = "congressional-oversight";

  /** Whether field office directors and senior officials are career SES members, per role. */
  private static final List<LegalRoute.Precondition> SES_MEMBERSHIP =
      List.of(
          LegalRoute.Precondition.established(
                  "Field office directors are career members of the Senior Executive Service",
                  "jobset-2025-07-13")
              .forRoles(FIELD_OFFICE_MANAGER),
          LegalRoute.Precondition.notEstablished(
                  "The official is a career member of the Senior Executive Service; no source in"
                      + " the framework says so of the agency's senior officials",
                  "usc-5-3395",
                  "usc-5-3592",
                  "usc-5-7543")
              .forRoles(SENIOR_OFFICIAL));

  private static List<LegalRoute> routes() {
    return List.of(
        LegalRoute.builder()
            .id(SECTION_242)
            .name(
                "Prosecution for willfully depriving a person of constitutional rights under"
                    + " color of law (18 U.S.C. § 242)")
            .liability(LiabilityType.CRIMINAL)
            .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(LINE_AGENT, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)
            .forum("federal criminal court")
            .standardOfProof("beyond a reasonable doubt")
            .initiatedBy("the Justice Department")
            .addPreconditions(
                LegalRoute.Precondition.established(
                    "The person acts under color of law, as a federal officer making stops and"
                        + " arrests or using force does",
                    "usc-18-242"))
            .addHurdles(
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.DISCRETION,
                    "Only the Justice Department prosecutes, and it decides whether to",
                    "usc-18-242"),
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.MUST_PROVE,
                    "A willful deprivation of a constitutional right, proven beyond a reasonable"
                        + " doubt",
                    "usc-18-242"),
                LegalRoute.Hurdle.of(
                        LegalRoute.Hurdle.Kind.MUST_PROVE,
                        "A manager or senior official answers only for their own willful acts, not"
                            + " for those of the officers they direct",
                        "usc-18-242")
                    .forRoles(FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL))
            .addEnforcedBy("justice-department")
            .addCitations("usc-18-242")
            .build(),
        LegalRoute.builder()
            .id(BIVENS)
            .name("Bivens damages claim against the officer personally")
            .liability(LiabilityType.CIVIL)
            .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(LINE_AGENT, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)
            .forum("federal civil court")
            .initiatedBy("the injured person")
            .availability(LegalRoute.Availability.RESTRICTED)
            .restriction(
                "In Egbert v. Boule the Supreme Court declined to extend Bivens to a"
                    + " Fourth Amendment excessive-force claim against a Border Patrol agent, and"
                    + " extending Bivens to new contexts is disfavoured; since then damages suits"
                    + " against individual ICE and CBP agents are largely foreclosed")
            .restrictedSince(PartialDate.parse("2022"))
            .addRestrictedBy("egbert-v-boule", "hlr-egbert", "dailyjournal-2026-02-20")
            .addCitations("egbert-v-boule", "hlr-egbert")
            .build(),
        LegalRoute.builder()
            .id(FTCA)
            .name(
                "Federal Tort Claims Act claim against the United States for assault, battery,"
                    + " false imprisonment or false arrest by its officers (not for constitutional"
                    + " torts as such)")
            .liability(LiabilityType.CIVIL)
            .addConducts(UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
            .addDefendants(Defendant.UNITED_STATES)
            .forum("federal civil court")
            .initiatedBy("the injured person")
            .substitution(
                new LegalRoute.Substitution(
                    List.of(LINE_AGENT, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL),
                    "For torts within the scope of their employment the United States is"
                        + " substituted as the defendant for the officer (Westfall Act), and it"
                        + " answers in damages",
                    List.of("usc-28-2679", "usc-28-1346")))
            .addHurdles(
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.MUST_PROVE,
                    "An assault, battery, false imprisonment or false arrest by a federal"
                        + " law-enforcement officer; a constitutional tort as such is not"
                        + " actionable against the United States",
                    "usc-28-2680",
                    "fdic-v-meyer"))
            .addCitations(
                "usc-28-1346",
                "usc-28-2679",
                "usc-28-2680",
                "fdic-v-meyer",
                "dailyjournal-2026-02-20")
            .build(),
        LegalRoute.builder()
            .id(INJUNCTION)
            .name("Injunction or consent decree restraining the agency's practices")
            .liability(LiabilityType.CIVIL)
            .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE)
            .addDefendants(Defendant.AGENCY)
            .forum("federal court")
            .initiatedBy("the people affected and the groups that litigate for them")
            .addEnforcedBy("ninth-circuit", "chicago-consent-decree-court")
            .addCitations("ninth-cir-2025-08-01", "visaverge-castanon-nava")
            .build(),
        LegalRoute.builder()
            .id(CHAPTER_43)
            .name("Performance-based reduction in grade or removal (5 U.S.C. § 4303, chapter 43)")
            .liability(LiabilityType.ADMINISTRATIVE)
            .addConducts(MISSED_QUOTA)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(LINE_AGENT)
            .forum("the employing agency")
            .initiatedBy("agency management")
            .addPreconditions(
                LegalRoute.Precondition.notEstablished(
                    "The arrest numbers are part of the officer's own written performance"
                        + " standards, since chapter 43 acts only on failing the employee's own"
                        + " established standards; no source reports that they are, and the"
                        + " targets were set for the agency and its field offices",
                    "usc-5-4301",
                    "usc-5-4303"))
            .addCitations("usc-5-4303", "usc-5-4301")
            .build(),
        LegalRoute.builder()
            .id(CHAPTER_75)
            .name(
                "Adverse action: removal, suspension over 14 days, reduction in grade or pay"
                    + " (5 U.S.C. § 7512, chapter 75)")
            .liability(LiabilityType.ADMINISTRATIVE)
            .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(LINE_AGENT)
            .forum("the employing agency")
            .initiatedBy("agency management")
            .appeal(
                LegalRoute.Appeal.available(
                    "to the Merit Systems Protection Board; a reassignment without loss of grade or"
                        + " pay is not among these actions",
                    "usc-5-7512"))
            .addCitations("usc-5-7512")
            .build(),
        LegalRoute.builder()
            .id(SES_REASSIGNMENT)
            .name(
                "Reassignment of a career Senior Executive Service member by the agency"
                    + " (5 U.S.C. § 3395)")
            .liability(LiabilityType.ADMINISTRATIVE)
            .addConducts(MISSED_QUOTA, RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)
            .forum("the employing agency")
            .initiatedBy("agency management")
            .addAllPreconditions(SES_MEMBERSHIP)
            .appeal(
                LegalRoute.Appeal.none(
                    "a reassignment is not among the adverse actions of § 7542 or § 7512, so it"
                        + " carries no appeal",
                    "usc-5-3395",
                    "usc-5-7512"))
            .addCitations("usc-5-3395")
            .build(),
        LegalRoute.builder()
            .id(SES_PERFORMANCE_REMOVAL)
            .name(
                "Removal from the Senior Executive Service for less than fully successful"
                    + " executive performance (5 U.S.C. § 3592)")
            .liability(LiabilityType.ADMINISTRATIVE)
            .addConducts(MISSED_QUOTA)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)
            .forum("the employing agency")
            .initiatedBy("agency management")
            .addAllPreconditions(SES_MEMBERSHIP)
            .addPreconditions(
                LegalRoute.Precondition.notEstablished(
                    "Missing the arrest numbers makes the official's executive performance less"
                        + " than fully successful; no source reports how the targets enter"
                        + " executive performance ratings",
                    "usc-5-3592"))
            .addHurdles(
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.PROCEDURE,
                    "The official may request an informal hearing before the Merit Systems"
                        + " Protection Board",
                    "usc-5-3592"))
            .addCitations("usc-5-3592", "opm-ses-desk-guide-ch8")
            .build(),
        LegalRoute.builder()
            .id(SES_ADVERSE_ACTION)
            .name(
                "Removal or suspension over 14 days of a career Senior Executive Service member"
                    + " for misconduct, neglect of duty or malfeasance (5 U.S.C. § 7543)")
            .liability(LiabilityType.ADMINISTRATIVE)
            .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)
            .forum("the employing agency")
            .initiatedBy("agency management")
            .addAllPreconditions(SES_MEMBERSHIP)
            .appeal(
                LegalRoute.Appeal.available("to the Merit Systems Protection Board", "usc-5-7543"))
            .addCitations("usc-5-7543", "opm-ses-desk-guide-ch8")
            .build(),
        LegalRoute.builder()
            .id(CONGRESS)
            .name(
                "Congressional oversight of the agency and its leadership: probes, dashboards,"
                    + " demands and referrals")
            .liability(LiabilityType.POLITICAL)
            .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
            .addDefendants(Defendant.AGENCY, Defendant.INDIVIDUAL)
            .addRoles(SENIOR_OFFICIAL)
            .forum("Congress")
            .initiatedBy("members and committees of Congress")
            .addHurdles(
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.DISCRETION,
                    "Members and committees decide whether to act; the demands, referral, inquiry"
                        + " and dashboard in the sources are addressed to the department, and no"
                        + " outcome is reported",
                    "oversight-2025-07-01",
                    "goldman-2025-08-08",
                    "blumenthal-2025-10",
                    "alr-2025-12-28"))
            .addEnforcedBy(
                "house-oversight-democrats",
                "goldman-and-members-of-congress",
                "blumenthal-and-garcia")
            .addCitations(
                "oversight-2025-07-01",
                "goldman-2025-08-08",
                "blumenthal-2025-10",
                "alr-2025-12-28")
            .build());
  }

  // ----------------------------------------------------------------- claims

  private static final List<Conduct> QUOTA = List.of(MISSED_QUOTA);
  private static final List<Conduct> UNLAWFUL =
      List.of(RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE);
  private static final List<Conduct> ALL_CONDUCT =
      List.of(MISSED_QUOTA, RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE);

  private static List<Claim> claims() {
    return List.of(
        claim(
            "C1",
            "Senior officials set numerical arrest targets (75 a day per field office;"
                + " thousands a day agency-wide) and say managers will be held accountable for"
                + " missing them.",
            Claim.EvidenceStatus.CONTESTED,
            List.of(JAN_AGENCY, JAN_OFFICE, MAY_AGENCY),
            QUOTA,
            "+wapo-2025-01-26",
            "=independent-2025-01-29",
            "+ipt-quotas",
            "+axios-2025-05-28",
            "+tnr-2025-05-29",
            "+nbc-2025-06-04",
            "+xinhua-2025-06-12",
            "-tnr-2025-08-04",
            "+guardian-2025-10"),
        claim(
            "C2",
            "Personnel are reassigned when numbers underperform, and incentives are used.",
            Claim.EvidenceStatus.REPORTED,
            List.of(
                ERO_REASSIGNMENTS,
                DIRECTOR_REASSIGNMENT,
                BOTTOM_TEN_THREAT,
                FIELD_DIRECTORS,
                BONUS_PILOT,
                SIGNING_BONUSES),
            QUOTA,
            "+ipt-quotas",
            "+guardian-2025-02-12",
            "+reuters-2025-02-11",
            "+gvwire-2025-02-21",
            "+axios-2025-05-28",
            "+nbc-2025-06-04",
            "+nyt-2025-08-06",
            "+ktvu-2025-10",
            "+ap-2025-10-28",
            "+guardian-2025-10"),
        claim(
            "C3",
            "DHS and ICE use administrative levers: memos, mapping apps, firing and"
                + " reassigning judges and staff, hiring and rewards.",
            Claim.EvidenceStatus.REPORTED,
            List.of(JUDGE_FIRINGS, BONUS_PILOT, SIGNING_BONUSES),
            QUOTA,
            "+xinhua-2025-06-12",
            "+npr-2025-07-14",
            "+ipt-judges",
            "+nyt-2025-08-06"),
        claim(
            "C4",
            "These levers create no private cause of action against agents for missing"
                + " targets, and they immunize no unlawful conduct.",
            Claim.EvidenceStatus.REPORTED,
            List.of(BIVENS, FTCA),
            ALL_CONDUCT,
            "+dailyjournal-2026-02-20",
            "+hlr-egbert"),
        claim(
            "C5",
            "State and local non-cooperation, courts and Congress have constrained"
                + " enforcement and blunted the targets.",
            Claim.EvidenceStatus.CONTESTED,
            List.of(
                NON_COOPERATION,
                NINTH_CIRCUIT_ORDER,
                CASTANON_NAVA,
                MINNESOTA_DENIAL,
                "arrests-early-feb-2025",
                "arrests-jun-2025",
                "arrests-jul-2025",
                "arrests-late-sep-2025"),
            ALL_CONDUCT,
            "+guardian-2025-02-12",
            "=reuters-2025-02-11",
            "+wapo-2025-02-15",
            "+inquisitr-2025-08-05",
            "+ninth-cir-2025-08-01",
            "-aclu-2025-09-08",
            "+visaverge-castanon-nava",
            "+guardian-2025-10",
            "-spokesman-2026-03-10"),
        claim(
            "C6",
            "Congressional oversight (dashboards, probes, referrals) and civil-society"
                + " litigation press for reform.",
            Claim.EvidenceStatus.REPORTED,
            List.of(ACLU_LITIGATION, NOTICE_DEMAND, REFERRAL, PROBE, DASHBOARD),
            UNLAWFUL,
            "+aclu-2025-09-08",
            "+oversight-2025-07-01",
            "+goldman-2025-08-08",
            "+blumenthal-2025-10",
            "+alr-2025-12-28"),
        claim(
            "C7",
            "Detention populations rose, warrantless-arrest powers expanded, and memos"
                + " altered detention and bond rules.",
            Claim.EvidenceStatus.REPORTED,
            List.of(DETENTION_PLAN, BOND_MEMO, WARRANTLESS_MEMO, "detention-jan-2026"),
            List.of(),
            "+reuters-2025-02-01",
            "+ipt-bond-memo",
            "+cbs-2026-01",
            "+rawstory-2026-01-30"),
        Claim.builder()
            .from(
                claim(
                    "C8",
                    "Unlawful conduct (profiling, unlawful seizures, excessive force)"
                        + " remains actionable.",
                    Claim.EvidenceStatus.REPORTED,
                    List.of(
                        SECTION_242,
                        BIVENS,
                        FTCA,
                        INJUNCTION,
                        NINTH_CIRCUIT_ORDER,
                        CASTANON_NAVA,
                        MINNESOTA_DENIAL,
                        PROBE),
                    ALL_CONDUCT,
                    "+ninth-cir-2025-08-01",
                    "+visaverge-castanon-nava",
                    "+blumenthal-2025-10",
                    "+dailyjournal-2026-02-20",
                    "+hlr-egbert",
                    "+spokesman-2026-03-10"))
            .absenceOfEvidence(
                "No documented prosecution or civil judgment rests on missing a" + " quota alone.")
            .build(),
        claim(
            "C9",
            "Officials publicly call for a \"culture of accountability\" to meet the" + " numbers.",
            Claim.EvidenceStatus.REPORTED,
            List.of(ERO_REASSIGNMENTS),
            QUOTA,
            "+ipt-quotas",
            "+guardian-2025-02-12"));
  }

  // ------------------------------------------------------------ observations

  private static List<Observation> observations() {
    return List.of(
        observation(
            "arrests-early-feb-2025",
            ARRESTS,
            600,
            Observation.Qualifier.UNDER,
            "2025-02",
            "early February 2025",
            "wapo-2025-02-15"),
        observation(
            "arrests-jun-2025",
            ARRESTS,
            1224,
            Observation.Qualifier.AVERAGE,
            "2025-06",
            null,
            "inquisitr-2025-08-05"),
        observation(
            "arrests-jul-2025",
            ARRESTS,
            990,
            Observation.Qualifier.AVERAGE,
            "2025-07",
            null,
            "inquisitr-2025-08-05"),
        observation(
            "arrests-late-sep-2025",
            ARRESTS,
            1178,
            Observation.Qualifier.AVERAGE,
            "2025-09",
            "late September 2025",
            "guardian-2025-10"),
        observation(
            "detention-jan-2026",
            "people in detention",
            73000,
            Observation.Qualifier.ABOUT,
            "2026-01",
            null,
            "cbs-2026-01"));
  }

  private static Observation observation(
      String id,
      String metric,
      double value,
      Observation.Qualifier qualifier,
      String period,
      @org.jspecify.annotations.Nullable String label,
      String citation) {
    var b =
        Observation.builder()
            .id(id)
            .metric(metric)
            .scope(AGENCY_WIDE)
            .value(value)
            .qualifier(qualifier)
            .period(PartialDate.parse(period))
            .addCitations(citation);
    if (label != null) {
      b.periodLabel(label);
    }
    return b.build();
  }
}
