using BenchmarkDotNet.Attributes;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// The pipeline's own cost per profile, measured with trivial evaluators so that nothing else is measured. The
/// baseline calls the same evaluators directly on a fresh context and output, which is the least a caller would do;
/// <c>(Run − Baseline) / Evaluators</c> is the overhead per evaluator. Target: under 100 ns, and no allocation per
/// evaluator beyond the findings it returns.
/// </summary>
[MemoryDiagnoser]
public class PipelineOverheadBenchmarks
{
    private static readonly EvaluationOptions NoHash = new() { ComputeInputHash = false };
    private static readonly EvaluationOptions WithHash = new() { ComputeInputHash = true };

    private ResistancePipeline _pipeline = null!;
    private IResistanceEvaluator[] _evaluators = null!;
    private PatientProfile _profile = null!;
    private DateOnly _asOf;

    /// <summary>Gets or sets the number of evaluators.</summary>
    [Params(1, 4, 16)]
    public int Evaluators { get; set; }

    /// <summary>Gets or sets what each evaluator does.</summary>
    [Params(EvaluatorWork.Nothing, EvaluatorWork.OneFinding)]
    public EvaluatorWork Work { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _evaluators = BenchmarkEvaluators.Create(Evaluators, Work);
        _pipeline = SyntheticProfiles.Pipeline(_evaluators);
        _profile = SyntheticProfiles.Typical(1);
        _asOf = _profile.LatestRecordedDate() ?? throw new InvalidOperationException("The synthetic profile has no date.");
        var assessment = _pipeline.Evaluate(_profile);
        var expected = Work == EvaluatorWork.Nothing ? 0 : Evaluators;
        if (!assessment.Diagnostics.IsEmpty || assessment.Findings.Length != expected)
        {
            throw new InvalidOperationException(
                $"Expected a clean assessment with {expected} findings; got {assessment.Findings.Length} findings and {assessment.Diagnostics.Length} diagnostics: "
                + string.Join("; ", assessment.Diagnostics.Select(d => $"{d.Code} {d.Path} {d.Message}")));
        }
    }

    /// <summary>The same evaluators, called in a plain loop on a hand-made context and output.</summary>
    /// <returns>The output.</returns>
    [Benchmark(Baseline = true)]
    public EvaluationOutput DirectCalls()
    {
        var context = new EvaluationContext(_profile, _asOf, _pipeline.Definitions, _pipeline.Therapies);
        var output = new EvaluationOutput();
        foreach (var evaluator in _evaluators)
        {
            evaluator.Evaluate(context, output);
        }

        return output;
    }

    /// <summary>The pipeline's evaluator loop alone (internal): applicability, attribution, failure isolation.</summary>
    /// <returns>The output.</returns>
    [Benchmark]
    public EvaluationOutput Run() => _pipeline.Run(_profile, _asOf).Output;

    /// <summary>The public entry point without the input hash: validation, evaluation date, run and assessment.</summary>
    /// <returns>The assessment.</returns>
    [Benchmark]
    public ResistanceAssessment EvaluateWithoutHash() => _pipeline.Evaluate(_profile, NoHash);

    /// <summary>The public entry point with its defaults: as above plus the SHA-256 content hash of the profile.</summary>
    /// <returns>The assessment.</returns>
    [Benchmark]
    public ResistanceAssessment EvaluateWithHash() => _pipeline.Evaluate(_profile, WithHash);
}
