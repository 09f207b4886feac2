// Startup script of examples/jshell.sh: imports the accountability API, binds the bundled case
// studies to `ice` and `nypd` and prints a greeting. Snippets only: JShell runs startup scripts before
// its commands (/set ...) are available.
import java.time.*;
import org.accountability.model.*;
import org.accountability.framework.*;
import org.accountability.casestudy.*;
import org.accountability.json.*;

var ice = CaseStudies.iceDeportationQuotas();
var nypd = CaseStudies.nypdQuotas();

// Prints a value in full, line breaks and all: Markdown answers, JSON, tables.
void show(Object value) { System.out.println(value); }

System.out.println("""
    Welcome to the accountability JShell. `ice` and `nypd` hold the bundled case studies:
      %s
      %s
    Things to try:
      ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA)
      System.out.println(ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA).explain())
      ice.personnelActions().against(Role.SENIOR_OFFICIAL)
      nypd.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).protections()
      show(Comparison.of(ice, nypd))
    More: ice.evidence().contestedClaims(), ice.attainment(), nypd.conducts(),
      show(AccountabilityJson.create().write(ice))
    """.formatted(ice, nypd));
