# Keycloak from its Maven Central distribution, with the billing realm imported on first start.
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.4.5}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT"

# Keycloak needs a JDK 21 or newer: KEYCLOAK_JAVA_HOME, else JAVA_HOME, else the newest under /usr/lib/jvm.
keycloak_java_home() {
  local candidate version
  for candidate in "${KEYCLOAK_JAVA_HOME:-}" "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then echo "${candidate%/}"; return 0; fi
  done
  die "Keycloak needs a JDK 21 or newer: install one (apt-get install openjdk-21-jdk) or set KEYCLOAK_JAVA_HOME"
}

ensure_keycloak_dist() {
  local home="$DATA_DIR/keycloak-$KEYCLOAK_VERSION"
  if [ ! -x "$home/bin/kc.sh" ]; then
    log "fetching Keycloak $KEYCLOAK_VERSION as a Maven artifact"
    local tmp; tmp=$(mktemp -d)
    "$ROOT/mvnw" -q -B -f "$ROOT/deploy/local/kafka/pom.xml" dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$tmp" >/dev/null \
      || die "could not fetch keycloak-quarkus-dist $KEYCLOAK_VERSION"
    (cd "$DATA_DIR" && unzip -q -o "$tmp"/keycloak-quarkus-dist-*.zip)
    rm -rf "$tmp"
  fi
  mkdir -p "$home/data/import"
  cp "$ROOT/deploy/keycloak/billing-realm.json" "$home/data/import/"
  echo "$home"
}

start_keycloak() {
  if is_running keycloak; then log "Keycloak already running"; return 0; fi
  local java_home home
  java_home=$(keycloak_java_home)
  home=$(ensure_keycloak_dist)
  log "starting Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_URL (JDK $java_home)"
  JAVA_HOME="$java_home" KC_BOOTSTRAP_ADMIN_USERNAME="${KC_ADMIN:-admin}" KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}" \
    nohup "$home/bin/kc.sh" start-dev --http-host 127.0.0.1 --http-port "$KEYCLOAK_PORT" \
      --http-management-port "${KEYCLOAK_MANAGEMENT_PORT:-8190}" --import-realm >> "$LOG_DIR/keycloak.log" 2>&1 &
  echo $! > "$PID_DIR/keycloak.pid"
}

wait_keycloak() {
  wait_http "$KEYCLOAK_URL/realms/billing/.well-known/openid-configuration" 240 Keycloak
}
