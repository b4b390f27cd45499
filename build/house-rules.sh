#!/usr/bin/env bash
# The house rules a compiler cannot check (docs/adr/0031): SQL only in persistence packages, no design
# file from outside the repository cited, no service class named like a libs/ class. Fails naming each
# breach, so a newcomer learns the rule from the build.
set -euo pipefail
cd "$(dirname "$0")/.."

services=$(ls -d */src/main/java 2>/dev/null | cut -d/ -f1 | grep -v '^libs$' || true)
breaches=0

# 1. SQL text lives in persistence/ (libs/platform keeps its own mechanisms' SQL, so only services count):
# the EntityManager, query calls, and string literals or text-block lines that open with a statement.
sql='import jakarta\.persistence\.EntityManager;|createNativeQuery|createQuery|createNamedQuery|("|^)[[:space:]]*(SELECT|INSERT INTO|DELETE FROM|UPDATE [a-z_]+ SET) '
for service in $services; do
  while IFS= read -r file; do
    echo "house rule: SQL outside persistence/: $file"
    breaches=$((breaches + 1))
  done < <(grep -rlE "$sql" "$service/src/main/java" --include='*.java' | grep -v '/persistence/' || true)
done

# 2. The project cites its own design (docs/), never the files it started from.
while IFS= read -r hit; do
  echo "house rule: cites a design file that is not in the repository: $hit"
  breaches=$((breaches + 1))
done < <(git grep -nE 'CONTRACT\.md|ARCHITECTURE\.md|STYLE\.md|\.\./shared/[A-Za-z]+\.md' -- . ':!build/house-rules.sh' || true)

# 3. A service class never takes a libs/ class's name: reuse the library's, or say how yours differs.
libs_names=$(find libs -path '*/src/main/java/*' -name '*.java' -printf '%f\n' | sort -u)
for service in $services; do
  while IFS= read -r name; do
    [ -n "$name" ] || continue
    echo "house rule: $service has a class named like a libs/ class: ${name%.java}"
    breaches=$((breaches + 1))
  done < <(comm -12 <(echo "$libs_names") <(find "$service/src/main/java" -name '*.java' -printf '%f\n' | sort -u))
done

if [ "$breaches" -gt 0 ]; then
  echo "house rules: $breaches breach(es)"
  exit 1
fi
echo "house rules: kept"
