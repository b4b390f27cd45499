#!/usr/bin/env bash
# Restarts PostgreSQL the way a crash would: immediate mode (no shutdown checkpoint), so it recovers
# from its write-ahead log as it starts. The fault campaign uses it; it restarts the machine's Debian
# cluster or the private cluster up.sh made, whichever serves the platform.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
source "$HERE/lib/common.sh"
source "$HERE/lib/postgres.sh"

if [ -f "$DATA_DIR/pg/PG_VERSION" ]; then
  as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  log "restarting the private PostgreSQL cluster (immediate)"
  "${as[@]}" "$(pg_bin pg_ctl)" -D "$DATA_DIR/pg" -m immediate -o "-p $PGPORT -k /tmp" -l "$LOG_DIR/postgres.log" \
    -w restart >/dev/null
elif command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  version=$(ls /etc/postgresql | sort -V | tail -1)
  log "restarting the machine's PostgreSQL $version cluster (immediate)"
  pg_ctlcluster --skip-systemctl-redirect "$version" main restart -m immediate
else
  die "this PostgreSQL ($PGHOST:$PGPORT) was not started by up.sh or the machine's cluster: restart it yourself"
fi
for _ in $(seq 1 60); do "$(pg_bin pg_isready)" -q -h "$PGHOST" -p "$PGPORT" && exit 0; sleep 1; done
die "PostgreSQL did not come back within 60 s"
