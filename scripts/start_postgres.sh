#!/usr/bin/env bash
# Start a local PostgreSQL + PostGIS server for geomap's PostGIS store and print its URL.
#   bash scripts/start_postgres.sh                 # prints postgresql://geomap:geomap@127.0.0.1:5432/geomap_test
#   export GEOMAP_TEST_PG=$(bash scripts/start_postgres.sh)   # what CI does before pytest
# As root on Debian/Ubuntu: installs postgresql + PostGIS from apt when missing, starts (or creates) a cluster
# listening on 127.0.0.1 only, and creates the role and database (PostGIS enabled). Idempotent: a second run
# only checks. Override with PG_VERSION, PG_CLUSTER, PG_PORT, PG_USER, PG_PASSWORD, PG_DB.
# Only the URL goes to stdout; progress goes to stderr.
set -euo pipefail
PG_VERSION=${PG_VERSION:-15}
PG_CLUSTER=${PG_CLUSTER:-main}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-geomap}
PG_PASSWORD=${PG_PASSWORD:-geomap}
PG_DB=${PG_DB:-geomap_test}
URL="postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${PG_PORT}/${PG_DB}"
log() { echo "start_postgres: $*" >&2; }

as_postgres() {
  if [[ $(id -u) == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    sudo -n -u postgres "$@"
  fi
}

# Fast path: the database already answers with PostGIS.
if command -v psql >/dev/null 2>&1 \
  && PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=3 psql -qtAX "$URL" \
     -c "SELECT 1 FROM pg_extension WHERE extname = 'postgis'" 2>/dev/null | grep -q 1; then
  log "already running"
  echo "$URL"
  exit 0
fi

pkg="postgresql-${PG_VERSION}-postgis-3"
if [[ ! -d /usr/share/postgresql/${PG_VERSION}/extension ]] \
  || ! ls /usr/share/postgresql/"${PG_VERSION}"/extension/postgis.control >/dev/null 2>&1; then
  if [[ $(id -u) != 0 ]]; then
    log "PostGIS for PostgreSQL ${PG_VERSION} is missing; run as root, or: sudo apt-get install -y $pkg"
    exit 1
  fi
  log "installing $pkg (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "$pkg" >&2
fi

if ! pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c' | grep -q .; then
  log "creating cluster ${PG_VERSION}/${PG_CLUSTER} on 127.0.0.1:${PG_PORT}"
  pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" -- --auth-local=peer --auth-host=scram-sha-256 >&2
fi
conf=/etc/postgresql/${PG_VERSION}/${PG_CLUSTER}/postgresql.conf
changed=
want=$(printf "listen_addresses = '127.0.0.1' # geomap\nport = %s # geomap" "$PG_PORT")
if [[ -w $conf && $(tail -n 2 "$conf") != "$want" ]]; then
  # listen on the loopback only, on the chosen port; the last lines win over earlier settings in the file
  sed -i '/^listen_addresses = .* # geomap$/d; /^port = .* # geomap$/d' "$conf"
  printf '%s\n' "$want" >>"$conf"
  changed=1
fi
status=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c {print $4}')
if [[ $status == online* && -n $changed ]]; then
  log "restarting cluster ${PG_VERSION}/${PG_CLUSTER} to listen on 127.0.0.1:${PG_PORT}"
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart >&2
elif [[ $status != online* ]]; then
  log "starting cluster ${PG_VERSION}/${PG_CLUSTER}"
  if [[ $(id -u) == 0 ]]; then
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >&2
  else
    as_postgres pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >&2
  fi
fi
for _ in $(seq 1 50); do
  as_postgres pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
  sleep 0.2
done

psql_admin() { as_postgres psql -qtAX -p "$PG_PORT" -v ON_ERROR_STOP=1 "$@"; }
if [[ -z $(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '${PG_USER}'") ]]; then
  log "creating role ${PG_USER}"
  psql_admin -c "CREATE ROLE \"${PG_USER}\" LOGIN PASSWORD '${PG_PASSWORD}'" >&2
fi
if [[ -z $(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '${PG_DB}'") ]]; then
  log "creating database ${PG_DB}"
  psql_admin -c "CREATE DATABASE \"${PG_DB}\" OWNER \"${PG_USER}\"" >&2
fi
# CREATE EXTENSION postgis needs a superuser (PostGIS 3 is not a trusted extension)
psql_admin -d "$PG_DB" -c "CREATE EXTENSION IF NOT EXISTS postgis" >&2
log "ready"
echo "$URL"
