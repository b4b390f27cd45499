# PostgreSQL for the platform: PG* variables when set; else the server at 127.0.0.1:5432; else the
# machine's Debian cluster, started; else a private cluster under the data folder.
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER

pg_bin() {
  local tool=$1
  if command -v "$tool" >/dev/null 2>&1; then command -v "$tool"; return; fi
  ls -d /usr/lib/postgresql/*/bin/"$tool" 2>/dev/null | sort -V | tail -1
}

ensure_postgres() {
  if "$(pg_bin pg_isready || echo false)" -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; then return 0; fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    local version; version=$(ls /etc/postgresql | sort -V | tail -1)
    log "starting the machine's PostgreSQL $version cluster"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do "$(pg_bin pg_isready)" -q -h "$PGHOST" -p "$PGPORT" && return 0; sleep 1; done
  fi
  local initdb pg_ctl; initdb=$(pg_bin initdb); pg_ctl=$(pg_bin pg_ctl)
  [ -n "$initdb" ] && [ -n "$pg_ctl" ] || die "no PostgreSQL found: install it (apt-get install postgresql) or set PGHOST/PGPORT"
  local pgdata="$DATA_DIR/pg"
  local as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)   # PostgreSQL refuses to run as root
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    log "creating a private PostgreSQL cluster in $pgdata"
    mkdir -p "$pgdata"; [ "$(id -u)" = 0 ] && chown postgres "$pgdata"
    "${as[@]}" "$initdb" -D "$pgdata" -U postgres --auth=trust >/dev/null
  fi
  log "starting the private PostgreSQL cluster on port $PGPORT"
  "${as[@]}" "$pg_ctl" -D "$pgdata" -o "-p $PGPORT -k /tmp" -l "$LOG_DIR/postgres.log" -w start >/dev/null
}

psql_admin() { "$(pg_bin psql)" -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -v ON_ERROR_STOP=1 -qAt "$@"; }

# Two roles (ADR 22): billing_owner owns each database, its public schema and every table, and is the
# role Flyway migrates as; billing_app is what the services connect as, owns nothing and may only
# read and write rows (the migrations grant it that). Neither is a superuser or bypasses row-level security.
ensure_roles() {
  local role
  for role in billing_owner billing_app; do
    psql_admin -d postgres -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
        CREATE ROLE $role LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '$role'; END IF; END \$\$" >/dev/null
  done
}

# A database owned by billing_owner. One made before the two roles existed (owned by billing_app)
# is handed over, objects and all, so the runtime role is left owning nothing.
ensure_database() {
  local db=$1
  ensure_roles
  if [ -z "$(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    psql_admin -d postgres -c "CREATE DATABASE $db OWNER billing_owner" >/dev/null
    log "created database $db"
  fi
  psql_admin -d "$db" -c "ALTER DATABASE $db OWNER TO billing_owner" \
    -c "REASSIGN OWNED BY billing_app TO billing_owner" \
    -c "ALTER SCHEMA public OWNER TO billing_owner" \
    -c "REVOKE CREATE ON SCHEMA public FROM PUBLIC" >/dev/null
}
