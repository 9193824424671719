using BenchmarkDotNet.Attributes;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// Cohort throughput over <see cref="Profiles"/> typical profiles, reported per profile (OperationsPerInvoke), with
/// four evaluators that each report one finding and the default evaluation options (input hash on). The baseline
/// reads the same JSON Lines with <see cref="ResistanceJson.ReadProfile(ReadOnlySpan{byte})"/> in a plain loop.
/// </summary>
[MemoryDiagnoser]
public class CohortBenchmarks
{
    /// <summary>The category of the benchmarks that use more than one thread (left out under <c>--cpu-clock</c>).</summary>
    public const string Parallel = "parallel";

    /// <summary>The cohort size.</summary>
    public const int Profiles = 1000;

    private static readonly CohortOptions Sequential = new() { MaxDegreeOfParallelism = 1 };
    private static readonly CohortOptions TwoWorkers = new() { MaxDegreeOfParallelism = 2 };

    private ResistancePipeline _pipeline = null!;
    private PatientProfile[] _profiles = null!;
    private byte[] _jsonLines = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SyntheticProfiles.Pipeline(BenchmarkEvaluators.Create(4, EvaluatorWork.OneFinding));
        _profiles = new PatientProfile[Profiles];
        for (var i = 0; i < Profiles; i++)
        {
            _profiles[i] = SyntheticProfiles.Typical(i);
        }

        using var buffer = new MemoryStream();
        _pipeline.Json.WriteJsonLinesAsync(_profiles, buffer).GetAwaiter().GetResult();
        _jsonLines = buffer.ToArray();
        Console.WriteLine($"// cohort: {Profiles} profiles, {_jsonLines.Length} bytes of JSON Lines");

        if (ReadLoop() != Profiles || EvaluateCohortSequential() != Profiles || EvaluateJsonLinesSequential().GetAwaiter().GetResult() != Profiles)
        {
            throw new InvalidOperationException("Every synthetic profile must read and evaluate successfully.");
        }
    }

    /// <summary>Splits the JSON Lines buffer and reads each line with ReadProfile, nothing else.</summary>
    /// <returns>The number of profiles read.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Profiles)]
    public int ReadLoop()
    {
        var json = _pipeline.Json;
        ReadOnlySpan<byte> rest = _jsonLines;
        var read = 0;
        while (!rest.IsEmpty)
        {
            var newline = rest.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            rest = newline < 0 ? [] : rest[(newline + 1)..];
            if (json.ReadProfile(line).Profile is not null)
            {
                read++;
            }
        }

        return read;
    }

    /// <summary>EvaluateCohort over in-memory profiles, sequentially on the caller's thread.</summary>
    /// <returns>The number of successful outcomes.</returns>
    [Benchmark(OperationsPerInvoke = Profiles)]
    public int EvaluateCohortSequential() => Count(_pipeline.EvaluateCohort(_profiles, Sequential));

    /// <summary>EvaluateCohort over in-memory profiles with two workers.</summary>
    /// <returns>The number of successful outcomes.</returns>
    [Benchmark(OperationsPerInvoke = Profiles)]
    [BenchmarkCategory(Parallel)]
    public int EvaluateCohortTwoWorkers() => Count(_pipeline.EvaluateCohort(_profiles, TwoWorkers));

    /// <summary>EvaluateJsonLinesAsync over the in-memory JSON Lines, sequentially.</summary>
    /// <returns>The number of successful outcomes.</returns>
    [Benchmark(OperationsPerInvoke = Profiles)]
    public Task<int> EvaluateJsonLinesSequential() => CountAsync(_pipeline.EvaluateJsonLinesAsync(new MemoryStream(_jsonLines, writable: false), Sequential));

    /// <summary>EvaluateJsonLinesAsync over the in-memory JSON Lines with two workers.</summary>
    /// <returns>The number of successful outcomes.</returns>
    [Benchmark(OperationsPerInvoke = Profiles)]
    [BenchmarkCategory(Parallel)]
    public Task<int> EvaluateJsonLinesTwoWorkers() => CountAsync(_pipeline.EvaluateJsonLinesAsync(new MemoryStream(_jsonLines, writable: false), TwoWorkers));

    private static int Count(IEnumerable<CohortOutcome> outcomes)
    {
        var ok = 0;
        foreach (var outcome in outcomes)
        {
            ok += outcome.IsSuccess ? 1 : 0;
        }

        return ok;
    }

    private static async Task<int> CountAsync(IAsyncEnumerable<CohortOutcome> outcomes)
    {
        var ok = 0;
        await foreach (var outcome in outcomes.ConfigureAwait(false))
        {
            ok += outcome.IsSuccess ? 1 : 0;
        }

        return ok;
    }
}
