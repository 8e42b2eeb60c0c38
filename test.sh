#!/usr/bin/env bash
# Runs every test against one throwaway PostgreSQL cluster and ends with the line "N passed, N failed".
# Extra arguments go to 'dotnet test', e.g. ./test.sh --filter TestCategory=Deploy
set -euo pipefail
cd "$(dirname "$0")"
source .ci/tools.sh
require_dotnet
require_postgres
require_clamd
require_chromium

dotnet build Migrationsverwaltung.sln -c Release

# Short path under /tmp that the postgres user can enter (as root the server runs as postgres).
work=$(mktemp -d /tmp/mvw-test-XXXX)
chmod 755 "$work"
mvw=src/Migrationsverwaltung.Cli/bin/Release/net10.0/mvw.dll
cleanup() {
  if [ -n "${work:-}" ] && [ -d "$work" ]; then
    dotnet "$mvw" dev-db stop --dir "$work/pg" || true
    rm -rf "$work"
  fi
  work=
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The Deploy test starts the published build; publishing once here spares every run a second build.
dotnet publish src/Migrationsverwaltung.Api -c Release --no-build -o "$work/publish" >/dev/null
export MIGRATIONSVERWALTUNG_PUBLISHED_API="$work/publish"
MIGRATIONSVERWALTUNG_TEST_DB=$(dotnet "$mvw" dev-db start --dir "$work/pg" --throwaway)
export MIGRATIONSVERWALTUNG_TEST_DB

# tests/Directory.Build.props turns this into one results folder per test assembly.
export MIGRATIONSVERWALTUNG_TEST_RESULTS="$work/results"
status=0
dotnet test Migrationsverwaltung.sln -c Release --no-build --logger trx "$@" || status=$?

# Sum the counters of every assembly's .trx (no python needed). Ignored tests only show as total minus
# executed, so "skipped" is everything that neither passed nor failed (ignored, inconclusive, not run).
counter() {
  find "$work/results" -name '*.trx' -exec grep -ho '<Counters [^>]*' {} + 2>/dev/null |
    grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{ s += $1 } END { print s + 0 }' || true
}
passed=$(counter passed)
failed=$(( $(counter failed) + $(counter error) + $(counter timeout) + $(counter aborted) ))
skipped=$(( $(counter total) - passed - failed ))
# Keep the results (.trx, attachments such as the dashboard screenshot) past the cleanup of the work folder.
rm -rf TestResults/last && mkdir -p TestResults/last && cp -r "$work/results/." TestResults/last/ 2>/dev/null || true
cleanup

summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then summary="$summary, $skipped skipped"; fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test failed (exit code $status) without a failed test in the results: see its output above." >&2
fi
if [ $((passed + failed)) -eq 0 ]; then
  echo "No test ran." >&2
  status=1
fi
echo "$summary"
if [ "$failed" -gt 0 ]; then exit 1; fi
exit "$status"
