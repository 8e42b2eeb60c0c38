#!/usr/bin/env bash
# Runs the benchmarks of docs/benchmarks.md against a fresh, DURABLE PostgreSQL cluster (fsync on, as in
# production) and prints one line per figure: "BENCH <name> <value> <unit>". Progress goes to stderr.
# Usage: ./bench.sh [--quick] [more mvw-bench options, e.g. --only append --max-auto-prepare 20]
set -euo pipefail
cd "$(dirname "$0")"
source .ci/tools.sh
require_dotnet
require_postgres

dotnet build src/Migrationsverwaltung.Cli -c Release -v quiet -nologo >&2
dotnet build benchmarks/Migrationsverwaltung.Benchmarks -c Release -v quiet -nologo >&2

# Short path under /tmp that the postgres user can enter (as root the server runs as postgres).
work=$(mktemp -d /tmp/mvw-bench-XXXX)
chmod 755 "$work"
mvw=src/Migrationsverwaltung.Cli/bin/Release/net10.0/mvw.dll
bench=benchmarks/Migrationsverwaltung.Benchmarks/bin/Release/net10.0/mvw-bench.dll
cleanup() {
  if [ -n "${work:-}" ] && [ -d "$work" ]; then
    dotnet "$mvw" dev-db stop --dir "$work/pg" >&2 || true
    rm -rf "$work"
  fi
  work=
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# No --throwaway: fsync, full-page writes and synchronous commit stay on, so the figures are realistic.
MIGRATIONSVERWALTUNG_BENCH_DB=$(dotnet "$mvw" dev-db start --dir "$work/pg")
export MIGRATIONSVERWALTUNG_BENCH_DB
# The views benchmark seeds its database with mvw seed (a process of its own).
MIGRATIONSVERWALTUNG_BENCH_MVW=$PWD/$mvw
export MIGRATIONSVERWALTUNG_BENCH_MVW

started=$SECONDS
dotnet "$bench" "$@"
echo "bench.sh: finished in $((SECONDS - started)) s" >&2
