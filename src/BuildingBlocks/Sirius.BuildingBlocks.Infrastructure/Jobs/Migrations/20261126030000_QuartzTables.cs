using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sirius.BuildingBlocks.Infrastructure.Jobs.Migrations;

/// <summary>Quartz's job store tables on PostgreSQL and SQL Server (SQLite keeps the in-memory store, ADR 12).</summary>
[DbContext(typeof(PlatformDbContext))]
[Migration("20261126030000_QuartzTables")]
public sealed class QuartzTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var statements = migrationBuilder.IsNpgsql() ? QuartzSchema.PostgresStatements()
            : migrationBuilder.IsSqlServer() ? QuartzSchema.SqlServerStatements()
            : [];
        foreach (var statement in statements)
        {
            migrationBuilder.Sql(statement);
        }
    }
}
