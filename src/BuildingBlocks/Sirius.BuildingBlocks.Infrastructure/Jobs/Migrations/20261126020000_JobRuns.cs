using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs.Migrations;

[DbContext(typeof(PlatformDbContext))]
[Migration("20261126020000_JobRuns")]
public sealed class JobRuns : Migration
{
    private const string Schema = PlatformDbContext.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreateTable(
            name: PlatformDbContext.JobRunsTable,
            schema: Schema,
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                JobName = table.Column<string>(maxLength: 100, nullable: false),
                JobGroup = table.Column<string>(maxLength: 100, nullable: false),
                FireInstanceId = table.Column<string>(maxLength: 200, nullable: false),
                Instance = table.Column<string>(maxLength: 200, nullable: false),
                Manual = table.Column<bool>(nullable: false),
                ScheduledFireTimeUtc = table.Column<DateTime>(nullable: true),
                StartedAtUtc = table.Column<DateTime>(nullable: false),
                EndedAtUtc = table.Column<DateTime>(nullable: true),
                Outcome = table.Column<string>(maxLength: 20, nullable: false),
                Error = table.Column<string>(maxLength: JobRun.ErrorMaxLength, nullable: true),
                ItemsDone = table.Column<int>(nullable: true),
                ItemsTotal = table.Column<int>(nullable: true),
                CancelRequestedAtUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_JobRuns", x => x.Id));
        migrationBuilder.CreateIndex("IX_JobRuns_JobGroup_JobName_StartedAtUtc", PlatformDbContext.JobRunsTable, ["JobGroup", "JobName", "StartedAtUtc"], Schema);
        migrationBuilder.CreateIndex("IX_JobRuns_StartedAtUtc", PlatformDbContext.JobRunsTable, "StartedAtUtc", Schema);
    }
}
