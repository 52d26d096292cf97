#!/usr/bin/env bash
# Throwaway PostgreSQL for the sync tests (sourced by .ci/run):
#   source .ci/postgres.sh && pg_start   # exports SOSDESK_TEST_PG=postgresql+psycopg://…
#   pg_stop                              # stops the cluster and removes its directory
# Installs Debian's postgresql if missing (.ci/run has already run apt-get update). The cluster
# runs as the `postgres` user on 127.0.0.1, on a free port, in a temporary directory.

pg_bin_dir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_start() {
    if [ -z "$(pg_bin_dir)" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null || return 1
    fi
    local bin; bin="$(pg_bin_dir)"
    local run_as=()
    if [ "$(id -u)" = "0" ]; then run_as=(runuser -u postgres --); fi
    PG_TMP="$(mktemp -d /tmp/sosdesk-pg.XXXXXX)"
    chmod 755 "$PG_TMP"
    [ "$(id -u)" = "0" ] && chown postgres: "$PG_TMP"
    PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    "${run_as[@]}" "$bin/initdb" -D "$PG_TMP/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1 \
        || { cat "$PG_TMP/initdb.log"; return 1; }
    "${run_as[@]}" "$bin/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w \
        -o "-h 127.0.0.1 -p $PG_PORT -k $PG_TMP -c fsync=off -c max_connections=100" start >/dev/null \
        || { cat "$PG_TMP/server.log"; return 1; }
    "${run_as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres sosdesk_test || return 1
    export PG_TMP PG_PORT
    export SOSDESK_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/sosdesk_test"
    echo "PostgreSQL de test : $SOSDESK_TEST_PG" >&2
}

pg_stop() {
    [ -n "${PG_TMP:-}" ] || return 0
    local bin; bin="$(pg_bin_dir)"
    local run_as=()
    if [ "$(id -u)" = "0" ]; then run_as=(runuser -u postgres --); fi
    "${run_as[@]}" "$bin/pg_ctl" -D "$PG_TMP/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_TMP"
    unset PG_TMP PG_PORT SOSDESK_TEST_PG
}
