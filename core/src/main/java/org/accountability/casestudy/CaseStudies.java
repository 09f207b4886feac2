package org.accountability.casestudy;

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
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.ImmutableCitation;
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
 * ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA).verdict();   // LIMITED
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
        .addClaims(claims())
        .addObservations(observations())
        .build();
  }

  // ---------------------------------------------------------------- sources

  private static List<Citation> sources() {
    return List.of(
        news("wapo-2025-01-26", "Washington Post", "2025-01-26",
            "https://www.washingtonpost.com/immigration/2025/01/26/ice-arrests-raids-trump-quota/",
            b -> b.title("Trump officials issue quotas to ICE officers to ramp up arrests")),
        news("independent-2025-01-29", "The Independent", "2025-01-29",
            "https://www.the-independent.com/news/world/americas/us-politics/trump-ice-immigration-deportation-arrests-b2688623.html",
            b -> {}),
        analysis("ipt-quotas", TRACKER,
            "https://immpolicytracking.org/policies/report-ice-directed-to-increase-arrests-to-meet-daily-quotas",
            b -> b.title("Report: ICE directed to increase arrests to meet daily quotas")),
        news("guardian-2025-02-12", "The Guardian", "2025-02-12", null,
            b -> b.title("Two senior ICE officials reassigned over slow rate of deportations and arrests")),
        news("reuters-2025-02-11", "Reuters", "2025-02-11", null, b -> {}),
        news("wapo-2025-02-15", "Washington Post", "2025-02-15", null,
            b -> b.title("ICE struggles to boost arrest numbers despite infusion of resources")),
        news("gvwire-2025-02-21", "Associated Press", "2025-02-21",
            "https://gvwire.com/2025/02/21/ice-chief-reassigned-amid-frustrations-over-mass-deportation-effort",
            b -> b.title("ICE chief reassigned amid frustrations over mass deportation effort").host("GV Wire")),
        news("axios-2025-05-28", "Axios", "2025-05-28",
            "https://www.axios.com/2025/05/28/immigration-ice-deportations-stephen-miller",
            b -> b.title("Stephen Miller, Noem tell ICE to supercharge immigrant arrests")),
        news("tnr-2025-05-29", "The New Republic", "2025-05-29",
            "https://newrepublic.com/post/195848/stephen-miller-chilling-warning-daily-ice-arrest-goals",
            b -> b.title("Stephen Miller Issues Chilling Warning About Daily ICE Arrest Goals")),
        news("nbc-2025-06-04", "NBC News", "2025-06-04",
            "https://www.nbcnewyork.com/news/national-international/a-sweeping-new-ice-operation-shows-how-trumps-focus-on-immigration-is-reshaping-federal-law-enforcement/6289883/",
            b -> b.title("A sweeping new ICE operation shows how Trump's focus on immigration is"
                    + " reshaping federal law enforcement")
                .host("NBC New York")),
        news("xinhua-2025-06-12", "Xinhua (summarising the New York Times)", "2025-06-12",
            "http://en.people.cn/n3/2025/0612/c90000-20326687.html",
            b -> b.host("People's Daily Online")),
        news("npr-2025-07-14", "NPR", "2025-07-14",
            "https://www.wyomingpublicmedia.org/2025-07-14/more-immigration-judges-are-being-fired-amid-trumps-efforts-to-speed-up-deportations",
            b -> b.title("More immigration judges are being fired amid Trump's efforts to speed up"
                    + " deportations")
                .host("Wyoming Public Media")),
        analysis("ipt-judges", TRACKER,
            "https://immpolicytracking.org/policies/reported-justice-department-fired-20-immigration-judges",
            b -> b.title("Reported: Justice Department fired 20 immigration judges")),
        news("nyt-2025-08-06", "New York Times", "2025-08-06",
            "https://www.wlrn.org/immigration/2025-08-06/ice-offers-then-quickly-withdraws-cash-bonuses-for-swiftly-deporting-immigrants",
            b -> b.title("ICE Offers, Then Quickly Withdraws, Cash Bonuses for Swiftly Deporting"
                    + " Immigrants")
                .host("WLRN")),
        news("inquisitr-2025-08-05", "Inquisitr (citing TRAC)", "2025-08-05",
            "https://www.inquisitr.com/ice-arrests-plummet-in-embarrassing-setback-for-stephen-miller",
            b -> {}),
        news("tnr-2025-08-04", "The New Republic", "2025-08-04",
            "https://newrepublic.com/post/198768/department-of-justice-stephen-miller-immigration-plan",
            b -> {}),
        citation("ninth-cir-2025-08-01", "U.S. Court of Appeals for the Ninth Circuit", "2025-08-01",
            "https://app.midpage.ai/case/vasquez-perdomo-v-noem-11113004",
            Citation.Kind.COURT_DOCUMENT,
            b -> b.title("Vasquez Perdomo v. Noem").host("Midpage")),
        citation("aclu-2025-09-08", "ACLU of Southern California", "2025-09-08",
            "https://www.aclu-sdic.org/en/press-releases/us-supreme-court-grants-stay-la-raids-case",
            Citation.Kind.PRESS_RELEASE, b -> {}),
        news("visaverge-castanon-nava", "VisaVerge", "~2025-10",
            "https://www.visaverge.com/news/chicago-judge-finds-ice-violated-consent-decree-on-warrantless-arrests",
            b -> b.title("Chicago judge finds ICE violated consent decree on warrantless arrests")),
        news("ktvu-2025-10", "KTVU (reporting CBS News)", "~2025-10",
            "https://www.ktvu.com/news/border-patrol-replace-some-ice-directors-over-deportation-pace-reports",
            b -> {}),
        news("guardian-2025-10", "The Guardian", "~2025-10",
            "https://www.inkl.com/news/trump-administration-will-revamp-ice-leadership-in-quest-to-intensify-deportations",
            b -> b.title("Trump administration will revamp ICE leadership in quest to intensify"
                    + " deportations")
                .host("inkl")),
        citation("oversight-2025-07-01", "House Committee on Oversight, Democrats", "2025-07-01",
            "https://oversightdemocrats.house.gov/news/press-releases/ranking-member-garcia-and-committee-democrats-demand-department-homeland",
            Citation.Kind.PRESS_RELEASE, b -> {}),
        citation("goldman-2025-08-08", "Office of Rep. Dan Goldman", "2025-08-08",
            "https://goldman.house.gov/media/press-releases/goldman-warren-padilla-kelly-and-correa-demand-investigations-ices-detention",
            Citation.Kind.PRESS_RELEASE,
            b -> b.title("Goldman, Warren, Padilla, Kelly and Correa demand investigations of ICE's"
                + " detention")),
        citation("blumenthal-2025-10", "Office of Sen. Richard Blumenthal", "~2025-10-20",
            "https://www.blumenthal.senate.gov/newsroom/press/release/blumenthal-and-robert-garcia-open-probe-into-cbp_ices-detention-of-us-citizens-federal-immigration-agents-disproportionate-use-of-force",
            Citation.Kind.PRESS_RELEASE,
            b -> b.title("Blumenthal and Robert Garcia open probe into CBP/ICE detention of US"
                + " citizens")),
        news("alr-2025-12-28", "American Law Reporter", "2025-12-28",
            "https://americanlawreporter.com/2025/12/28/house-oversight-democrats-launch-public-ice-misconduct-dashboard-to-track-alleged-abuses",
            b -> b.title("House Oversight Democrats launch public ICE misconduct dashboard to track"
                + " alleged abuses")),
        news("reuters-2025-02-01", "Reuters", "2025-02-01",
            "https://ca.news.yahoo.com/trump-administration-aims-lower-immigration-210918651.html",
            b -> b.host("Yahoo News")),
        analysis("ipt-bond-memo", TRACKER,
            "https://immpolicytracking.org/policies/ice-issues-memo-eliminating-bond-hearings-for-undocumented-immigrants",
            b -> b.title("ICE issues memo eliminating bond hearings for undocumented immigrants")),
        news("cbs-2026-01", "CBS News", "~2026-01",
            "https://www.cbsnews.com/sanfrancisco/news/ices-detainee-population-record-high-of-73000",
            b -> b.title("ICE's detainee population reaches new record high of 73,000")),
        news("rawstory-2026-01-30", "Raw Story (citing the New York Times)", "2026-01-30",
            "https://www.rawstory.com/amp/ice-arrest-2675064376-2675064376", b -> {}),
        citation("dailyjournal-2026-02-20", "Daily Journal", "2026-02-20",
            "https://dailyjournal.com/articles/389820-civil-liability-of-ice-and-border-patrol-agents-for-excessive-force",
            Citation.Kind.SECONDARY_ANALYSIS,
            b -> b.title("Civil liability of ICE and Border Patrol agents for excessive force")),
        citation("hlr-egbert", "Harvard Law Review", "2022-11",
            "https://harvardlawreview.org/2022/11/egbert-v-boule/",
            Citation.Kind.SECONDARY_ANALYSIS, b -> b.title("Egbert v. Boule")),
        news("spokesman-2026-03-10", "Star Tribune", "2026-03-10",
            "https://www.spokesman.com/stories/2026/mar/10/judge-says-ice-showed-unconstitutional-policies-du/",
            b -> b.title("Judge says ICE showed unconstitutional policies").host("Spokesman-Review")));
  }

  private static List<Citation> law() {
    return List.of(
        statute("usc-18-242", "18 U.S.C. § 242, Deprivation of rights under color of law", "18", "242",
            "https://www.law.cornell.edu/uscode/text/18/242"),
        statute("usc-28-1346", "28 U.S.C. § 1346, United States as defendant", "28", "1346",
            "https://www.law.cornell.edu/uscode/text/28/1346"),
        statute("usc-28-2679", "28 U.S.C. § 2679, Exclusiveness of remedy (Westfall Act)", "28",
            "2679", "https://www.law.cornell.edu/uscode/text/28/2679"),
        statute("usc-28-2680", "28 U.S.C. § 2680, Exceptions", "28", "2680",
            "https://www.law.cornell.edu/uscode/text/28/2680"),
        statute("usc-5-4303", "5 U.S.C. § 4303, Actions based on unacceptable performance", "5",
            "4303", "https://www.law.cornell.edu/uscode/text/5/4303"),
        statute("usc-5-7512", "5 U.S.C. § 7512, Actions covered (adverse actions)", "5", "7512",
            "https://www.law.cornell.edu/uscode/text/5/7512"),
        statute("usc-5-3395",
            "5 U.S.C. § 3395, Reassignment and transfer within the Senior Executive Service", "5",
            "3395", "https://www.law.cornell.edu/uscode/text/5/3395"),
        Citation.builder()
            .id("egbert-v-boule")
            .title("Egbert v. Boule, 596 U.S. 482 (2022)")
            .publisher(SCOTUS)
            .kind(Citation.Kind.CASE)
            .legalReference(LegalReference.reported("596", "U.S.", "482"))
            .build(),
        Citation.builder()
            .id("fdic-v-meyer")
            .title("FDIC v. Meyer, 510 U.S. 471 (1994)")
            .publisher(SCOTUS)
            .kind(Citation.Kind.CASE)
            .legalReference(LegalReference.reported("510", "U.S.", "471"))
            .build());
  }

  private static Citation news(
      String id, String publisher, String date, @org.jspecify.annotations.Nullable String url,
      Consumer<ImmutableCitation.Builder> more) {
    return citation(id, publisher, date, url, Citation.Kind.NEWS_REPORT, more);
  }

  private static Citation analysis(
      String id, String publisher, String url, Consumer<ImmutableCitation.Builder> more) {
    ImmutableCitation.Builder b =
        Citation.builder().id(id).publisher(publisher).url(url).kind(Citation.Kind.SECONDARY_ANALYSIS);
    more.accept(b);
    return b.build();
  }

  private static Citation citation(
      String id,
      String publisher,
      String date,
      @org.jspecify.annotations.Nullable String url,
      Citation.Kind kind,
      Consumer<ImmutableCitation.Builder> more) {
    ImmutableCitation.Builder b =
        Citation.builder().id(id).publisher(publisher).date(PartialDate.parse(date)).kind(kind);
    if (url != null) {
      b.url(url);
    }
    more.accept(b);
    return b.build();
  }

  private static Citation statute(String id, String title, String code, String section, String url) {
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
            .announcedAccountability("managers are to be held accountable for missing the goal")
            .addDenials(WHITE_HOUSE_DENIAL, JUSTICE_DEPARTMENT_DENIAL)
            .addCitations("wapo-2025-01-26", "independent-2025-01-29", "ipt-quotas")
            .build(),
        Directive.builder()
            .id(MAY_AGENCY)
            .kind(Directive.Kind.NUMERICAL_TARGET)
            .summary("ICE is to make 3,000 arrests a day, as demanded at a meeting on 21 May 2025;"
                + " Miller later called 3,000 a day a minimum")
            .issuer(Actor.named("White House deputy chief of staff and the DHS Secretary",
                "Stephen Miller", "Kristi Noem"))
            .addressee(Actor.of("ICE leadership").withRole(SENIOR_OFFICIAL))
            .effective(PartialDate.parse("2025-05"))
            .target(NumericalTarget.of(ARRESTS, AGENCY_WIDE, 3000))
            .supersedes(Directive.Supersession.raises(JAN_AGENCY))
            .addDenials(JUSTICE_DEPARTMENT_DENIAL)
            .addCitations("axios-2025-05-28", "tnr-2025-05-29", "guardian-2025-10")
            .build(),
        Directive.builder()
            .id(DETENTION_PLAN)
            .kind(Directive.Kind.OPERATIONAL_GUIDANCE)
            .summary("A plan to lower detention standards so that more jails can hold detainees,"
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
            .summary("The two top officials of ICE's Enforcement and Removal Operations were"
                + " reassigned over slow arrests")
            .subjectRole(SENIOR_OFFICIAL)
            .subjectDescription("the two top officials of Enforcement and Removal Operations")
            .addSubjectNames("Russell Hott", "Peter Berg")
            .date(PartialDate.parse("2025-02"))
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .conduct(MISSED_QUOTA)
            .reason("slow arrests against the targets; DHS said ICE \"needs a culture of"
                + " accountability\"")
            .addEnforces(JAN_AGENCY)
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
            .addCitations("gvwire-2025-02-21")
            .build(),
        PersonnelAction.builder()
            .id(BOTTOM_TEN_THREAT)
            .kind(PersonnelAction.Kind.REMOVAL)
            .summary("Leaders of field offices ranking in the bottom 10% for arrests each month"
                + " were threatened with firing")
            .subjectRole(FIELD_OFFICE_MANAGER)
            .subjectDescription("leaders of the field offices in the bottom 10% for arrests")
            .date(PartialDate.parse("2025-06"))
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.THREATENED)
            .conduct(MISSED_QUOTA)
            .reason("the monthly arrest ranking")
            .addEnforces(MAY_AGENCY)
            .addCitations("nbc-2025-06-04")
            .build(),
        PersonnelAction.builder()
            .id(FIELD_DIRECTORS)
            .kind(PersonnelAction.Kind.REASSIGNMENT)
            .summary("Up to 12 of 25 field office directors were to be reassigned, some replaced"
                + " by Border Patrol officials, over the missed 3,000-a-day target")
            .subjectRole(FIELD_OFFICE_MANAGER)
            .subjectDescription("up to 12 of 25 field office directors")
            .date(PartialDate.parse("~2025-10"))
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.ANNOUNCED)
            .conduct(MISSED_QUOTA)
            .reason("the missed target of 3,000 arrests a day; a reported decision")
            .addEnforces(MAY_AGENCY)
            .officialResponse("DHS said the moves were reassignments, not demotions")
            .addCitations("ktvu-2025-10", "guardian-2025-10")
            .build(),
        PersonnelAction.builder()
            .id(BONUS_PILOT)
            .kind(PersonnelAction.Kind.BONUS)
            .summary("A pilot paying officers $200 per removal within 7 days and $100 within 14"
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
            .summary("The Justice Department fired immigration judges in rounds from February to"
                + " September 2025: 15 more in July, and about 50 in the previous six months")
            .subjectRole(Role.ADJUDICATOR)
            .subjectDescription("immigration judges (Justice Department staff, not ICE)")
            .actor(Actor.of("the Justice Department"))
            .date(PartialDate.parse("2025-02-14"))
            .until(PartialDate.parse("2025-09"))
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .reason("speeding up deportations; no reasons given")
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
                    .summary("Largely upheld a restraining order against suspicionless stops in Los"
                        + " Angeles, finding a likely pattern of such stops (Vasquez Perdomo v."
                        + " Noem)")
                    .date(PartialDate.parse("2025-08-01"))
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE)
                    .route(INJUNCTION)
                    .outcome(OversightAction.Outcome.STAYED)
                    .outcomeDetail("the Supreme Court stayed the order that barred stops based on"
                        + " race, accent, location or type of work")
                    .addCitations("ninth-cir-2025-08-01", "aclu-2025-09-08")
                    .build())
            .addCitations("ninth-cir-2025-08-01")
            .build(),
        OversightBody.builder()
            .id("aclu-southern-california")
            .name("ACLU of Southern California")
            .kind(OversightBody.Kind.CIVIL_SOCIETY)
            .addLevers(Lever.LITIGATION)
            .addActions(
                OversightAction.builder()
                    .id(ACLU_LITIGATION)
                    .lever(Lever.LITIGATION)
                    .summary("Litigation over immigration stops in Los Angeles, reported in its press"
                        + " release on the Supreme Court's stay")
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE)
                    .route(INJUNCTION)
                    .outcome(OversightAction.Outcome.STAYED)
                    .outcomeDetail("the Supreme Court stayed the order that barred stops based on"
                        + " race, accent, location or type of work")
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
                    .summary("Found 22 warrantless arrests unlawful under the Castanon Nava consent"
                        + " decree, extended the decree to 2 February 2026 and ordered more than"
                        + " 300 bond releases")
                    .date(PartialDate.parse("~2025-10"))
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(UNLAWFUL_SEIZURE)
                    .route(INJUNCTION)
                    .outcome(OversightAction.Outcome.GRANTED)
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
                    .summary("Found that ICE and CBP likely had unconstitutional policies, with up"
                        + " to 23 stops based solely on race, but denied a preliminary injunction")
                    .date(PartialDate.parse("~2026-03"))
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(RACIAL_PROFILING)
                    .route(INJUNCTION)
                    .outcome(OversightAction.Outcome.DENIED)
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
                    .summary("Demanded that DHS end a 7-day notice rule for members' visits to"
                        + " detention facilities")
                    .date(PartialDate.parse("2025-07-01"))
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.AGENCY)
                    .route(CONGRESS)
                    .outcome(OversightAction.Outcome.NO_OUTCOME_REPORTED)
                    .addCitations("oversight-2025-07-01")
                    .build(),
                OversightAction.builder()
                    .id(DASHBOARD)
                    .lever(Lever.DASHBOARD)
                    .summary("Announced a public dashboard of verified ICE misconduct incidents by"
                        + " category (force, arrest and detention, deportation, sensitive"
                        + " locations)")
                    .date(PartialDate.parse("2025-10-20"))
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(EXCESSIVE_FORCE, UNLAWFUL_SEIZURE)
                    .route(CONGRESS)
                    .outcome(OversightAction.Outcome.COMPLETED)
                    .addCitations("alr-2025-12-28")
                    .build())
            .addCitations("oversight-2025-07-01", "alr-2025-12-28")
            .build(),
        OversightBody.builder()
            .id("goldman-and-members-of-congress")
            .name("Goldman, Warren, Padilla, Kelly, Correa and other members of Congress (about"
                + " 50)")
            .kind(OversightBody.Kind.LEGISLATURE)
            .addLevers(Lever.REFERRAL)
            .addActions(
                OversightAction.builder()
                    .id(REFERRAL)
                    .lever(Lever.REFERRAL)
                    .summary("Asked DHS's Inspector General, Office for Civil Rights and Civil"
                        + " Liberties and detention ombudsman to investigate ICE's detention")
                    .date(PartialDate.parse("2025-08-08"))
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.AGENCY)
                    .route(CONGRESS)
                    .outcome(OversightAction.Outcome.NO_OUTCOME_REPORTED)
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
                    .summary("Opened a congressional probe into CBP and ICE detentions of US"
                        + " citizens and federal immigration agents' use of force")
                    .date(PartialDate.parse("~2025-10-20"))
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.AGENCY, Defendant.INDIVIDUAL)
                    .addRoles(SENIOR_OFFICIAL)
                    .addConducts(UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
                    .route(CONGRESS)
                    .outcome(OversightAction.Outcome.NO_OUTCOME_REPORTED)
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
                    .summary("Non-cooperation by sanctuary cities, whose \"roadblocks\" Homan"
                        + " blamed")
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.AGENCY)
                    .outcome(OversightAction.Outcome.NO_OUTCOME_REPORTED)
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
            .name("DHS's Inspector General, Office for Civil Rights and Civil Liberties and"
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
  private static final String CONGRESS = "congressional-oversight";

  private static List<LegalRoute> routes() {
    return List.of(
        LegalRoute.builder()
            .id(SECTION_242)
            .name("Prosecution for willfully depriving a person of constitutional rights under"
                + " color of law (18 U.S.C. § 242)")
            .liability(LiabilityType.CRIMINAL)
            .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(LINE_AGENT, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)
            .forum("federal criminal court")
            .standardOfProof("beyond a reasonable doubt")
            .initiatedBy("the Justice Department")
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
            .restriction("In Egbert v. Boule the Supreme Court declined to extend Bivens to a"
                + " Fourth Amendment excessive-force claim against a Border Patrol agent, and"
                + " extending Bivens to new contexts is disfavoured; since then damages suits"
                + " against individual ICE and CBP agents are largely foreclosed")
            .restrictedSince(PartialDate.parse("2022"))
            .addRestrictedBy("egbert-v-boule", "hlr-egbert", "dailyjournal-2026-02-20")
            .addCitations("egbert-v-boule", "hlr-egbert")
            .build(),
        LegalRoute.builder()
            .id(FTCA)
            .name("Federal Tort Claims Act claim against the United States for assault, battery,"
                + " false imprisonment or false arrest by its officers (not for constitutional"
                + " torts as such)")
            .liability(LiabilityType.CIVIL)
            .addConducts(UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
            .addDefendants(Defendant.UNITED_STATES)
            .forum("federal civil court")
            .initiatedBy("the injured person")
            .addCitations("usc-28-1346", "usc-28-2679", "usc-28-2680", "fdic-v-meyer",
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
            .addRoles(LINE_AGENT, FIELD_OFFICE_MANAGER)
            .forum("the employing agency")
            .initiatedBy("agency management")
            .addCitations("usc-5-4303")
            .build(),
        LegalRoute.builder()
            .id(CHAPTER_75)
            .name("Adverse action: removal, suspension over 14 days, reduction in grade or pay"
                + " (5 U.S.C. § 7512, chapter 75)")
            .liability(LiabilityType.ADMINISTRATIVE)
            .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(LINE_AGENT, FIELD_OFFICE_MANAGER)
            .forum("the employing agency, appealable to the Merit Systems Protection Board")
            .initiatedBy("agency management")
            .addCitations("usc-5-7512")
            .build(),
        LegalRoute.builder()
            .id(SES_REASSIGNMENT)
            .name("Reassignment of a career Senior Executive Service member by the agency"
                + " (5 U.S.C. § 3395)")
            .liability(LiabilityType.ADMINISTRATIVE)
            .addConducts(MISSED_QUOTA, RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(SENIOR_OFFICIAL)
            .forum("the employing agency")
            .initiatedBy("agency management")
            .addCitations("usc-5-3395")
            .build(),
        LegalRoute.builder()
            .id(CONGRESS)
            .name("Congressional oversight of the agency and its leadership: probes, dashboards,"
                + " demands and referrals")
            .liability(LiabilityType.POLITICAL)
            .addConducts(RACIAL_PROFILING, UNLAWFUL_SEIZURE, EXCESSIVE_FORCE)
            .addDefendants(Defendant.AGENCY, Defendant.INDIVIDUAL)
            .addRoles(SENIOR_OFFICIAL)
            .forum("Congress")
            .initiatedBy("members and committees of Congress")
            .addEnforcedBy("house-oversight-democrats", "goldman-and-members-of-congress",
                "blumenthal-and-garcia")
            .addCitations("oversight-2025-07-01", "goldman-2025-08-08", "blumenthal-2025-10",
                "alr-2025-12-28")
            .build());
  }

  // ----------------------------------------------------------------- claims

  private static List<Claim> claims() {
    return List.of(
        claim("C1", "Senior officials set numerical arrest targets (75 a day per field office;"
                + " thousands a day agency-wide) and say managers will be held accountable for"
                + " missing them.",
            Claim.EvidenceStatus.REPORTED,
            List.of(JAN_AGENCY, JAN_OFFICE, MAY_AGENCY),
            "+wapo-2025-01-26", "=independent-2025-01-29", "+ipt-quotas", "+axios-2025-05-28",
            "+tnr-2025-05-29", "+nbc-2025-06-04", "+xinhua-2025-06-12", "-tnr-2025-08-04",
            "+guardian-2025-10"),
        claim("C2", "Personnel are reassigned when numbers underperform, and incentives are used.",
            Claim.EvidenceStatus.REPORTED,
            List.of(ERO_REASSIGNMENTS, DIRECTOR_REASSIGNMENT, BOTTOM_TEN_THREAT, FIELD_DIRECTORS,
                BONUS_PILOT, SIGNING_BONUSES),
            "+ipt-quotas", "+guardian-2025-02-12", "+reuters-2025-02-11", "+gvwire-2025-02-21",
            "+axios-2025-05-28", "+nbc-2025-06-04", "+nyt-2025-08-06", "+ktvu-2025-10",
            "+guardian-2025-10"),
        claim("C3", "DHS and ICE use administrative levers: memos, mapping apps, firing and"
                + " reassigning judges and staff, hiring and rewards.",
            Claim.EvidenceStatus.REPORTED,
            List.of(JUDGE_FIRINGS, BONUS_PILOT, SIGNING_BONUSES),
            "+xinhua-2025-06-12", "+npr-2025-07-14", "+ipt-judges", "+nyt-2025-08-06"),
        claim("C4", "These levers create no private cause of action against agents for missing"
                + " targets, and they immunize no unlawful conduct.",
            Claim.EvidenceStatus.REPORTED,
            List.of(BIVENS, FTCA),
            "+dailyjournal-2026-02-20", "+hlr-egbert"),
        claim("C5", "State and local non-cooperation, courts and Congress have constrained"
                + " enforcement and blunted the targets.",
            Claim.EvidenceStatus.CONTESTED,
            List.of(NON_COOPERATION, NINTH_CIRCUIT_ORDER, CASTANON_NAVA, MINNESOTA_DENIAL,
                "arrests-early-feb-2025", "arrests-jun-2025", "arrests-jul-2025",
                "arrests-late-sep-2025"),
            "+guardian-2025-02-12", "=reuters-2025-02-11", "+wapo-2025-02-15",
            "+inquisitr-2025-08-05", "+ninth-cir-2025-08-01", "-aclu-2025-09-08",
            "+visaverge-castanon-nava", "+guardian-2025-10", "-spokesman-2026-03-10"),
        claim("C6", "Congressional oversight (dashboards, probes, referrals) and civil-society"
                + " litigation press for reform.",
            Claim.EvidenceStatus.REPORTED,
            List.of(ACLU_LITIGATION, NOTICE_DEMAND, REFERRAL, PROBE, DASHBOARD),
            "+aclu-2025-09-08", "+oversight-2025-07-01", "+goldman-2025-08-08",
            "+blumenthal-2025-10", "+alr-2025-12-28"),
        claim("C7", "Detention populations rose, warrantless-arrest powers expanded, and memos"
                + " altered detention and bond rules.",
            Claim.EvidenceStatus.REPORTED,
            List.of(DETENTION_PLAN, BOND_MEMO, WARRANTLESS_MEMO, "detention-jan-2026"),
            "+reuters-2025-02-01", "+ipt-bond-memo", "+cbs-2026-01", "+rawstory-2026-01-30"),
        Claim.builder()
            .from(claim("C8", "Unlawful conduct (profiling, unlawful seizures, excessive force)"
                    + " remains actionable.",
                Claim.EvidenceStatus.REPORTED,
                List.of(SECTION_242, BIVENS, FTCA, INJUNCTION, NINTH_CIRCUIT_ORDER, CASTANON_NAVA,
                    MINNESOTA_DENIAL, PROBE),
                "+ninth-cir-2025-08-01", "+visaverge-castanon-nava", "+blumenthal-2025-10",
                "+dailyjournal-2026-02-20", "+hlr-egbert", "+spokesman-2026-03-10"))
            .absenceOfEvidence("No documented prosecution or civil judgment rests on missing a"
                + " quota alone.")
            .build(),
        claim("C9", "Officials publicly call for a \"culture of accountability\" to meet the"
                + " numbers.",
            Claim.EvidenceStatus.REPORTED,
            List.of(ERO_REASSIGNMENTS),
            "+ipt-quotas", "+guardian-2025-02-12"));
  }

  /** A claim whose sources are written {@code +id} (supports), {@code -id} or {@code =id}. */
  private static Claim claim(
      String id, String statement, Claim.EvidenceStatus status, List<String> about, String... sources) {
    var b = Claim.builder().id(id).statement(statement).status(status).addAllAbout(about);
    for (String s : sources) {
      String citation = s.substring(1);
      switch (s.charAt(0)) {
  case '+' -> 
b.addSources(Claim.Source.supports(citation));
  case '-' -> 
b.addSources(Claim.Source.contradicts(citation));
  default -> 
b.addSources(Claim.Source.reportsBoth(citation));
}
    }
    return b.build();
  }

  // ------------------------------------------------------------ observations

  private static List<Observation> observations() {
    return List.of(
        observation("arrests-early-feb-2025", ARRESTS, 600, Observation.Qualifier.UNDER, "2025-02",
            "early February 2025", "wapo-2025-02-15"),
        observation("arrests-jun-2025", ARRESTS, 1224, Observation.Qualifier.AVERAGE, "2025-06",
            null, "inquisitr-2025-08-05"),
        observation("arrests-jul-2025", ARRESTS, 990, Observation.Qualifier.AVERAGE, "2025-07",
            null, "inquisitr-2025-08-05"),
        observation("arrests-late-sep-2025", ARRESTS, 1178, Observation.Qualifier.AVERAGE,
            "2025-09", "late September 2025", "guardian-2025-10"),
        observation("detention-jan-2026", "people in detention", 73000,
            Observation.Qualifier.ABOUT, "2026-01", null, "cbs-2026-01"));
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
