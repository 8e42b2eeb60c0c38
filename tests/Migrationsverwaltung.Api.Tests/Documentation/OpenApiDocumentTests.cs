using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace Migrationsverwaltung.Api.Tests.Documentation;

/// <summary>The OpenAPI document lists every endpoint and passes a pinned Redocly lint; /docs serves Swagger UI.</summary>
[Category("OpenApi")]
public sealed class OpenApiDocumentTests : ApiTestBase
{
    /// <summary>Pinned, so a new Redocly rule cannot turn the build red by itself.</summary>
    private const string RedoclyCli = "@redocly/cli@2.77.0";

    [Test]
    public async Task The_document_lists_every_command_and_query_with_problem_responses()
    {
        var document = await DocumentAsync();
        var paths = document["paths"]!.AsObject();
        var operations = paths.SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!.AsObject()))).ToList();

        Assert.That(operations.Count(o => o.Method == "post"), Is.GreaterThanOrEqualTo(65), "every command has its action resource");
        Assert.That(paths.ContainsKey("/api/v1/cases/{id}/document-requests"), Is.True);
        Assert.That(paths.ContainsKey("/api/v1/cases"), Is.True);
        Assert.That(operations.Where(o => o.Method == "post").All(o => o.Operation["responses"]!.AsObject().ContainsKey("412") || o.Path.Split('/').Length == 4
                || o.Path.StartsWith("/api/v1/retention/", StringComparison.Ordinal) // job and archive answers: conflicts per file in the report
                || o.Path.Contains("/appointment", StringComparison.Ordinal) || o.Path.StartsWith("/api/v1/public/", StringComparison.Ordinal)), // bookings: capacity guarded in the database, no If-Match (adr/0011)
            Is.True, "changes document the stale-version answer");
        var withBody = operations.Where(o => o.Operation["requestBody"] is not null).ToList();
        Assert.That(withBody.Where(o => o.Operation["requestBody"]!["content"]!["application/json"] is { } json && json["example"] is null).Select(o => o.Path), Is.Empty,
            "every JSON request body has an example");
        var example = paths["/api/v1/cases/{id}/document-requests"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!.AsObject();
        Assert.That(example.Select(p => p.Key), Is.SupersetOf(new[] { "items", "deadline" }));
        Assert.That(example.ContainsKey("caseId") || example.ContainsKey("expectedVersion"), Is.False, "path and header values are not in the body");
    }

    [Test]
    public async Task The_document_passes_the_pinned_Redocly_lint()
    {
        var file = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, (await DocumentAsync()).ToJsonString());
        try
        {
            var (exitCode, output) = await RunAsync("npx", "--yes", RedoclyCli, "lint", file, "--format", "stylish");
            TestContext.Out.WriteLine(output);
            Assert.That(exitCode, Is.Zero, $"Redocly lint failed:\n{output}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Swagger_UI_is_served_at_docs()
    {
        using var response = await Api.CreateClient().GetAsync("/docs/index.html");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("swagger"));
    }

    private async Task<JsonObject> DocumentAsync()
    {
        using var response = await Api.CreateClient().GetAsync("/openapi/v1.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["NO_COLOR"] = "1";
        info.Environment["REDOCLY_TELEMETRY"] = "off";
        info.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"{program} is not installed: the OpenAPI lint needs Node.js and npm (apt-get install nodejs npm).");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(4)).Token);
            return (process.ExitCode, await output + await error);
        }
    }
}
