using System.Text;
using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Cohorts;

public sealed class CohortTests
{
    [Fact]
    public async Task Every_json_lines_record_yields_exactly_one_outcome_in_order()
    {
        var pipeline = Profiles.Pipeline();
        var valid = pipeline.Json.Serialize(Profiles.Toy("A"));
        var invalidProfile = pipeline.Json.Serialize(Profiles.Toy("B") with { BirthYear = 1800 });
        var longLine = "{\"schemaVersion\":1,\"subject\":\"" + new string('x', 2000) + "\"}";
        var input = string.Join('\n', valid, "{not json", "", invalidProfile, "   ", longLine, valid.Replace("\"A\"", "\"C\"", StringComparison.Ordinal)) + "\n";

        var outcomes = new List<CohortOutcome>();
        await foreach (var outcome in pipeline.EvaluateJsonLinesAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(input)),
            new CohortOptions { MaxDegreeOfParallelism = 3, MaxRecordBytes = CohortOptions.MinRecordBytes }))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal([0L, 1, 2, 3, 4], outcomes.Select(o => o.Index));
        Assert.Equal([1L, 2, 4, 6, 7], outcomes.Select(o => o.Line!.Value));
        Assert.True(outcomes[0].IsSuccess);
        Assert.Equal(DiagnosticCodes.InvalidJson, Assert.Single(outcomes[1].Errors).Code);
        Assert.Equal("B", outcomes[2].Subject?.Value);
        Assert.Equal("$.birthYear", Assert.Single(outcomes[2].Errors).Path);
        var tooLarge = Assert.Single(outcomes[3].Errors);
        Assert.Equal(DiagnosticCodes.RecordTooLarge, tooLarge.Code);
        Assert.Equal("$", tooLarge.Path);
        Assert.Equal("the record on line 6 is longer than the limit of 1024 bytes (CohortOptions.MaxRecordBytes); it was not read", tooLarge.Message);
        Assert.Equal("C", outcomes[4].Assessment!.Subject.Value);
    }

    [Fact]
    public async Task A_byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        var pipeline = Profiles.Pipeline();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(pipeline.Json.Serialize(Profiles.Toy()) + "\r\n")).ToArray();

        var outcomes = await pipeline.EvaluateJsonLinesAsync(new MemoryStream(bytes)).ToListAsync();

        Assert.True(Assert.Single(outcomes).IsSuccess);
    }

    [Fact]
    public void A_null_element_yields_an_error_outcome_and_the_run_goes_on()
    {
        var outcomes = Profiles.Pipeline()
            .EvaluateCohort([Profiles.Toy("A"), null!, Profiles.Toy("C")], new CohortOptions { MaxDegreeOfParallelism = 2 })
            .ToList();

        Assert.Equal(3, outcomes.Count);
        Assert.True(outcomes[0].IsSuccess);
        Assert.Equal(DiagnosticCodes.RecordFailed, Assert.Single(outcomes[1].Errors).Code);
        Assert.True(outcomes[2].IsSuccess);
    }

    [Fact]
    public void An_outcome_holds_an_assessment_or_errors_never_both()
    {
        var assessment = Profiles.Pipeline().Evaluate(Profiles.Toy());
        var error = EvaluationDiagnostic.Error("AIR1302", "x");

        Assert.Throws<ArgumentException>(() => new CohortOutcome(0, null, null, null, []));
        Assert.Throws<ArgumentException>(() => new CohortOutcome(0, null, null, assessment, [error]));
    }

    [Fact]
    public void Out_of_range_options_are_rejected()
    {
        var pipeline = Profiles.Pipeline();

        Assert.Throws<ArgumentOutOfRangeException>(() => pipeline.EvaluateCohort([], new CohortOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => pipeline.EvaluateCohort([], new CohortOptions { MaxRecordBytes = 10 }));
    }

    [Fact]
    public async Task Outcomes_are_written_as_a_results_file_with_a_header_and_read_back()
    {
        var pipeline = Profiles.Pipeline();
        var outcomes = pipeline.EvaluateCohortAsync(new[] { Profiles.Toy("A"), Profiles.Toy("B") }.ToAsyncEnumerable());
        using var output = new MemoryStream();

        await pipeline.WriteJsonLinesAsync(outcomes, output);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("{\"header\":{\"format\":\"autoimmune-resistance.results\",\"schemaVersion\":2,", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("\"manifest\"", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"inputHash\":\"sha256:", lines[2], StringComparison.Ordinal);

        output.Position = 0;
        var read = await pipeline.Json.ReadResultsAsync(output).ToListAsync();
        Assert.Equal(["A", "B"], read.Select(o => o.Assessment!.Subject.Value));
        var original = pipeline.Evaluate(Profiles.Toy("B"));
        Assert.Equal(pipeline.Json.Serialize(original), pipeline.Json.Serialize(read[1].Assessment!));
    }

    [Fact]
    public async Task A_cohort_is_evaluated_into_a_results_file_whose_counts_add_up()
    {
        var pipeline = Profiles.Pipeline();
        var cohort = Encoding.UTF8.GetBytes(pipeline.Json.Serialize(Profiles.Toy("A")) + "\nnot json\n\n" + pipeline.Json.Serialize(Profiles.Toy("C")) + "\n");
        using var output = new MemoryStream();

        var summary = await pipeline.EvaluateJsonLinesAsync(new MemoryStream(cohort), output, new CohortOptions { MaxDegreeOfParallelism = 2 });

        Assert.Equal(new CohortRunSummary(3, 2, 1), summary);
        output.Position = 0;
        var read = await pipeline.Json.ReadResultsAsync(output).ToListAsync();
        Assert.Equal([1L, 2L, 4L], read.Select(o => o.Line!.Value));
        Assert.False(read[1].IsSuccess);
        Assert.Equal("AIR1001", read[1].Errors[0].Code);

        // The input hash is the record's bytes as read.
        var firstLine = pipeline.Json.Serialize(Profiles.Toy("A"));
        var expected = "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(firstLine)));
        Assert.Equal(expected, read[0].Assessment!.Manifest.InputHash);
    }

    [Fact]
    public async Task A_file_without_a_results_header_is_refused_with_its_line()
    {
        var pipeline = Profiles.Pipeline();
        var notResults = new MemoryStream(Encoding.UTF8.GetBytes(pipeline.Json.Serialize(Profiles.Toy("A")) + "\n"));

        var error = await Assert.ThrowsAsync<System.Text.Json.JsonException>(async () => await pipeline.Json.ReadResultsAsync(notResults).ToListAsync());

        Assert.StartsWith("line 1:", error.Message, StringComparison.Ordinal);
    }
}
