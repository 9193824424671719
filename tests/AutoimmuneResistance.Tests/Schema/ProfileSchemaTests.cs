using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutoimmuneResistance.Tests.Schema;

public sealed class ProfileSchemaTests
{
    private const string UpdateVariable = "UPDATE_SCHEMA";

    [Fact]
    public void The_committed_schema_matches_the_model()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "schema", "patient-profile.schema.json");
        var exported = ResistanceJson.Core.GetProfileSchema().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, exported);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with {UpdateVariable}=1 to create it.");
        Assert.True(
            File.ReadAllText(path) == exported,
            $"docs/schema/patient-profile.schema.json no longer matches the model; review the change and rerun the tests with {UpdateVariable}=1.");
    }

    [Theory]
    [InlineData("resistance-assessment.schema.json")]
    [InlineData("results-header.schema.json")]
    [InlineData("results-record.schema.json")]
    public void The_committed_output_schemas_match_the_model(string file)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "schema", file);
        var json = ResistanceJson.Core;
        var node = file switch
        {
            "resistance-assessment.schema.json" => json.GetAssessmentSchema(),
            "results-header.schema.json" => json.GetResultsHeaderSchema(),
            _ => json.GetResultsRecordSchema(),
        };
        var exported = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, exported);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with {UpdateVariable}=1 to create it.");
        Assert.True(File.ReadAllText(path) == exported, $"docs/schema/{file} no longer matches the model; review the change and rerun the tests with {UpdateVariable}=1.");
    }

    [Fact]
    public void The_assessment_schema_leads_with_the_verdict_and_describes_citation_keys()
    {
        var schema = ResistanceJson.Core.GetAssessmentSchema().AsObject();
        var properties = schema["properties"]!.AsObject();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.Contains("verdict", properties.Select(p => p.Key));
        Assert.Contains("citations", properties.Select(p => p.Key));
        var text = schema.ToJsonString();
        Assert.Contains("resistance-shown", text, StringComparison.Ordinal);
        Assert.Contains("cannot-tell-yet", text, StringComparison.Ordinal);
        Assert.Contains("Keys of the document", text, StringComparison.Ordinal);
        Assert.Equal("object", (string?)properties["citations"]!["items"]!["type"]);
        Assert.Contains("secondary-loss-of-response", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_describes_converter_types_and_requires_what_the_reader_requires()
    {
        var schema = ResistanceJson.Core.GetProfileSchema().AsObject();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        var required = schema["required"]!.AsArray().Select(n => (string?)n).ToList();
        Assert.Contains("subject", required);
        Assert.Contains("schemaVersion", required);
        var subject = schema["properties"]!["subject"]!;
        Assert.Equal("string", (string?)subject["type"]);
        var text = schema.ToJsonString();
        Assert.Contains("\"ng/mL\"", text, StringComparison.Ordinal);
        Assert.Contains("core.recorded-score", text, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AutoimmuneResistance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (the folder with AutoimmuneResistance.sln) was not found.");
    }
}
