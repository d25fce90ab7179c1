#!/usr/bin/env bash
# Regenerates the EF Core compiled models (docs/adr/0013-ef-compiled-models.md) of every DbContext for SQLite and
# PostgreSQL. Run it after any change to an entity's mapping; CompiledModelTests fails until it is run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-ef >/dev/null || dotnet tool install -g dotnet-ef --version 10.0.14

contexts=(
  "src/BuildingBlocks/Sirius.BuildingBlocks.Infrastructure PlatformDbContext Sirius.BuildingBlocks.Infrastructure.Jobs"
  "src/Modules/Establishments/Sirius.Establishments.Infrastructure EstablishmentsDbContext Sirius.Establishments.Infrastructure.Persistence"
  "src/Modules/Questionnaires/Sirius.Questionnaires.Infrastructure QuestionnairesDbContext Sirius.Questionnaires.Infrastructure.Persistence"
  "src/Modules/Testimonies/Sirius.Testimonies.Infrastructure TestimoniesDbContext Sirius.Testimonies.Infrastructure.Persistence"
)

dotnet build src/Host/Sirius.Host -c Debug -v q -nologo
for provider in Sqlite Postgres; do
  for entry in "${contexts[@]}"; do
    read -r project context namespace <<<"$entry"
    rm -rf "$project/CompiledModels/$provider"
    # The design-time host reads the provider from configuration; nothing connects to a database.
    Database__Provider=$provider Database__ConnectionString="Host=localhost;Database=design" \
      dotnet ef dbcontext optimize --no-build -c "$context" -p "$project" -s src/Host/Sirius.Host \
      -o "CompiledModels/$provider" -n "$namespace.CompiledModels.$provider"
    # Chosen per provider at configuration (ModuleDatabase), never discovered by the assembly attribute.
    rm "$project/CompiledModels/$provider/${context}AssemblyAttributes.cs"
  done
done
