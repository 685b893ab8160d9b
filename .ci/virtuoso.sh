#!/usr/bin/env bash
# Virtuoso Open Source for kg's integration tests (tests/serve/test_virtuoso.py).
#
#   bash .ci/virtuoso.sh start    # install from Debian if missing, start on loopback, wait until ready
#   bash .ci/virtuoso.sh stop     # stop the server started by 'start' (pid file), remove its database
#   bash .ci/virtuoso.sh status   # exit 0 if it answers SPARQL
#   bash .ci/virtuoso.sh env      # print the variables the tests read
#
# The server runs `virtuoso-t +foreground +configfile` on a copy of the packaged
# /etc/virtuoso-opensource-7/virtuoso.ini whose database files live in a throw-away folder
# ($KG_VIRTUOSO_DIR, default /tmp/kg-virtuoso) and whose two ServerPort lines listen on
# 127.0.0.1 only ($KG_VIRTUOSO_HTTP_PORT, default 18890; $KG_VIRTUOSO_SQL_PORT, default 11111).
# A new database has the account dba/dba; writing over HTTP goes to /sparql-auth (digest auth).
set -euo pipefail

DIR="${KG_VIRTUOSO_DIR:-/tmp/kg-virtuoso}"
HTTP_PORT="${KG_VIRTUOSO_HTTP_PORT:-18890}"
SQL_PORT="${KG_VIRTUOSO_SQL_PORT:-11111}"
INI_SRC="/etc/virtuoso-opensource-7/virtuoso.ini"
PIDFILE="$DIR/virtuoso.pid"
WAIT="${KG_VIRTUOSO_WAIT:-90}"
URL="http://127.0.0.1:$HTTP_PORT"

log() { echo "virtuoso.sh: $*" >&2; }

case "$DIR" in
    /*/*) ;;
    *) log "KG_VIRTUOSO_DIR must be an absolute folder below / (it is deleted on start and stop): '$DIR'"; exit 2 ;;
esac

install() {
    if command -v virtuoso-t >/dev/null && [ -f "$INI_SRC" ]; then
        return 0
    fi
    log "installing virtuoso-opensource from Debian"
    export DEBIAN_FRONTEND=noninteractive
    for attempt in 1 2; do
        if apt-get update -qq && apt-get install -y -qq virtuoso-opensource >/dev/null; then
            return 0
        fi
        log "apt-get failed (attempt $attempt)"
        sleep 5
    done
    log "could not install virtuoso-opensource"
    exit 1
}

running() {
    [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null
}

answers() {
    # A SPARQL ASK through the public endpoint: ready means the HTTP server and the
    # RDF subsystem both answer.
    curl -fsS --max-time 5 -G "$URL/sparql" --data-urlencode "query=ASK { ?s ?p ?o }" \
        -H "Accept: application/sparql-results+json" >/dev/null 2>&1
}

write_ini() {
    mkdir -p "$DIR/db"
    # Database files into $DIR/db, both ServerPort lines on loopback, $DIR readable by the
    # bulk loader (DirsAllowed), and room for kg's largest query results.
    sed -E \
        -e "s#/var/lib/virtuoso-opensource-7/db/#$DIR/db/#g" \
        -e "/^\[Parameters\]/,/^\[/ s#^(ServerPort[[:space:]]*=).*#\1 127.0.0.1:$SQL_PORT#" \
        -e "/^\[HTTPServer\]/,/^\[/ s#^(ServerPort[[:space:]]*=).*#\1 127.0.0.1:$HTTP_PORT#" \
        -e "s#^(DirsAllowed[[:space:]]*=.*)#\1, $DIR#" \
        -e "s#^(ResultSetMaxRows[[:space:]]*=).*#\1 1000000#" \
        -e "s#^(DefaultHost[[:space:]]*=).*#\1 127.0.0.1:$HTTP_PORT#" \
        "$INI_SRC" > "$DIR/virtuoso.ini"
    local ports
    ports=$(grep -cE "^ServerPort[[:space:]]*= 127\.0\.0\.1:" "$DIR/virtuoso.ini" || true)
    if [ "$ports" != "2" ]; then
        log "could not set both ServerPort lines in $DIR/virtuoso.ini to 127.0.0.1 (found $ports); check $INI_SRC"
        exit 1
    fi
}

start() {
    install
    if running; then
        log "already running (pid $(cat "$PIDFILE")) at $URL"
        return 0
    fi
    for port in "$HTTP_PORT" "$SQL_PORT"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            log "port 127.0.0.1:$port is taken; set KG_VIRTUOSO_HTTP_PORT / KG_VIRTUOSO_SQL_PORT"
            exit 1
        fi
    done
    rm -rf "$DIR"
    write_ini
    (cd "$DIR" && exec virtuoso-t +foreground +configfile "$DIR/virtuoso.ini" >"$DIR/stdout.log" 2>&1) &
    echo $! > "$PIDFILE"
    local waited=0
    until answers; do
        if ! running; then
            log "virtuoso-t exited during start-up; last lines of $DIR/db/virtuoso.log:"
            tail -n 20 "$DIR/db/virtuoso.log" "$DIR/stdout.log" >&2 || true
            exit 1
        fi
        if [ "$waited" -ge "$WAIT" ]; then
            log "not ready after ${WAIT}s; see $DIR/db/virtuoso.log"
            stop
            exit 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
    log "ready after ${waited}s: $URL/sparql (read), $URL/sparql-auth (dba/dba, digest), isql 127.0.0.1:$SQL_PORT"
}

stop() {
    if ! [ -f "$PIDFILE" ]; then
        log "not running (no $PIDFILE)"
        return 0
    fi
    local pid
    pid=$(cat "$PIDFILE")
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        for _ in $(seq 1 30); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$pid" 2>/dev/null; then
            log "pid $pid did not stop after 30s; killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -rf "$DIR"
    log "stopped"
}

case "${1:-}" in
    install) install ;;
    start) start ;;
    stop) stop ;;
    status) answers && running ;;
    env)
        echo "KG_VIRTUOSO_URL=$URL"
        echo "KG_VIRTUOSO_SQL=127.0.0.1:$SQL_PORT"
        ;;
    *)
        echo "usage: $0 install|start|stop|status|env" >&2
        exit 2
        ;;
esac
