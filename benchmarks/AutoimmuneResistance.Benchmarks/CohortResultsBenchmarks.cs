using System.Text.Json;
using AutoimmuneResistance.Lupus;
using AutoimmuneResistance.SystemicSclerosis;
using BenchmarkDotNet.Attributes;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// End to end, the measure: a JSON Lines cohort of lupus profiles read, validated, evaluated with the lupus
/// module and written as a JSON Lines results file (into a null stream), against a raw <see cref="Utf8JsonReader"/>
/// pass over the same file in the same run. The cohort is the synthetic demo cohort (300 records, 9 of them invalid on
/// purpose, the systemic sclerosis patients evaluated without a module) repeated to <see cref="Records"/> records;
/// times are per record. Targets (issue 8): the two-worker run at least 0.25× the raw pass's rate, i.e. a Ratio of at
/// most 4 against the raw pass; two workers at least 1.8× as fast as one.
/// </summary>
[MemoryDiagnoser]
public class CohortResultsBenchmarks
{
    /// <summary>How many records the cohort holds.</summary>
    public const int Records = 3000;

    private static readonly CohortOptions OneWorker = new() { MaxDegreeOfParallelism = 1 };
    private static readonly CohortOptions TwoWorkers = new() { MaxDegreeOfParallelism = 2 };

    private ResistancePipeline _pipeline = null!;
    private byte[] _cohort = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Both modules: since the demo cohort's systemic sclerosis records carry that module's features, a lupus-only
        // pipeline would count them as errors rather than evaluate them.
        _pipeline = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().Build();
        var demo = File.ReadAllLines(DemoCohortPath());
        using var buffer = new MemoryStream();
        for (var i = 0; i < Records; i++)
        {
            buffer.Write(System.Text.Encoding.UTF8.GetBytes(demo[i % demo.Length]));
            buffer.WriteByte((byte)'\n');
        }

        _cohort = buffer.ToArray();
        Console.WriteLine($"// cohort: {Records} records, {_cohort.Length:N0} bytes of JSON Lines");
        var summary = ToResults(TwoWorkers).GetAwaiter().GetResult();
        if (summary.Read != Records)
        {
            throw new InvalidOperationException($"expected {Records} records, read {summary.Read}");
        }
    }

    /// <summary>Tokenizes every line and touches every property name and value (length and first byte), decoding nothing.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public long RawReader()
    {
        ReadOnlySpan<byte> rest = _cohort;
        long sum = 0;
        while (!rest.IsEmpty)
        {
            var newline = rest.IndexOf((byte)'\n');
            var reader = new Utf8JsonReader(newline < 0 ? rest : rest[..newline]);
            rest = newline < 0 ? [] : rest[(newline + 1)..];
            try
            {
                while (reader.Read())
                {
                    sum += (int)reader.TokenType;
                    if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String or JsonTokenType.Number)
                    {
                        var value = reader.ValueSpan;
                        sum += value.Length + (value.IsEmpty ? 0 : value[0]);
                    }
                }
            }
            catch (JsonException)
            {
                // One demo record is broken JSON on purpose; the pass stops at its error, as a reader would.
                sum++;
            }
        }

        return sum;
    }

    /// <summary>The cohort to a results file with one worker.</summary>
    /// <returns>The records read.</returns>
    [Benchmark(OperationsPerInvoke = Records)]
    public async Task<long> ResultsOneWorker() => (await ToResults(OneWorker).ConfigureAwait(false)).Read;

    /// <summary>The cohort to a results file with two workers.</summary>
    /// <returns>The records read.</returns>
    [Benchmark(OperationsPerInvoke = Records)]
    [BenchmarkCategory(CohortBenchmarks.Parallel)]
    public async Task<long> ResultsTwoWorkers() => (await ToResults(TwoWorkers).ConfigureAwait(false)).Read;

    private Task<CohortRunSummary> ToResults(CohortOptions options) =>
        _pipeline.EvaluateJsonLinesAsync(new MemoryStream(_cohort, writable: false), Stream.Null, options);

    private static string DemoCohortPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "seeds", "demo-cohort.jsonl");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("seeds/demo-cohort.jsonl was not found above the benchmark's folder.");
    }
}
