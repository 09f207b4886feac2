package org.accountability.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.TargetAttainment;
import org.accountability.model.Directive;
import org.accountability.model.NumericalTarget;
import org.accountability.model.Observation;

/**
 * Holds each numerical target against the arrest rates observed while it was in force: {@link
 * AccountabilityFramework#attainment()} as a table, and a chart written as plain SVG (by hand, no
 * plotting library) of the observed arrests per day over time against the target lines, with axes,
 * labels, a legend and an "at most" marker for a figure known only as an upper bound.
 *
 * <p>Run it from the repository root:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Ptargets
 * }</pre>
 *
 * <p>The chart goes to {@code examples/target/targets-against-reality.svg}, or to the path given
 * with {@code -Dexec.args=chart.svg}.
 */
public final class TargetsAgainstReality {
  /** The metric charted. */
  public static final String METRIC = "arrests per day";

  /** The scope charted. */
  public static final String SCOPE = "agency-wide";

  /** The chart's file name in the output directory. */
  public static final String DEFAULT_FILE = "targets-against-reality.svg";

  private static final int WIDTH = 960;
  private static final int HEIGHT = 540;
  private static final int LEFT = 90;
  private static final int RIGHT = WIDTH - 260;
  private static final int TOP = 80;
  private static final int BOTTOM = HEIGHT - 90;
  private static final String TARGET_COLOUR = "#b2182b";
  private static final String OBSERVED_COLOUR = "#2166ac";

  private TargetsAgainstReality() {}

  /**
   * A target line: a directive's target and the days it was in force on the chart.
   *
   * @param directive the directive
   * @param target its target
   * @param from the first day in force
   * @param until the first day no longer in force, when it ended or was superseded
   */
  public record TargetLine(
      Directive directive, NumericalTarget target, LocalDate from, Optional<LocalDate> until) {}

  /**
   * An observed value and the period it covers.
   *
   * @param observation the observation
   * @param from the first day of its period
   * @param to the last day of its period
   */
  public record ObservedPoint(Observation observation, LocalDate from, LocalDate to) {
    /**
     * Where the point is drawn: the middle of its period.
     *
     * @return the day
     */
    public LocalDate at() {
      return from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
    }

    /**
     * Whether the value is only an upper bound ("under 600").
     *
     * @return true for an "under" observation
     */
    public boolean isAtMost() {
      return observation.qualifier() == Observation.Qualifier.UNDER;
    }
  }

  /**
   * The targets of the metric and scope, each from the day it took effect to the day it ended or a
   * directive superseding it took effect.
   *
   * @param framework the framework
   * @param metric the metric
   * @param scope the scope
   * @return the target lines, in directive order
   */
  public static List<TargetLine> targetLines(
      AccountabilityFramework framework, String metric, String scope) {
    List<TargetLine> lines = new ArrayList<>();
    for (Directive d : framework.directives()) {
      Optional<NumericalTarget> target = d.target();
      if (target.isEmpty()
          || d.effective().isEmpty()
          || !target.get().metric().equals(metric)
          || !target.get().scope().equals(scope)) {
        continue;
      }
      Optional<LocalDate> until = d.ended().map(e -> e.end().plusDays(1));
      for (Directive later : framework.directives()) {
        boolean supersedes =
            later.supersedes().map(s -> s.directive().equals(d.id())).orElse(false);
        if (supersedes && later.effective().isPresent()) {
          LocalDate start = later.effective().get().start();
          until = Optional.of(until.filter(u -> u.isBefore(start)).orElse(start));
        }
      }
      lines.add(new TargetLine(d, target.get(), d.effective().get().start(), until));
    }
    return lines;
  }

  /**
   * The observations of the metric and scope, in period order.
   *
   * @param framework the framework
   * @param metric the metric
   * @param scope the scope
   * @return the points
   */
  public static List<ObservedPoint> observedPoints(
      AccountabilityFramework framework, String metric, String scope) {
    return framework.observations().ofMetric(metric).inScope(scope).stream()
        .sorted((a, b) -> a.period().compareTo(b.period()))
        .map(o -> new ObservedPoint(o, o.period().start(), o.period().end()))
        .toList();
  }

  /**
   * The attainment of every numerical directive as one table: directive, target, period, observed
   * value, attainment and source; a directive with no observation while in force gets one row
   * saying so.
   *
   * @param framework the framework
   * @return the table text
   */
  public static String attainmentTable(AccountabilityFramework framework) {
    List<List<String>> rows = new ArrayList<>();
    for (TargetAttainment t : framework.attainment()) {
      if (t.points().isEmpty()) {
        rows.add(
            List.of(
                t.directive().id(),
                t.target().toString(),
                "-",
                "-",
                "no observation while in force",
                ""));
      }
      for (TargetAttainment.Point p : t.points()) {
        rows.add(
            List.of(
                t.directive().id(),
                t.target().toString(),
                p.observation().readablePeriod(),
                p.observation().readableValue(),
                p.percent(),
                String.join(", ", p.observation().citations())));
      }
    }
    return Tables.text(
        List.of("directive", "target", "period", "observed", "attainment", "source"), rows);
  }

  /**
   * The chart as an SVG document.
   *
   * @param framework the framework
   * @return the SVG text
   */
  public static String svg(AccountabilityFramework framework) {
    List<TargetLine> targets = targetLines(framework, METRIC, SCOPE);
    List<ObservedPoint> points = observedPoints(framework, METRIC, SCOPE);
    return new Chart(targets, points).render(framework);
  }

  /** Lays out and draws the chart. */
  private static final class Chart {
    private final List<TargetLine> targets;
    private final List<ObservedPoint> points;
    private final LocalDate start;
    private final LocalDate end;
    private final double yMax;
    private final double yStep;
    private final StringBuilder out = new StringBuilder();

    Chart(List<TargetLine> targets, List<ObservedPoint> points) {
      this.targets = targets;
      this.points = points;
      LocalDate first = LocalDate.MAX;
      LocalDate last = LocalDate.MIN;
      double max = 0;
      for (TargetLine t : targets) {
        first = min(first, t.from());
        last = max(last, t.until().orElse(t.from()));
        max = Math.max(max, t.target().high().orElse(t.target().low()));
      }
      for (ObservedPoint p : points) {
        first = min(first, p.from());
        last = max(last, p.to().plusDays(1));
        max = Math.max(max, p.observation().value());
      }
      if (first.equals(LocalDate.MAX)) {
        first = LocalDate.of(2025, 1, 1);
        last = first.plusMonths(1);
      }
      this.start = first.withDayOfMonth(1);
      LocalDate endMonth = last.withDayOfMonth(1);
      this.end = endMonth.equals(last) ? last : endMonth.plusMonths(1);
      this.yStep = niceStep(Math.max(max, 1) * 1.1 / 8);
      this.yMax = Math.ceil(Math.max(max, 1) * 1.1 / yStep) * yStep;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
      return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }

    private static double niceStep(double raw) {
      double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
      for (double m : new double[] {1, 2, 5, 10}) {
        if (m * magnitude >= raw) {
          return m * magnitude;
        }
      }
      return 10 * magnitude;
    }

    double x(LocalDate day) {
      double span = ChronoUnit.DAYS.between(start, end);
      return LEFT + ChronoUnit.DAYS.between(start, day) / span * (RIGHT - LEFT);
    }

    double y(double value) {
      return BOTTOM - value / yMax * (BOTTOM - TOP);
    }

    String render(AccountabilityFramework framework) {
      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
          .append(WIDTH)
          .append("\" height=\"")
          .append(HEIGHT)
          .append("\" viewBox=\"0 0 ")
          .append(WIDTH)
          .append(' ')
          .append(HEIGHT)
          .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
      String title = "Arrests per day against the targets: " + framework.agency();
      out.append("  <title>").append(xml(title)).append("</title>\n");
      out.append("  <desc>")
          .append(
              xml(
                  "Observed "
                      + METRIC
                      + " ("
                      + SCOPE
                      + ") from "
                      + framework.title()
                      + ", against the numerical targets in force."))
          .append("</desc>\n");
      out.append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
      text(LEFT, 30, "start", "font-size=\"18\" font-weight=\"bold\"", "title", title);
      text(
          LEFT,
          52,
          "start",
          "fill=\"#555\"",
          "subtitle",
          "Observed "
              + METRIC
              + " ("
              + SCOPE
              + ") against the targets in force; bars span the period measured");
      grid();
      axes();
      for (TargetLine t : targets) {
        target(t);
      }
      observed();
      legend();
      sources();
      out.append("</svg>\n");
      return out.toString();
    }

    private void grid() {
      out.append("  <g class=\"grid\" stroke=\"#e6e6e6\">\n");
      for (double v = yStep; v <= yMax + 1e-9; v += yStep) {
        line("    ", LEFT, y(v), RIGHT, y(v), "");
      }
      out.append("  </g>\n");
    }

    private void axes() {
      out.append("  <g class=\"axes\" stroke=\"#333\">\n");
      line("    ", LEFT, BOTTOM, RIGHT, BOTTOM, "class=\"x-axis\"");
      line("    ", LEFT, TOP, LEFT, BOTTOM, "class=\"y-axis\"");
      for (double v = 0; v <= yMax + 1e-9; v += yStep) {
        line("    ", LEFT - 5, y(v), LEFT, y(v), "");
      }
      for (LocalDate m = start; !m.isAfter(end); m = m.plusMonths(1)) {
        line("    ", x(m), BOTTOM, x(m), BOTTOM + 5, "");
      }
      out.append("  </g>\n");
      out.append("  <g class=\"tick-labels\" fill=\"#333\">\n");
      for (double v = 0; v <= yMax + 1e-9; v += yStep) {
        text(LEFT - 9, y(v) + 4, "end", "", "", number(v));
      }
      for (LocalDate m = start; m.isBefore(end); m = m.plusMonths(1)) {
        String label = m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        if (m.equals(start) || m.getMonthValue() == 1) {
          label += " " + m.getYear();
        }
        text((x(m) + x(m.plusMonths(1))) / 2, BOTTOM + 20, "middle", "", "", label);
      }
      out.append("  </g>\n");
      text(
          (LEFT + RIGHT) / 2.0,
          BOTTOM + 50,
          "middle",
          "font-weight=\"bold\"",
          "x-label",
          "Period (month; observations drawn at the middle of their period)");
      out.append("  <text class=\"y-label\" transform=\"translate(24 ")
          .append(fmt((TOP + BOTTOM) / 2.0))
          .append(") rotate(-90)\" text-anchor=\"middle\" font-weight=\"bold\">")
          .append(xml(capitalised(METRIC) + " (" + SCOPE + ")"))
          .append("</text>\n");
    }

    private void target(TargetLine t) {
      NumericalTarget target = t.target();
      double x1 = x(t.from());
      double x2 = x(t.until().filter(u -> u.isBefore(end)).orElse(end));
      out.append("  <g class=\"target\" data-directive=\"")
          .append(xml(t.directive().id()))
          .append("\" data-low=\"")
          .append(fmt(target.low()))
          .append('"');
      target.high().ifPresent(h -> out.append(" data-high=\"").append(fmt(h)).append('"'));
      out.append(" data-from=\"").append(t.from()).append("\">\n");
      String dashed =
          "class=\"target-line\" stroke=\""
              + TARGET_COLOUR
              + "\" stroke-width=\"2\" stroke-dasharray=\"8 4\"";
      if (target.high().isPresent()) {
        double high = target.high().get();
        out.append("    <rect class=\"target-band\" x=\"")
            .append(fmt(x1))
            .append("\" y=\"")
            .append(fmt(y(high)))
            .append("\" width=\"")
            .append(fmt(x2 - x1))
            .append("\" height=\"")
            .append(fmt(y(target.low()) - y(high)))
            .append("\" fill=\"")
            .append(TARGET_COLOUR)
            .append("\" fill-opacity=\"0.15\"/>\n");
        line("    ", x1, y(high), x2, y(high), dashed);
      }
      line("    ", x1, y(target.low()), x2, y(target.low()), dashed);
      double top = y(target.high().orElse(target.low()));
      String label =
          number(target.low())
              + target.high().map(h -> "–" + number(h)).orElse("")
              + "/day from "
              + t.directive()
                  .effective()
                  .map(e -> e.toReadableString())
                  .orElse(t.from().toString());
      text(
          x1 + 4,
          top - 6,
          "start",
          "fill=\"" + TARGET_COLOUR + "\" font-weight=\"bold\"",
          "target-label",
          label);
      out.append("  </g>\n");
    }

    private void observed() {
      List<ObservedPoint> estimates = points.stream().filter(p -> !p.isAtMost()).toList();
      if (estimates.size() > 1) {
        out.append("  <polyline class=\"observed-trend\" fill=\"none\" stroke=\"")
            .append(OBSERVED_COLOUR)
            .append("\" stroke-opacity=\"0.5\" stroke-width=\"1.5\" points=\"");
        String sep = "";
        for (ObservedPoint p : estimates) {
          out.append(sep)
              .append(fmt(x(p.at())))
              .append(',')
              .append(fmt(y(p.observation().value())));
          sep = " ";
        }
        out.append("\"/>\n");
      }
      for (ObservedPoint p : points) {
        Observation o = p.observation();
        double cx = x(p.at());
        double cy = y(o.value());
        out.append("  <g class=\"observation")
            .append(p.isAtMost() ? " at-most" : "")
            .append("\" data-id=\"")
            .append(xml(o.id()))
            .append("\" data-value=\"")
            .append(fmt(o.value()))
            .append("\" data-qualifier=\"")
            .append(o.qualifier())
            .append("\" data-period=\"")
            .append(o.period())
            .append("\">\n");
        out.append("    <title>")
            .append(xml(o.label() + " [" + String.join(", ", o.citations()) + "]"))
            .append("</title>\n");
        line(
            "    ",
            x(p.from()),
            cy,
            x(p.to().plusDays(1)),
            cy,
            "class=\"period\" stroke=\""
                + OBSERVED_COLOUR
                + "\" stroke-width=\"3\" stroke-opacity=\"0.4\"");
        String label;
        if (p.isAtMost()) {
          // A cap at the bound and an arrow pointing down: the true figure lies somewhere below.
          line(
              "    ",
              cx - 8,
              cy,
              cx + 8,
              cy,
              "class=\"bound\" stroke=\"" + OBSERVED_COLOUR + "\" stroke-width=\"3\"");
          line(
              "    ",
              cx,
              cy,
              cx,
              cy + 26,
              "class=\"bound\" stroke=\"" + OBSERVED_COLOUR + "\" stroke-width=\"2\"");
          out.append("    <polygon class=\"arrow\" points=\"")
              .append(fmt(cx - 5))
              .append(',')
              .append(fmt(cy + 24))
              .append(' ')
              .append(fmt(cx + 5))
              .append(',')
              .append(fmt(cy + 24))
              .append(' ')
              .append(fmt(cx))
              .append(',')
              .append(fmt(cy + 33))
              .append("\" fill=\"")
              .append(OBSERVED_COLOUR)
              .append("\"/>\n");
          label = "at most " + number(o.value());
        } else {
          out.append("    <circle cx=\"")
              .append(fmt(cx))
              .append("\" cy=\"")
              .append(fmt(cy))
              .append("\" r=\"5\" fill=\"")
              .append(OBSERVED_COLOUR)
              .append("\"/>\n");
          label =
              switch (o.qualifier()) {
                case AVERAGE -> "avg " + number(o.value());
                case EXACT -> number(o.value());
                default -> o.qualifier().words() + " " + number(o.value());
              };
        }
        text(cx + 8, cy - 8, "start", "fill=\"" + OBSERVED_COLOUR + "\"", "value-label", label);
        out.append("  </g>\n");
      }
    }

    private void legend() {
      int x = RIGHT + 25;
      int y = TOP + 10;
      out.append("  <g class=\"legend\">\n");
      text(x, y, "start", "font-weight=\"bold\"", "", "Legend");
      y += 22;
      out.append("    <rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y - 10)
          .append("\" width=\"28\" height=\"14\" fill=\"")
          .append(TARGET_COLOUR)
          .append("\" fill-opacity=\"0.15\"/>\n");
      line(
          "    ",
          x,
          y - 10,
          x + 28,
          y - 10,
          "stroke=\"" + TARGET_COLOUR + "\" stroke-width=\"2\" stroke-dasharray=\"8 4\"");
      line(
          "    ",
          x,
          y + 4,
          x + 28,
          y + 4,
          "stroke=\"" + TARGET_COLOUR + "\" stroke-width=\"2\" stroke-dasharray=\"8 4\"");
      text(x + 36, y + 1, "start", "", "", "Target in force (band: a range)");
      y += 26;
      line(
          "    ",
          x,
          y - 4,
          x + 28,
          y - 4,
          "stroke=\"" + OBSERVED_COLOUR + "\" stroke-width=\"3\" stroke-opacity=\"0.4\"");
      out.append("    <circle cx=\"")
          .append(x + 14)
          .append("\" cy=\"")
          .append(y - 4)
          .append("\" r=\"5\" fill=\"")
          .append(OBSERVED_COLOUR)
          .append("\"/>\n");
      text(x + 36, y, "start", "", "", "Observed (bar: period measured)");
      y += 30;
      line(
          "    ",
          x + 6,
          y - 12,
          x + 22,
          y - 12,
          "stroke=\"" + OBSERVED_COLOUR + "\" stroke-width=\"3\"");
      line(
          "    ",
          x + 14,
          y - 12,
          x + 14,
          y + 4,
          "stroke=\"" + OBSERVED_COLOUR + "\" stroke-width=\"2\"");
      out.append("    <polygon points=\"")
          .append(x + 9)
          .append(',')
          .append(y + 2)
          .append(' ')
          .append(x + 19)
          .append(',')
          .append(y + 2)
          .append(' ')
          .append(x + 14)
          .append(',')
          .append(y + 10)
          .append("\" fill=\"")
          .append(OBSERVED_COLOUR)
          .append("\"/>\n");
      text(x + 36, y - 4, "start", "", "", "At most (upper bound:");
      text(x + 36, y + 10, "start", "", "", "an \"under\" figure)");
      out.append("  </g>\n");
    }

    private void sources() {
      Set<String> ids = new LinkedHashSet<>();
      targets.forEach(t -> ids.addAll(t.directive().citations()));
      points.forEach(p -> ids.addAll(p.observation().citations()));
      text(
          LEFT,
          HEIGHT - 14,
          "start",
          "fill=\"#777\" font-size=\"10\"",
          "sources",
          "Sources (citation ids): " + String.join(", ", ids));
    }

    private void line(
        String indent, double x1, double y1, double x2, double y2, String attributes) {
      out.append(indent)
          .append("<line x1=\"")
          .append(fmt(x1))
          .append("\" y1=\"")
          .append(fmt(y1))
          .append("\" x2=\"")
          .append(fmt(x2))
          .append("\" y2=\"")
          .append(fmt(y2))
          .append('"');
      if (!attributes.isEmpty()) {
        out.append(' ').append(attributes);
      }
      out.append("/>\n");
    }

    private void text(
        double x, double y, String anchor, String attributes, String cssClass, String content) {
      out.append("  <text");
      if (!cssClass.isEmpty()) {
        out.append(" class=\"").append(cssClass).append('"');
      }
      out.append(" x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(fmt(y))
          .append("\" text-anchor=\"")
          .append(anchor)
          .append('"');
      if (!attributes.isEmpty()) {
        out.append(' ').append(attributes);
      }
      out.append('>').append(xml(content)).append("</text>\n");
    }
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%,d", (long) value)
        : String.format(Locale.ROOT, "%,.1f", value);
  }

  private static String fmt(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  /**
   * Escapes text for XML content and attribute values.
   *
   * @param text the text
   * @return the escaped text
   */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Runs the example: prints the attainment table, writes the chart and prints where.
   *
   * @param args none, or the SVG file to write
   * @param out where to print
   * @return the SVG file written
   */
  public static Path run(List<String> args, PrintStream out) {
    if (args.size() > 1) {
      throw new IllegalArgumentException("Usage: TargetsAgainstReality [chart.svg]");
    }
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    out.println("Targets against reality: " + ice.title());
    out.println();
    out.print(attainmentTable(ice));
    out.println();
    out.println(
        "An observation counts against the directive in force at the start of its period;"
            + " a range is measured against its lower bound, and an \"under\" figure gives an upper bound.");
    Path file = Outputs.write(Outputs.fileArgument(args, 0, DEFAULT_FILE), svg(ice));
    out.println();
    out.println("Chart written to " + file.toAbsolutePath().normalize());
    return file;
  }

  /**
   * Prints the table and writes the chart.
   *
   * @param args none, or the SVG file to write
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(List.of(args), out);
    out.flush();
  }
}
