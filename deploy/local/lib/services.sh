# The platform's services, each a Quarkus fast-jar with its own database.
SERVICES="coding-service:8081:coding claims-service:8082:claims payments-service:8083:payments
patient-billing-service:8084:patient_billing ops-dashboard:8085:ops clearinghouse-simulator:8086:clearinghouse"
DB_PREFIX="${BILLING_DB_PREFIX:-billing_}"

# Each service signs in to Kafka with its own Keycloak client; the demo realm's secret is <client>-secret,
# and KAFKA_SECRET_<SERVICE> (e.g. KAFKA_SECRET_CODING_SERVICE) replaces it.
kafka_client_secret() {
  local override="KAFKA_SECRET_$(echo "$1" | tr 'a-z-' 'A-Z_')"
  echo "${!override:-$1-secret}"
}

service_jar() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

start_service() {
  local name=$1 port=$2 db=$3
  if is_running "$name"; then log "$name already running"; return 0; fi
  [ -f "$(service_jar "$name")" ] || die "$name is not built: run ./mvnw package -DskipTests"
  log "starting $name on 127.0.0.1:$port (database $db)"
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
  QUARKUS_DATASOURCE_USERNAME=billing_app QUARKUS_DATASOURCE_PASSWORD=billing_app \
  QUARKUS_FLYWAY_USERNAME=billing_owner QUARKUS_FLYWAY_PASSWORD=billing_owner \
  KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
  KAFKA_CLIENT_SECRET="$(kafka_client_secret "$name")" KAFKA_TOKEN_ENDPOINT_URL="$KAFKA_TOKEN_URL" \
  OIDC_AUTH_SERVER_URL="$KEYCLOAK_URL/realms/billing" \
  CLEARINGHOUSE_URL=http://127.0.0.1:8086 PAYMENTS_URL=http://127.0.0.1:8083 \
  CLEARINGHOUSE_CLIENT_SECRET="${CLEARINGHOUSE_CLIENT_SECRET:-clearinghouse-secret}" \
  OPS_DASHBOARD_CLIENT_SECRET="${OPS_DASHBOARD_CLIENT_SECRET:-ops-dashboard-secret}" \
  CODING_CODE_SETS_SEED_DIR="${CODING_CODE_SETS_SEED_DIR:-$ROOT/deploy/local/seed/code-sets}" \
    nohup java ${SERVICE_JAVA_OPTS:--Xms64m -Xmx384m} -jar "$(service_jar "$name")" >> "$LOG_DIR/$name.log" 2>&1 &
  echo $! > "$PID_DIR/$name.pid"
}
