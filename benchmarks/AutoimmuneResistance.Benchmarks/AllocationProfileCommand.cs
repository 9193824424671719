using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using AutoimmuneResistance.Lupus;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// <c>alloc-profile [read|evaluate|cohort|lupus] [iterations]</c>: a quick allocation profile. Runs the scenario in a loop
/// while an in-process <see cref="EventListener"/> collects the runtime's GC AllocationTick events (one sample about
/// every 100 KB allocated, naming the type that crossed the threshold) and prints the types that account for most
/// samples. A diagnostic aid for explaining a missed target, not a benchmark.
/// </summary>
internal static class AllocationProfileCommand
{
    public const string Name = "alloc-profile";

    public static int Run(string[] args)
    {
        var scenario = args.Length > 0 ? args[0] : "read";
        var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var lupus = scenario == "lupus";
        var pipeline = lupus
            ? new ResistancePipelineBuilder().AddLupus().Build()
            : SyntheticProfiles.Pipeline(BenchmarkEvaluators.Create(4, EvaluatorWork.OneFinding));
        var profile = lupus ? LupusProfileFactory.Typical() : SyntheticProfiles.Typical(1);
        var asOf = profile.LatestRecordedDate() ?? default;
        var utf8 = pipeline.Json.SerializeToUtf8Bytes(profile);
        Action step = scenario switch
        {
            "read" => () => pipeline.Json.ReadProfile(utf8),
            "evaluate" => () => pipeline.Evaluate(profile),
            "lupus" => () => pipeline.Run(profile, asOf),
            "cohort" => () => pipeline.Evaluate(pipeline.Json.ReadProfile(utf8).Profile!),
            _ => throw new ArgumentException($"unknown scenario '{scenario}'; expected read, evaluate, cohort or lupus", nameof(args)),
        };

        for (var i = 0; i < 200; i++)
        {
            step();
        }

        // First a timed phase without the listener: how much of the elapsed time the process spent paused for GC.
        var pausedBefore = GC.GetTotalPauseDuration();
        var gen0Before = GC.CollectionCount(0);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            step();
        }

        stopwatch.Stop();
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"alloc-profile {scenario}: {stopwatch.Elapsed.TotalMicroseconds / iterations:F1} us per iteration, GC paused {100 * paused / stopwatch.Elapsed:F1} % of the time ({GC.CollectionCount(0) - gen0Before} gen0 GCs in {iterations:N0} iterations)"));

        var before = GC.GetAllocatedBytesForCurrentThread();
        using var listener = new AllocationListener();
        for (var i = 0; i < iterations; i++)
        {
            step();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        listener.Dispose();
        var samples = listener.Samples.ToArray();
        var total = samples.Sum(s => s.Value);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"alloc-profile {scenario}: {iterations:N0} iterations, {allocated / (double)iterations:N0} B allocated per iteration, {total:N0} samples"));
        Console.WriteLine("| share of samples | type |");
        Console.WriteLine("|---:|---|");
        foreach (var (type, count) in samples.OrderByDescending(s => s.Value).Take(25))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {100.0 * count / total:F1} % | `{type}` |"));
        }

        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        public ConcurrentDictionary<string, long> Samples { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
            {
                return;
            }

            var index = eventData.PayloadNames.IndexOf("TypeName");
            var type = index >= 0 ? eventData.Payload?[index] as string ?? "?" : "?";
            Samples.AddOrUpdate(type, 1, (_, n) => n + 1);
        }
    }
}
