using AutoimmuneResistance.Cli.Commands;
using AutoimmuneResistance.Cli.Running;
using AutoimmuneResistance.Cli.Tables;
using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.SystemicSclerosis;
using Parquet;

namespace AutoimmuneResistance.Cli.Tests;

// Ctrl-C cancels the token the command runs with; these tests cancel it part-way through the writer path and check that
// every file is complete: a results file the library reads back, a CSV ending on a whole row, a Parquet file with its
// footer, each holding exactly the records counted.
public sealed class CancellationTests
{
    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("parquet")]
    public async Task A_run_cancelled_part_way_leaves_a_valid_file_that_agrees_with_the_counts(string format)
    {
        var pipeline = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().Build();
        using var cancellation = new CancellationTokenSource();
        var output = new MemoryStream();
        var sink = EvaluateCommand.CreateSink(format, pipeline, output, ResultTables.Verdicts);
        RunCounts counts;
        await using (sink)
        {
            counts = await CohortRun.RunAsync(
                pipeline,
                new MemoryStream(File.ReadAllBytes(CliRun.DemoCohort)),
                new CohortOptions { MaxDegreeOfParallelism = 2 },
                [sink],
                (_, read) =>
                {
                    if (read == 100)
                    {
                        cancellation.Cancel();
                    }
                },
                cancellation.Token);
        }

        Assert.True(counts.Cancelled);
        Assert.InRange(counts.Read, 100, 299);
        Assert.Equal(counts.Read, counts.Evaluated + counts.Failed);
        output.Position = 0;
        switch (format)
        {
            case "jsonl":
                var outcomes = new List<CohortOutcome>();
                await foreach (var o in pipeline.Json.ReadResultsAsync(output))
                {
                    outcomes.Add(o);
                }

                Assert.Equal(counts.Read, outcomes.Count);
                Assert.Equal(counts.Failed, outcomes.Count(o => !o.IsSuccess));
                break;
            case "csv":
                var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
                Assert.EndsWith("\n", text, StringComparison.Ordinal);
                var rows = EvaluateCommandTests.ReadCsv(text);
                Assert.All(rows, r => Assert.Equal(ResultTables.Verdicts.Columns.Length, r.Length));
                Assert.Equal(counts.Read, rows.Skip(1).Select(r => r[0]).Distinct().LongCount());
                break;
            default:
                await using (var reader = await ParquetReader.CreateAsync(output))
                {
                    var field = reader.Schema.GetDataFields()[0];
                    var indexes = new List<long>();
                    for (var g = 0; g < reader.RowGroupCount; g++)
                    {
                        using var group = reader.OpenRowGroupReader(g);
                        var values = new long[group.RowCount];
                        await group.ReadAsync(field, values.AsMemory());
                        indexes.AddRange(values);
                    }

                    Assert.Equal(counts.Read, indexes.Distinct().LongCount());
                }

                break;
        }
    }

    [Fact]
    public async Task The_command_cancelled_before_it_starts_still_writes_a_valid_results_file_and_exits_130()
    {
        using var temp = new TempDirectory();
        var path = temp.File("results.jsonl");
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var run = await CliRun.InvokeAsync(["evaluate", CliRun.DemoCohort, "-o", path], cancellationToken: cancellation.Token);

        Assert.Equal(CommandLine.Cancelled, run.ExitCode);
        Assert.Contains("cancelled:", run.Stderr, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(path);
        Assert.StartsWith("{\"header\":", lines[0], StringComparison.Ordinal);
    }
}
