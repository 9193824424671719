using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Tests.Properties;

public sealed class CohortPropertyTests
{
    private static readonly ResistancePipeline Pipeline = Generators.Pipeline;

    private static readonly string[] Garbage =
    [
        "{not json",
        "[]",
        "null",
        "42",
        "\"P-1\"",
        "{}",
        "{\"subject\":\"\"}",
        "{\"subject\":\"S-1\",\"birthYear\":\"1990\"}",
        "{\"subject\":\"S-1\",\"sex\":\"F\"}",
        "{\"subject\":\"S-1\",\"unknownProperty\":1}",
        "{\"subject\":\"S-1\",\"assessments\":[{\"$kind\":\"nope.kind\",\"on\":\"2020-01-01\"}]}",
        "{\"subject\":\"S-1\"} trailing",
        "\u00e9\u00e8\u00ea",
        "\t{\"subject\":\"S-1\",", // cut short
    ];

    private static readonly string[] Blank = ["", " ", "\t", "  \t ", "\r"];

    [Fact]
    public void Parallel_cohort_evaluation_gives_the_same_outcomes_in_the_same_order_as_sequential() =>
        Prop.ForAll(Generators.Many(Generators.Profiles(ProfileShape.Wire), 12).ToArbitrary(), profiles =>
        {
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
        }).Check(PropertyConfig.Runs(40));

    [Fact]
    public void The_async_cohort_gives_the_same_outcomes_as_the_synchronous_one() =>
        Prop.ForAll(Generators.Many(Generators.Profiles(ProfileShape.Wire), 8).ToArbitrary(), profiles =>
        {
            var expected = Pipeline.EvaluateCohort(profiles, new CohortOptions { MaxDegreeOfParallelism = 1 }).Select(Pipeline.Json.Serialize);
            var actual = Pipeline.EvaluateCohortAsync(profiles.ToAsyncEnumerable(), new CohortOptions { MaxDegreeOfParallelism = 3 })
                .ToBlockingEnumerable()
                .Select(Pipeline.Json.Serialize);

            Assert.Equal(expected, actual);
        }).Check(PropertyConfig.Runs(40));

    [Fact]
    public void Json_lines_yield_one_outcome_per_non_blank_line_in_order_with_its_line_number() =>
        Prop.ForAll(JsonLinesInputs().ToArbitrary(), input =>
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
        }).Check(PropertyConfig.Runs(40));

    [Fact]
    public void Json_lines_outcomes_do_not_depend_on_how_the_stream_delivers_its_bytes() =>
        Prop.ForAll(ChunkedInputs("\n").ToArbitrary(), input =>
        {
            var options = new CohortOptions { MaxDegreeOfParallelism = 1, MaxRecordBytes = CohortOptions.MinRecordBytes };
            var whole = Pipeline.EvaluateJsonLinesAsync(new MemoryStream(input.Bytes), options).ToBlockingEnumerable().Select(Pipeline.Json.Serialize);
            var chunked = Pipeline.EvaluateJsonLinesAsync(new ChunkedStream(input.Bytes, input.ChunkSize), options).ToBlockingEnumerable().Select(Pipeline.Json.Serialize);

            Assert.Equal(whole, chunked);
        }).Check(PropertyConfig.Runs(60));

    [Fact]
    public void Json_lines_outcomes_do_not_depend_on_chunking_with_crlf_line_ends() =>
        Prop.ForAll(ChunkedInputs("\r\n").ToArbitrary(), input =>
        {
            var options = new CohortOptions { MaxDegreeOfParallelism = 1, MaxRecordBytes = CohortOptions.MinRecordBytes };
            var whole = Pipeline.EvaluateJsonLinesAsync(new MemoryStream(input.Bytes), options).ToBlockingEnumerable().Select(Pipeline.Json.Serialize);
            var chunked = Pipeline.EvaluateJsonLinesAsync(new ChunkedStream(input.Bytes, input.ChunkSize), options).ToBlockingEnumerable().Select(Pipeline.Json.Serialize);

            Assert.Equal(whole, chunked);
        }).Check(PropertyConfig.Runs(60));

    private sealed record ChunkedInput(byte[] Bytes, int ChunkSize)
    {
        public override string ToString() => $"chunks of {ChunkSize} bytes: {Encoding.UTF8.GetString(Bytes)}";
    }

    // Lines around the record limit (1024 bytes), garbage and blank lines, cut into chunks of a random size.
    private static Gen<ChunkedInput> ChunkedInputs(string newline)
    {
        var nearLimit = Gen.Choose(1021, 1027).Select(length => "{\"subject\":\"" + new string('s', length - 14) + "\"}");
        var line = Gen.Frequency((3, nearLimit), (1, Gen.Elements(Garbage)), (1, Gen.Elements(Blank)), (1, Gen.Constant("{\"subject\":\"S-1\"}")));
        return from lines in Generators.Many(line, 4)
               from chunk in Gen.Frequency((2, Gen.Constant(1)), (1, Gen.Choose(2, 8)), (2, Gen.Choose(1000, 1040)), (1, Gen.Choose(2000, 5000)))
               select new ChunkedInput(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + newline))), chunk);
    }

    private enum LineKind
    {
        Profile = 1,
        Garbage = 2,
        Blank = 3,
    }

    private sealed record Line(LineKind Kind, string Text, PatientProfile? Profile = null);

    private sealed record JsonLinesInput(ImmutableArray<Line> Lines, byte[] Bytes, int Parallelism)
    {
        public override string ToString() => Encoding.UTF8.GetString(Bytes);
    }

    private static Gen<JsonLinesInput> JsonLinesInputs()
    {
        var line = Gen.Frequency(
            (4, Generators.Profiles(ProfileShape.Wire).Select(p => new Line(LineKind.Profile, Pipeline.Json.Serialize(p), p))),
            (2, Gen.Elements(Garbage).Select(g => new Line(LineKind.Garbage, g))),
            (2, Gen.Elements(Blank).Select(b => new Line(LineKind.Blank, b))));

        return from lines in Generators.Many(line, 10)
               from crlf in Gen.Elements(false, true)
               from bom in Gen.Elements(false, true)
               from finalNewline in Gen.Elements(false, true)
               from parallelism in Gen.Elements(1, 3)
               select Build(lines, crlf, bom, finalNewline, parallelism);
    }

    private static JsonLinesInput Build(ImmutableArray<Line> lines, bool crlf, bool bom, bool finalNewline, int parallelism)
    {
        var text = string.Join(crlf ? "\r\n" : "\n", lines.Select(l => l.Text));
        if (finalNewline && lines.Length > 0)
        {
            text += crlf ? "\r\n" : "\n";
        }

        // Without a final newline, a trailing blank line is not a line at all; the reader sees the end of the stream.
        var counted = lines;
        if (!finalNewline)
        {
            while (counted.Length > 0 && counted[^1].Kind == LineKind.Blank)
            {
                counted = counted.RemoveAt(counted.Length - 1);
            }
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        return new JsonLinesInput(counted, bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes, parallelism);
    }
}
