using AutoimmuneResistance.Lupus;
using BenchmarkDotNet.Attributes;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// The lupus module's cost on a typical lupus profile (10 SLEDAI-2K visits with a physician global assessment each, 6
/// therapy courses, drug levels, refills, genotypes, a B-cell depletion result and renal observations), against
/// reading the same profile from JSON in the same run. Targets (issue 3, reported not asserted): the full lupus
/// evaluation under 5 µs and 2 KB allocated, and under a quarter of the JSON read.
/// </summary>
[MemoryDiagnoser]
public class LupusBenchmarks
{
    private static readonly EvaluationOptions NoHash = new() { ComputeInputHash = false };

    private ResistancePipeline _pipeline = null!;
    private PatientProfile _profile = null!;
    private byte[] _json = null!;
    private DateOnly _asOf;
    private Sledai2kInstrument _sledai = null!;
    private Sledai2kVisit _visit = null!;
    private Finding[] _findings = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new ResistancePipelineBuilder().AddLupus().Build();
        _profile = LupusProfileFactory.Typical();
        _json = _pipeline.Json.SerializeToUtf8Bytes(_profile);
        _asOf = _profile.LatestRecordedDate() ?? throw new InvalidOperationException("The profile has no date.");
        _sledai = new Sledai2kInstrument();
        _visit = (Sledai2kVisit)_profile.Assessments.First(a => a is Sledai2kVisit);
        var assessment = _pipeline.Evaluate(_profile, NoHash);
        if (assessment.HasErrors || assessment.Findings.IsEmpty)
        {
            throw new InvalidOperationException("The typical lupus profile must evaluate cleanly: " + string.Join("; ", assessment.Diagnostics));
        }

        _findings = [.. assessment.Findings];
    }

    /// <summary>Reads the profile from its JSON (the baseline the evaluation is compared with).</summary>
    [Benchmark(Baseline = true)]
    public PatientProfile? ReadProfile() => _pipeline.Json.ReadProfile(_json).Profile;

    /// <summary>
    /// A raw <see cref="System.Text.Json.Utf8JsonReader"/> pass over the same bytes, touching every name and value as
    /// <see cref="JsonReadBenchmarks.RawReader"/> does: the reference of the read target (at most 3× this), measured in
    /// the same run as <see cref="ReadProfile"/>. Its Ratio is the inverse of the read's multiple.
    /// </summary>
    /// <returns>A checksum, so that the work cannot be optimized away.</returns>
    [Benchmark]
    public long RawReaderLupus() => JsonReadBenchmarks.RawPass(_json);

    /// <summary>Scores one SLEDAI-2K visit (24 items, item-level result).</summary>
    [Benchmark]
    public int ScoreSledai2k() => _sledai.Compute(_visit).Total.Value;

    /// <summary>Runs every lupus evaluator on the profile (no validation, no manifest, no hash).</summary>
    [Benchmark]
    public int RunLupusEvaluators() => _pipeline.Run(_profile, _asOf).Output.Findings.Count;

    /// <summary>The public evaluation: validation, every evaluator and the assessment, without the input hash.</summary>
    [Benchmark]
    public int EvaluateWithoutHash() => _pipeline.Evaluate(_profile, NoHash).Findings.Length;

    /// <summary>
    /// A floor, not a workload: builds the evaluation's findings again from the ones already computed (each record, a
    /// fresh copy of its summary text and data gap, new facts and thresholds arrays, each threshold copied), with no
    /// clinical computation and no text formatting. Any implementation that returns these findings pays at least this
    /// much time and allocation; fact paths, citations and details are shared with the originals, so the floor is low.
    /// </summary>
    [Benchmark]
    public int RebuildFindingsOnly()
    {
        var built = new Finding[_findings.Length];
        for (var i = 0; i < _findings.Length; i++)
        {
            var finding = _findings[i];
            var thresholds = new AppliedThreshold[finding.Thresholds.Length];
            for (var t = 0; t < thresholds.Length; t++)
            {
                thresholds[t] = finding.Thresholds[t] with { };
            }

            var gap = finding.Gap is { } missing ? missing with { Datum = new string(missing.Datum.AsSpan()) } : null;
            built[i] = new Finding(finding.Evaluator, finding.Mechanism, finding.Rule, finding.Status, new string(finding.Summary.AsSpan()), finding.Grade, gap)
            {
                Therapy = finding.Therapy,
                On = finding.On,
                Facts = [.. finding.Facts],
                Thresholds = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(thresholds),
                Citations = finding.Citations,
                Detail = finding.Detail,
            };
        }

        return built.Length;
    }
}
