#!/usr/bin/env bash
# Stops the services, Keycloak and Kafka started by up.sh. Data is kept unless --purge is given
# (the data folder: Kafka's log, Keycloak's store) or --purge-db (the services' databases too).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/lib/common.sh"
source "$HERE/lib/postgres.sh"
source "$HERE/lib/services.sh"

for entry in $SERVICES; do stop_process "${entry%%:*}"; done
stop_process keycloak
stop_process kafka
for arg in "$@"; do
  case "$arg" in
    --purge-db)
      for entry in $SERVICES; do psql_admin -d postgres -c "DROP DATABASE IF EXISTS $DB_PREFIX${entry##*:} WITH (FORCE)"; done ;;
    --purge)
      rm -rf "$DATA_DIR"; log "removed $DATA_DIR" ;;
    *) die "unknown option $arg (use --purge or --purge-db)" ;;
  esac
done
log "platform stopped"
