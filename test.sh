#!/usr/bin/env bash
# The project's one test command (README "Test"): module tests against a real Kafka broker that each
# test JVM starts from Maven jars and a real PostgreSQL, then the black-box system tests (one of them in
# Debian's headless Chromium).
# Extra arguments go to Maven, e.g. ./test.sh -pl coding-service -am
set -euo pipefail
cd "$(dirname "$0")"
source deploy/local/lib/common.sh
source deploy/local/lib/postgres.sh
source deploy/local/lib/browser.sh
./build/house-rules.sh
ensure_postgres
ensure_browser
exec ./mvnw -B verify "$@"
