#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL cluster that the cloud service tests also run against.
# usage: postgres_cluster.sh start|stop DIR   (the server listens only on a socket in DIR)
set -euo pipefail
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
# PostgreSQL refuses to run as root; Debian's package provides the postgres user for it.
as_pg=()
[ "$(id -u)" -ne 0 ] || as_pg=(runuser -u postgres --)

case "$action" in
start)
  if [ -f "$dir/data/postmaster.pid" ]; then
    "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  [ ${#as_pg[@]} -eq 0 ] || chown postgres "$dir"
  "${as_pg[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 >/dev/null
  # fsync is off because the cluster is discarded after the run; durability is SQLite's test.
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-k $dir -c listen_addresses='' -c fsync=off -c max_connections=50" start >/dev/null
  ;;
stop)
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
