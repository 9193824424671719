using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Properties;

[Properties(Arbitrary = [typeof(ProfileArbitraries), typeof(CohortArbitraries)], Replay = PropertyConfig.Replay)]
public sealed class CohortPropertyTests
{
    private static readonly ResistancePipeline Pipeline = Generators.Pipeline;

    [Property(MaxTest = 40)]
    public void Parallel_cohort_evaluation_gives_the_same_outcomes_in_the_same_order_as_sequential(CohortSample cohort)
    {
        var profiles = cohort.Profiles;
        var sequential = Pipeline.EvaluateCohort(profiles, new CohortOptions { MaxDegreeOfParallelism = 1 }).ToList();
        var parallel = Pipeline.EvaluateCohort(profiles, new CohortOptions { MaxDegreeOfParallelism = 4 }).ToList();

        Assert.Equal(profiles.Length, sequential.Count);
        Assert.Equal(Enumerable.Range(0, profiles.Length).Select(i => (long)i), sequential.Select(o => o.Index));
        Assert.Equal(sequential.Select(Pipeline.Json.Serialize), parallel.Select(Pipeline.Json.Serialize));
        for (var i = 0; i < profiles.Length; i++)
        {
            var outcome = sequential[i];
            Assert.Null(outcome.Line);
            Assert.Equal(profiles[i].Subject, outcome.Subject);
            Assert.NotEqual(outcome.IsSuccess, outcome.Errors.Any(e => e.Severity == DiagnosticSeverity.Error));
            if (outcome.IsSuccess)
            {
                Assert.Equal(Pipeline.Json.Serialize(Pipeline.Evaluate(profiles[i])), Pipeline.Json.Serialize(outcome.Assessment!));
            }
        }
    }

    [Property(MaxTest = 40)]
    public void The_async_cohort_gives_the_same_outcomes_as_the_synchronous_one(SmallCohortSample cohort)
    {
        var profiles = cohort.Profiles;
        var expected = Pipeline.EvaluateCohort(profiles, new CohortOptions { MaxDegreeOfParallelism = 1 }).Select(Pipeline.Json.Serialize);
        var actual = Pipeline.EvaluateCohortAsync(profiles.ToAsyncEnumerable(), new CohortOptions { MaxDegreeOfParallelism = 3 })
            .ToBlockingEnumerable()
            .Select(Pipeline.Json.Serialize);

        Assert.Equal(expected, actual);
    }

    [Property(MaxTest = 40)]
    public void Json_lines_yield_one_outcome_per_non_blank_line_in_order_with_its_line_number(JsonLinesInput input)
    {
        var outcomes = Pipeline
            .EvaluateJsonLinesAsync(new MemoryStream(input.Bytes), new CohortOptions { MaxDegreeOfParallelism = input.Parallelism })
            .ToBlockingEnumerable()
            .ToList();

        var records = input.Lines.Select((line, i) => (Line: line, Number: i + 1L)).Where(l => l.Line.Kind != LineKind.Blank).ToList();
        Assert.Equal(records.Count, outcomes.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var (line, number) = records[i];
            var outcome = outcomes[i];
            Assert.Equal(i, outcome.Index);
            Assert.Equal(number, outcome.Line);
            if (line.Kind == LineKind.Garbage)
            {
                Assert.False(outcome.IsSuccess, line.Text);
                Assert.All(outcome.Errors, e => Assert.Matches(@"^AIR1\d{3}$", e.Code));
                Assert.Contains(outcome.Errors, e => e.Severity == DiagnosticSeverity.Error);
            }
            else
            {
                // A profile line gives what evaluating the same profile in memory gives.
                var profile = line.Profile!;
                Assert.Equal(profile.Subject, outcome.Subject);
                var inMemory = Pipeline.Evaluate(profile);
                Assert.Equal(!inMemory.HasErrors, outcome.IsSuccess);
                if (outcome.IsSuccess)
                {
                    Assert.Equal(Pipeline.Json.Serialize(inMemory), Pipeline.Json.Serialize(outcome.Assessment!));
                }
            }
        }
    }

    [Property(MaxTest = 60)]
    public void Json_lines_outcomes_do_not_depend_on_how_the_stream_delivers_its_bytes(LfChunkedInput input)
    {
        var options = new CohortOptions { MaxDegreeOfParallelism = 1, MaxRecordBytes = CohortOptions.MinRecordBytes };
        var whole = Pipeline.EvaluateJsonLinesAsync(new MemoryStream(input.Bytes), options).ToBlockingEnumerable().Select(Pipeline.Json.Serialize);
        var chunked = Pipeline.EvaluateJsonLinesAsync(new ChunkedStream(input.Bytes, input.ChunkSize), options).ToBlockingEnumerable().Select(Pipeline.Json.Serialize);

        Assert.Equal(whole, chunked);
    }

    [Property(MaxTest = 60)]
    public void Json_lines_outcomes_do_not_depend_on_chunking_with_crlf_line_ends(CrlfChunkedInput input)
    {
        var options = new CohortOptions { MaxDegreeOfParallelism = 1, MaxRecordBytes = CohortOptions.MinRecordBytes };
        var whole = Pipeline.EvaluateJsonLinesAsync(new MemoryStream(input.Bytes), options).ToBlockingEnumerable().Select(Pipeline.Json.Serialize);
        var chunked = Pipeline.EvaluateJsonLinesAsync(new ChunkedStream(input.Bytes, input.ChunkSize), options).ToBlockingEnumerable().Select(Pipeline.Json.Serialize);

        Assert.Equal(whole, chunked);
    }
}
