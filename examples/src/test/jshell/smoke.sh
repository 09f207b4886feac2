#!/usr/bin/env bash
# The JShell smoke test for CI: runs smoke.jsh through examples/jshell.sh with no terminal and no
# input, prints what JShell printed, and fails unless JShell exited 0 and the output holds the
# greeting, the framework summary, the verdict ADMINISTRATIVE_OR_POLITICAL_ONLY and a query
# table's header. Then it starts JShell again with snippets on stdin, as typed: that start must
# not build (nothing changed), and values bound with var must print whole, as tables.
#
#   bash examples/src/test/jshell/smoke.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
examples="$(cd "$here/../../.." && pwd)"

status=0
output="$("$examples/jshell.sh" "$here/smoke.jsh" </dev/null 2>&1)" || status=$?
printf '%s\n' "$output"

failures=0
if [[ $status -ne 0 ]]; then
  echo "jshell smoke: jshell exited with status $status" >&2
  failures=$((failures + 1))
fi
check() {
  if ! grep -Eq -- "$2" <<<"$output"; then
    echo "jshell smoke: no $1 in the output (looked for /$2/)" >&2
    failures=$((failures + 1))
  fi
}
check "greeting" '^Welcome to the accountability JShell'
check "framework summary" '^AccountabilityFramework\[ICE arrest and deportation quotas, 2025-2026 \|'
check "verdict" '^LINE_AGENT x MISSED_QUOTA: .* -> ADMINISTRATIVE_OR_POLITICAL_ONLY$'
check "table header" '^id +role +nature +status +date +summary$'
check "JSON round trip" '^JSON round trip equal: true$'

# A second start, with input on stdin as a user types it: nothing changed, so it must not build,
# and values bound with var must print whole (the last row of a table and its count).
warm="$(printf '%s\n' 'var citations = ice.citations()' 'var contested = ice.evidence().contestedClaims()' \
  'var attainment = ice.attainment()' '/exit' | "$examples/jshell.sh" 2>&1)" || warm_status=$?
printf '%s\n' "$warm"
if [[ ${warm_status:-0} -ne 0 ]]; then
  echo "jshell smoke: the second jshell exited with status $warm_status" >&2
  failures=$((failures + 1))
fi
if grep -q '^jshell.sh: building' <<<"$warm"; then
  echo "jshell smoke: the second start built again although nothing changed" >&2
  failures=$((failures + 1))
fi
output="$warm"
check "whole table bound with var" '^[0-9]+ citations$'
check "contested claims as a table" '^[0-9]+ contested claims$'
check "attainment as a table" '^[0-9]+ numerical targets?, [0-9]+ observations? against them$'

if [[ $failures -ne 0 ]]; then
  echo "jshell smoke: FAILED ($failures problems)" >&2
  exit 1
fi
echo "jshell smoke: passed"
