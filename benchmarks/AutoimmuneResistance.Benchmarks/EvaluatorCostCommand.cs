using System.Diagnostics;
using System.Globalization;
using AutoimmuneResistance.Lupus;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// <c>evaluator-costs [iterations]</c>: where the full lupus evaluation of the typical profile spends its time and
/// allocations, per evaluator, in run order and sharing one context per iteration (so a cache an evaluator fills is
/// charged to the first evaluator that asks for it). A diagnostic aid for explaining a missed target, not a
/// benchmark: the totals are Stopwatch readings on a shared machine; BenchmarkDotNet's <c>LupusBenchmarks</c> are
/// the figures to report.
/// </summary>
internal static class EvaluatorCostCommand
{
    public const string Name = "evaluator-costs";

    public static int Run(string[] args)
    {
        var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var pipeline = new ResistancePipelineBuilder().AddLupus().Build();
        var profile = LupusProfileFactory.Typical();
        var asOf = profile.LatestRecordedDate() ?? throw new InvalidOperationException("The profile has no date.");
        var evaluators = pipeline.EvaluatorInstances.Where(e => e.Descriptor.AppliesToPatient(profile)).ToArray();
        // One more row after the evaluators: the verdict (the contributors and its assembly).
        var ticks = new long[evaluators.Length + 1];
        var bytes = new long[evaluators.Length + 1];
        var findings = new int[evaluators.Length + 1];
        for (var pass = 0; pass < 2; pass++)
        {
            // The first pass warms up (JIT, tiering) and is discarded.
            Array.Clear(ticks);
            Array.Clear(bytes);
            var count = pass == 0 ? Math.Min(2_000, iterations) : iterations;
            for (var i = 0; i < count; i++)
            {
                var context = new EvaluationContext(profile, asOf, pipeline.Definitions, pipeline.Therapies, null);
                var output = new EvaluationOutput();
                for (var e = 0; e < evaluators.Length; e++)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var start = Stopwatch.GetTimestamp();
                    var mark = output.FindingCount;
                    output.BeginEvaluator(evaluators[e].Descriptor.Id);
                    evaluators[e].Evaluate(context, output);
                    ticks[e] += Stopwatch.GetTimestamp() - start;
                    bytes[e] += GC.GetAllocatedBytesForCurrentThread() - before;
                    findings[e] = output.FindingCount - mark;
                }

                output.EndEvaluator();
                var verdictBefore = GC.GetAllocatedBytesForCurrentThread();
                var verdictStart = Stopwatch.GetTimestamp();
                pipeline.Judge(context, output);
                ticks[^1] += Stopwatch.GetTimestamp() - verdictStart;
                bytes[^1] += GC.GetAllocatedBytesForCurrentThread() - verdictBefore;
            }
        }

        // The whole public evaluation without the input hash (validation, evaluators, verdict, assessment).
        var noHash = new EvaluationOptions { ComputeInputHash = false };
        for (var i = 0; i < 2_000; i++)
        {
            pipeline.Evaluate(profile, noHash);
        }

        var wholeBefore = GC.GetAllocatedBytesForCurrentThread();
        var wholeStart = Stopwatch.GetTimestamp();
        for (var i = 0; i < iterations; i++)
        {
            pipeline.Evaluate(profile, noHash);
        }

        var wholeMicroseconds = (Stopwatch.GetTimestamp() - wholeStart) * 1e6 / Stopwatch.Frequency / iterations;
        var wholeBytes = (GC.GetAllocatedBytesForCurrentThread() - wholeBefore) / (double)iterations;

        var totalMicroseconds = ticks.Sum() * 1e6 / Stopwatch.Frequency / iterations;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"evaluator-costs: {iterations:N0} iterations, {totalMicroseconds:F1} us and {bytes.Sum() / (double)iterations:N0} B per evaluation"));
        Console.WriteLine("| evaluator | findings | us | B allocated |");
        Console.WriteLine("|---|---:|---:|---:|");
        for (var e = 0; e < evaluators.Length; e++)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| `{evaluators[e].Descriptor.Id}` | {findings[e]} | {ticks[e] * 1e6 / Stopwatch.Frequency / iterations:F2} | {bytes[e] / (double)iterations:N0} |"));
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| the verdict (contributors and assembly) | | {ticks[^1] * 1e6 / Stopwatch.Frequency / iterations:F2} | {bytes[^1] / (double)iterations:N0} |"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"evaluator-costs: the whole Evaluate without the input hash (validation, evaluators, verdict, assessment): {wholeMicroseconds:F1} us and {wholeBytes:N0} B per evaluation"));

        // What the output itself keeps alive (findings, summaries, facts, thresholds, details): the allocation no
        // implementation of the same findings can avoid, measured by holding many outputs across a full collection.
        const int Held = 2_000;
        var keep = new (EvaluationOutput Output, ResistanceVerdict Verdict)[Held];
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Held; i++)
        {
            keep[i] = pipeline.Run(profile, asOf);
        }

        var retained = (GC.GetTotalMemory(forceFullCollection: true) - baseline) / (double)Held;
        GC.KeepAlive(keep);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"evaluator-costs: the output retains {retained:N0} B per evaluation ({findings.Sum()} findings, {keep[0].Output.Findings.Sum(f => f.Summary.Length):N0} summary characters, and the verdict)"));
        return 0;
    }
}
