package org.accountability.framework;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.accountability.framework.TextTable.column;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accountability.model.Citation;
import org.accountability.model.Conduct;
import org.accountability.model.Defendant;
import org.accountability.model.LegalRoute;
import org.accountability.model.LiabilityType;
import org.accountability.model.Role;

/**
 * Two frameworks side by side: for every role and conduct both vocabularies hold, each framework's
 * answer, and where they differ, why, from each framework's own data and sources. It also lines up
 * the legality of every conduct either framework knows, and who answers in damages in place of the
 * individual or beside them.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(CaseStudies.iceDeportationQuotas(), CaseStudies.nypdQuotas());
 * System.out.println(c);             // a table of the statuses, ICE / NYPD
 * System.out.println(c.explain());   // where they differ and why, cited
 * c.row(Role.LINE_AGENT, Conduct.UNLAWFUL_SEIZURE).orElseThrow().differences();   // [CIVIL]
 * }</pre>
 */
public final class Comparison {
  private static final Pattern ACRONYM = Pattern.compile("\\(([^()]{1,12})\\)\\s*$");

  /**
   * One role and conduct in both frameworks.
   *
   * @param role the role
   * @param conduct the conduct
   * @param left the left framework's answer
   * @param right the right framework's answer
   */
  public record Row(Role role, Conduct conduct, Assessment left, Assessment right) {
    /** Checks that no component is null. */
    public Row {
      checkNotNull(role, "role");
      checkNotNull(conduct, "conduct");
      checkNotNull(left, "left");
      checkNotNull(right, "right");
    }

    /**
     * The liabilities whose status differs between the two answers.
     *
     * @return the liabilities, in {@link LiabilityType} order
     */
    public ImmutableList<LiabilityType> differences() {
      ImmutableList.Builder<LiabilityType> out = ImmutableList.builder();
      for (LiabilityType t : LiabilityType.values()) {
        if (left.pathway(t).status() != right.pathway(t).status()) {
          out.add(t);
        }
      }
      return out.build();
    }

    /**
     * Whether the verdict or any status differs.
     *
     * @return true if the answers differ
     */
    public boolean differs() {
      return left.verdict() != right.verdict() || !differences().isEmpty();
    }
  }

  private final AccountabilityFramework left;
  private final AccountabilityFramework right;
  private final String leftLabel;
  private final String rightLabel;
  private final ImmutableList<Row> rows;
  private final ImmutableList<Conduct> conducts;

  private Comparison(AccountabilityFramework left, AccountabilityFramework right) {
    this.left = left;
    this.right = right;
    this.leftLabel = label(left);
    String r = label(right);
    this.rightLabel = r.equals(leftLabel) ? r + " (2)" : r;
    ImmutableList.Builder<Row> b = ImmutableList.builder();
    for (Role role : left.roles()) {
      if (!right.roles().contains(role)) {
        continue;
      }
      for (Conduct conduct : left.conducts()) {
        if (right.conducts().contains(conduct)) {
          b.add(new Row(role, conduct, left.assess(role, conduct), right.assess(role, conduct)));
        }
      }
    }
    this.rows = b.build();
    Set<Conduct> all = new LinkedHashSet<>(left.conducts());
    all.addAll(right.conducts());
    this.conducts = ImmutableList.copyOf(all);
  }

  /**
   * Lines up two frameworks. Each is labelled by the short name its agency ends with in
   * parentheses, such as {@code ICE} for "U.S. Immigration and Customs Enforcement (ICE)", or by
   * its agency.
   *
   * @param left the first framework
   * @param right the second framework
   * @return the comparison
   */
  public static Comparison of(AccountabilityFramework left, AccountabilityFramework right) {
    return new Comparison(checkNotNull(left, "left"), checkNotNull(right, "right"));
  }

  /**
   * The role and conduct pairs both frameworks' vocabularies hold, each with both answers.
   *
   * @return the rows, in the left framework's vocabulary order
   */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /**
   * The row of a role and conduct.
   *
   * @param role the role
   * @param conduct the conduct
   * @return the row, or empty if either framework's vocabulary lacks the role or the conduct
   */
  public java.util.Optional<Row> row(Role role, Conduct conduct) {
    checkNotNull(role, "role");
    checkNotNull(conduct, "conduct");
    return rows.stream()
        .filter(r -> r.role().equals(role) && r.conduct().equals(conduct))
        .findFirst();
  }

  /**
   * The labels of the two frameworks, left then right.
   *
   * @return two labels, such as {@code [ICE, NYPD]}
   */
  public ImmutableList<String> labels() {
    return ImmutableList.of(leftLabel, rightLabel);
  }

  /**
   * The statuses of every row as a plain-text table, each cell {@code left / right}, a {@code *}
   * marking a row that differs.
   *
   * @return the table
   */
  @Override
  public String toString() {
    List<TextTable.Column<Row>> columns = new ArrayList<>();
    columns.add(column("", r -> r.differs() ? "*" : ""));
    columns.add(column("Role", r -> r.role().id()));
    columns.add(column("Conduct", r -> r.conduct().id()));
    for (LiabilityType t : LiabilityType.values()) {
      columns.add(column(title(t), r -> pair(r, a -> a.pathway(t).status().name())));
    }
    columns.add(column("Verdict", r -> pair(r, a -> a.verdict().name())));
    return leftLabel
        + " / "
        + rightLabel
        + ": "
        + left.title()
        + " / "
        + right.title()
        + "\n"
        + TextTable.render(columns, rows, "shared role and conduct pairs");
  }

  /**
   * Where the two frameworks differ and why, in Markdown: the legality of each conduct, who answers
   * in damages for each shared conduct, then each row that differs with each framework's rule and
   * routes, every line cited; the references of both frameworks are numbered together.
   *
   * @return the Markdown text
   */
  public String explain() {
    return new Rendering().render();
  }

  private String pair(Row r, Function<Assessment, String> value) {
    String a = value.apply(r.left());
    String b = value.apply(r.right());
    return a.equals(b) ? a : a + " / " + b;
  }

  private static String label(AccountabilityFramework f) {
    Matcher m = ACRONYM.matcher(f.agency());
    return m.find() ? m.group(1) : f.agency();
  }

  private static String title(LiabilityType t) {
    String name = t.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Renders {@link #explain()}: one numbering for the citations of both frameworks. */
  private final class Rendering {
    /** Reference numbers by reference line, so a source both frameworks cite is listed once. */
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    private final StringBuilder out = new StringBuilder();

    String render() {
      out.append("# ")
          .append(leftLabel)
          .append(" and ")
          .append(rightLabel)
          .append(" compared\n\n")
          .append(leftLabel)
          .append(": ")
          .append(left.title())
          .append(". ")
          .append(rightLabel)
          .append(": ")
          .append(right.title())
          .append(".\n\n")
          .append(
              "Each framework's answer comes from its own data: a route in law is not a"
                  + " consequence anyone suffered, a status says what that framework's sources"
                  + " support and no more, and NONE means the framework holds no such route, not that"
                  + " the law has none.\n\n");
      legality();
      institutions();
      differences();
      out.append("## References\n\n");
      for (Map.Entry<String, Integer> e : numbers.entrySet()) {
        out.append(e.getValue()).append(". ").append(e.getKey()).append('\n');
      }
      return out.toString();
    }

    private void legality() {
      out.append("## Is the conduct lawful?\n\n");
      out.append("| Conduct | ")
          .append(leftLabel)
          .append(" | ")
          .append(rightLabel)
          .append(" |\n|---|---|---|\n");
      for (Conduct c : conducts) {
        out.append("| ")
            .append(c.readableName())
            .append(" | ")
            .append(legality(left, c))
            .append(" | ")
            .append(legality(right, c))
            .append(" |\n");
      }
      out.append('\n');
    }

    private String legality(AccountabilityFramework f, Conduct c) {
      if (!f.conducts().contains(c)) {
        return "not declared unlawful (the framework does not name this conduct)";
      }
      String status = f.isUnlawful(c) ? "unlawful" : "not declared unlawful";
      List<String> protecting = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (LegalRoute r : f.routes()) {
        if (r.protects().contains(c)) {
          protecting.add(AssessmentRules.stripStop(r.name()));
          ids.addAll(r.citations());
        }
      }
      return protecting.isEmpty()
          ? status
          : status + "; protected: " + String.join("; ", protecting) + cite(f, ids);
    }

    private void institutions() {
      Set<Conduct> shared = new LinkedHashSet<>();
      rows.forEach(r -> shared.add(r.conduct()));
      out.append("## Who answers in damages beside or instead of the individual\n\n");
      for (Conduct c : shared) {
        out.append("- ").append(c.readableName()).append(": ");
        out.append(leftLabel).append(", ").append(institutional(left, c)).append("; ");
        out.append(rightLabel).append(", ").append(institutional(right, c)).append(".\n");
      }
      out.append('\n');
    }

    private String institutional(AccountabilityFramework f, Conduct c) {
      List<String> parts = new ArrayList<>();
      for (LegalRoute r : f.routes()) {
        if (r.liability() != LiabilityType.CIVIL
            || !r.reachesInstitution(c)
            || r.availability() == LegalRoute.Availability.PROPOSED) {
          continue;
        }
        List<String> who = new ArrayList<>();
        for (Defendant d : r.defendants()) {
          if (d.isInstitution()) {
            who.add(d.readableName());
          }
        }
        List<String> ids = new ArrayList<>(r.citations());
        String how = r.substitution().isPresent() ? " in place of the individual" : "";
        r.substitution().ifPresent(s -> ids.addAll(s.citations()));
        parts.add(
            String.join(" or ", who)
                + how
                + " ("
                + AssessmentRules.stripStop(r.name())
                + ")"
                + cite(f, ids));
      }
      return parts.isEmpty()
          ? "no civil route against an institution in its data"
          : String.join("; ", parts);
    }

    private void differences() {
      List<Row> differing = rows.stream().filter(Row::differs).toList();
      out.append("## Where the answers differ\n\n");
      if (differing.isEmpty()) {
        out.append("The answers agree for every shared role and conduct.\n\n");
        return;
      }
      for (Row r : differing) {
        out.append("### ")
            .append(r.role().readableName())
            .append(" x ")
            .append(r.conduct().readableName())
            .append("\n\n- Verdict: ")
            .append(leftLabel)
            .append(' ')
            .append(r.left().verdict())
            .append("; ")
            .append(rightLabel)
            .append(' ')
            .append(r.right().verdict())
            .append(".\n");
        for (LiabilityType t : r.differences()) {
          out.append("- ").append(title(t)).append(":\n");
          side(leftLabel, r.left(), t);
          side(rightLabel, r.right(), t);
        }
        out.append('\n');
      }
    }

    private void side(String label, Assessment a, LiabilityType t) {
      Assessment.Pathway p = a.pathway(t);
      List<String> ids = new ArrayList<>();
      for (String id : p.trace().evidence()) {
        a.framework()
            .entity(id)
            .ifPresent(
                e -> {
                  if (e instanceof LegalRoute r) {
                    ids.addAll(RouteCitations.of(r));
                  } else if (e instanceof org.accountability.model.Fact fact) {
                    ids.addAll(fact.citations());
                  }
                });
      }
      out.append("  - ")
          .append(label)
          .append(", ")
          .append(p.status())
          .append(": ")
          .append(p.trace().reason());
      if (!p.routes().isEmpty()) {
        List<String> named = new ArrayList<>();
        for (LegalRoute r : p.routes()) {
          StringBuilder route =
              new StringBuilder(AssessmentRules.stripStop(r.name()))
                  .append(" (")
                  .append(p.statusOf(r))
                  .append(')');
          r.restriction()
              .filter(x -> r.availability() == LegalRoute.Availability.RESTRICTED)
              .ifPresent(x -> route.append(", restricted: ").append(AssessmentRules.stripStop(x)));
          for (LegalRoute.Hurdle h : r.hurdlesFor(a.role())) {
            if (h.kind() == LegalRoute.Hurdle.Kind.IMMUNITY) {
              route.append(", hurdle: ").append(AssessmentRules.stripStop(h.description()));
              ids.addAll(h.citations());
            }
          }
          named.add(route.toString());
        }
        out.append(" Routes: ").append(String.join("; ", named)).append('.');
      }
      out.append(cite(a.framework(), ids)).append('\n');
    }

    private String cite(AccountabilityFramework f, List<String> ids) {
      TreeSet<Integer> cited = new TreeSet<>();
      for (String id : new LinkedHashSet<>(ids)) {
        f.citation(id)
            .map(Citation::referenceLine)
            .ifPresent(line -> cited.add(numbers.computeIfAbsent(line, k -> numbers.size() + 1)));
      }
      StringBuilder s = new StringBuilder();
      for (int n : cited) {
        s.append(" [").append(n).append(']');
      }
      return s.toString();
    }
  }
}
