using System.Text;

namespace AutoimmuneResistance.Tests.Seeds;

// The committed synthetic demo cohort (seeds/demo-cohort.jsonl) must stay readable by the current JSON contract, keep
// its deliberate errors where seeds/demo-cohort.md says they are, and be exactly what the generator writes. When the
// contract changes, regenerate it: dotnet run samples/DemoCohort/generate-demo-cohort.cs
// These tests use the core alone, which cannot read the modules' kinds (the lupus module's SLEDAI-2K visits, physician
// global assessments, ...; the systemic sclerosis features): such records fail with AIR1002 here. The same checks with
// both modules, over every record, are in tests/AutoimmuneResistance.Lupus.Tests/DemoCohort/DemoCohortRecordsTests.cs.
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

    // Whether a record holds a kind of a disease module ("sle.…", "ssc.…"), which the core alone does not register.
    private static bool HasModuleKind(string line) =>
        line.Contains("\"$kind\":\"sle.", StringComparison.Ordinal) || line.Contains("\"$kind\":\"ssc.", StringComparison.Ordinal);

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
        var documented = ExpectedFailures.Select(f => f.Line).ToHashSet();
        var failures = outcomes.Where(o => !o.IsSuccess && documented.Contains(o.Line!.Value)).ToList();
        Assert.Equal(ExpectedFailures.Select(f => f.Line), failures.Select(f => f.Line!.Value));
        var lines = Encoding.UTF8.GetString(Bytes()).Split('\n');
        foreach (var other in outcomes.Where(o => !documented.Contains(o.Line!.Value)))
        {
            // A record with a module's kind fails with AIR1002 here, and only with it; every other record is evaluated.
            var module = HasModuleKind(lines[other.Line!.Value - 1]);
            Assert.True(
                module ? !other.IsSuccess && other.Errors.All(e => e.Code == DiagnosticCodes.UnknownKind) : other.IsSuccess,
                $"line {other.Line}: {string.Join("; ", other.Errors)}");
        }

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
        var checkedLines = 0;

        for (var i = 0; i < lines.Length; i++)
        {
            if (failed.Contains(i + 1))
            {
                continue;
            }

            if (HasModuleKind(lines[i]))
            {
                continue; // a lupus or systemic sclerosis record: checked with both modules in the lupus tests
            }

            var read = json.ReadProfile(lines[i]);
            Assert.False(read.HasErrors, $"line {i + 1} no longer reads ({string.Join("; ", read.Diagnostics)}); {Regenerate}");
            Assert.True(lines[i] == json.Serialize(read.Profile!), $"line {i + 1} is not what the JSON contract now writes; {Regenerate}");
            Assert.StartsWith("demo-", read.Profile!.Subject.Value, StringComparison.Ordinal);
            Assert.True(subjects.Add(read.Profile.Subject.Value), $"subject {read.Profile.Subject} appears twice");
            checkedLines++;
        }

        // Every record carries a module's kind but a few lupus records with recorded SLEDAI-2K totals only; the deliberately
        // invalid records (core types only) are checked above.
        Assert.True(checkedLines >= 1, $"only {checkedLines} records could be read by the core alone");
    }
}
