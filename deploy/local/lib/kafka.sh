# A single-node KRaft Kafka broker, the one the Apache distribution ships, run from Maven Central jars.
# No one gets in without signing in (ADR 26): services and partner EHRs sign in with SASL/OAUTHBEARER
# tokens of their Keycloak clients (the principal is the token's azp, the client id), the broker itself
# and the administrator (topics and grants) with SCRAM-SHA-512, on the client and the controller listener
# alike. What each principal may read and write is the access matrix libs/events applies.
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_ADMIN_PASSWORD="${KAFKA_ADMIN_PASSWORD:-kafka-admin-secret}"
# Each partner EHR writes a topic of its own; their dead letters share ehr.encounters.v1.dlq.
PARTNERS="ehr-partner-1,ehr-partner-2"
KAFKA_ISSUER="$KEYCLOAK_URL/realms/billing"
KAFKA_TOKEN_URL="$KAFKA_ISSUER/protocol/openid-connect/token"
KAFKA_JWKS_URL="$KAFKA_ISSUER/protocol/openid-connect/certs"

kafka_classpath() {
  local cpfile="$DATA_DIR/kafka.classpath"
  if [ ! -s "$cpfile" ]; then
    log "resolving the Kafka broker's jars"
    "$ROOT/mvnw" -q -B -f "$ROOT/deploy/local/kafka/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$cpfile" >/dev/null || die "could not resolve the Kafka jars"
  fi
  cat "$cpfile"
}

start_kafka() {
  local cp dir="$DATA_DIR/kafka" config="$DATA_DIR/kafka/server.properties"
  cp=$(kafka_classpath)
  if is_running kafka; then
    log "Kafka already running"
  else
    launch_kafka "$cp" "$dir" "$config"
  fi
  wait_port 127.0.0.1 "$KAFKA_PORT" 90 Kafka
  ensure_topics_and_grants "$cp"
}

scram_login() { echo "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$KAFKA_ADMIN_PASSWORD\";"; }

launch_kafka() {
  local cp=$1 dir=$2 config=$3
  # A broker formatted before it required sign-in has no administrator: start it afresh.
  if [ -f "$dir/logs/meta.properties" ] && [ ! -f "$dir/sasl-formatted" ]; then
    log "Kafka's data predates broker authentication: formatting it again"
    rm -rf "$dir/logs"
  fi
  mkdir -p "$dir/logs"
  cat > "$config" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=CLIENT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=CLIENT://127.0.0.1:$KAFKA_PORT
listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=CLIENT
controller.listener.names=CONTROLLER
sasl.enabled.mechanisms=OAUTHBEARER,SCRAM-SHA-512
listener.name.controller.sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
sasl.mechanism.controller.protocol=SCRAM-SHA-512
listener.name.client.scram-sha-512.sasl.jaas.config=$(scram_login)
listener.name.controller.scram-sha-512.sasl.jaas.config=$(scram_login)
listener.name.client.oauthbearer.sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;
listener.name.client.oauthbearer.sasl.server.callback.handler.class=org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler
sasl.oauthbearer.jwks.endpoint.url=$KAFKA_JWKS_URL
sasl.oauthbearer.expected.issuer=$KAFKA_ISSUER
sasl.oauthbearer.expected.audience=kafka-broker
sasl.oauthbearer.sub.claim.name=azp
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
log.dirs=$dir/logs
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  chmod 600 "$config"
  if [ ! -f "$dir/logs/meta.properties" ]; then
    local cluster; cluster=$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    java -cp "$cp" kafka.tools.StorageTool format -t "$cluster" -c "$config" \
      --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]" >> "$LOG_DIR/kafka.log" 2>&1 \
      || die "could not format Kafka storage (see $LOG_DIR/kafka.log)"
    touch "$dir/sasl-formatted"
  fi
  log "starting Kafka on 127.0.0.1:$KAFKA_PORT (SASL: OAUTHBEARER tokens of $KAFKA_ISSUER, SCRAM for admin)"
  nohup java -Xms256m -Xmx768m -Dorg.apache.kafka.sasl.oauthbearer.allowed.urls="$KAFKA_JWKS_URL" \
    -cp "$cp" kafka.Kafka "$config" >> "$LOG_DIR/kafka.log" 2>&1 &
  echo $! > "$PID_DIR/kafka.pid"
}

# Every topic and its dead-letter topic, each partner's topic and the partners' one dead-letter topic
# (three partitions each), and every grant of the access matrix; what exists is left alone. The
# coding-service build carries the events library that holds the matrix.
ensure_topics_and_grants() {
  local cp=$1 events
  events=$(ls "$ROOT"/coding-service/target/quarkus-app/lib/main/com.rcm.events-*.jar 2>/dev/null | head -1)
  [ -n "$events" ] || die "coding-service is not built: run ./mvnw package -DskipTests"
  KAFKA_ADMIN_PASSWORD="$KAFKA_ADMIN_PASSWORD" java -cp "$cp:$events" com.rcm.events.broker.BrokerSetup \
    "127.0.0.1:$KAFKA_PORT" "$PARTNERS" >> "$LOG_DIR/kafka.log" 2>&1 \
    || die "could not create Kafka's topics and grants (see $LOG_DIR/kafka.log)"
}
