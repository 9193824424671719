using System.Text;

namespace AutoimmuneResistance.Lupus.Tests.DemoCohort;

// With the lupus module every record of the demo cohort reads: exactly the deliberately invalid lines documented in
// seeds/demo-cohort.md fail (the same list as tests/AutoimmuneResistance.Tests/Seeds/DemoCohortTests.cs, which reads the
// cohort with the core alone), and every other line is what the JSON contract writes, byte for byte.
public sealed class DemoCohortRecordsTests(DemoCohortFixture cohort) : IClassFixture<DemoCohortFixture>
{
    private const string Regenerate = "regenerate it with: dotnet run samples/DemoCohort/generate-demo-cohort.cs";

    // Line number, error code and JSON path of each deliberately invalid record (seeds/demo-cohort.md).
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

    [Fact]
    public void Streams_with_exactly_the_documented_failures()
    {
        Assert.Equal(300, cohort.Outcomes.Length);
        var failures = cohort.Outcomes.Where(o => !o.IsSuccess).ToList();
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
        var json = cohort.Pipeline.Json;
        var failed = ExpectedFailures.Select(f => f.Line).ToHashSet();
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        var lines = Encoding.UTF8.GetString(cohort.Bytes).Split('\n')[..^1];

        Assert.Equal(300, lines.Length);
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
