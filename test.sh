#!/usr/bin/env bash
# The project's one test command (README "Test"): module tests against a real Kafka broker that each
# test JVM starts from Maven jars and a real PostgreSQL, then the black-box system tests.
# Extra arguments go to Maven, e.g. ./test.sh -pl coding-service -am
set -euo pipefail
cd "$(dirname "$0")"
if [ -f deploy/local/lib/postgres.sh ]; then
  source deploy/local/lib/postgres.sh
  ensure_postgres
elif ! pg_isready -q -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}"; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | tail -1)" main start
fi
exec ./mvnw -B verify "$@"
