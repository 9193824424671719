using System.Text;
using System.Text.Json;
using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.SystemicSclerosis;

namespace AutoimmuneResistance.Cli.Tests;

public sealed class OtherCommandTests
{
    private const string V1Visit = """{"on":"2023-07-14","present":["arthritis","rash","low-complement","alopecia"],"otherCause":["fever"]}""";

    [Fact]
    public async Task Validate_lists_each_error_with_line_code_and_path_and_exits_1()
    {
        var run = await CliRun.InvokeAsync(["validate", CliRun.DemoCohort]);

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        Assert.Contains("validate: read 300, valid 291, errors 9", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 17 (subject demo-0017): error AIR1103 at $.therapies[0].end: end date precedes the start date", run.Text, StringComparison.Ordinal);
        Assert.Contains("line 286: error AIR1004 at $.therapies[0].regimen.intervalDay:", run.Text, StringComparison.Ordinal);
        Assert.Equal(9, run.Text.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => l.Split(':')[0]).Distinct().Count());
    }

    [Fact]
    public async Task Validate_json_writes_one_object_per_record_with_problems()
    {
        var run = await CliRun.InvokeAsync(["validate", CliRun.DemoCohort, "--json"]);
        var records = run.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        Assert.Equal(9, records.Count);
        Assert.All(records, r => Assert.False(r.GetProperty("valid").GetBoolean()));
        Assert.Equal(17, records[0].GetProperty("line").GetInt64());
    }

    [Fact]
    public async Task Validate_a_clean_profile_exits_0()
    {
        var line = File.ReadLines(CliRun.DemoCohort).Skip(1).First();
        var run = await CliRun.InvokeAsync(["validate", "-"], Encoding.UTF8.GetBytes(line));

        Assert.Equal(CommandLine.Success, run.ExitCode);
        Assert.Contains("validate: read 1, valid 1, errors 0", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_sledai_json_in_json_out()
    {
        var run = await CliRun.InvokeAsync(["score", "sle.sledai-2k", "-"], Encoding.UTF8.GetBytes(V1Visit));
        var result = JsonDocument.Parse(run.Stdout).RootElement;

        Assert.Equal(CommandLine.Success, run.ExitCode);
        Assert.Equal(10, result.GetProperty("total").GetInt32());
        Assert.Equal(8, result.GetProperty("clinicalTotal").GetInt32());
        Assert.True(result.GetProperty("highDiseaseActivityStatus").GetBoolean());
    }

    [Fact]
    public async Task Score_sledai_csv_with_items_as_columns_gives_one_result_per_row()
    {
        using var temp = new TempDirectory();
        var path = temp.File("visits.csv");
        await File.WriteAllTextAsync(path, "on,window_days,arthritis,rash,low_complement,alopecia,fever\n2023-07-14,,1,1,1,1,other-cause\n2023-08-01,30,0,1,0,0,0\n2023-09-01,10,maybe,0,0,0,0\n");
        var run = await CliRun.InvokeAsync(["score", "sle.sledai-2k", path]);
        var lines = run.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode); // the third row is not a valid item value
        Assert.Equal(3, lines.Count);
        Assert.Equal(2, lines[0].GetProperty("line").GetInt64());
        Assert.Equal(10, lines[0].GetProperty("result").GetProperty("total").GetInt32());
        Assert.Equal(2, lines[1].GetProperty("result").GetProperty("total").GetInt32());
        Assert.Equal(30, lines[1].GetProperty("result").GetProperty("windowDays").GetInt32());
        Assert.Equal("csv-row", lines[2].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Contains("score: read 3, scored 2, errors 1", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_an_invalid_input_reports_the_path_and_exits_1()
    {
        var run = await CliRun.InvokeAsync(["score", "sle.sledai-2k", "-"], """{"on":"2023-07-14","present":["no-such-item"]}"""u8.ToArray());

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        Assert.Contains("$.present[0]", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_an_unknown_instrument_lists_the_registered_ones()
    {
        var run = await CliRun.InvokeAsync(["score", "sle.no-such-score", "-"], Encoding.UTF8.GetBytes(V1Visit));

        Assert.Equal(CommandLine.UsageError, run.ExitCode);
        Assert.Contains("sle.sledai-2k", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_json_lists_every_section()
    {
        var run = await CliRun.InvokeAsync(["catalog", "--json"]);
        var catalog = JsonDocument.Parse(run.Stdout).RootElement;

        Assert.Equal(CommandLine.Success, run.ExitCode);
        foreach (var section in new[] { "modules", "therapies", "mechanisms", "instruments", "evaluators", "definition-sets" })
        {
            Assert.True(catalog.GetProperty(section).GetArrayLength() > 0, section);
        }

        Assert.Contains(catalog.GetProperty("instruments").EnumerateArray(), i => i.GetProperty("id").GetString() == "sle.sledai-2k");
        Assert.Contains(catalog.GetProperty("modules").EnumerateArray(), m => m.GetProperty("disease").GetString() == "sle");

        // Every registered definition set, the alternatives too, each saying whether it is the one selected.
        var sets = catalog.GetProperty("definition-sets").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("selected").GetString());
        Assert.Equal("yes", sets["sle.activity.default"]);
        Assert.Equal("no", sets["sle.activity.window-30"]);
        Assert.Equal("no", sets["sle.classification.unreported-unknown"]);
        Assert.Equal("no", sets["ssc.skin-response.eustar-5-units-25-percent"]);
    }

    [Fact]
    public async Task Catalog_marks_the_set_chosen_with_definitions_as_selected()
    {
        var run = await CliRun.InvokeAsync(["catalog", "definition-sets", "--json", "--definitions", "sle.activity.window-30"]);
        var catalog = JsonDocument.Parse(run.Stdout).RootElement;

        var sets = catalog.GetProperty("definition-sets").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("selected").GetString());
        Assert.Equal("yes", sets["sle.activity.window-30"]);
        Assert.Equal("no", sets["sle.activity.default"]);
    }

    [Fact]
    public async Task Catalog_table_for_people()
    {
        var run = await CliRun.InvokeAsync(["catalog", "instruments"]);

        Assert.Equal(CommandLine.Success, run.ExitCode);
        Assert.Contains("sle.sledai-2k", run.Text, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    // The tool's schemas are its pipeline's: the core's with the lupus module's kinds (docs/schema holds the core's).
    [Theory]
    [InlineData("profile")]
    [InlineData("assessment")]
    [InlineData("results-header")]
    [InlineData("results-record")]
    public async Task Schema_json_is_the_pipeline_schema(string name)
    {
        var run = await CliRun.InvokeAsync(["schema", name, "--json"]);
        var json = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().Build().Json;
        var expected = name switch
        {
            "profile" => json.GetProfileSchema(),
            "assessment" => json.GetAssessmentSchema(),
            "results-header" => json.GetResultsHeaderSchema(),
            _ => json.GetResultsRecordSchema(),
        };

        Assert.Equal(CommandLine.Success, run.ExitCode);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(expected, System.Text.Json.Nodes.JsonNode.Parse(run.Stdout)));
    }

    [Fact]
    public async Task Schema_of_the_tables_lists_every_column_and_docs_cli_documents_each()
    {
        var docs = await File.ReadAllTextAsync(Path.Combine(CliRun.RepositoryRoot(), "docs", "cli.md"));
        foreach (var table in new[] { "verdicts", "findings" })
        {
            var run = await CliRun.InvokeAsync(["schema", table, "--json"]);
            var columns = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("columns");

            Assert.Equal(CommandLine.Success, run.ExitCode);
            foreach (var column in columns.EnumerateArray())
            {
                var name = column.GetProperty("name").GetString()!;
                Assert.Contains($"| `{name}` | {column.GetProperty("type").GetString()} |", docs, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Generate_with_the_demo_seed_is_the_demo_cohort_byte_for_byte()
    {
        var run = await CliRun.InvokeAsync(["generate", "--count", "300", "--seed", "20261122"]);

        Assert.Equal(CommandLine.Success, run.ExitCode);
        Assert.Equal(File.ReadAllBytes(CliRun.DemoCohort), run.Stdout);
        Assert.Contains("generate: wrote 300 records (9 invalid on purpose)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_is_deterministic_per_seed()
    {
        var a = await CliRun.InvokeAsync(["generate", "-n", "20", "-s", "7"]);
        var b = await CliRun.InvokeAsync(["generate", "-n", "20", "-s", "7"]);
        var c = await CliRun.InvokeAsync(["generate", "-n", "20", "-s", "8"]);

        Assert.Equal(a.Stdout, b.Stdout);
        Assert.NotEqual(a.Stdout, c.Stdout);
        Assert.Equal(20, a.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("(1 invalid on purpose)", a.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_progress_lines_go_to_stderr_when_it_is_not_a_terminal()
    {
        var stdout = new MemoryStream();
        var error = new StringWriter();
        var console = new CliConsole
        {
            OpenStandardInput = () => new MemoryStream(),
            StandardOutput = stdout,
            Out = new StringWriter(),
            Error = error,
            ProgressInterval = TimeSpan.Zero,
        };

        var code = await CommandLine.InvokeAsync(["evaluate", CliRun.DemoCohort, "-f", "csv"], console);

        Assert.Equal(CommandLine.RecordsFailed, code);
        Assert.Contains("evaluate: 300 records, ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("% of the input, about ", error.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("record_index,", Encoding.UTF8.GetString(stdout.ToArray()), StringComparison.Ordinal);
    }
}
