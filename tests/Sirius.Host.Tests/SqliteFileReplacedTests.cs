using System.Net;
using Shouldly;
using Sirius.Testing;
using Xunit;

namespace Sirius.Host.Tests;

/// <summary>A module's SQLite file replaced under a running host: readiness fails rather than serve another database.</summary>
public sealed class SqliteFileReplacedTests
{
    [Fact]
    public async Task Readiness_fails_when_a_module_database_file_is_replaced_while_running()
    {
        await using var host = SiriusHost.OnSqlite();
        var client = host.CreateClient();
        await Eventually.HoldsAsync(async () => (await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "ready before the file is replaced");

        var file = Directory.GetFiles(host.SqliteDirectory!, "*.db").Order(StringComparer.Ordinal).First();
        var copy = file + ".copy";
        File.Copy(file, copy);
        File.Delete(file);
        File.Move(copy, file);

        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
