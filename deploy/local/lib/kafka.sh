# A single-node KRaft Kafka broker, the one the Apache distribution ships, run from Maven Central jars.
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
TOPICS="coding.events.v1 claims.events.v1 payments.events.v1 patient-billing.events.v1"
# Each partner EHR writes a topic of its own; their dead letters share ehr.encounters.v1.dlq.
PARTNER_TOPICS="ehr.encounters.v1.ehr-partner-1 ehr.encounters.v1.ehr-partner-2"

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
  ensure_topics "$cp"
}

launch_kafka() {
  local cp=$1 dir=$2 config=$3
  mkdir -p "$dir/logs"
  cat > "$config" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/logs
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  if [ ! -f "$dir/logs/meta.properties" ]; then
    local cluster; cluster=$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    java -cp "$cp" kafka.tools.StorageTool format -t "$cluster" -c "$config" >> "$LOG_DIR/kafka.log" 2>&1 \
      || die "could not format Kafka storage (see $LOG_DIR/kafka.log)"
  fi
  log "starting Kafka on 127.0.0.1:$KAFKA_PORT"
  nohup java -Xms256m -Xmx768m -cp "$cp" kafka.Kafka "$config" >> "$LOG_DIR/kafka.log" 2>&1 &
  echo $! > "$PID_DIR/kafka.pid"
}

# Every topic and its dead-letter topic, each partner's topic and the partners' one dead-letter topic,
# three partitions each; existing ones are left alone.
ensure_topics() {
  local cp=$1 existing name names="ehr.encounters.v1.dlq $PARTNER_TOPICS"
  for name in $TOPICS; do names="$names $name $name.dlq"; done
  existing=$(java -cp "$cp" org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" --list 2>/dev/null)
  for name in $names; do
    if ! grep -qx "$name" <<< "$existing"; then
      java -cp "$cp" org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" --create \
        --if-not-exists --topic "$name" --partitions 3 --replication-factor 1 >> "$LOG_DIR/kafka.log" 2>&1 \
        || die "could not create topic $name (see $LOG_DIR/kafka.log)"
    fi
  done
}
