#!/usr/bin/env bash
# Opens JShell with accountability-core, accountability-json, the examples and their run-time
# dependencies on the class path. The startup script (examples/src/main/jshell/startup.jsh)
# imports the API and java.time, binds the ICE case study to `ice` and prints a greeting.
#
#   examples/jshell.sh                   # interactive
#   examples/jshell.sh my-script.jsh     # loads a script first; end it with /exit to leave
#   examples/jshell.sh examples/src/test/jshell/smoke.jsh < /dev/null   # the CI smoke test
#
# Works from any directory. It first builds what it needs with the Maven Wrapper
# (./mvnw -q -pl examples -am compile), which also writes the class path to
# examples/target/jshell.classpath; later starts skip the build while no source or POM changed
# (ACCOUNTABILITY_JSHELL_REBUILD=1 builds anyway). Arguments are passed on to jshell. JShell's preferences
# (history, and a feedback mode that prints tables and answers without cutting them) are kept
# in examples/target/jshell/prefs, apart from your own.
set -euo pipefail

examples="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$examples")"
target="$examples/target"

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jshell" ]]; then
  jshell="$JAVA_HOME/bin/jshell"
elif command -v jshell >/dev/null 2>&1; then
  jshell="$(command -v jshell)"
else
  echo "jshell.sh: no jshell found: set JAVA_HOME to a JDK 17 or newer, or put its bin/ on the PATH" >&2
  exit 1
fi

classpath_file="$target/jshell.classpath"
stamp="$target/jshell/built.stamp"

# Whether the last build is out of date: never built, a class path entry gone (a clean), or a
# source, resource or POM of the parent, core, json or the examples changed since it started.
stale() {
  [[ -f "$stamp" && -s "$classpath_file" ]] || return 0
  local entry
  while IFS= read -r -d ':' entry; do
    [[ -z "$entry" || -e "$entry" ]] || return 0
  done < <(printf '%s:%s:' "$target/classes" "$(cat "$classpath_file")")
  [[ -n "$(find "$root/pom.xml" "$root/.mvn" "$root/core/pom.xml" "$root/core/src/main" \
      "$root/json/pom.xml" "$root/json/src/main" "$examples/pom.xml" "$examples/src/main" \
      -newer "$stamp" -print -quit 2>/dev/null)" ]]
}

# A warm start skips Maven (some 10 s of up-to-date checks) when nothing changed since the last
# build; ACCOUNTABILITY_JSHELL_REBUILD=1 builds anyway.
if [[ "${ACCOUNTABILITY_JSHELL_REBUILD:-}" == 1 ]] || stale; then
  mkdir -p "$target/jshell"
  # Stamped with the time the build started, so that an edit made during the build counts.
  started="$target/jshell/build-started.stamp"
  touch "$started"
  echo "jshell.sh: building core, json and the examples (./mvnw -q -pl examples -am compile)" >&2
  (cd "$root" && ./mvnw -q -B -pl examples -am compile) >&2
  mv -f "$started" "$stamp"
fi

if [[ ! -s "$classpath_file" ]]; then
  echo "jshell.sh: the build did not write $classpath_file" >&2
  exit 1
fi
classpath="$target/classes:$(cat "$classpath_file")"

# A feedback mode like "normal" that does not cut long values (a table of 41 citations, say) and
# starts each value on a line of its own, so that a table's header lines up with its rows. JShell
# keeps modes in its preferences, so the mode is created once, in preferences of our own.
prefs="$target/jshell/prefs"
mode_commands='/set mode accountability normal -command
/set truncation accountability 100000
/set format accountability result "{name} ==>\n{value}{post}" added,modified,replaced-ok-primary
/set mode -retain accountability'
marker="$target/jshell/feedback-mode.jsh"
if [[ ! -f "$marker" || "$(cat "$marker")" != "$mode_commands" ]]; then
  rm -f "$marker"
  mkdir -p "$prefs"
  if printf '%s\n/exit\n' "$mode_commands" \
      | "$jshell" -J-Djava.util.prefs.userRoot="$prefs" -s >/dev/null 2>&1; then
    printf '%s' "$mode_commands" > "$marker"
  fi
fi
feedback=()
if [[ -f "$marker" ]]; then
  feedback=(--feedback accountability)
else
  echo "jshell.sh: could not create JShell's feedback mode; long values may be cut short" >&2
fi

# Snippets run in JShell's own JVM (--execution local) unless the arguments choose otherwise: the
# default, a second JVM under the debugger's agent, starts later and runs the library more slowly.
# That JVM gets the class path too: JDK 17's local execution does not load classes from
# --class-path, only from the JVM's own class path.
execution=(--execution local "-J-Djava.class.path=$classpath")
for arg in "$@"; do
  if [[ "$arg" == --execution* ]]; then
    execution=()
  fi
done

exec "$jshell" \
  -J-Djava.util.prefs.userRoot="$prefs" \
  ${execution[@]+"${execution[@]}"} \
  ${feedback[@]+"${feedback[@]}"} \
  --class-path "$classpath" \
  --startup DEFAULT \
  --startup "$examples/src/main/jshell/startup.jsh" \
  "$@"
