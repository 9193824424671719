using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.SystemicSclerosis;
using BenchmarkDotNet.Attributes;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// The systemic sclerosis module's cost (issue 11): the ACR CRISS on one baseline and follow-up pair, and the full
/// evaluation of the largest valid systemic sclerosis record of the demo cohort (<c>seeds/demo-cohort.jsonl</c>) with
/// both modules registered, against reading that record from JSON and a raw <see cref="System.Text.Json.Utf8JsonReader"/>
/// pass over its bytes in the same run.
/// </summary>
[MemoryDiagnoser]
public class SscBenchmarks
{
    private static readonly EvaluationOptions NoHash = new() { ComputeInputHash = false };

    private ResistancePipeline _pipeline = null!;
    private PatientProfile _profile = null!;
    private byte[] _json = null!;
    private CrissInstrument _criss = null!;
    private CrissInput _crissInput = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().Build();
        (_profile, _json) = LargestSscRecord(_pipeline);
        _criss = new CrissInstrument();
        _crissInput = new CrissInput
        {
            // A year of early diffuse disease: skin 25 -> 18, FVC 80 % -> 82 %, globals and HAQ-DI improving.
            Baseline = new CrissMeasures { Mrss = 25, Fvc = PercentPredicted.FromPercent(80m), PatientGlobal = 6m, PhysicianGlobal = 6m, HaqDi = 1.2m },
            FollowUp = new CrissMeasures { Mrss = 18, Fvc = PercentPredicted.FromPercent(82m), PatientGlobal = 4m, PhysicianGlobal = 3m, HaqDi = 0.9m },
        };
        var assessment = _pipeline.Evaluate(_profile, NoHash);
        if (assessment.HasErrors || assessment.Verdict is null)
        {
            throw new InvalidOperationException("The systemic sclerosis record must evaluate cleanly: " + string.Join("; ", assessment.Diagnostics));
        }
    }

    /// <summary>Reads the record from its JSON (the baseline).</summary>
    [Benchmark(Baseline = true)]
    public PatientProfile? ReadProfile() => _pipeline.Json.ReadProfile(_json).Profile;

    /// <summary>A raw <see cref="System.Text.Json.Utf8JsonReader"/> pass over the same bytes (see <see cref="JsonReadBenchmarks.RawReader"/>).</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    public long RawReaderSsc() => JsonReadBenchmarks.RawPass(_json);

    /// <summary>The ACR CRISS (step 1 and the step 2 predicted probability, with the provisional revised CRISS) on one pair of visits.</summary>
    [Benchmark]
    public double Criss() => _criss.Compute(_crissInput).Probability;

    /// <summary>The public evaluation with both modules: validation, every evaluator, the verdict, without the input hash.</summary>
    [Benchmark]
    public int EvaluateWithoutHash() => _pipeline.Evaluate(_profile, NoHash).Findings.Length;

    private static (PatientProfile Profile, byte[] Json) LargestSscRecord(ResistancePipeline pipeline)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "seeds", "demo-cohort.jsonl")))
        {
            directory = directory.Parent;
        }

        var path = directory is null
            ? throw new InvalidOperationException("seeds/demo-cohort.jsonl was not found above " + AppContext.BaseDirectory)
            : Path.Combine(directory.FullName, "seeds", "demo-cohort.jsonl");
        (PatientProfile Profile, byte[] Json)? largest = null;
        foreach (var line in File.ReadLines(path))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(line);
            var read = pipeline.Json.ReadProfile(bytes);
            if (read.HasErrors || read.Profile is not { } profile
                || !profile.Diagnoses.Any(d => d.Disease == SystemicSclerosisIds.Ssc)
                || pipeline.Validate(profile).Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                continue;
            }

            if (largest is null || bytes.Length > largest.Value.Json.Length)
            {
                largest = (profile, bytes);
            }
        }

        return largest ?? throw new InvalidOperationException("The demo cohort has no valid systemic sclerosis record.");
    }
}
