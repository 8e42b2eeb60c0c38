#!/usr/bin/env bash
# Builds and runs the API on http://127.0.0.1:${PORT:-5080}.
# Without ConnectionStrings__EventStore it starts its own PostgreSQL with data in .data/postgres (kept between runs).
# Extra arguments go to the app, e.g. ./run.sh --urls http://0.0.0.0:8080
set -euo pipefail
cd "$(dirname "$0")"
source .ci/tools.sh
require_dotnet
if [ -z "${ConnectionStrings__EventStore:-}" ]; then
  require_postgres
  export EmbeddedPostgres__DataDirectory="${EmbeddedPostgres__DataDirectory:-$PWD/.data/postgres}"
fi

dotnet build src/Migrationsverwaltung.Api -c Release -v quiet -nologo
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
# The project folder is the content root, where appsettings*.json are.
cd src/Migrationsverwaltung.Api
exec dotnet bin/Release/net10.0/Migrationsverwaltung.Api.dll "$@"
