using System.Diagnostics;
using System.Globalization;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// <c>cohort-memory [--dop K] N...</c>: for each N, streams N generated profiles as JSON Lines through
/// <see cref="ResistancePipeline.EvaluateJsonLinesAsync"/>, counts the outcomes (which must equal N) and prints the
/// elapsed time, records per second, the peak working set and managed heap sampled during the run, and the GC heap
/// size after it. Memory flatness is the target: the peaks should not grow with N. With <c>--results</c>, each run
/// writes a results file (header and one record per input record) into a null stream through
/// <see cref="ResistancePipeline.EvaluateJsonLinesAsync(Stream, Stream, CohortOptions?, CancellationToken)"/> instead
/// of enumerating the outcomes, and counts the records from the run's summary.
/// </summary>
internal static class CohortMemoryCommand
{
    public const string Name = "cohort-memory";

    public static async Task<int> RunAsync(string[] args)
    {
        var dop = Environment.ProcessorCount;
        var results = false;
        var sizes = new List<long>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--dop" && i + 1 < args.Length)
            {
                dop = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--results")
            {
                results = true;
            }
            else if (long.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                sizes.Add(n);
            }
            else
            {
                await Console.Error.WriteLineAsync($"usage: {Name} [--dop K] [--results] N [N ...]  (unrecognised argument '{args[i]}')").ConfigureAwait(false);
                return 2;
            }
        }

        if (sizes.Count == 0)
        {
            sizes.AddRange([10_000, 100_000, 1_000_000]);
        }

        var pipeline = SyntheticProfiles.Pipeline(BenchmarkEvaluators.Create(4, EvaluatorWork.OneFinding));
        var options = new CohortOptions { MaxDegreeOfParallelism = dop };
        var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"cohort-memory: {Environment.ProcessorCount} cores, MaxDegreeOfParallelism {dop}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}, {(results ? "results file into a null stream" : "outcomes enumerated")}"));
        // An unmeasured warm-up, so that the first row does not carry JIT compilation and tiering.
        const int WarmUp = 2_000;
        using (var warmUp = new GeneratedJsonLinesStream(pipeline.Json, WarmUp))
        {
            await foreach (var outcome in pipeline.EvaluateJsonLinesAsync(warmUp, options).ConfigureAwait(false))
            {
                _ = outcome;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(after an unmeasured warm-up of {WarmUp:N0} records)"));
        Console.WriteLine("| N | outcomes | elapsed | records/s | MB/s in | peak working set | peak GC heap (sampled) | GC heap after | gen0/1/2 GCs |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

        var failed = false;
        foreach (var n in sizes)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            using var stream = new GeneratedJsonLinesStream(pipeline.Json, n);
            using var sampler = new PeakSampler(process);
            var stopwatch = Stopwatch.StartNew();
            long outcomes = 0, successes = 0;
            if (results)
            {
                var summary = await pipeline.EvaluateJsonLinesAsync(stream, Stream.Null, options).ConfigureAwait(false);
                (outcomes, successes) = (summary.Read, summary.Evaluated);
            }
            else
            {
                await foreach (var outcome in pipeline.EvaluateJsonLinesAsync(stream, options).ConfigureAwait(false))
                {
                    outcomes++;
                    successes += outcome.IsSuccess ? 1 : 0;
                }
            }

            stopwatch.Stop();
            var (peakWorkingSet, peakHeap) = sampler.Stop();
            var heapAfter = GC.GetGCMemoryInfo().HeapSizeBytes;
            var seconds = stopwatch.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {n:N0} | {outcomes:N0} ({successes:N0} ok) | {seconds:F1} s | {n / seconds:N0} | {stream.BytesProduced / seconds / 1e6:F1} | {Mb(peakWorkingSet)} | {Mb(peakHeap)} | {Mb(heapAfter)} | {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3} |"));
            if (outcomes != n || successes != n)
            {
                await Console.Error.WriteLineAsync($"expected {n} successful outcomes; got {outcomes} outcomes, {successes} successful").ConfigureAwait(false);
                failed = true;
            }
        }

        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process peak working set (whole run): {Mb(process.PeakWorkingSet64)}"));
        return failed ? 1 : 0;
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):F1} MiB");

    /// <summary>Samples the working set and the managed heap every 50 ms and keeps the maxima.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Process _process;
        private readonly Timer _timer;
        private readonly Lock _gate = new();
        private long _peakWorkingSet;
        private long _peakHeap;
        private bool _stopped;

        public PeakSampler(Process process)
        {
            _process = process;
            Sample(null);
            _timer = new Timer(Sample, null, 50, 50);
        }

        public (long WorkingSet, long Heap) Stop()
        {
            lock (_gate)
            {
                _stopped = true;
            }

            Sample(null, force: true);
            return (_peakWorkingSet, _peakHeap);
        }

        public void Dispose() => _timer.Dispose();

        private void Sample(object? state) => Sample(state, force: false);

        private void Sample(object? state, bool force)
        {
            lock (_gate)
            {
                if (_stopped && !force)
                {
                    return;
                }

                _process.Refresh();
                _peakWorkingSet = Math.Max(_peakWorkingSet, _process.WorkingSet64);
                _peakHeap = Math.Max(_peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            }
        }
    }
}
