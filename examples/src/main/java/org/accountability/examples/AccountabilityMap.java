package org.accountability.examples;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.accountability.casestudy.CaseStudies;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Defendant;
import org.accountability.model.Directive;
import org.accountability.model.LegalRoute;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PersonnelAction;
import org.accountability.model.Role;

/**
 * Draws the framework as a graph and exports it as Mermaid ({@code .mmd}) and Graphviz DOT ({@code
 * .dot}): directives point to the roles they address, roles to the personnel actions taken against
 * them (which point back, dotted, to the directives they enforced); oversight bodies point to their
 * actions and the routes they enforce, and actions to what they constrained (the routes used, the
 * roles, the agency or the United States); legal routes point to whom they reach; claims point to
 * their sources, labelled with each source's stance. Where the Graphviz {@code dot} command is on
 * the {@code PATH} it also renders the DOT file to SVG.
 *
 * <p>Run it from the repository root:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile -Pmap
 * }</pre>
 *
 * <p>The files go to {@code examples/target/accountability-map.*}, or into the directory given with
 * {@code -Dexec.args=some/dir}.
 */
public final class AccountabilityMap {
  /** The base name of the files written. */
  public static final String BASE_NAME = "accountability-map";

  private static final int LABEL_WIDTH = 42;

  private AccountabilityMap() {}

  /** The kinds of node, each with its Graphviz shape and colour. */
  public enum NodeKind {
    /** A directive. */
    DIRECTIVE("note", "#fde0dd", "#c51b8a"),
    /** A role in the agency. */
    ROLE("ellipse", "#ffffcc", "#b8a000"),
    /** A personnel action. */
    PERSONNEL_ACTION("box", "#fee6ce", "#e6550d"),
    /** An oversight body. */
    OVERSIGHT_BODY("box3d", "#deebf7", "#3182bd"),
    /** An action of an oversight body. */
    OVERSIGHT_ACTION("box", "#eff3ff", "#6baed6"),
    /** A legal route. */
    LEGAL_ROUTE("cds", "#e5f5e0", "#31a354"),
    /** The agency or the United States, as defendants. */
    INSTITUTION("doubleoctagon", "#f0f0f0", "#636363"),
    /** A claim of the explainer. */
    CLAIM("box", "#efedf5", "#756bb1"),
    /** A source. */
    CITATION("folder", "#ffffff", "#969696");

    private final String shape;
    private final String fill;
    private final String stroke;

    NodeKind(String shape, String fill, String stroke) {
      this.shape = shape;
      this.fill = fill;
      this.stroke = stroke;
    }

    String cssClass() {
      return name().toLowerCase(Locale.ROOT).replace("_", "");
    }
  }

  /**
   * A node of the map.
   *
   * @param id the node id: the entity kind and id, such as {@code directive:jan-2025-agency-target}
   * @param kind the kind of node
   * @param label the text shown, lines separated by {@code \n}
   */
  public record Node(String id, NodeKind kind, String label) {}

  /**
   * An edge of the map.
   *
   * @param from the id of the node it leaves
   * @param to the id of the node it enters
   * @param label what the edge means, such as {@code addresses}
   * @param dotted whether it is drawn dotted (a link back, which does not rank the layout)
   */
  public record Edge(String from, String to, String label, boolean dotted) {}

  /**
   * The map: nodes in the order added, edges without repeats.
   *
   * @param title the framework's title
   * @param nodes the nodes
   * @param edges the edges
   */
  public record Graph(String title, List<Node> nodes, List<Edge> edges) {
    /**
     * Whether an edge with the label joins the two nodes.
     *
     * @param from the id of the node it leaves
     * @param to the id of the node it enters
     * @param label the label
     * @return true if the map has that edge
     */
    public boolean hasEdge(String from, String to, String label) {
      return edges.stream()
          .anyMatch(e -> e.from().equals(from) && e.to().equals(to) && e.label().equals(label));
    }

    /**
     * The node with the id.
     *
     * @param id the node id
     * @return the node
     */
    public Optional<Node> node(String id) {
      return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
  }

  /** Collects nodes and edges without repeats. */
  private static final class GraphBuilder {
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Set<String> edgeKeys = new HashSet<>();

    String node(NodeKind kind, String prefix, String id, String label) {
      String nodeId = prefix + ":" + id;
      nodes.putIfAbsent(nodeId, new Node(nodeId, kind, label));
      return nodeId;
    }

    void edge(String from, String to, String label, boolean dotted) {
      if (edgeKeys.add(from + "\u0000" + to + "\u0000" + label)) {
        edges.add(new Edge(from, to, label, dotted));
      }
    }
  }

  /**
   * Builds the map of a framework.
   *
   * @param f the framework
   * @return the graph
   */
  public static Graph graph(AccountabilityFramework f) {
    GraphBuilder g = new GraphBuilder();
    for (Directive d : f.directives()) {
      String directive =
          g.node(
              NodeKind.DIRECTIVE,
              "directive",
              d.id(),
              d.id() + "\n" + d.target().map(Object::toString).orElse(shorten(d.summary())));
      d.addressee().role().ifPresent(r -> g.edge(directive, role(g, r), "addresses", false));
    }
    for (PersonnelAction a : f.personnelActions()) {
      String action =
          g.node(
              NodeKind.PERSONNEL_ACTION,
              "personnel-action",
              a.id(),
              a.id() + "\n" + words(a.kind().name()) + ", " + words(a.status().name()));
      g.edge(role(g, a.subjectRole()), action, words(a.nature().name()), false);
      for (String enforced : a.enforces()) {
        g.edge(action, "directive:" + enforced, "enforces", true);
      }
    }
    for (LegalRoute r : f.routes()) {
      String route = route(g, r);
      for (Role role : r.roles()) {
        g.edge(route, role(g, role), "reaches", false);
      }
      for (Defendant d : r.defendants()) {
        if (d != Defendant.INDIVIDUAL) {
          g.edge(route, institution(g, f, d), "against", false);
        }
      }
    }
    for (OversightBody b : f.oversightBodies()) {
      String body =
          g.node(
              NodeKind.OVERSIGHT_BODY, "oversight-body", b.id(), b.id() + "\n" + shorten(b.name()));
      for (OversightAction a : b.actions()) {
        String action =
            g.node(
                NodeKind.OVERSIGHT_ACTION,
                "oversight-action",
                a.id(),
                a.id() + "\n" + words(a.outcome().name()));
        g.edge(body, action, words(a.lever().name()), false);
        a.route()
            .flatMap(id -> f.routes().withId(id).first())
            .ifPresent(r -> g.edge(action, route(g, r), "uses", false));
        for (Role role : a.roles()) {
          g.edge(action, role(g, role), "against", false);
        }
        for (Defendant d : a.defendants()) {
          if (d != Defendant.INDIVIDUAL) {
            g.edge(action, institution(g, f, d), "against", false);
          }
        }
      }
    }
    for (LegalRoute r : f.routes()) {
      for (String bodyId : r.enforcedBy()) {
        g.edge("oversight-body:" + bodyId, route(g, r), "enforces", false);
      }
    }
    for (Claim c : f.claims()) {
      String claim =
          g.node(NodeKind.CLAIM, "claim", c.id(), c.id() + "\n" + shorten(c.statement()));
      for (Claim.Source s : c.sources()) {
        Citation citation = f.citation(s.citation()).orElseThrow();
        String source =
            g.node(
                NodeKind.CITATION,
                "citation",
                citation.id(),
                citation.id() + "\n" + shorten(citation.publisher()));
        g.edge(claim, source, words(s.stance().name()), s.stance() == Claim.Stance.CONTRADICTS);
      }
    }
    return new Graph(f.title(), List.copyOf(g.nodes.values()), List.copyOf(g.edges));
  }

  private static String role(GraphBuilder g, Role role) {
    return g.node(NodeKind.ROLE, "role", role.id(), role.readableName());
  }

  private static String route(GraphBuilder g, LegalRoute r) {
    return g.node(
        NodeKind.LEGAL_ROUTE,
        "legal-route",
        r.id(),
        r.id() + "\n" + words(r.liability().name()) + ", " + words(r.availability().name()));
  }

  private static String institution(GraphBuilder g, AccountabilityFramework f, Defendant d) {
    return switch (d) {
      case AGENCY ->
          g.node(
              NodeKind.INSTITUTION, "institution", "agency", "the agency\n" + shorten(f.agency()));
      case UNITED_STATES ->
          g.node(NodeKind.INSTITUTION, "institution", "united-states", "the United States");
      default -> {
        String id = d.name().toLowerCase(Locale.ROOT).replace('_', '-');
        yield g.node(NodeKind.INSTITUTION, "institution", id, "the " + words(d.name()));
      }
    };
  }

  private static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String shorten(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= LABEL_WIDTH ? flat : flat.substring(0, LABEL_WIDTH - 1) + "…";
  }

  /**
   * The graph in Mermaid flowchart syntax. Node ids are the map's ids with every character other
   * than a letter, digit or underscore replaced by {@code _}, such as {@code
   * directive_jan_2025_agency_target}.
   *
   * @param graph the graph
   * @return the Mermaid text
   */
  public static String mermaid(Graph graph) {
    StringBuilder out = new StringBuilder();
    out.append("%% Accountability map: ").append(graph.title().replace('\n', ' ')).append('\n');
    out.append("flowchart LR\n");
    for (NodeKind kind : NodeKind.values()) {
      out.append("  classDef ")
          .append(kind.cssClass())
          .append(" fill:")
          .append(kind.fill)
          .append(",stroke:")
          .append(kind.stroke)
          .append(",color:#222\n");
    }
    for (Node n : graph.nodes()) {
      out.append("  ")
          .append(mermaidId(n.id()))
          .append("[\"")
          .append(mermaidText(n.label()))
          .append("\"]:::")
          .append(n.kind().cssClass())
          .append('\n');
    }
    for (Edge e : graph.edges()) {
      out.append("  ")
          .append(mermaidId(e.from()))
          .append(e.dotted() ? " -.->|" : " -->|")
          .append(mermaidText(e.label()))
          .append("| ")
          .append(mermaidId(e.to()))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * The Mermaid id of a map node id.
   *
   * @param nodeId the map's node id
   * @return the Mermaid id
   */
  public static String mermaidId(String nodeId) {
    return nodeId.replaceAll("[^A-Za-z0-9_]", "_");
  }

  private static String mermaidText(String text) {
    return text.replace("\"", "#quot;").replace("|", "#124;").replace("\n", "<br/>");
  }

  /**
   * The graph in Graphviz DOT syntax, with the map's node ids quoted as DOT ids.
   *
   * @param graph the graph
   * @return the DOT text
   */
  public static String dot(Graph graph) {
    StringBuilder out = new StringBuilder();
    out.append("digraph accountability {\n");
    out.append("  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, fontsize=20, label=\"")
        .append(dotText("Accountability map: " + graph.title()))
        .append("\"];\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n");
    for (Node n : graph.nodes()) {
      out.append("  \"")
          .append(dotText(n.id()))
          .append("\" [label=\"")
          .append(dotText(n.label()))
          .append("\", shape=")
          .append(n.kind().shape)
          .append(", fillcolor=\"")
          .append(n.kind().fill)
          .append("\", color=\"")
          .append(n.kind().stroke)
          .append("\"];\n");
    }
    for (Edge e : graph.edges()) {
      out.append("  \"")
          .append(dotText(e.from()))
          .append("\" -> \"")
          .append(dotText(e.to()))
          .append("\" [label=\"")
          .append(dotText(e.label()))
          .append('"');
      if (e.dotted()) {
        out.append(", style=dashed, constraint=false");
      }
      out.append("];\n");
    }
    out.append("}\n");
    return out.toString();
  }

  private static String dotText(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /**
   * Finds an executable on a search path.
   *
   * @param name the command, such as {@code dot}
   * @param searchPath the directories, separated as in the {@code PATH} variable
   * @return the executable, if one is found
   */
  public static Optional<Path> findExecutable(String name, String searchPath) {
    for (String dir : searchPath.split(File.pathSeparator, -1)) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Runs {@code dot -Tsvg} on a DOT file.
   *
   * @param dot the {@code dot} executable
   * @param dotFile the DOT file
   * @param svgFile the SVG file to write
   * @throws IllegalStateException if {@code dot} fails, with its output
   */
  public static void renderSvg(Path dot, Path dotFile, Path svgFile) {
    try {
      Process process =
          new ProcessBuilder(dot.toString(), "-Tsvg", "-o", svgFile.toString(), dotFile.toString())
              .redirectErrorStream(true)
              .start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("dot did not finish within 2 minutes");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "dot failed with exit code " + process.exitValue() + ": " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for dot", e);
    }
  }

  /**
   * Runs the example with the {@code PATH} of the environment.
   *
   * @param args none, or the directory to write into
   * @param out where to print
   * @return the files written
   */
  public static List<Path> run(List<String> args, PrintStream out) {
    String path = System.getenv("PATH");
    return run(args, out, path == null ? "" : path);
  }

  /**
   * Runs the example: writes the Mermaid and DOT files and, where {@code dot} is on the search
   * path, the SVG; prints what it wrote, or how to render the DOT file.
   *
   * @param args none, or the directory to write into
   * @param out where to print
   * @param searchPath where to look for {@code dot}, as in the {@code PATH} variable
   * @return the files written
   */
  static List<Path> run(List<String> args, PrintStream out, String searchPath) {
    if (args.size() > 1) {
      throw new IllegalArgumentException("Usage: AccountabilityMap [output-directory]");
    }
    Path dir = args.isEmpty() ? Outputs.directory() : Path.of(args.get(0));
    AccountabilityFramework ice = CaseStudies.iceDeportationQuotas();
    Graph graph = graph(ice);
    out.println(
        "Accountability map of "
            + ice.title()
            + ": "
            + graph.nodes().size()
            + " nodes, "
            + graph.edges().size()
            + " edges");
    List<Path> written = new ArrayList<>();
    Path mmd = Outputs.write(dir.resolve(BASE_NAME + ".mmd"), mermaid(graph));
    Path dotFile = Outputs.write(dir.resolve(BASE_NAME + ".dot"), dot(graph));
    written.add(mmd);
    written.add(dotFile);
    out.println(
        "Mermaid:  "
            + mmd.toAbsolutePath().normalize()
            + " (paste it into a ```mermaid block, or render it with mermaid-cli: mmdc -i "
            + mmd.getFileName()
            + ")");
    out.println("Graphviz: " + dotFile.toAbsolutePath().normalize());
    Optional<Path> dot = findExecutable("dot", searchPath);
    Path svg = dir.resolve(BASE_NAME + ".svg");
    if (dot.isPresent()) {
      renderSvg(dot.get(), dotFile, svg);
      written.add(svg);
      out.println(
          "SVG:      "
              + svg.toAbsolutePath().normalize()
              + " (rendered with "
              + dot.get()
              + " -Tsvg)");
    } else {
      out.println(
          "Graphviz's dot is not on the PATH, so no SVG was rendered. Install Graphviz"
              + " (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz) and run:");
      out.println(
          "  dot -Tsvg -o "
              + svg.toAbsolutePath().normalize()
              + " "
              + dotFile.toAbsolutePath().normalize());
    }
    return written;
  }

  /**
   * Writes the map.
   *
   * @param args none, or the directory to write into
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(List.of(args), out);
    out.flush();
  }
}
