package org.accountability.casestudy;

import static org.accountability.casestudy.Parts.citation;
import static org.accountability.casestudy.Parts.claim;
import static org.accountability.casestudy.Parts.claimBuilder;
import static org.accountability.casestudy.Parts.news;
import static org.accountability.casestudy.Parts.step;
import static org.accountability.model.Conduct.IMPOSING_QUOTA;
import static org.accountability.model.Conduct.MISSED_QUOTA;
import static org.accountability.model.Conduct.PENALIZING_MISSED_QUOTA;
import static org.accountability.model.Conduct.RACIAL_PROFILING;
import static org.accountability.model.Conduct.RETALIATING_AGAINST_WHISTLEBLOWER;
import static org.accountability.model.Conduct.UNLAWFUL_SEIZURE;
import static org.accountability.model.Role.FIELD_OFFICE_MANAGER;
import static org.accountability.model.Role.LINE_AGENT;
import static org.accountability.model.Role.SENIOR_OFFICIAL;
import static org.accountability.model.Role.SUPERVISOR;

import java.util.List;
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
import org.accountability.model.OversightAction.Ground;
import org.accountability.model.OversightAction.Outcome;
import org.accountability.model.OversightBody;
import org.accountability.model.PartialDate;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Remedy;

/**
 * The NYPD case study: arrest and summons quotas under New York's anti-quota law, from public
 * reporting, court decisions and law only.
 */
final class NypdQuotas {
  private NypdQuotas() {}

  /**
   * Issuing a summons without probable cause to meet a number: a conduct of this framework's own.
   */
  static final Conduct ISSUING_BASELESS_SUMMONS =
      Conduct.of(
          "ISSUING_BASELESS_SUMMONS",
          "issuing baseless summonses",
          "issuing a summons without probable cause, such as to meet a number; not necessarily a"
              + " seizure");

  /** Refusing, reporting or exposing a quota: protected conduct in this framework. */
  static final Conduct REPORTING_QUOTA =
      Conduct.of(
          "REPORTING_QUOTA",
          "reporting a quota",
          "refusing, reporting or exposing a quota, inside the department or outside it");

  private static final String PBA_ARCHIVE = "PBA news archive (nycpba.org)";
  private static final String VOICE = "The Village Voice";
  private static final String NYDN = "New York Daily News";
  private static final String SCOTUS = "Supreme Court of the United States";
  private static final String OPEN_LEGISLATION = "New York State Senate (Open Legislation)";

  static AccountabilityFramework build() {
    return AccountabilityFramework.builder()
        .title("NYPD arrest and summons quotas, 1999-2022")
        .agency("New York City Police Department (NYPD)")
        .question(
            "Can NYPD officers or commanders be held accountable over arrest and summons quotas?")
        .addConducts(ISSUING_BASELESS_SUMMONS, REPORTING_QUOTA)
        .addUnlawfulConducts(
            PENALIZING_MISSED_QUOTA,
            RETALIATING_AGAINST_WHISTLEBLOWER,
            ISSUING_BASELESS_SUMMONS,
            UNLAWFUL_SEIZURE,
            RACIAL_PROFILING)
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
        citation(
            "matarazzo-1999-05-06",
            "N.Y. Appellate Division (appeal from Supreme Court, New York County)",
            "1999-05-06",
            "https://print.casetext.com/case/matter-of-matarazzo-v-safir",
            Citation.Kind.COURT_DOCUMENT,
            b -> b.title("Matter of Matarazzo v. Safir").host("Casetext")),
        news(
            "nydn-2003-05-29",
            NYDN,
            "2003-05-29",
            "http://nycpba.org/archive/nydn/03/nydn-030529-tickets.html",
            b -> b.title("Quotas? What quotas?").host(PBA_ARCHIVE)),
        news(
            "nydn-2003-08-21",
            NYDN,
            "2003-08-21",
            "http://nycpba.org/archive/nydn/03/nydn-030821-quota.html",
            b -> b.title("Pataki summons a veto on tix-writing quota ban").host(PBA_ARCHIVE)),
        news(
            "voice-2010-05-04",
            VOICE,
            "2010-05-04",
            "http://www.villagevoice.com/2010-05-04/news/the-nypd-tapes-inside-bed-stuy-s-81st-precinct/3/",
            b -> b.title("The NYPD Tapes: Inside Bed-Stuy's 81st Precinct")),
        citation(
            "nysenate-2010-09-01",
            "New York State Senate (press release of Sen. Eric Adams)",
            "2010-09-01",
            "https://www.nysenate.gov/newsroom/press-releases/eric-adams/nys-senator-eric-adams-bill-s2956a-inhibit-quotas-issuance",
            Citation.Kind.PRESS_RELEASE,
            b ->
                b.title(
                    "NYS Senator Eric Adams' Bill (S2956A) To Inhibit Quotas For Issuance of"
                        + " Tickets Signed Into Law")),
        news(
            "crimereport-2010-09-11",
            "The Crime Report (summarising the New York Times)",
            "2010-09-11",
            "https://thecrimereport.org/2010/09/11/nyc-police-deny-quotas-for-tickets-union-chief-disagrees/",
            b -> b.title("NYC Police Deny Quotas For Tickets; Union Chief Disagrees")),
        news(
            "voice-2010-09-29",
            VOICE,
            "2010-09-29",
            "https://www.villagevoice.com/2010/09/29/bloomberg-to-paterson-please-let-us-keep-our-nypd-quotas/",
            b -> b.title("Bloomberg to Paterson: Please Let Us Keep Our NYPD Quotas")),
        news(
            "nydn-2010-77th",
            NYDN,
            "2010~",
            "https://www.nydailynews.com/new-york/nypd-probe-brooklyn-precinct-ticket-quota-lists-bloomberg-article-1.453262",
            b -> b.title("NYPD will probe Brooklyn precinct ticket quota lists, Bloomberg says")),
        news(
            "voice-2010-12-06",
            VOICE,
            "2010-12-06",
            "https://www.villagevoice.com/2010/12/06/nypd-internal-memo-offers-mixed-message-on-the-new-law-prohibiting-quotas/",
            b ->
                b.title(
                    "NYPD Internal Memo Offers Mixed Message on the New Law Prohibiting"
                        + " Quotas")),
        news(
            "voice-2011-10",
            "The Village Voice (Runnin' Scared blog)",
            "2011-10~",
            "http://blogs.villagevoice.com/runninscared/2011/10/ray_kelly_puts.php",
            b -> b.title("Ray Kelly Puts NYPD Quota Demands in Writing; Rank And File Not Happy")),
        news(
            "voice-2012-03-07",
            VOICE,
            "2012-03-07",
            "http://www.villagevoice.com/2012-03-07/news/the-nypd-tapes-confirmed/4/",
            b -> b.title("The NYPD Tapes Confirmed")),
        news(
            "courthousenews-2013-03-20",
            "Courthouse News Service",
            "2013-03-20~",
            "https://www.courthousenews.com/secret-recordings-played-in-nypd-frisk-trial/",
            b -> b.title("Secret Recordings Played in NYPD Frisk Trial")),
        news(
            "nymag-2013-05-19",
            "New York Magazine",
            "2013-05-19~",
            "http://nymag.com/news/features/pedro-serrano-2013-5/index6.html",
            b -> b.title("Officer Serrano's Hidden Camera")),
        citation(
            "floyd-2013-08-12",
            "U.S. District Court, S.D.N.Y. (Scheindlin, J.)",
            "2013-08-12",
            "https://vdocuments.net/stop-and-frisk-opinion-floyd-v-new-york-city.html",
            Citation.Kind.COURT_DOCUMENT,
            b ->
                b.title("Floyd v. City of New York, opinion and order (Doc. 373)")
                    .host("vdocuments.net")),
        news(
            "baystate-2013-12-26",
            "Bay State Banner (Carla Murphy; the interview also ran in Colorlines)",
            "2013-12-26",
            "http://baystatebanner.com/news/2013/dec/26/ny-police-whistleblower-adhyl-polanco-still-paying/",
            b ->
                b.title(
                    "NY police whistleblower Adhyl Polanco still paying price for telling"
                        + " truth")),
        news(
            "politico-2015-02-26",
            "Politico New York",
            "2015-02-26",
            "https://www.politico.com/states/new-york/albany/story/2015/02/court-first-amendment-protects-quota-complaint-by-officer-067223",
            b -> b.title("Court: First Amendment protects quota complaint by officer")),
        news(
            "wsj-2015-04-21",
            "The Wall Street Journal",
            "2015-04-21",
            "http://nycpba.org/archive/wsj/15/wsj-150422-eval.html",
            b -> b.title("NYPD to Change How It Evaluates Officers").host(PBA_ARCHIVE)),
        news(
            "nbcny-2015-09-29",
            "NBC New York",
            "2015-09-29",
            "https://www.nbcnewyork.com/news/local/nypd-whistleblower-cop-quotas-settlement-secret-audio-recordings/1098431/",
            b -> b.title("$600K Settlement for NYPD Officer Who Made Quota Tapes")),
        news(
            "policemag-2015-12",
            "Police Magazine (reporting the New York Post)",
            "2015-12~",
            "https://www.policemag.com/356282/officer-to-get-over-155k-from-nyc-after-exposing-arrest-quotas?page=2",
            b -> b.title("Officer to Get Over $155K from NYC After Exposing Arrest Quotas")),
        citation(
            "bronstein-2015",
            "Columbia Journal of Law and Social Problems (note by Nathaniel Bronstein)",
            "2015~",
            "https://docslib.org/doc/3427235/police-management-and-quotas-governance-in-the-compstat-era",
            Citation.Kind.SECONDARY_ANALYSIS,
            b ->
                b.title("Police Management and Quotas: Governance in the CompStat Era")
                    .host("docslib.org")),
        news(
            "lawcom-2016-01-07",
            "Law.com",
            "2016-01-07",
            "http://www.law.com/sites/articles/2016/01/07/city-found-to-have-negligently-destroyed-lawsuit-documents/",
            b -> b.title("City Found to Have Negligently Destroyed Lawsuit Documents")),
        news(
            "dnainfo-2016-02-23",
            "DNAinfo",
            "2016-02-23",
            "https://www.dnainfo.com/new-york/20160223/civic-center/bill-bratton-calls-officers-claims-about-nypd-quotas-bulls--t/",
            b -> b.title("Bill Bratton Calls Officer's Claims About NYPD Quotas 'Bulls--t'")),
        citation(
            "birch-2016-05-03",
            "U.S. District Court, E.D.N.Y. (Cogan, J.)",
            "2016-05-03",
            "https://law.justia.com/cases/federal/district-courts/new-york/nyedce/1:2016cv00034/379855/25/",
            Citation.Kind.COURT_DOCUMENT,
            b ->
                b.title("Birch v. The City of New York, memorandum decision and order")
                    .host("Justia")),
        news(
            "nydn-2017-01-24",
            NYDN,
            "2017-01-24",
            "http://www.pressreader.com/usa/new-york-daily-news/20170124/281492161029870",
            b -> b.title("Cop summons quotas cost city $75M").host("PressReader")),
        citation(
            "raymond-2017",
            "U.S. District Court, S.D.N.Y. (Swain, J.)",
            "2017-03-06~",
            "https://www.studicata.com/summaries/united-states-district-court-southern-district-of-new-york/raymond-v-city-of-new-york-2017-i9jpof",
            Citation.Kind.SECONDARY_ANALYSIS,
            b -> b.title("Raymond v. City of New York (2017)").host("Studicata (case summary)")),
        citation(
            "nypdsummons-settlement",
            "Settlement administrator, Stinson v. City of New York (S.D.N.Y.)",
            "2017~",
            "https://nypdsummons.com/mainpage/Home.aspx",
            Citation.Kind.COURT_DOCUMENT,
            b -> b.title("Stinson class action settlement: official notice site")),
        news(
            "reuters-2017-06-12",
            "Reuters",
            "2017-06-12",
            "https://www.reuters.com/article/us-new-york-police-settlement-idUSKBN1932CL",
            b ->
                b.title(
                    "New York City $75 million settlement over dismissed summonses wins"
                        + " approval")),
        news(
            "theappeal-2018",
            "The Appeal",
            "2018~",
            "https://theappeal.org/nypd-commanders-text-messages-show-how-the-quota-system-persists/",
            b -> b.title("NYPD Commander's Text Messages Show How the Quota System Persists")),
        citation(
            "ossei-owusu-2021",
            "NYU Law Review (vol. 96, no. 2; Shaun Ossei-Owusu)",
            "2021-05~",
            "https://nyulawreview.org/issues/volume-96-number-2/police-quotas",
            Citation.Kind.SECONDARY_ANALYSIS,
            b -> b.title("Police Quotas")),
        news(
            "nydn-2022-07-08",
            NYDN,
            "2022-07-08",
            "https://www.nydailynews.com/new-york/nyc-crime/ny-nypd-quota-lawsuit-judge-decision-racism-20220708-mgt6cjcdifbibag5eqwpd4viaa-story.html",
            b ->
                b.title(
                    "Federal judge dismisses most claims in major NYPD arrest quotas"
                        + " lawsuit")),
        citation(
            "floyd-2022-09-09",
            "U.S. District Court, S.D.N.Y. (Torres, J.)",
            "2022-09-09",
            "https://print.casetext.com/case/floyd-v-city-of-new-york-12",
            Citation.Kind.COURT_DOCUMENT,
            b -> b.title("Floyd v. City of New York, order").host("Casetext")));
  }

  private static List<Citation> law() {
    return List.of(
        citation(
            "ny-lab-215a",
            OPEN_LEGISLATION,
            null,
            "https://www.nysenate.gov/legislation/laws/LAB/215-A",
            Citation.Kind.STATUTE,
            b ->
                b.title(
                        "N.Y. Labor Law § 215-a, Discrimination against employees for failure to"
                            + " meet certain ticket quotas")
                    .legalReference(LegalReference.statute("N.Y.", "Lab. Law", "215-a"))),
        citation(
            "ny-l2010-c460",
            OPEN_LEGISLATION,
            "2010-08-30",
            "http://open.nysenate.gov/legislation/bill/S2956A-2009",
            Citation.Kind.STATUTE,
            b -> b.title("L. 2010, ch. 460 (S.2956-A / A.6729-A), amending § 215-a")),
        citation(
            "ny-s6617-2012",
            "New York State Senate",
            "2012-03-05",
            "http://www.nysenate.gov/legislation/bills/2011/S6617",
            Citation.Kind.GOVERNMENT_DOCUMENT,
            b ->
                b.title(
                    "S.6617 of 2011-2012 (would make a § 215-a violation a class A"
                        + " misdemeanor)")),
        citation(
            "usc-42-1983",
            "United States Code",
            null,
            "https://www.law.cornell.edu/uscode/text/42/1983",
            Citation.Kind.STATUTE,
            b ->
                b.title("42 U.S.C. § 1983, Civil action for deprivation of rights")
                    .legalReference(LegalReference.statute("42", "U.S.C.", "1983"))),
        citation(
            "monell-1978",
            SCOTUS,
            "1978",
            null,
            Citation.Kind.CASE,
            b ->
                b.title("Monell v. Department of Social Services, 436 U.S. 658 (1978)")
                    .legalReference(LegalReference.reported("436", "U.S.", "658"))),
        citation(
            "bivens-1971",
            "Supreme Court of the United States (opinion text hosted by the University of"
                + " Tennessee)",
            "1971",
            "http://web.utk.edu/~scheb/decisions/bivens.htm",
            Citation.Kind.CASE,
            b ->
                b.title("Bivens v. Six Unknown Named Agents, 403 U.S. 388 (1971)")
                    .legalReference(LegalReference.reported("403", "U.S.", "388"))),
        citation(
            "harlow-1982",
            "Supreme Court of the United States (National Constitution Center case library)",
            "1982",
            "https://constitutioncenter.org/the-constitution/supreme-court-case-library/harlow-v-fitzgerald",
            Citation.Kind.CASE,
            b ->
                b.title("Harlow v. Fitzgerald, 457 U.S. 800 (1982)")
                    .legalReference(LegalReference.reported("457", "U.S.", "800"))),
        citation(
            "matthews-2015",
            "U.S. Court of Appeals for the Second Circuit",
            "2015",
            "https://print.casetext.com/case/matthews-v-city-of-ny-12",
            Citation.Kind.CASE,
            b ->
                b.title("Matthews v. City of New York, 779 F.3d 167 (2d Cir. 2015)")
                    .legalReference(LegalReference.reported("779", "F.3d", "167"))));
  }

  // ------------------------------------------------------------- directives

  private static final String TWENTY_AND_ONE = "41st-precinct-20-and-1";
  private static final String DAY_TOUR_TARGET = "81st-precinct-day-tour-target";
  private static final String XO_DEMAND = "81st-precinct-executive-officer-demand";
  private static final String MARINO_QUOTA = "75th-precinct-summons-quota";
  private static final String POSTED_MEMOS = "77th-precinct-posted-memos";
  private static final String FORTY_SECOND = "42nd-precinct-quota-system";
  private static final String OBJECTIVES = "police-officer-performance-objectives";
  private static final String QUEST = "quest-for-excellence";

  private static final List<Conduct> QUOTA_CONDUCTS = List.of(MISSED_QUOTA, IMPOSING_QUOTA);

  private static List<Directive> directives() {
    return List.of(
        Directive.builder()
            .id(TWENTY_AND_ONE)
            .kind(Directive.Kind.NUMERICAL_TARGET)
            .summary(
                "Officers were pressed to write 20 summonses and make 1 arrest a month"
                    + " (\"20 and 1\"), later with five stops added; the union delegate put the"
                    + " period at 20 to 22 days of patrol")
            .issuer(
                Actor.of(
                        "41st Precinct patrol commander and sergeants, relayed by a PBA"
                            + " delegate")
                    .withRole(FIELD_OFFICE_MANAGER))
            .addressee(Actor.of("41st Precinct officers").withRole(LINE_AGENT))
            .effective(PartialDate.parse("2009"))
            .target(NumericalTarget.of("summonses a month", "per officer", 20))
            .addAllConducts(QUOTA_CONDUCTS)
            .addCitations("courthousenews-2013-03-20", "baystate-2013-12-26")
            .build(),
        Directive.builder()
            .id(DAY_TOUR_TARGET)
            .kind(Directive.Kind.NUMERICAL_TARGET)
            .summary(
                "Each day tour was to write 20 summonses a week as a group, five each for"
                    + " double parking, bus stops, seat belts and cell phones (per shift group, not"
                    + " per officer, as the Times corrected)")
            .issuer(Actor.named("81st Precinct captain", "Alex Perez"))
            .addressee(Actor.of("81st Precinct day tours").withRole(LINE_AGENT))
            .effective(PartialDate.parse("2010-04"))
            .target(NumericalTarget.of("summonses a week", "per day tour, as a group", 20))
            .addAllConducts(QUOTA_CONDUCTS)
            .addDenials(
                new Directive.Denial(
                    "NYPD spokesman Paul Browne called these minimum productivity goals, not quotas",
                    "crimereport-2010-09-11"))
            .addCitations("crimereport-2010-09-11")
            .build(),
        Directive.builder()
            .id(XO_DEMAND)
            .kind(Directive.Kind.NUMERICAL_TARGET)
            .summary(
                "The executive officer demanded at least 3 seat-belt, 1 cell-phone and 11"
                    + " other summonses, as a lieutenant relayed at roll call")
            .issuer(
                Actor.of("81st Precinct executive officer, relayed by a lieutenant")
                    .withRole(FIELD_OFFICE_MANAGER))
            .addressee(Actor.of("81st Precinct officers").withRole(LINE_AGENT))
            .effective(PartialDate.parse("2008-06-12"))
            .target(
                NumericalTarget.of(
                    "seat-belt summonses (and 1 cell-phone, 11 other)", "not stated", 3))
            .addAllConducts(QUOTA_CONDUCTS)
            .addDenials(
                new Directive.Denial(
                    "A November 2010 NYPD Legal Bureau memo says the department never had quotas and"
                        + " never condoned discipline for missing one",
                    "voice-2010-12-06"))
            .addCitations("voice-2010-12-06")
            .build(),
        Directive.builder()
            .id(MARINO_QUOTA)
            .kind(Directive.Kind.UNSTATED_TARGET)
            .summary(
                "The commander's directive linked evaluations to summons and arrest numbers;"
                    + " an arbitrator found an illegal traffic-summons quota in 2006 (the number is"
                    + " not stated in the source)")
            .issuer(
                Actor.named("75th Precinct commander", "Michael Marino")
                    .withRole(FIELD_OFFICE_MANAGER))
            .addressee(Actor.of("75th Precinct officers").withRole(LINE_AGENT))
            .addAllConducts(QUOTA_CONDUCTS)
            .addCitations("nydn-2010-77th")
            .build(),
        Directive.builder()
            .id(POSTED_MEMOS)
            .kind(Directive.Kind.UNSTATED_TARGET)
            .summary(
                "Memos posted in the stationhouse set ticket numbers for a time frame (the"
                    + " numbers are not stated in the source)")
            .issuer(
                Actor.of("unknown; the NYPD said the memos were posted without" + " authorization"))
            .addressee(Actor.of("77th Precinct officers").withRole(LINE_AGENT))
            .effective(PartialDate.parse("2010~"))
            .addAllConducts(QUOTA_CONDUCTS)
            .addDenials(
                new Directive.Denial(
                    "The NYPD said the memos were posted without authorization; the Mayor said there"
                        + " are no quotas but there is \"performance management\"",
                    "nydn-2010-77th"))
            .addCitations("nydn-2010-77th")
            .build(),
        Directive.builder()
            .id(FORTY_SECOND)
            .kind(Directive.Kind.UNSTATED_TARGET)
            .summary(
                "A quota system for arrests and stops in place since 2008, as Officer Craig"
                    + " Matthews alleged (the numbers are not stated in the source)")
            .issuer(Actor.of("42nd Precinct supervisors").withRole(SUPERVISOR))
            .addressee(Actor.of("42nd Precinct officers").withRole(LINE_AGENT))
            .effective(PartialDate.parse("2008"))
            .addAllConducts(QUOTA_CONDUCTS)
            .addCitations("politico-2015-02-26")
            .build(),
        Directive.builder()
            .id(OBJECTIVES)
            .kind(Directive.Kind.POLICY_MEMO)
            .summary(
                "Order \"Police Officer Performance Objectives\": managers can and must set"
                    + " performance goals, and summonses and stops count as proactive enforcement; it"
                    + " sets no number")
            .issuer(Actor.named("Police Commissioner", "Ray Kelly").withRole(SENIOR_OFFICIAL))
            .addressee(Actor.of("NYPD managers and officers"))
            .effective(PartialDate.parse("2011-10~"))
            .addConducts(IMPOSING_QUOTA)
            .addDenials(
                new Directive.Denial(
                    "The order speaks of performance goals, not quotas; the NYCLU's Christopher Dunn"
                        + " said calling quotas goals changes nothing",
                    "voice-2011-10"))
            .addCitations("voice-2011-10")
            .build(),
        Directive.builder()
            .id(QUEST)
            .kind(Directive.Kind.UNSTATED_TARGET)
            .summary(
                "The \"Quest for Excellence\" system: daily and monthly reports of arrests,"
                    + " summonses and stop reports, with \"monthly recommended levels of"
                    + " performance\" (no number reported); a less numbers-focused replacement was"
                    + " planned in 2015")
            .issuer(Actor.of("the NYPD"))
            .addressee(Actor.of("nearly 35,000 officers").withRole(LINE_AGENT))
            .effective(PartialDate.parse("2011"))
            .addAllConducts(QUOTA_CONDUCTS)
            .addDenials(
                new Directive.Denial(
                    "Officials said monthly recommended levels of performance have always been one"
                        + " factor among others",
                    "wsj-2015-04-21"))
            .addCitations("wsj-2015-04-21")
            .build());
  }

  // ------------------------------------------------------ personnel actions

  private static final String COMMAND_DISCIPLINE = "41st-precinct-command-discipline";
  private static final String SHIFT_THREAT = "81st-precinct-shift-threat";
  private static final String TRANSFER_THREAT = "81st-precinct-transfer-threat";
  private static final String POLANCO = "polanco-suspension";
  private static final String SCHOOLCRAFT = "schoolcraft-suspension";
  private static final String MATTHEWS = "matthews-evaluations-and-overtime";
  private static final String RAYMOND = "raymond-promotion-and-evaluations";
  private static final String CRIME_REPORTS = "81st-precinct-crime-report-discipline";
  private static final String MARINO_TRANSFER = "marino-transfer";
  private static final String SUPERVISOR_PROMISE = "promise-to-punish-quota-supervisors";

  private static List<PersonnelAction> personnelActions() {
    return List.of(
        PersonnelAction.builder()
            .id(COMMAND_DISCIPLINE)
            .kind(PersonnelAction.Kind.DISCIPLINE)
            .summary(
                "Command discipline, such as lost vacation days, punished officers with low"
                    + " numbers (no count is given)")
            .subjectRole(LINE_AGENT)
            .subjectDescription("41st Precinct officers")
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.REPORTED)
            .date(PartialDate.parse("2009"))
            .conduct(MISSED_QUOTA)
            .reason(
                "low numbers against \"20 and one\", as Officer Adhyl Polanco testified at the"
                    + " Floyd trial")
            .addEnforces(TWENTY_AND_ONE)
            .addCitations("courthousenews-2013-03-20")
            .build(),
        PersonnelAction.builder()
            .id(SHIFT_THREAT)
            .kind(PersonnelAction.Kind.SCHEDULE_CHANGE)
            .summary(
                "Nonproductive officers were told they faced less family-friendly shifts or"
                    + " dismissal")
            .subjectRole(LINE_AGENT)
            .subjectDescription("81st Precinct officers")
            .actor(Actor.named("81st Precinct captain", "Alex Perez"))
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.THREATENED)
            .date(PartialDate.parse("2010-04"))
            .conduct(MISSED_QUOTA)
            .reason("weekly summons counts, in a recording of 81st Precinct supervisors")
            .addEnforces(DAY_TOUR_TARGET)
            .addCitations("crimereport-2010-09-11")
            .build(),
        PersonnelAction.builder()
            .id(TRANSFER_THREAT)
            .kind(PersonnelAction.Kind.REASSIGNMENT)
            .summary(
                "Officers were told to write more summonses and make more arrests or face"
                    + " transfer or undesirable schedules, as Officer Adrian Schoolcraft alleged")
            .subjectRole(LINE_AGENT)
            .subjectDescription("81st Precinct officers")
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.THREATENED)
            .conduct(MISSED_QUOTA)
            .reason("summons and arrest numbers, as Schoolcraft alleged")
            .addCitations("nbcny-2015-09-29")
            .build(),
        PersonnelAction.builder()
            .id(POLANCO)
            .kind(PersonnelAction.Kind.SUSPENSION)
            .summary(
                "Officer Adhyl Polanco was suspended the day after his April 2010 deposition,"
                    + " and later prosecuted on department charges over forms his commander made him"
                    + " sign, as he says; the outcome of the charges is not found")
            .subjectRole(LINE_AGENT)
            .addSubjectNames("Adhyl Polanco")
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .date(PartialDate.parse("2010-04"))
            .conduct(REPORTING_QUOTA)
            .reason("his deposition and complaints about quotas, as he alleges")
            .addCitations("baystate-2013-12-26", "courthousenews-2013-03-20")
            .build(),
        PersonnelAction.builder()
            .id(SCHOOLCRAFT)
            .kind(PersonnelAction.Kind.SUSPENSION)
            .summary(
                "Officer Adrian Schoolcraft was taken to a psychiatric ward and suspended"
                    + " without pay; he settled in 2015 with back pay")
            .subjectRole(LINE_AGENT)
            .addSubjectNames("Adrian Schoolcraft")
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .date(PartialDate.parse("2009-10-31"))
            .until(PartialDate.parse("2015-09-29"))
            .conduct(REPORTING_QUOTA)
            .reason("his disclosures, as he alleged")
            .officialResponse(
                "The City settled, saying the settlement is not an admission of" + " wrongdoing.")
            .addCitations("nbcny-2015-09-29", "voice-2012-03-07")
            .build(),
        PersonnelAction.builder()
            .id(MATTHEWS)
            .kind(PersonnelAction.Kind.ADVERSE_EVALUATION)
            .summary(
                "Officer Craig Matthews got less overtime, negative reviews, a negative 2011"
                    + " evaluation and \"command monitoring\"; the settlement threw out the"
                    + " evaluation and ended the monitoring")
            .subjectRole(LINE_AGENT)
            .addSubjectNames("Craig Matthews")
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .date(PartialDate.parse("2011"))
            .until(PartialDate.parse("2015-12~"))
            .conduct(REPORTING_QUOTA)
            .reason("his complaints about the 42nd Precinct's quota system, as he alleged")
            .addEnforces(FORTY_SECOND)
            .addCitations("politico-2015-02-26", "policemag-2015-12")
            .build(),
        PersonnelAction.builder()
            .id(RAYMOND)
            .kind(PersonnelAction.Kind.BENEFIT_DENIED)
            .summary(
                "Edwin Raymond was passed over for promotion and given poor assignments and"
                    + " low evaluations, as he alleges; he was a lieutenant by 2022")
            .subjectRole(LINE_AGENT)
            .addSubjectNames("Edwin Raymond")
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.REPORTED)
            .conduct(MISSED_QUOTA)
            .reason(
                "his arrest numbers and his complaints, as he alleges; the City calls him"
                    + " insubordinate")
            .addInferences(
                new Inference(
                    "conduct",
                    "The link to his numbers is his allegation; in 2022 the court found no direct link"
                        + " between quota complaints and the assignments or evaluations"))
            .addCitations("dnainfo-2016-02-23", "nydn-2022-07-08")
            .build(),
        PersonnelAction.builder()
            .id(CRIME_REPORTS)
            .kind(PersonnelAction.Kind.DISCIPLINE)
            .summary(
                "The 81st Precinct commander, Steven Mauriello, two sergeants and five"
                    + " officers were disciplined or charged, and most of the command transferred,"
                    + " after an NYPD investigation found crime under-reporting; the outcome of the"
                    + " commander's charges is not found")
            .subjectRole(FIELD_OFFICE_MANAGER)
            .addSubjectNames("Steven Mauriello")
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .reason("crime-report manipulation, not quotas")
            .addCitations("voice-2012-03-07")
            .build(),
        PersonnelAction.builder()
            .id(MARINO_TRANSFER)
            .kind(PersonnelAction.Kind.REASSIGNMENT)
            .summary(
                "Deputy Chief Michael Marino, who ordered Schoolcraft committed, was"
                    + " transferred with most of the command")
            .subjectRole(SENIOR_OFFICIAL)
            .addSubjectNames("Michael Marino")
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.CARRIED_OUT)
            .conduct(RETALIATING_AGAINST_WHISTLEBLOWER)
            .reason("ordering Schoolcraft's commitment, per the Voice; not a quota sanction")
            .addInferences(
                new Inference(
                    "conduct",
                    "The Voice reports the order and the transfer; it does not say the transfer"
                        + " answered the order, or that the order was retaliation"))
            .addCitations("voice-2012-03-07")
            .build(),
        PersonnelAction.builder()
            .id(SUPERVISOR_PROMISE)
            .kind(PersonnelAction.Kind.DISCIPLINE)
            .summary(
                "The department promised to punish supervisors found enforcing quotas; no"
                    + " instance is found")
            .subjectRole(SUPERVISOR)
            .subjectDescription("supervisors found enforcing quotas")
            .nature(PersonnelAction.Nature.SANCTION)
            .status(PersonnelAction.Status.THREATENED)
            .date(PartialDate.parse("2016"))
            .conduct(PENALIZING_MISSED_QUOTA)
            .reason(
                "enforcing quotas, a standing promise since Commissioner James O'Neill took"
                    + " over in 2016")
            .addCitations("theappeal-2018")
            .build());
  }

  // ------------------------------------------------------- oversight bodies

  private static final String VETO_2003 = "2003-quota-ban-veto";
  private static final String LAW_2010 = "2010-quota-law";
  private static final String ARBITRATION_2006 = "2006-75th-precinct-arbitration";
  private static final String UNION_LOBBYING = "pba-lobbying";
  private static final String PRESS_RECORDINGS = "press-recordings-and-memos";
  private static final String CRIME_REPORT_PROBE = "81st-precinct-investigation";
  private static final String FLOYD = "floyd-class-action";
  private static final String MONITORSHIP = "floyd-monitorship";
  private static final String STINSON = "stinson-class-action";
  private static final String MATTHEWS_SUIT = "matthews-suit";
  private static final String RAYMOND_SUIT = "raymond-suit";
  private static final String BIRCH_SUIT = "birch-suit";

  private static List<OversightBody> oversightBodies() {
    return List.of(
        OversightBody.builder()
            .id("ny-legislature")
            .name("The New York State Legislature and Governor")
            .kind(OversightBody.Kind.LEGISLATURE)
            .addLevers(Lever.LEGISLATION)
            .addActions(
                OversightAction.builder()
                    .id(VETO_2003)
                    .lever(Lever.LEGISLATION)
                    .summary(
                        "A bill passed by both houses to ban ticket-writing and arrest quotas;"
                            + " Gov. Pataki vetoed it, saying a bright line between quotas and"
                            + " legitimate performance measures is hard to draw")
                    .date(PartialDate.parse("2003"))
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.EMPLOYER)
                    .addConducts(IMPOSING_QUOTA, PENALIZING_MISSED_QUOTA)
                    .addOutcomes(step(Outcome.VETOED, "2003-08-20", null, "nydn-2003-08-21"))
                    .addCitations("nydn-2003-08-21")
                    .build(),
                OversightAction.builder()
                    .id(LAW_2010)
                    .lever(Lever.LEGISLATION)
                    .summary(
                        "S.2956-A widened § 215-a from traffic tickets to every summons,"
                            + " arrest and stop, and to threats, over the Mayor's written objection")
                    .date(PartialDate.parse("2010"))
                    .liability(LiabilityType.ADMINISTRATIVE)
                    .addDefendants(Defendant.EMPLOYER)
                    .addConducts(PENALIZING_MISSED_QUOTA)
                    .route(GRIEVANCE)
                    .addOutcomes(
                        step(
                            Outcome.ENACTED,
                            "2010-08-30",
                            "signed after the Mayor asked the Governor, in a letter of 2 July 2010, to"
                                + " veto it",
                            "ny-l2010-c460",
                            "voice-2010-09-29"))
                    .addCitations("nysenate-2010-09-01", "voice-2010-09-29", "ny-l2010-c460")
                    .build())
            .addCitations("nydn-2003-08-21", "ny-l2010-c460")
            .build(),
        OversightBody.builder()
            .id("arbitrator-2006")
            .name(
                "The arbitrator of the 2006 75th Precinct grievance (the source does not say"
                    + " who brought it)")
            .kind(OversightBody.Kind.ARBITRATOR)
            .addLevers(Lever.GRIEVANCE)
            .addActions(
                OversightAction.builder()
                    .id(ARBITRATION_2006)
                    .lever(Lever.GRIEVANCE)
                    .summary(
                        "Grievance arbitration under state labor law over traffic-summons"
                            + " quotas in the 75th Precinct, with officers punished for missing them")
                    .date(PartialDate.parse("2006"))
                    .liability(LiabilityType.ADMINISTRATIVE)
                    .addDefendants(Defendant.EMPLOYER)
                    .addConducts(IMPOSING_QUOTA, PENALIZING_MISSED_QUOTA)
                    .route(GRIEVANCE)
                    .addOutcomes(
                        step(
                            Outcome.GRANTED,
                            "2006",
                            "the arbitrator ruled that the NYPD broke state labor law",
                            "nydn-2010-77th"))
                    .addCitations("nydn-2010-77th")
                    .build())
            .addCitations("nydn-2010-77th")
            .build(),
        OversightBody.builder()
            .id("pba")
            .name("The PBA, the police officers' union")
            .kind(OversightBody.Kind.UNION)
            .addLevers(Lever.PUBLIC_CAMPAIGN, Lever.GRIEVANCE)
            .addActions(
                OversightAction.builder()
                    .id(UNION_LOBBYING)
                    .lever(Lever.PUBLIC_CAMPAIGN)
                    .summary(
                        "Lobbied for the ban on quotas and said punishing officers who miss"
                            + " goals makes them illegal quotas; yet its 41st Precinct delegate was"
                            + " recorded backing \"20 and 1\"")
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(IMPOSING_QUOTA, PENALIZING_MISSED_QUOTA)
                    .addOutcomes(
                        step(
                            Outcome.ENACTED,
                            "2010-08-30",
                            "the 2010 law widening the ban was signed",
                            "ny-l2010-c460"))
                    .addCitations(
                        "nydn-2003-05-29", "voice-2010-05-04", "courthousenews-2013-03-20")
                    .build())
            .addCitations("nydn-2003-05-29", "voice-2010-05-04")
            .build(),
        OversightBody.builder()
            .id("press")
            .name("The Village Voice, the New York Times and the Daily News")
            .kind(OversightBody.Kind.PRESS)
            .addLevers(Lever.PUBLIC_CAMPAIGN)
            .addActions(
                OversightAction.builder()
                    .id(PRESS_RECORDINGS)
                    .lever(Lever.PUBLIC_CAMPAIGN)
                    .summary("Published roll-call recordings and precinct memos setting numbers")
                    .date(PartialDate.parse("2010"))
                    .liability(LiabilityType.POLITICAL)
                    .addDefendants(Defendant.AGENCY)
                    .addConducts(IMPOSING_QUOTA)
                    .addOutcomes(
                        step(
                            Outcome.COMPLETED,
                            "2010~",
                            "the Mayor promised a probe of the 77th Precinct memos",
                            "nydn-2010-77th"))
                    .addCitations("voice-2010-05-04", "crimereport-2010-09-11", "nydn-2010-77th")
                    .build())
            .addCitations("voice-2010-05-04", "crimereport-2010-09-11", "nydn-2010-77th")
            .build(),
        OversightBody.builder()
            .id("nypd-internal-investigators")
            .name("NYPD internal investigators")
            .kind(OversightBody.Kind.AGENCY)
            .addLevers(Lever.INVESTIGATION, Lever.DISCIPLINE)
            .addActions(
                OversightAction.builder()
                    .id(CRIME_REPORT_PROBE)
                    .lever(Lever.INVESTIGATION)
                    .summary(
                        "Investigation of the 81st Precinct, whose report went unreleased for"
                            + " nearly two years, found crime under-reporting")
                    .liability(LiabilityType.ADMINISTRATIVE)
                    .addDefendants(Defendant.INDIVIDUAL)
                    .addRoles(FIELD_OFFICE_MANAGER, SUPERVISOR, LINE_AGENT)
                    .addOutcomes(
                        step(
                            Outcome.COMPLETED,
                            null,
                            "the commander, two sergeants and five officers were disciplined or"
                                + " charged, for crime-report manipulation",
                            "voice-2012-03-07"))
                    .addCitations("voice-2012-03-07")
                    .build())
            .addCitations("voice-2012-03-07")
            .build(),
        OversightBody.builder()
            .id("sdny-floyd")
            .name("U.S. District Court for the Southern District of New York (Floyd)")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.LITIGATION, Lever.INJUNCTION)
            .addActions(
                OversightAction.builder()
                    .id(FLOYD)
                    .lever(Lever.INJUNCTION)
                    .summary(
                        "Floyd v. City of New York: a § 1983 class action over stop-and-frisk;"
                            + " the liability opinion has sections on pressure to increase stops,"
                            + " Compstat pressure on commanders and pressure on officers before and"
                            + " after the 2010 quota law (section headings only were read)")
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.MUNICIPALITY)
                    .addConducts(UNLAWFUL_SEIZURE, RACIAL_PROFILING)
                    .route(MONELL)
                    .addOutcomes(
                        step(
                                Outcome.GRANTED,
                                "2013-08-12",
                                "the court found the City liable for Fourth and Fourteenth Amendment"
                                    + " violations, issued a permanent injunction (the Remedial"
                                    + " Order) and appointed an independent monitor",
                                "floyd-2013-08-12",
                                "floyd-2022-09-09")
                            .withYields(Remedy.INJUNCTION, Remedy.COURT_MONITOR))
                    .addCitations("floyd-2013-08-12", "floyd-2022-09-09")
                    .build())
            .addCitations("floyd-2013-08-12")
            .build(),
        OversightBody.builder()
            .id("floyd-monitor")
            .name("The independent monitor of the Floyd Remedial Order (Peter L. Zimroth)")
            .kind(OversightBody.Kind.COURT_MONITOR)
            .addLevers(Lever.MONITORING)
            .addActions(
                OversightAction.builder()
                    .id(MONITORSHIP)
                    .lever(Lever.MONITORING)
                    .summary("Oversight of the City's compliance with the Remedial Order")
                    .date(PartialDate.parse("2013"))
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.MUNICIPALITY)
                    .addConducts(UNLAWFUL_SEIZURE, RACIAL_PROFILING)
                    .addOutcomes(
                        step(
                            Outcome.PENDING,
                            "2022-09-09",
                            "the monitorship was still the subject of a 2022 order",
                            "floyd-2022-09-09"))
                    .addCitations("floyd-2022-09-09")
                    .build())
            .addCitations("floyd-2022-09-09")
            .build(),
        OversightBody.builder()
            .id("sdny-stinson")
            .name("U.S. District Court for the Southern District of New York (Stinson)")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.LITIGATION)
            .addActions(
                OversightAction.builder()
                    .id(STINSON)
                    .lever(Lever.LITIGATION)
                    .summary(
                        "Stinson v. City of New York: a § 1983 class action over some 900,000"
                            + " criminal summonses dismissed for failing to state probable cause")
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.MUNICIPALITY)
                    .addConducts(ISSUING_BASELESS_SUMMONS)
                    .route(MONELL)
                    .addOutcomes(
                        step(
                                Outcome.GRANTED,
                                "2016-01-07",
                                "Judge Sweet found the NYPD grossly negligent in letting documents"
                                    + " be destroyed; jurors were to be told that missing documents"
                                    + " do not establish the absence of a summons quota policy",
                                "lawcom-2016-01-07")
                            .withYields(Remedy.EVIDENTIARY_SANCTION),
                        step(
                                Outcome.SETTLED,
                                "2017-01-23",
                                "the City agreed to pay up to $75 million, at most $150 per"
                                    + " summons, while maintaining that the NYPD has no quotas;"
                                    + " officers department-wide were to get notices that quotas"
                                    + " are banned",
                                "nydn-2017-01-24",
                                "nypdsummons-settlement")
                            .withYields(Remedy.DAMAGES, Remedy.NOTICE),
                        step(
                            Outcome.APPROVED,
                            "2017-06",
                            "Judge Sweet approved the settlement; the NYPD agreed to reaffirm that"
                                + " quotas for summonses, arrests and stops violate department"
                                + " policy",
                            "reuters-2017-06-12"))
                    .addCitations(
                        "lawcom-2016-01-07",
                        "nydn-2017-01-24",
                        "reuters-2017-06-12",
                        "nypdsummons-settlement")
                    .build())
            .addCitations("reuters-2017-06-12")
            .build(),
        OversightBody.builder()
            .id("matthews-courts")
            .name(
                "The federal courts in Matthews (the Second Circuit on appeal), with the NYCLU"
                    + " as counsel")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.LITIGATION)
            .addActions(
                OversightAction.builder()
                    .id(MATTHEWS_SUIT)
                    .lever(Lever.LITIGATION)
                    .summary(
                        "Officer Craig Matthews' First Amendment suit under § 1983 against"
                            + " the City, Commissioner Kelly, a deputy inspector and a lieutenant, over"
                            + " retaliation for protesting the 42nd Precinct's quota system")
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.MUNICIPALITY, Defendant.INDIVIDUAL)
                    .addRoles(SENIOR_OFFICIAL, FIELD_OFFICE_MANAGER, SUPERVISOR)
                    .addConducts(RETALIATING_AGAINST_WHISTLEBLOWER)
                    .route(RETALIATION)
                    .addOutcomes(
                        step(
                            Outcome.DISMISSED,
                            "2013-07",
                            "a district judge dismissed the case",
                            "politico-2015-02-26"),
                        step(
                            Outcome.REINSTATED_ON_APPEAL,
                            "2015-02",
                            "the Second Circuit held that his complaint was a citizen's speech,"
                                + " protected by the First Amendment",
                            "politico-2015-02-26",
                            "matthews-2015"),
                        step(
                                Outcome.SETTLED,
                                "2015-12~",
                                "the City paid $125,000 in damages, over $30,000 in lost overtime"
                                    + " and $130,000 to the NYCLU, threw out his negative 2011"
                                    + " evaluation and ended the command monitoring of his work; no"
                                    + " admission is reported, and no source shows an individual"
                                    + " defendant paying",
                                "policemag-2015-12")
                            .withYields(Remedy.DAMAGES, Remedy.BACK_PAY, Remedy.RECORD_CLEARED))
                    .addCitations("politico-2015-02-26", "matthews-2015", "policemag-2015-12")
                    .build())
            .addCitations("politico-2015-02-26")
            .build(),
        OversightBody.builder()
            .id("sdny-raymond")
            .name("U.S. District Court for the Southern District of New York (Raymond)")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.LITIGATION)
            .addActions(
                OversightAction.builder()
                    .id(RAYMOND_SUIT)
                    .lever(Lever.LITIGATION)
                    .summary(
                        "A suit by 12 minority officers led by Edwin Raymond under § 215-a,"
                            + " § 1983 and other law against the City and officials the sources do not"
                            + " name")
                    .date(PartialDate.parse("2015-08~"))
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.MUNICIPALITY)
                    .addConducts(PENALIZING_MISSED_QUOTA, RETALIATING_AGAINST_WHISTLEBLOWER)
                    .addOutcomes(
                        step(
                                Outcome.PARTLY_DISMISSED,
                                "2017-03-06~",
                                "the § 215-a claim was dismissed, and other claims with leave to"
                                    + " replead",
                                "raymond-2017")
                            .withGrounds(Ground.NO_PRIVATE_RIGHT_OF_ACTION, Ground.NOT_EXHAUSTED),
                        step(
                                Outcome.PARTLY_DISMISSED,
                                "2022-07~",
                                "most federal discrimination and retaliation claims were dismissed,"
                                    + " leaving state court open; the First Amendment retaliation"
                                    + " claims of Pedro Serrano and Sandy Gonzalez go on",
                                "nydn-2022-07-08")
                            .withGrounds(Ground.NO_CAUSAL_LINK))
                    .addCitations("dnainfo-2016-02-23", "raymond-2017", "nydn-2022-07-08")
                    .build())
            .addCitations("nydn-2022-07-08")
            .build(),
        OversightBody.builder()
            .id("edny-birch")
            .name("U.S. District Court for the Eastern District of New York (Birch)")
            .kind(OversightBody.Kind.COURT)
            .addLevers(Lever.LITIGATION)
            .addActions(
                OversightAction.builder()
                    .id(BIRCH_SUIT)
                    .lever(Lever.LITIGATION)
                    .summary(
                        "An officer's First Amendment suit under § 1983 against the City,"
                            + " supervisors and the commissioners, over retaliation for complaining"
                            + " about arrest quotas")
                    .liability(LiabilityType.CIVIL)
                    .addDefendants(Defendant.MUNICIPALITY, Defendant.INDIVIDUAL)
                    .addRoles(SUPERVISOR, SENIOR_OFFICIAL)
                    .addConducts(RETALIATING_AGAINST_WHISTLEBLOWER)
                    .route(RETALIATION)
                    .addOutcomes(
                        step(
                                Outcome.DISMISSED,
                                "2016-05-03",
                                "the claims were mostly time-barred, the law on such speech was"
                                    + " unsettled at the time, and the Monell claim fell with"
                                    + " them",
                                "birch-2016-05-03")
                            .withGrounds(
                                Ground.TIME_BAR,
                                Ground.QUALIFIED_IMMUNITY,
                                Ground.NO_CAUSAL_LINK,
                                Ground.NO_PERSONAL_INVOLVEMENT))
                    .addCitations("birch-2016-05-03")
                    .build())
            .addCitations("birch-2016-05-03")
            .build());
  }

  // ------------------------------------------------------------- legal routes

  private static final String GRIEVANCE = "section-215a-grievance";
  private static final String RETALIATION = "first-amendment-retaliation";
  private static final String PERSONAL_1983 = "section-1983-personal";
  private static final String MONELL = "monell-claim";
  private static final String DISCIPLINE = "department-discipline";
  private static final String STATE_LAW = "state-law-claims";
  private static final String CRIMINAL_BILL = "section-215a-criminal-penalty-bill";
  private static final String LEGISLATION = "legislation-and-policy";

  private static final LegalRoute.Hurdle QUALIFIED_IMMUNITY =
      LegalRoute.Hurdle.of(
          LegalRoute.Hurdle.Kind.IMMUNITY,
          "Qualified immunity shields officials sued personally from damages unless they violated"
              + " clearly established rights; it sank Birch's claim because the law on such"
              + " speech was unsettled at the time",
          "harlow-1982",
          "birch-2016-05-03");

  private static List<LegalRoute> routes() {
    return List.of(
        LegalRoute.builder()
            .id(GRIEVANCE)
            .name(
                "Grievance under N.Y. Labor Law § 215-a against a penalty or threat for a missed"
                    + " quota")
            .liability(LiabilityType.ADMINISTRATIVE)
            .addConducts(PENALIZING_MISSED_QUOTA)
            .addDefendants(Defendant.EMPLOYER)
            .forum(
                "grievance and arbitration under the collective bargaining agreement (Civil"
                    + " Service Law § 75-a where there is none)")
            .initiatedBy("the officer penalized or threatened")
            .addClaimants(LINE_AGENT)
            .addProtects(MISSED_QUOTA)
            .addRemedies(Remedy.RESTORATION, Remedy.BACK_PAY)
            .addHurdles(
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.MUST_PROVE,
                    "A quota as the statute defines it: a number of tickets, summonses, arrests or"
                        + " stops within a specified period; orders to do ticket-generating work"
                        + " without a number and a period are not one",
                    "matarazzo-1999-05-06",
                    "ny-lab-215a"),
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.MUST_PROVE,
                    "Before 2010 only quotas of traffic tickets, and penalties imposed solely for"
                        + " missing one, were covered; since then summonses of any kind, arrests"
                        + " and stops, threats, and penalties based in whole or in part on a missed"
                        + " quota",
                    "ny-l2010-c460"),
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.PROCEDURE,
                    "No private action in court: the 2017 Raymond ruling sent § 215-a claims to the"
                        + " grievance procedure first, while Matarazzo (1999) held that arbitration"
                        + " need not be exhausted; courts differ",
                    "raymond-2017",
                    "matarazzo-1999-05-06"))
            .addEnforcedBy("arbitrator-2006")
            .addCitations("ny-lab-215a", "ny-l2010-c460")
            .build(),
        LegalRoute.builder()
            .id(RETALIATION)
            .name(
                "First Amendment retaliation claim under 42 U.S.C. § 1983, brought by an officer"
                    + " against supervisors and commanders personally")
            .liability(LiabilityType.CIVIL)
            .addConducts(RETALIATING_AGAINST_WHISTLEBLOWER, PENALIZING_MISSED_QUOTA)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(SUPERVISOR, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)
            .forum("federal district court")
            .initiatedBy("the officer retaliated against")
            .addClaimants(LINE_AGENT)
            .addProtects(REPORTING_QUOTA)
            .addRemedies(Remedy.DAMAGES, Remedy.INJUNCTION)
            .addPreconditions(
                LegalRoute.Precondition.established(
                    "Supervisors and commanders act under color of state law", "usc-42-1983"),
                LegalRoute.Precondition.established(
                    "An officer who complains to his precinct's commanders about an arrest quota"
                        + " speaks as a citizen, and the First Amendment protects the speech",
                    "matthews-2015",
                    "politico-2015-02-26"),
                LegalRoute.Precondition.notEstablished(
                        "The penalty retaliates for the officer's speech as a citizen, such as a"
                            + " complaint about the quota; no source shows such a claim for a"
                            + " missed number alone",
                        "matthews-2015")
                    .forConducts(PENALIZING_MISSED_QUOTA))
            .addHurdles(
                QUALIFIED_IMMUNITY,
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.PROCEDURE,
                    "Time limits: most of Birch's claims were time-barred",
                    "birch-2016-05-03"),
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.MUST_PROVE,
                    "A causal link between the speech and the penalty, which Birch and most of the"
                        + " Raymond plaintiffs failed to show",
                    "birch-2016-05-03",
                    "nydn-2022-07-08"),
                LegalRoute.Hurdle.of(
                        LegalRoute.Hurdle.Kind.MUST_PROVE,
                        "Personal involvement: the commissioners were dismissed from Birch's case"
                            + " for want of it",
                        "birch-2016-05-03")
                    .forRoles(SENIOR_OFFICIAL))
            .addEnforcedBy("matthews-courts", "edny-birch")
            .addCitations("usc-42-1983", "matthews-2015")
            .build(),
        LegalRoute.builder()
            .id(PERSONAL_1983)
            .name(
                "Damages claim under 42 U.S.C. § 1983 against officers and supervisors"
                    + " personally, by a person stopped, arrested or profiled")
            .liability(LiabilityType.CIVIL)
            .addConducts(UNLAWFUL_SEIZURE, RACIAL_PROFILING)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(LINE_AGENT, SUPERVISOR, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)
            .forum("federal district court")
            .initiatedBy("the person harmed")
            .addRemedies(Remedy.DAMAGES, Remedy.INJUNCTION)
            .addPreconditions(
                LegalRoute.Precondition.established(
                    "NYPD officers act under color of state law, which § 1983 reaches; federal"
                        + " agents face the narrower Bivens remedy instead",
                    "usc-42-1983",
                    "bivens-1971"))
            .addHurdles(
                QUALIFIED_IMMUNITY,
                LegalRoute.Hurdle.of(
                        LegalRoute.Hurdle.Kind.MUST_PROVE,
                        "Personal involvement in the violation",
                        "birch-2016-05-03")
                    .forRoles(SENIOR_OFFICIAL))
            .addCitations("usc-42-1983", "harlow-1982", "bivens-1971")
            .build(),
        LegalRoute.builder()
            .id(MONELL)
            .name(
                "Claim under 42 U.S.C. § 1983 against the City for its own policy or custom"
                    + " (Monell)")
            .liability(LiabilityType.CIVIL)
            .addConducts(
                UNLAWFUL_SEIZURE,
                RACIAL_PROFILING,
                ISSUING_BASELESS_SUMMONS,
                RETALIATING_AGAINST_WHISTLEBLOWER,
                PENALIZING_MISSED_QUOTA)
            .addDefendants(Defendant.MUNICIPALITY)
            .forum("federal district court, often as a class action")
            .initiatedBy("people stopped or summonsed, and officers retaliated against")
            .addRemedies(Remedy.DAMAGES, Remedy.INJUNCTION, Remedy.COURT_MONITOR)
            .addHurdles(
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.MUST_PROVE,
                    "A policy or custom of the City; it does not answer merely for employing a"
                        + " wrongdoer, but it has no qualified immunity",
                    "monell-1978",
                    "harlow-1982"))
            .addEnforcedBy("sdny-floyd", "sdny-stinson")
            .addCitations("usc-42-1983", "monell-1978")
            .build(),
        LegalRoute.builder()
            .id(DISCIPLINE)
            .name("Department discipline: internal charges, command discipline, transfer")
            .liability(LiabilityType.ADMINISTRATIVE)
            .addConducts(IMPOSING_QUOTA, PENALIZING_MISSED_QUOTA)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(SUPERVISOR, FIELD_OFFICE_MANAGER)
            .forum("the NYPD")
            .initiatedBy("NYPD leadership")
            .addRemedies(Remedy.DISCIPLINE)
            .addHurdles(
                LegalRoute.Hurdle.of(
                    LegalRoute.Hurdle.Kind.DISCRETION,
                    "At the department's discretion: since 2016 it has promised to punish"
                        + " supervisors found enforcing quotas while saying quotas no longer"
                        + " exist, and no instance is found; the one documented precinct-command"
                        + " discipline concerned crime-report manipulation",
                    "theappeal-2018",
                    "voice-2012-03-07"))
            .addCitations("theappeal-2018", "voice-2012-03-07")
            .build(),
        LegalRoute.builder()
            .id(STATE_LAW)
            .name("State-law claims against the City and officials in state court")
            .liability(LiabilityType.CIVIL)
            .addConducts(RETALIATING_AGAINST_WHISTLEBLOWER, PENALIZING_MISSED_QUOTA)
            .addDefendants(Defendant.MUNICIPALITY, Defendant.INDIVIDUAL)
            .addRoles(SUPERVISOR, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)
            .forum("state court")
            .initiatedBy("the officers")
            .addPreconditions(
                LegalRoute.Precondition.notEstablished(
                    "A state cause of action fits the facts; the sources name none, only that the"
                        + " 2022 ruling left state court open",
                    "nydn-2022-07-08"))
            .addCitations("nydn-2022-07-08")
            .build(),
        LegalRoute.builder()
            .id(CRIMINAL_BILL)
            .name("Prosecution for a § 215-a violation as a class A misdemeanor")
            .liability(LiabilityType.CRIMINAL)
            .addConducts(PENALIZING_MISSED_QUOTA)
            .addDefendants(Defendant.INDIVIDUAL)
            .addRoles(SUPERVISOR, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)
            .forum("criminal court")
            .initiatedBy("prosecutors")
            .availability(LegalRoute.Availability.PROPOSED)
            .restriction(
                "S.6617 of 2011-2012 would have made a § 215-a violation a class A"
                    + " misdemeanor, but it was referred to committee and shows no passage; the text"
                    + " of § 215-a available shows no criminal penalty")
            .addRestrictedBy("ny-s6617-2012", "ny-lab-215a")
            .addCitations("ny-s6617-2012")
            .build(),
        LegalRoute.builder()
            .id(LEGISLATION)
            .name("Legislation and policy: the state law, mayoral policy, the press")
            .liability(LiabilityType.POLITICAL)
            .addConducts(
                IMPOSING_QUOTA, PENALIZING_MISSED_QUOTA, ISSUING_BASELESS_SUMMONS, UNLAWFUL_SEIZURE)
            .addDefendants(Defendant.AGENCY, Defendant.MUNICIPALITY)
            .forum("the state legislature, the mayoralty and the press")
            .initiatedBy("legislators, the union, the press and the public")
            .addEnforcedBy("ny-legislature", "pba", "press")
            .addCitations(
                "nysenate-2010-09-01", "ny-l2010-c460", "wsj-2015-04-21", "nydn-2017-01-24")
            .build());
  }

  // ----------------------------------------------------------------- claims

  private static List<Claim> claims() {
    List<String> directives =
        List.of(
            TWENTY_AND_ONE,
            DAY_TOUR_TARGET,
            XO_DEMAND,
            MARINO_QUOTA,
            POSTED_MEMOS,
            FORTY_SECOND,
            OBJECTIVES,
            QUEST);
    return List.of(
        claim(
            "C1",
            "Precinct commanders and supervisors set numerical activity targets for"
                + " summonses, arrests and stops (such as \"20 and 1\" a month) and tied"
                + " shortfalls to transfers, shift changes, poor evaluations, command discipline"
                + " or lost overtime.",
            Claim.EvidenceStatus.CONTESTED,
            List.of(
                TWENTY_AND_ONE,
                DAY_TOUR_TARGET,
                XO_DEMAND,
                MARINO_QUOTA,
                POSTED_MEMOS,
                FORTY_SECOND,
                COMMAND_DISCIPLINE,
                SHIFT_THREAT,
                TRANSFER_THREAT),
            List.of(MISSED_QUOTA, IMPOSING_QUOTA, PENALIZING_MISSED_QUOTA),
            "=nydn-2003-05-29",
            "+voice-2010-05-04",
            "=crimereport-2010-09-11",
            "+nydn-2010-77th",
            "+voice-2010-12-06",
            "=voice-2011-10",
            "+courthousenews-2013-03-20",
            "-nymag-2013-05-19",
            "+floyd-2013-08-12",
            "+baystate-2013-12-26",
            "+politico-2015-02-26",
            "=wsj-2015-04-21",
            "+nbcny-2015-09-29",
            "-dnainfo-2016-02-23",
            "=theappeal-2018",
            "+ossei-owusu-2021",
            "=nydn-2022-07-08"),
        claim(
            "C2",
            "New York Labor Law § 215-a (widened in 2010 from traffic tickets to all"
                + " tickets and summonses, arrests and stops) forbids penalizing or threatening an"
                + " officer for missing such a quota; its remedy is a grievance with restoration"
                + " and back pay, not damages or a crime, and courts read it narrowly.",
            Claim.EvidenceStatus.REPORTED,
            List.of(GRIEVANCE, LAW_2010, ARBITRATION_2006, CRIMINAL_BILL),
            List.of(MISSED_QUOTA, PENALIZING_MISSED_QUOTA),
            "+matarazzo-1999-05-06",
            "=nydn-2003-08-21",
            "+nysenate-2010-09-01",
            "+nydn-2010-77th",
            "=voice-2010-12-06",
            "=bronstein-2015",
            "+raymond-2017"),
        claim(
            "C3",
            "Officers who refused or exposed quotas faced retaliation; some recovered money"
                + " and cleared their records through First Amendment and § 1983 suits that the"
                + " City settled (Schoolcraft's expressly without admission of wrongdoing), while"
                + " others lost on qualified immunity, time limits or causation.",
            Claim.EvidenceStatus.CONTESTED,
            List.of(
                POLANCO, SCHOOLCRAFT, MATTHEWS, RAYMOND, MATTHEWS_SUIT, RAYMOND_SUIT, BIRCH_SUIT),
            List.of(REPORTING_QUOTA, RETALIATING_AGAINST_WHISTLEBLOWER),
            "=voice-2012-03-07",
            "+courthousenews-2013-03-20",
            "+baystate-2013-12-26",
            "+politico-2015-02-26",
            "+nbcny-2015-09-29",
            "+policemag-2015-12",
            "-birch-2016-05-03",
            "-raymond-2017",
            "-nydn-2022-07-08"),
        claim(
            "C4",
            "People harmed by quota-driven enforcement held the City liable under § 1983"
                + " and Monell: Floyd (2013) found the City liable for stop-and-frisk practices,"
                + " with findings on pressure to increase stops, and imposed a court monitor;"
                + " Stinson ended in a $75 million settlement (2017) over about 900,000 dismissed"
                + " summonses.",
            Claim.EvidenceStatus.REPORTED,
            List.of(FLOYD, MONITORSHIP, STINSON, MONELL),
            List.of(UNLAWFUL_SEIZURE, RACIAL_PROFILING, ISSUING_BASELESS_SUMMONS),
            "+floyd-2013-08-12",
            "+baystate-2013-12-26",
            "+lawcom-2016-01-07",
            "+nydn-2017-01-24",
            "+nypdsummons-settlement",
            "+reuters-2017-06-12",
            "+floyd-2022-09-09"),
        claim(
            "C5",
            "The NYPD and City Hall consistently deny having quotas and defend numerical"
                + " \"performance goals\", \"performance measurements\" or \"performance"
                + " management\" as lawful.",
            Claim.EvidenceStatus.REPORTED,
            directives,
            List.of(MISSED_QUOTA, IMPOSING_QUOTA),
            "+nydn-2003-05-29",
            "+crimereport-2010-09-11",
            "+voice-2010-09-29",
            "+nydn-2010-77th",
            "+voice-2010-12-06",
            "+voice-2011-10",
            "+nymag-2013-05-19",
            "=wsj-2015-04-21",
            "=policemag-2015-12",
            "=bronstein-2015",
            "=lawcom-2016-01-07",
            "+dnainfo-2016-02-23",
            "+nydn-2017-01-24",
            "+theappeal-2018",
            "-ossei-owusu-2021"),
        claimBuilder(
                "C6",
                "No documented case shows a commander or senior official disciplined,"
                    + " prosecuted or held personally liable for imposing a quota; responses were"
                    + " department-wide (notices, an evaluation overhaul, a promise to punish"
                    + " supervisors), and the one documented precinct-command discipline concerned"
                    + " crime-report manipulation.",
                Claim.EvidenceStatus.REPORTED,
                List.of(CRIME_REPORTS, SUPERVISOR_PROMISE, DISCIPLINE, STINSON),
                List.of(
                    IMPOSING_QUOTA,
                    PENALIZING_MISSED_QUOTA,
                    ISSUING_BASELESS_SUMMONS,
                    UNLAWFUL_SEIZURE),
                "+voice-2012-03-07",
                "+wsj-2015-04-21",
                "+nydn-2017-01-24",
                "+reuters-2017-06-12",
                "+theappeal-2018")
            .addRoles(SUPERVISOR, FIELD_OFFICE_MANAGER, SENIOR_OFFICIAL)
            .absenceOfEvidence(
                "No source found shows a commander or senior official"
                    + " disciplined, prosecuted or held personally liable for imposing a quota.")
            .build(),
        claim(
            "C7",
            "The federal routes are § 1983 suits against officers and supervisors"
                + " personally (subject to qualified immunity) and Monell suits against the City"
                + " (policy or custom, no vicarious liability); federal agents, by contrast, face"
                + " only the narrow Bivens remedy.",
            Claim.EvidenceStatus.REPORTED,
            List.of(PERSONAL_1983, RETALIATION, MONELL),
            List.of(UNLAWFUL_SEIZURE, RACIAL_PROFILING, RETALIATING_AGAINST_WHISTLEBLOWER),
            "+floyd-2013-08-12",
            "+politico-2015-02-26",
            "+birch-2016-05-03"),
        claim(
            "C8",
            "Pressure against quotas came from the state legislature (the 2010 law over the"
                + " Mayor's objection), the police union (grievances, lobbying), the press and"
                + " whistleblower recordings, and the courts and their monitor; yet a union"
                + " delegate was recorded backing \"20 and 1\".",
            Claim.EvidenceStatus.REPORTED,
            List.of(VETO_2003, LAW_2010, UNION_LOBBYING, PRESS_RECORDINGS, MONITORSHIP),
            List.of(IMPOSING_QUOTA, PENALIZING_MISSED_QUOTA),
            "=nydn-2003-08-21",
            "+voice-2010-05-04",
            "+nysenate-2010-09-01",
            "+voice-2010-09-29",
            "+nydn-2010-77th",
            "=courthousenews-2013-03-20",
            "+floyd-2022-09-09"));
  }

  // ------------------------------------------------------------ observations

  private static List<Observation> observations() {
    return List.of(
        observation(
            "stinson-dismissed-summonses",
            "criminal summonses later dismissed for lack of probable cause (Stinson class)",
            "citywide",
            900_000,
            Observation.Qualifier.ABOUT,
            "2015-12",
            "May 2007 - December 2015",
            "reuters-2017-06-12",
            "nydn-2017-01-24"),
        observation(
            "stinson-dismissed-share",
            "share of all summonses so dismissed",
            "citywide",
            0.25,
            Observation.Qualifier.ABOUT,
            "2015",
            "2007-2015 (about a quarter)",
            "nydn-2017-01-24"),
        observation(
            "stinson-settlement-fund",
            "Stinson settlement, dollars",
            "City of New York",
            75_000_000,
            Observation.Qualifier.UNDER,
            "2017-01-23",
            "agreed 23 January 2017 (up to $75 million), approved June 2017",
            "nydn-2017-01-24",
            "reuters-2017-06-12"),
        observation(
            "stinson-claimants-fund",
            "Stinson settlement for claimants, dollars",
            "City of New York",
            56_500_000,
            Observation.Qualifier.EXACT,
            "2017-06",
            null,
            "reuters-2017-06-12"),
        observation(
            "stinson-fees",
            "Stinson attorneys' fees, dollars",
            "City of New York",
            18_500_000,
            Observation.Qualifier.EXACT,
            "2017-01-23",
            null,
            "nydn-2017-01-24"),
        observation(
            "raymond-plaintiffs",
            "officer plaintiffs in the Raymond suit",
            "NYPD",
            12,
            Observation.Qualifier.EXACT,
            "2015-08~",
            "filed around August 2015",
            "dnainfo-2016-02-23"),
        observation(
            "schoolcraft-settlement",
            "Schoolcraft settlement, dollars (plus back pay and benefits)",
            "one officer",
            600_000,
            Observation.Qualifier.EXACT,
            "2015-09-29",
            null,
            "nbcny-2015-09-29"),
        observation(
            "matthews-damages",
            "Matthews settlement damages, dollars",
            "one officer",
            125_000,
            Observation.Qualifier.EXACT,
            "2015-12~",
            null,
            "policemag-2015-12"),
        observation(
            "matthews-overtime",
            "Matthews settlement for lost overtime, dollars",
            "one officer",
            30_000,
            Observation.Qualifier.OVER,
            "2015-12~",
            null,
            "policemag-2015-12"),
        observation(
            "matthews-fees",
            "Matthews settlement paid to the NYCLU, dollars",
            "one officer",
            130_000,
            Observation.Qualifier.EXACT,
            "2015-12~",
            null,
            "policemag-2015-12"),
        observation(
            "serrano-arrests-2011",
            "arrests by Officer Serrano (cited by his commander as too few)",
            "one officer",
            5,
            Observation.Qualifier.EXACT,
            "2011",
            null,
            "nymag-2013-05-19"),
        observation(
            "serrano-arrests-2012",
            "arrests by Officer Serrano (cited by his commander as too few)",
            "one officer",
            8,
            Observation.Qualifier.EXACT,
            "2012",
            null,
            "nymag-2013-05-19"));
  }

  private static Observation observation(
      String id,
      String metric,
      String scope,
      double value,
      Observation.Qualifier qualifier,
      String period,
      @org.jspecify.annotations.Nullable String label,
      String... citations) {
    var b =
        Observation.builder()
            .id(id)
            .metric(metric)
            .scope(scope)
            .value(value)
            .qualifier(qualifier)
            .period(PartialDate.parse(period))
            .addCitations(citations);
    if (label != null) {
      b.periodLabel(label);
    }
    return b.build();
  }
}
