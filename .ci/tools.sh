# Sourced by ./test.sh and ./run.sh: checks (and as root installs) what they need outside NuGet.
# Keep in step with PostgresBinaries.cs, which searches the same places.

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "The .NET 10 SDK is missing: install it (e.g. 'apt-get install dotnet-sdk-10.0' from Microsoft's package feed) and rerun." >&2
    exit 1
  fi
}

postgres_installed() {
  local bin
  for bin in /usr/lib/postgresql/*/bin "$(dirname "$(command -v postgres 2>/dev/null || echo /nonexistent/postgres)")"; do
    if [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] && [ -x "$bin/postgres" ]; then
      return 0
    fi
  done
  return 1
}

# The tests and the embedded database start their own clusters with initdb/pg_ctl; no PostgreSQL service is used.
require_postgres() {
  if postgres_installed; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL server binaries (initdb, pg_ctl, postgres) are missing. As root run: apt-get update && apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "Installing PostgreSQL (apt-get install postgresql)..." >&2
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
  # Debian's package creates and may start a 'main' cluster on port 5432; nothing here uses it, so it is stopped.
  if command -v pg_lsclusters >/dev/null 2>&1; then
    pg_lsclusters --no-header | while read -r version name _ status _; do
      if [ "$status" = online ]; then
        pg_ctlcluster "$version" "$name" stop >&2 || true
      fi
    done
  fi
  postgres_installed || { echo "apt-get installed postgresql, but initdb/pg_ctl/postgres are still not found." >&2; exit 1; }
}

clamd_installed() {
  [ -x /usr/sbin/clamd ] || command -v clamd >/dev/null 2>&1
}

# The virus-scanning tests start their own clamd (tests/Migrationsverwaltung.Testing/ClamdProcess.cs) with a test
# signature; no clamd or freshclam service is used, and no signatures are downloaded.
require_clamd() {
  if clamd_installed; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "clamd is missing. As root run: apt-get update && apt-get install -y clamav-daemon" >&2
    exit 1
  fi
  echo "Installing clamd (apt-get install clamav-daemon)..." >&2
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clamav-daemon >&2
  # The package's services would wait for signatures that freshclam cannot download here; nothing uses them.
  if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    systemctl disable --now clamav-daemon.service clamav-daemon.socket clamav-freshclam.service >&2 2>/dev/null || true
  fi
  clamd_installed || { echo "apt-get installed clamav-daemon, but clamd is still not found." >&2; exit 1; }
}

chromium_installed() {
  [ -x "${MIGRATIONSVERWALTUNG_CHROMIUM:-/usr/bin/chromium}" ]
}

# The dashboard test drives Debian's Chromium headless through Playwright (tests/.../Views/Dashboard/Chromium.cs);
# Playwright never downloads a browser here.
require_chromium() {
  if chromium_installed; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is missing (the dashboard test needs it). As root run: apt-get update && apt-get install -y chromium" >&2
    exit 1
  fi
  echo "Installing Chromium (apt-get install chromium)..." >&2
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core >&2
  chromium_installed || { echo "apt-get installed chromium, but ${MIGRATIONSVERWALTUNG_CHROMIUM:-/usr/bin/chromium} is still not found." >&2; exit 1; }
}
