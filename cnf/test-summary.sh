#!/usr/bin/env bash
# Adds up the JUnit XML reports of every module (Surefire and the OSGi tester) and fails when a
# module that must run tests ran none, or when any test failed. Prints "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
# Modules whose test count must be > 0, and where their reports are.
required=(
  "platform.api/target/surefire-reports"
  "platform.runtime/target/surefire-reports"
  "plugins.optim/target/surefire-reports"
  "plugins.games/target/surefire-reports"
  "launch/launcher/target/surefire-reports"
  "launch/example/target/surefire-reports"
  "launch/itest/target/test-reports"
)
total=0; failed=0; skipped=0; bad=0
count() { # dir -> "tests failures errors skipped"
  local t=0 f=0 e=0 s=0 x
  for x in $(find "$1" -name 'TEST-*.xml' 2>/dev/null); do
    local head; head=$(grep -m1 -o '<testsuite[^>]*>' "$x" || true)
    t=$((t + $(echo "$head" | grep -o ' tests="[0-9]*"' | grep -o '[0-9]*' || echo 0)))
    f=$((f + $(echo "$head" | grep -o ' failures="[0-9]*"' | grep -o '[0-9]*' || echo 0)))
    e=$((e + $(echo "$head" | grep -o ' errors="[0-9]*"' | grep -o '[0-9]*' || echo 0)))
    s=$((s + $(echo "$head" | grep -o ' skipped="[0-9]*"' | grep -o '[0-9]*' || echo 0)))
  done
  echo "$t $f $e $s"
}
for d in "${required[@]}"; do
  read -r t f e s < <(count "$d")
  printf '%-45s %5d tests, %d failed, %d skipped\n' "$d" "$t" "$((f + e))" "$s"
  if [ "$t" -eq 0 ]; then echo "ERROR: $d ran no test"; bad=1; fi
  total=$((total + t)); failed=$((failed + f + e)); skipped=$((skipped + s))
done
echo "$((total - failed - skipped)) passed, $failed failed, $skipped skipped"
[ "$bad" -eq 0 ] && [ "$failed" -eq 0 ]
