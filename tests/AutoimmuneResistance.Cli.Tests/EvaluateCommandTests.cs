using System.Text;
using AutoimmuneResistance.Cli.Tables;
using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.SystemicSclerosis;
using Parquet;
using Parquet.Schema;

namespace AutoimmuneResistance.Cli.Tests;

public sealed class EvaluateCommandTests
{
    // The demo cohort: 300 records, 9 invalid on purpose (seeds/demo-cohort.md).
    private const string CountsLine = "evaluate: read 300, evaluated 291, errors 9";

    [Fact]
    public async Task Csv_counts_add_up_and_failed_records_are_error_rows_with_exit_code_1()
    {
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "--format", "csv"]);

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        Assert.Contains(CountsLine, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("9 of 300 records failed", run.Stderr, StringComparison.Ordinal);
        var rows = ReadCsv(run.StdoutText);
        var header = rows[0];
        Assert.Equal(ResultTables.Verdicts.Columns.Select(c => c.Name), header);
        var data = rows.Skip(1).ToList();
        var status = Array.IndexOf(header, "record_status");
        var index = Array.IndexOf(header, "record_index");
        Assert.Equal(9, data.Count(r => r[status] == "error"));
        Assert.Equal(300, data.Select(r => r[index]).Distinct().Count());
        Assert.Equal(291, data.Where(r => r[status] == "evaluated").Select(r => r[index]).Distinct().Count());
    }

    [Fact]
    public async Task Csv_error_row_names_line_code_path_and_the_whole_message()
    {
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-f", "csv"]);
        var rows = ReadCsv(run.StdoutText);
        var header = rows[0];
        var row = rows.Single(r => r[Array.IndexOf(header, "line")] == "17");

        Assert.Equal("16", Cell(header, row, "record_index"));
        Assert.Equal("demo-0017", Cell(header, row, "subject"));
        Assert.Equal("error", Cell(header, row, "record_status"));
        Assert.Equal("1", Cell(header, row, "error_count"));
        Assert.Equal("AIR1103", Cell(header, row, "error_code"));
        Assert.Equal("$.therapies[0].end", Cell(header, row, "error_path"));
        Assert.Equal("end date precedes the start date", Cell(header, row, "error_message"));
        Assert.Equal(string.Empty, Cell(header, row, "error_value")); // no patient values by default
        Assert.Equal(string.Empty, Cell(header, row, "answer"));
    }

    [Fact]
    public async Task Csv_verdict_row_matches_the_assessment_value_for_value()
    {
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-f", "csv"]);
        var rows = ReadCsv(run.StdoutText);
        var header = rows[0];
        var pipeline = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().Build();
        var outcomes = new List<CohortOutcome>();
        await foreach (var o in pipeline.EvaluateJsonLinesAsync(new MemoryStream(File.ReadAllBytes(CliRun.DemoCohort))))
        {
            outcomes.Add(o);
        }

        // The first patient with a therapy verdict that failed (options listed): its first therapy row.
        var outcome = outcomes.First(o => o.Assessment?.Verdict?.Therapies.Any(t => !t.Options.IsEmpty) == true);
        var assessment = outcome.Assessment!;
        var verdict = assessment.Verdict!;
        var position = verdict.Therapies.IndexOf(verdict.Therapies.First(t => !t.Options.IsEmpty)) + 1;
        var therapy = verdict.Therapies[position - 1];
        var row = rows.Single(r => Cell(header, r, "line") == outcome.Line!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) && Cell(header, r, "therapy_position") == position.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(assessment.Subject.Value, Cell(header, row, "subject"));
        Assert.Equal("evaluated", Cell(header, row, "record_status"));
        Assert.Equal(assessment.AsOf!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Cell(header, row, "as_of"));
        Assert.Equal(assessment.Manifest.InputHash, Cell(header, row, "input_hash"));
        Assert.Equal(Contract(pipeline, verdict.Answer), Cell(header, row, "answer"));
        Assert.Equal(verdict.Summary, Cell(header, row, "summary"));
        Assert.Equal(therapy.Therapy.Value, Cell(header, row, "therapy"));
        Assert.Equal(therapy.Name, Cell(header, row, "therapy_name"));
        Assert.Equal(Contract(pipeline, therapy.Outcome), Cell(header, row, "outcome"));
        Assert.Equal(Contract(pipeline, therapy.Resistance), Cell(header, row, "resistance"));
        Assert.Equal(therapy.Statement, Cell(header, row, "statement"));
        Assert.Equal(string.Join("|", therapy.Findings), Cell(header, row, "decided_by"));
        Assert.Equal(therapy.Options.MinBy(o => o.Rank)!.Key, Cell(header, row, "top_option"));
        Assert.Equal(assessment.Findings.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(header, row, "finding_count"));
        Assert.Equal("0", Cell(header, row, "error_count"));
    }

    [Fact]
    public async Task Findings_table_has_one_row_per_finding_and_one_per_failed_record()
    {
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-f", "csv", "--findings"]);
        var rows = ReadCsv(run.StdoutText);
        var pipeline = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().Build();
        var findings = 0;
        await foreach (var o in pipeline.EvaluateJsonLinesAsync(new MemoryStream(File.ReadAllBytes(CliRun.DemoCohort))))
        {
            findings += o.Assessment?.Findings.Length ?? 0;
        }

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        Assert.Equal(ResultTables.Findings.Columns.Select(c => c.Name), rows[0]);
        Assert.Equal(findings + 9, rows.Count - 1);
    }

    [Fact]
    public async Task Json_lines_output_is_the_library_results_file_byte_for_byte()
    {
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort]);
        var pipeline = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().Build();
        var expected = new MemoryStream();
        var summary = await pipeline.EvaluateJsonLinesAsync(new MemoryStream(File.ReadAllBytes(CliRun.DemoCohort)), expected);

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        Assert.Equal(new CohortRunSummary(300, 291, 9), summary);
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), run.StdoutText);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Csv_written_to_a_file_equals_csv_on_standard_output(bool findings)
    {
        using var temp = new TempDirectory();
        var path = temp.File("verdicts.csv");
        string[] table = findings ? ["--findings"] : [];

        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-f", "csv", "-o", path, .. table]);
        var piped = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-f", "csv", .. table]);

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(path + ".partial"));
        Assert.Equal(piped.StdoutText, await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Parquet_reads_back_with_the_table_columns_and_values()
    {
        using var temp = new TempDirectory();
        var path = temp.File("verdicts.parquet");
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-f", "parquet", "-o", path]);
        var csv = ReadCsv((await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-f", "csv"])).StdoutText);

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.False(File.Exists(path + ".partial"));
        await using var reader = await ParquetReader.CreateAsync(path, new ParquetOptions { UseDateOnlyTypeForDates = true });
        Assert.Equal(ResultTables.Verdicts.Columns.Select(c => c.Name), reader.Schema.GetDataFields().Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(csv.Count - 1, group.RowCount);
        var fields = reader.Schema.GetDataFields();
        var status = new string?[group.RowCount];
        await group.ReadAsync(Field(fields, "record_status"), status.AsMemory());
        var lines = new long?[group.RowCount];
        await group.ReadAsync<long>(Field(fields, "line"), lines.AsMemory());
        var codes = new string?[group.RowCount];
        await group.ReadAsync(Field(fields, "error_code"), codes.AsMemory());
        var asOf = new DateOnly?[group.RowCount];
        await group.ReadAsync<DateOnly>(Field(fields, "as_of"), asOf.AsMemory());

        Assert.Equal(9, status.Count(s => s == "error"));
        var error = Array.IndexOf(lines, 17L);
        Assert.Equal("AIR1103", codes[error]);
        Assert.Equal(csv.Skip(1).Select(r => r[3]), status);
        Assert.Equal(csv.Skip(1).Select(r => r[4]), asOf.Select(d => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
    }

    [Fact]
    public async Task Stdin_input_gives_the_same_output_as_the_file()
    {
        var fromFile = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-f", "csv"]);
        var fromStdin = await CliRun.InvokeAsync(["evaluate", "-", "-f", "csv"], File.ReadAllBytes(CliRun.DemoCohort));

        Assert.Equal(fromFile.ExitCode, fromStdin.ExitCode);
        Assert.Contains(CountsLine, fromStdin.Stderr, StringComparison.Ordinal);
        Assert.Equal(fromFile.StdoutText, fromStdin.StdoutText);
    }

    [Fact]
    public async Task A_single_indented_profile_document_is_one_record()
    {
        var first = File.ReadLines(CliRun.DemoCohort).Skip(1).First(); // demo-0002, a lupus patient
        var indented = new MemoryStream();
        using (var document = System.Text.Json.JsonDocument.Parse(first))
        using (var writer = new System.Text.Json.Utf8JsonWriter(indented, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            document.WriteTo(writer);
        }

        Assert.True(Encoding.UTF8.GetString(indented.ToArray()).Split('\n').Length > 20);
        var run = await CliRun.InvokeAsync(["evaluate", "-", "-f", "csv"], indented.ToArray());

        Assert.Equal(CommandLine.Success, run.ExitCode);
        Assert.Contains("evaluate: read 1, evaluated 1, errors 0", run.Stderr, StringComparison.Ordinal);
        Assert.All(ReadCsv(run.StdoutText).Skip(1), r => Assert.Equal("demo-0002", r[2]));
    }

    [Fact]
    public async Task Output_option_writes_a_valid_results_file_and_nothing_to_stdout()
    {
        using var temp = new TempDirectory();
        var path = temp.File("out/results.jsonl");
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "--output", path, "--parallel", "2"]);

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        Assert.Empty(run.Stdout);
        var pipeline = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().Build();
        var outcomes = new List<CohortOutcome>();
        await using (var stream = File.OpenRead(path))
        {
            await foreach (var o in pipeline.Json.ReadResultsAsync(stream))
            {
                outcomes.Add(o);
            }
        }

        Assert.Equal(300, outcomes.Count);
        Assert.Equal(9, outcomes.Count(o => !o.IsSuccess));
    }

    [Fact]
    public async Task Include_values_puts_the_offending_value_in_the_error_row()
    {
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-f", "csv", "--include-values"]);
        var rows = ReadCsv(run.StdoutText);
        var header = rows[0];
        var row = rows.Single(r => Cell(header, r, "line") == "188");

        Assert.Equal("AIR1005", Cell(header, row, "error_code"));
        Assert.NotEqual(string.Empty, Cell(header, row, "error_value"));
    }

    [Theory]
    [InlineData("evaluate", "missing.jsonl")]
    [InlineData("evaluate", "--format", "xml")]
    [InlineData("evaluate", "--definitions", "sle.no-such-set")]
    [InlineData("evaluate", "--findings")]
    public async Task Usage_errors_exit_with_2_and_say_why(params string[] args)
    {
        string[] full = args.Length == 2 && args[1] == "missing.jsonl" ? args : [args[0], CliRun.DemoCohort, .. args[1..]];
        var run = await CliRun.InvokeAsync(full);

        Assert.Equal(CommandLine.UsageError, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Stderr.Trim());
    }

    [Fact]
    public async Task Unknown_definition_set_lists_the_registered_ones_uncut()
    {
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-d", "sle.no-such-set"]);

        Assert.Contains("definition set 'sle.no-such-set' is not registered; registered sets:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("sle.activity.window-30", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chosen_definition_set_is_in_the_manifest()
    {
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-d", "sle.activity.window-30"]);

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        Assert.Contains("\"sle.activity.window-30\"", run.StdoutText.Split('\n')[0], StringComparison.Ordinal);
    }

    internal static List<string[]> ReadCsv(string text) => [.. CsvReader.Read(new StringReader(text)).Select(r => r.Fields)];

    private static string Cell(string[] header, string[] row, string column) => row[Array.IndexOf(header, column)];

    private static DataField Field(DataField[] fields, string name) => fields.Single(f => f.Name == name);

    private static string Contract<T>(ResistancePipeline pipeline, T value)
        where T : struct, Enum => new ContractText(pipeline.Json.Options).Of(value);

    // A device is written in place: moving a finished file over /dev/null (as root) would replace the device.
    [Fact]
    public async Task Output_to_a_device_writes_through_it_and_leaves_it_a_device()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "--format", "jsonl", "--output", "/dev/null"]);

        Assert.Equal(CommandLine.RecordsFailed, run.ExitCode);
        Assert.False(File.Exists("/dev/null.partial"));
        Assert.Equal(string.Empty, File.ReadAllText("/dev/null"));
    }

    [Fact]
    public async Task A_file_that_cannot_be_written_is_one_line_of_error_and_its_own_exit_code()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "--output", Path.Combine(blocker, "verdicts.jsonl")]);

            Assert.Equal(CommandLine.FileError, run.ExitCode);
            Assert.StartsWith("error: a file could not be read or written:", run.Stderr.Trim(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }
}
