#!/usr/bin/env bash
# Two app nodes on one PostgreSQL behind HAProxy with sticky sessions, all on this machine (README, "Running
# more than one node").
#
#   scripts/two-nodes.sh start [--data demo|loaddata]   start everything, print the address, wait (Ctrl-C stops it)
#   scripts/two-nodes.sh stop                            stop everything (from another shell)
#   scripts/two-nodes.sh kill-node N [--graceful]        stop node N (1 or 2): SIGKILL, as a crash, unless --graceful
#   scripts/two-nodes.sh start-node N                    start node N again
#   scripts/two-nodes.sh status                          what runs where
#   scripts/two-nodes.sh load [harness options...]       run the load harness (-Pload) through HAProxy
#   scripts/two-nodes.sh failover SECONDS [options...]   the same, and node 1 killed SECONDS into the first step;
#                                                        its users log in again on node 2 (-Dload.failover=true)
#
# The database: $SPRING_DATASOURCE_URL (+ _USERNAME, _PASSWORD) when set, otherwise a throwaway PostgreSQL
# cluster under the state folder ($TWO_NODES_DIR, default /tmp/ledergaloppen-two-nodes), removed on stop.
# Installs haproxy (Debian) when missing; that needs root. Builds the jar when target/ has none.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
STATE="${TWO_NODES_DIR:-/tmp/ledergaloppen-two-nodes}"
ENV_FILE="$STATE/env"

die() { echo "two-nodes: $*" >&2; exit 1; }
say() { echo "two-nodes: $*"; }

free_port() {
    local port
    for port in $(shuf -i 20000-60000 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "no free local port"
}

pick_java() {
    local candidate
    if command -v java >/dev/null && java -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
        JAVA=java
        return
    fi
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
                     /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
        if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
            JAVA="$candidate/bin/java"
            export JAVA_HOME="$candidate"
            return
        fi
    done
    die "no Java 21 or newer (set JAVA_HOME)"
}

need_haproxy() {
    command -v haproxy >/dev/null && return
    [ "$(id -u)" -eq 0 ] || die "haproxy is not installed, and installing it needs root: apt-get install haproxy"
    say "installing haproxy from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy </dev/null >/dev/null \
        || { DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null && apt-get install -y -q haproxy </dev/null >/dev/null; }
    # Debian's package starts its own service on port 80 with its own config; we run our own instance.
    command -v systemctl >/dev/null && systemctl stop haproxy >/dev/null 2>&1 || true
}

find_jar() {
    ls "$ROOT"/target/ledergaloppen-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true
}

need_jar() {
    JAR="$(find_jar)"
    if [ -z "$JAR" ]; then
        say "building the jar (./mvnw package, tests skipped)"
        ./mvnw -B -q package -DskipTests
        JAR="$(find_jar)"
        [ -n "$JAR" ] || die "no jar under target/ after the build"
    fi
    # The nodes run a copy: a build (or the load harness's package step) replacing target/'s jar under a
    # running node breaks its class loading.
    mkdir -p "$STATE"
    cp "$JAR" "$STATE/app.jar"
    JAR="$STATE/app.jar"
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
    if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
        DB_URL="$SPRING_DATASOURCE_URL"
        DB_USER="${SPRING_DATASOURCE_USERNAME:-}"
        DB_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}"
        PG_DATA=""
        say "using the database at $DB_URL"
        return
    fi
    local bin port
    bin="$(pg_bin)"
    [ -x "$bin/initdb" ] || die "PostgreSQL is not installed (apt-get install postgresql), nor SPRING_DATASOURCE_URL set"
    port="$(free_port)"
    PG_DATA="$STATE/pg/data"
    mkdir -p "$STATE/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres "$STATE/pg"
    as_pg "$bin/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$STATE/pg/initdb.log" 2>&1 \
        || die "initdb failed (see $STATE/pg/initdb.log)"
    cat >>"$PG_DATA/postgresql.conf" <<EOF
port = $port
listen_addresses = 'localhost'
unix_socket_directories = '$STATE/pg'
EOF
    as_pg "$bin/pg_ctl" -D "$PG_DATA" -l "$STATE/pg/postgres.log" -w -t 60 start >/dev/null \
        || die "PostgreSQL did not start (see $STATE/pg/postgres.log)"
    "$bin/psql" -h localhost -p "$port" -U postgres -v ON_ERROR_STOP=1 -q -c "create database ledergaloppen" \
        || die "could not create the database"
    DB_URL="jdbc:postgresql://localhost:$port/ledergaloppen"
    DB_USER=postgres
    DB_PASSWORD=""
    say "throwaway PostgreSQL on port $port ($STATE/pg)"
}

load_env() {
    [ -f "$ENV_FILE" ] || die "nothing is running (no $ENV_FILE); start it first"
    # shellcheck disable=SC1090
    . "$ENV_FILE"
}

node_port() { eval "echo \$NODE${1}_PORT"; }

start_node() {
    local n="$1" port
    port="$(node_port "$n")"
    say "starting node-$n on port $port (log: $STATE/node-$n.log)"
    SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
        setsid "$JAVA" ${NODE_JAVA_OPTS:--Xmx1g} -jar "$JAR" --server.port="$port" --spring.profiles.active="$PROFILE" \
        --ledergaloppen.node="node-$n" >>"$STATE/node-$n.log" 2>&1 </dev/null &
    echo $! >"$STATE/node-$n.pid"
}

# Ready when it answers and, on the first node, the data set is made (demo and loaddata say so in the log):
# the second node must not start while the first is still filling an empty database, or it would fill it too.
ready_line() {
    if [ "$1" = 1 ] && [ ! -f "$STATE/seeded" ] && [ -n "$PG_DATA" ]; then
        case "$PROFILE" in
            demo) echo 'Demo data created|already has users' ;;
            loaddata) echo 'Load data: ' ;;
        esac
    else
        echo 'Started [A-Za-z]+ in '
    fi
}

wait_for_node() {
    local n="$1" port i line
    port="$(node_port "$n")"
    line="$(ready_line "$n")"
    for i in $(seq 1 600); do
        kill -0 "$(cat "$STATE/node-$n.pid")" 2>/dev/null || die "node-$n died (see $STATE/node-$n.log)"
        if curl -fs -o /dev/null "http://127.0.0.1:$port/styles/app.css" && grep -qE "$line" "$STATE/node-$n.log"; then
            touch "$STATE/seeded"
            say "node-$n is up"
            return
        fi
        sleep 1
    done
    die "node-$n did not come up in 10 minutes (see $STATE/node-$n.log)"
}

write_haproxy_config() {
    cat >"$STATE/haproxy.cfg" <<EOF
# Written by scripts/two-nodes.sh. Sticky sessions: the first response sets SRV=<node>; later requests with
# it go to that node while it is up. A node that is down (health check) or refuses the connection loses its
# users to the other node, where Vaadin tells them their session has expired.
global
    maxconn 4096
    pidfile $STATE/haproxy.pid

defaults
    mode http
    option httplog
    log stdout format raw local0 info
    timeout connect 3s
    timeout client 5m
    timeout server 5m
    retries 2
    option redispatch

frontend web
    bind 127.0.0.1:$HAPROXY_PORT
    option forwardfor
    # Overwrite what a client sent. Without the port, Tomcat takes "http" to mean port 80 and redirects
    # there after login.
    http-request set-header X-Forwarded-Proto http
    http-request set-header X-Forwarded-Port %[dst_port]
    default_backend app

backend app
    balance roundrobin
    cookie SRV insert indirect nocache httponly
    option httpchk GET /styles/app.css
    http-check expect status 200
    default-server check inter 2s fall 2 rise 2
    server node-1 127.0.0.1:$NODE1_PORT cookie node-1
    server node-2 127.0.0.1:$NODE2_PORT cookie node-2

listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
EOF
}

cmd_start() {
    PROFILE=demo
    while [ $# -gt 0 ]; do
        case "$1" in
            --data) PROFILE="${2:?--data demo|loaddata}"; shift 2 ;;
            *) die "unknown option $1" ;;
        esac
    done
    case "$PROFILE" in demo|loaddata) ;; *) die "--data is demo or loaddata" ;; esac
    [ ! -f "$ENV_FILE" ] || die "already running ($ENV_FILE); run 'scripts/two-nodes.sh stop' first"
    mkdir -p "$STATE"
    rm -f "$STATE"/node-*.log "$STATE/haproxy.log" "$STATE/seeded"
    need_haproxy
    pick_java
    need_jar
    trap 'exit 130' INT TERM
    start_postgres
    NODE1_PORT="$(free_port)"; NODE2_PORT="$(free_port)"; HAPROXY_PORT="$(free_port)"; STATS_PORT="$(free_port)"
    cat >"$ENV_FILE" <<EOF
JAVA='$JAVA'
JAR='$JAR'
PROFILE='$PROFILE'
DB_URL='$DB_URL'
DB_USER='$DB_USER'
DB_PASSWORD='$DB_PASSWORD'
PG_DATA='$PG_DATA'
NODE1_PORT=$NODE1_PORT
NODE2_PORT=$NODE2_PORT
HAPROXY_PORT=$HAPROXY_PORT
STATS_PORT=$STATS_PORT
EOF
    # From here on, a failure (or Ctrl-C) leaves nothing running behind.
    trap 'cmd_stop' EXIT
    # One after the other: the first migrates the database and creates the data set, the second finds both.
    start_node 1
    wait_for_node 1
    start_node 2
    wait_for_node 2
    write_haproxy_config
    haproxy -c -q -f "$STATE/haproxy.cfg" || die "HAProxy refuses its config ($STATE/haproxy.cfg)"
    setsid haproxy -f "$STATE/haproxy.cfg" >>"$STATE/haproxy.log" 2>&1 </dev/null &
    echo $! >"$STATE/haproxy.pid"
    sleep 1
    kill -0 "$(cat "$STATE/haproxy.pid")" 2>/dev/null || die "HAProxy did not start (see $STATE/haproxy.log)"
    cmd_status
    say "open http://localhost:$HAPROXY_PORT/ ; Ctrl-C or 'scripts/two-nodes.sh stop' stops everything"
    while [ -f "$ENV_FILE" ]; do sleep 1; done
}

stop_pid() {
    local file="$1" signal="${2:-TERM}" pid i
    [ -f "$file" ] || return 0
    pid="$(cat "$file")"
    if kill -0 "$pid" 2>/dev/null; then
        kill "-$signal" -- "-$pid" 2>/dev/null || kill "-$signal" "$pid" 2>/dev/null || true
        for i in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

cmd_stop() {
    [ -f "$ENV_FILE" ] || { say "nothing is running"; return 0; }
    . "$ENV_FILE"
    stop_pid "$STATE/haproxy.pid"
    stop_pid "$STATE/node-1.pid"
    stop_pid "$STATE/node-2.pid"
    if [ -n "${PG_DATA:-}" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
        as_pg "$(pg_bin)/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    [ -n "${PG_DATA:-}" ] && rm -rf "$STATE/pg"
    rm -f "$ENV_FILE" "$STATE/seeded"
    say "stopped (logs kept in $STATE)"
}

cmd_kill_node() {
    local n="${1:?kill-node 1|2}" signal=KILL
    [ "${2:-}" = "--graceful" ] && signal=TERM
    case "$n" in 1|2) ;; *) die "node is 1 or 2" ;; esac
    load_env
    [ -f "$STATE/node-$n.pid" ] || die "node-$n is not running"
    stop_pid "$STATE/node-$n.pid" "$signal"
    say "node-$n stopped (SIG$signal) at $(date +%T)"
}

cmd_start_node() {
    local n="${1:?start-node 1|2}"
    case "$n" in 1|2) ;; *) die "node is 1 or 2" ;; esac
    load_env
    [ ! -f "$STATE/node-$n.pid" ] || die "node-$n is running"
    start_node "$n"
    wait_for_node "$n"
}

cmd_status() {
    load_env
    local n pid state
    for n in 1 2; do
        state=down
        if [ -f "$STATE/node-$n.pid" ] && kill -0 "$(cat "$STATE/node-$n.pid")" 2>/dev/null; then state="up (pid $(cat "$STATE/node-$n.pid"))"; fi
        say "node-$n  http://localhost:$(node_port "$n")/  $state"
    done
    say "database $DB_URL"
    say "HAProxy  http://localhost:$HAPROXY_PORT/  (stats: http://localhost:$STATS_PORT/)"
}

cmd_load() {
    load_env
    ./mvnw -B -Pload test-compile exec:exec@load "-Dload.url=http://localhost:$HAPROXY_PORT" "$@"
}

# The harness through HAProxy with node 1 killed (SIGKILL, as a crash) SECONDS after the first step began. The
# harness (load.failover) counts a user whose request failed and who then logs in on node 2 as "lost-on-node-1",
# checks the draft they typed last, and counts any other failure as an error, by node.
cmd_failover() {
    local after="${1:?failover SECONDS [harness options]}" log harness tailer i
    shift
    load_env
    [ -f "$STATE/node-1.pid" ] && [ -f "$STATE/node-2.pid" ] || die "both nodes must be up"
    log="$STATE/failover-load.log"
    ./mvnw -B -Pload test-compile exec:exec@load "-Dload.url=http://localhost:$HAPROXY_PORT" -Dload.failover=true \
        -Dload.ratios=false "$@" \
        >"$log" 2>&1 &
    harness=$!
    tail -n +1 -f "$log" & tailer=$!
    for i in $(seq 1 600); do
        grep -q '^load: .* users (' "$log" && break
        kill -0 "$harness" 2>/dev/null || break
        sleep 1
    done
    grep -q '^load: .* users (' "$log" || { kill "$tailer"; wait "$harness" || true; die "the harness did not start (see $log)"; }
    sleep "$after"
    cmd_kill_node 1
    local rc=0
    wait "$harness" || rc=$?
    kill "$tailer" 2>/dev/null || true
    say "harness log: $log"
    return "$rc"
}

case "${1:-}" in
    start) shift; cmd_start "$@" ;;
    stop) cmd_stop ;;
    kill-node) shift; cmd_kill_node "$@" ;;
    start-node) shift; cmd_start_node "$@" ;;
    status) cmd_status ;;
    load) shift; cmd_load "$@" ;;
    failover) shift; cmd_failover "$@" ;;
    *) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
