#!/usr/bin/env bash
# Starts the whole platform on this machine: PostgreSQL (used or started), a Kafka broker and Keycloak
# from Maven Central artifacts, and every service; returns once each reports ready.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/lib/common.sh"
source "$HERE/lib/postgres.sh"
source "$HERE/lib/keycloak.sh"
source "$HERE/lib/kafka.sh"
source "$HERE/lib/services.sh"

command -v java >/dev/null || die "no java on the PATH: install a JDK 17 or newer (apt-get install openjdk-17-jdk)"
command -v curl >/dev/null || die "curl is needed (apt-get install curl)"

ensure_postgres
for entry in $SERVICES; do ensure_database "$DB_PREFIX${entry##*:}"; done

missing=""
for entry in $SERVICES; do [ -f "$(service_jar "${entry%%:*}")" ] || missing=1; done
if [ -n "$missing" ]; then
  log "building the services"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests) || die "the build failed"
fi

start_keycloak
wait_keycloak         # the broker checks sign-in tokens against Keycloak's keys: Keycloak first
start_kafka
for entry in $SERVICES; do
  IFS=: read -r name port db <<< "$entry"
  start_service "$name" "$port" "$DB_PREFIX$db"
done
for entry in $SERVICES; do
  IFS=: read -r name port db <<< "$entry"
  wait_http "http://127.0.0.1:$port/q/health/ready" 180 "$name"
  log "$name ready on http://127.0.0.1:$port"
done
log "platform up: Kafka 127.0.0.1:$KAFKA_PORT, Keycloak $KEYCLOAK_URL, logs in $LOG_DIR"
