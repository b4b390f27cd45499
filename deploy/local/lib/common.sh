# Shared by the deploy/local scripts. Data, logs and pids live under BILLING_DATA_DIR
# (default deploy/local/.data); the system tests point it elsewhere so they never touch yours.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
DATA_DIR="${BILLING_DATA_DIR:-$ROOT/deploy/local/.data}"
LOG_DIR="$DATA_DIR/logs"
PID_DIR="$DATA_DIR/pids"
mkdir -p "$LOG_DIR" "$PID_DIR"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

is_running() {
  local pidfile="$PID_DIR/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_port() {
  local host=$1 port=$2 timeout=$3 what=$4 waited=0
  until port_open "$host" "$port"; do
    sleep 1; waited=$((waited + 1))
    if [ "$waited" -ge "$timeout" ]; then die "$what did not open $host:$port within ${timeout}s (see $LOG_DIR)"; fi
  done
}

wait_http() {
  local url=$1 timeout=$2 what=$3 waited=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    sleep 1; waited=$((waited + 1))
    if [ "$waited" -ge "$timeout" ]; then die "$what was not ready at $url within ${timeout}s (see $LOG_DIR)"; fi
  done
}

# Stops a process started by these scripts: TERM, a grace period, then KILL.
stop_process() {
  local name=$1 pidfile="$PID_DIR/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name ($pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$pidfile"
}
