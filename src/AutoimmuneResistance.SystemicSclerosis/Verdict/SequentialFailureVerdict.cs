using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// How the verdict carries the failure across mechanism classes (<see cref="SequentialFailureEvaluator"/>): the
/// mechanism is linked to each therapy whose failure the finding counts (its courses are among the finding's facts),
/// and, as a patient-level explanation placed before the others, a supported finding names the drugs and their
/// classes in the summary.
/// </summary>
internal static class SequentialFailureVerdict
{
    private const string Title = "Failure across mechanism classes";

    /// <summary>The sequential failure finding of the assessment, when it holds one.</summary>
    public static Finding? Find(IReadOnlyList<Finding> findings) =>
        findings.FirstOrDefault(f => f.Mechanism == SscMechanisms.SequentialFailureAcrossClasses && f.Id is not null);

    /// <summary>The therapy verdict with the mechanism linked when the finding counts one of its courses (supported or unknown findings only).</summary>
    public static TherapyVerdict Link(TherapyVerdict verdict, ImmutableArray<(TherapyCourse Course, string Path)> courses, Finding? finding, List<TherapyVerdict> linked)
    {
        if (finding is not { Status: FindingStatus.Supported or FindingStatus.Unknown } || !courses.Any(c => finding.Facts.Contains(c.Path)))
        {
            return verdict;
        }

        linked.Add(verdict);
        return verdict with { ExplainedBy = [.. verdict.ExplainedBy, Of(finding, null)] };
    }

    /// <summary>Adds the patient-level explanation; a supported one says which drugs of which classes failed.</summary>
    public static void Explain(VerdictBuilder verdict, Finding? finding, List<TherapyVerdict> linked)
    {
        if (finding is null)
        {
            return;
        }

        string? statement = null;
        if (finding.Status == FindingStatus.Supported)
        {
            var names = string.Join(" and ", linked.Select(v => SscProfile.InSentence(v.Name)));
            var classes = string.Join("; ", linked.Select(v => SscMechanismClasses.Of(v.Therapy)?.Name).Where(n => n is not null).Distinct());
            statement = $"failure of {names}, drugs of different mechanism classes ({classes}), a signal that redundant disease pathways are at work rather than a proof";
        }

        verdict.Explain(Of(finding, statement));
    }

    private static MechanismLink Of(Finding finding, string? statement) => new()
    {
        Mechanism = SscMechanisms.SequentialFailureAcrossClasses,
        Title = Title,
        Status = finding.Status,
        Findings = [finding.Id!],
        Statement = statement,
    };
}
