#!/usr/bin/env bash
# Scaffolds a migration of one DbContext with dotnet ef (docs/development.md, « Adding a migration »):
#   scripts/add-migration.sh <establishments|questionnaires|testimonies|platform> <MigrationName>
# The design-time host reads the provider from configuration; nothing connects to a database. The migration is
# written for the three providers (ModuleDesignTimeServices); the snapshot is compared with PostgreSQL's model.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-ef >/dev/null || dotnet tool install -g dotnet-ef --version 10.0.14

case "${1:-}" in
  establishments) project=src/Modules/Establishments/Sirius.Establishments.Infrastructure; context=EstablishmentsDbContext; output=Persistence/Migrations ;;
  questionnaires) project=src/Modules/Questionnaires/Sirius.Questionnaires.Infrastructure; context=QuestionnairesDbContext; output=Persistence/Migrations ;;
  testimonies) project=src/Modules/Testimonies/Sirius.Testimonies.Infrastructure; context=TestimoniesDbContext; output=Persistence/Migrations ;;
  platform) project=src/BuildingBlocks/Sirius.BuildingBlocks.Infrastructure; context=PlatformDbContext; output=Jobs/Migrations ;;
  *) echo "usage: $0 <establishments|questionnaires|testimonies|platform> <MigrationName>" >&2; exit 2 ;;
esac
name="${2:?usage: $0 <module> <MigrationName>}"
shift 2

Database__Provider=Postgres Database__ConnectionString="Host=localhost;Database=design" \
  dotnet ef migrations add "$name" --project "$project" --startup-project src/Host/Sirius.Host \
  --context "$context" --output-dir "$output" "$@"
