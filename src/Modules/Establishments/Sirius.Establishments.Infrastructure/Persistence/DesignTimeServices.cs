using Microsoft.EntityFrameworkCore.Design;
using Sirius.BuildingBlocks.Infrastructure.Database.Design;

// dotnet ef scaffolds EstablishmentsDbContext's migrations for the three providers (docs/development.md, « Adding a migration »).
[assembly: DesignTimeServicesReference(ModuleDesignTimeServices.TypeName)]
