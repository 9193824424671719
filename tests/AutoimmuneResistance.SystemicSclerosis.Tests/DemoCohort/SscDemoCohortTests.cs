using System.Text;
using AutoimmuneResistance.Lupus;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.DemoCohort;

// With both modules registered, every systemic sclerosis record of the demo cohort that reads is evaluated by the SSc
// module without an error diagnostic and gets a verdict from its contributor (no "no module" warning).
public sealed class SscDemoCohortTests
{
    private const string SolutionFile = "AutoimmuneResistance.sln";

    // The deliberately invalid records of seeds/demo-cohort.md that read but fail validation (an error by design).
    private static readonly HashSet<string> DocumentedInvalid = new(StringComparer.Ordinal) { "demo-0017", "demo-0150", "demo-0217", "demo-0252" };

    [Fact]
    public async Task Every_ssc_record_is_evaluated_without_errors_when_both_modules_are_registered()
    {
        var pipeline = new ResistancePipelineBuilder().AddLupus().AddSystemicSclerosis().Build();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot(), "seeds", "demo-cohort.jsonl"));
        var ssc = new List<ResistanceAssessment>();
        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            var read = line.Length == 0 ? null : pipeline.Json.ReadProfile(line);
            if (read is { HasErrors: false, Profile: { } profile } && profile.HasDiagnosis(SystemicSclerosisIds.Ssc)
                && !DocumentedInvalid.Contains(profile.Subject.Value))
            {
                ssc.Add(pipeline.Evaluate(profile));
            }
        }

        Assert.NotEmpty(ssc);
        var errors = ssc.SelectMany(a => a.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{a.Subject}: {d.Code} {d.Message} {d.Path}")).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
        foreach (var assessment in ssc)
        {
            Assert.DoesNotContain(assessment.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Contains(assessment.Findings, f => f.Evaluator.Value.StartsWith("ssc.", StringComparison.Ordinal));
            Assert.NotNull(assessment.Verdict);
        }

        var text = new StringBuilder();
        text.AppendLine(FormattableString.Invariant($"ssc assessments: {ssc.Count}"));
        foreach (var answer in ssc.GroupBy(a => a.Verdict!.Answer).OrderBy(g => g.Key))
        {
            text.AppendLine(FormattableString.Invariant($"answer {answer.Key}: {answer.Count()}"));
        }

        foreach (var rule in ssc.SelectMany(a => a.Findings).Where(f => f.Evaluator.Value.StartsWith("ssc.", StringComparison.Ordinal))
            .GroupBy(f => (f.Rule.Value, f.Status)).OrderBy(g => g.Key.Value).ThenBy(g => g.Key.Status))
        {
            text.AppendLine(FormattableString.Invariant($"{rule.Key.Value} {rule.Key.Status}: {rule.Count()}"));
        }

        foreach (var outcome in ssc.SelectMany(a => a.Verdict!.Therapies).Where(t => t.Disease == SystemicSclerosisIds.Ssc).GroupBy(t => (t.Outcome, t.Resistance)).OrderBy(g => g.Key.Outcome))
        {
            text.AppendLine(FormattableString.Invariant($"therapy verdict {outcome.Key.Outcome}/{outcome.Key.Resistance}: {outcome.Count()}"));
        }

        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "ssc-demo-cohort-counts.txt"), text.ToString());
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} contains {SolutionFile}.");
    }
}
