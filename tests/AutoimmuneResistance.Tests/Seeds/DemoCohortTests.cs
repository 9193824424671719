using System.Text;

namespace AutoimmuneResistance.Tests.Seeds;

// The committed synthetic demo cohort (seeds/demo-cohort.jsonl) must stay readable by the current JSON contract, keep
// its deliberate errors where seeds/demo-cohort.md says they are, and be exactly what the generator writes. When the
// contract changes, regenerate it: dotnet run samples/DemoCohort/generate-demo-cohort.cs
public sealed class DemoCohortTests
{
    private const string Regenerate = "regenerate it with: dotnet run samples/DemoCohort/generate-demo-cohort.cs";

    // Line number, error code and JSON path of each deliberately invalid record.
    private static readonly (long Line, string Code, string Path)[] ExpectedFailures =
    [
        (17, DiagnosticCodes.EndBeforeStart, "$.therapies[0].end"),
        (48, DiagnosticCodes.UnknownProperty, "$.smokingStatus"),
        (83, DiagnosticCodes.UnknownKind, "$.assessments[0]"),
        (121, DiagnosticCodes.InvalidJson, ""),
        (150, DiagnosticCodes.EndBeforeStart, "$.refillAdherence[0].to"),
        (188, DiagnosticCodes.InvalidValue, "$.observations[0].code"),
        (217, DiagnosticCodes.DoseChangeOutsideCourse, "$.therapies[0].doseChanges[0].on"),
        (252, DiagnosticCodes.EndBeforeStart, "$.exposures[0].to"),
        (286, DiagnosticCodes.UnknownProperty, "$.therapies[0].regimen.intervalDay"),
    ];

    private static byte[] Bytes() => File.ReadAllBytes(System.IO.Path.Combine(RepositoryRoot.Path, "seeds", "demo-cohort.jsonl"));

    [Fact]
    public void Has_300_records_with_lf_line_ends_and_no_byte_order_mark()
    {
        var bytes = Bytes();

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the file starts with a byte-order mark");
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Equal(300, bytes.Count(b => b == (byte)'\n'));
    }

    [Fact]
    public async Task Streams_with_exactly_the_documented_failures()
    {
        var pipeline = new ResistancePipelineBuilder().Build();
        var outcomes = await pipeline.EvaluateJsonLinesAsync(new MemoryStream(Bytes())).ToListAsync();

        Assert.Equal(300, outcomes.Count);
        var failures = outcomes.Where(o => !o.IsSuccess).ToList();
        Assert.Equal(ExpectedFailures.Select(f => f.Line), failures.Select(f => f.Line!.Value));
        foreach (var (failure, expected) in failures.Zip(ExpectedFailures))
        {
            var error = failure.Errors.First(e => e.Severity == DiagnosticSeverity.Error);
            Assert.Equal(expected.Code, error.Code);
            if (expected.Path.Length > 0)
            {
                Assert.Equal(expected.Path, error.Path);
            }
        }
    }

    [Fact]
    public void Every_valid_record_round_trips_byte_for_byte_and_has_a_unique_synthetic_subject()
    {
        var json = new ResistancePipelineBuilder().Build().Json;
        var failed = ExpectedFailures.Select(f => f.Line).ToHashSet();
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        var lines = Encoding.UTF8.GetString(Bytes()).Split('\n')[..^1];

        for (var i = 0; i < lines.Length; i++)
        {
            if (failed.Contains(i + 1))
            {
                continue;
            }

            var read = json.ReadProfile(lines[i]);
            Assert.False(read.HasErrors, $"line {i + 1} no longer reads ({string.Join("; ", read.Diagnostics)}); {Regenerate}");
            Assert.True(lines[i] == json.Serialize(read.Profile!), $"line {i + 1} is not what the JSON contract now writes; {Regenerate}");
            Assert.StartsWith("demo-", read.Profile!.Subject.Value, StringComparison.Ordinal);
            Assert.True(subjects.Add(read.Profile.Subject.Value), $"subject {read.Profile.Subject} appears twice");
        }
    }
}
