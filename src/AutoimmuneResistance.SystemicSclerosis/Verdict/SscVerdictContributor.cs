using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Turns the systemic sclerosis findings into verdicts (see <c>docs/verdict.md</c>). This increment judges a therapy on
/// its lung: one <see cref="TherapyVerdict"/> per non-glucocorticoid therapy, each course decided by the progressive ILD
/// finding under the selected <see cref="ProgressiveIldDefinitions"/> (INBUILD by default): progression is a primary
/// non-response (resistance shown, with the options of <see cref="SscOptions"/>), no progression a response (not shown),
/// an undecided definition unknown (cannot tell yet). A therapy with no lung function measured on it is unknown, and its
/// statement says that skin and other organ responses are not judged yet. The patient-level explanations are the
/// glucocorticoid renal crisis risk, the timing of immunosuppression and the autoantibody phenotype.
/// </summary>
internal sealed class SscVerdictContributor : IVerdictContributor
{
    private static readonly FrozenDictionary<MechanismId, string> Titles = SscMechanisms.All.ToFrozenDictionary(m => m.Id, m => m.Title);

    /// <inheritdoc/>
    public DiseaseId Disease => SystemicSclerosisIds.Ssc;

    /// <inheritdoc/>
    public void Contribute(EvaluationContext context, IReadOnlyList<Finding> findings, VerdictBuilder verdict)
    {
        var definitions = context.Definitions.TryGet<ProgressiveIldDefinitions>(out var selected) ? selected : ProgressiveIldDefinitions.Inbuild2019;
        var rule = ProgressiveIldEvaluator.RuleOf(definitions);
        foreach (var therapy in SscProfile.DiseaseModifyingCourses(context).GroupBy(c => c.Course.Therapy).OrderBy(g => g.Min(c => c.Course.Start)))
        {
            verdict.Add(Judge(context, therapy.Key, [.. therapy.OrderBy(c => c.Course.Start)], findings, rule, definitions));
        }

        foreach (var finding in findings)
        {
            if (finding.Id is { } id && finding.Rule != rule && finding.Mechanism != SscMechanisms.ProgressiveIldOnTherapy && Titles.TryGetValue(finding.Mechanism, out var title))
            {
                verdict.Explain(new MechanismLink
                {
                    Mechanism = finding.Mechanism,
                    Title = title,
                    Status = finding.Status,
                    Findings = [id],
                    Statement = finding.Status == FindingStatus.Supported ? Statement(finding) : null,
                });
            }
        }
    }

    private static string Statement(Finding finding)
    {
        if (finding.Mechanism == SscMechanisms.GlucocorticoidRenalCrisisRisk)
        {
            return string.Create(CultureInfo.InvariantCulture, $"glucocorticoids at a dose associated with scleroderma renal crisis ({finding.Thresholds[0].Observed:0.##} mg/day prednisone equivalent)");
        }

        if (finding.Mechanism == SscMechanisms.LateImmunosuppression)
        {
            return string.Create(CultureInfo.InvariantCulture, $"immunosuppression started {finding.Thresholds[0].Observed} months after the first non-Raynaud manifestation, after the early diffuse window");
        }

        // The first flag's sentence, without its closing full stop: "anti-RNA polymerase III is typically associated with ...".
        var first = finding.Summary.Split(". ", 2)[0].TrimEnd('.');
        return "an autoantibody-defined phenotype: " + SscProfile.InSentence(first);
    }

    private static TherapyVerdict Judge(
        EvaluationContext context,
        TherapyId therapy,
        ImmutableArray<(TherapyCourse Course, string Path)> courses,
        IReadOnlyList<Finding> findings,
        RuleId rule,
        ProgressiveIldDefinitions definitions)
    {
        var name = SscProfile.Name(context, therapy);
        var outcomes = ImmutableArray.CreateBuilder<CourseOutcome>(courses.Length);
        Finding? deciding = null;
        foreach (var (course, path) in courses)
        {
            var finding = findings.FirstOrDefault(f => f.Rule == rule && f.Course == path && f.Id is not null);
            outcomes.Add(new CourseOutcome { Course = path, Start = course.Start, End = course.End, Outcome = Outcome(finding), Finding = finding?.Id });
            deciding = finding ?? deciding;
        }

        // A lung that progressed is a non-response of the therapy only when the drug was taken: the same rule as the lupus
        // module's (a primary non-response needs adherence shown), read here from refill records alone.
        var adherence = deciding is { Status: FindingStatus.Supported } ? ReadAdherence(context, therapy, courses) : RefillAdherence.NotNeeded;
        var outcome = adherence is RefillAdherence.NotNeeded or RefillAdherence.Adherent ? Outcome(deciding) : TherapyOutcome.Unknown;
        var resistance = outcome switch
        {
            TherapyOutcome.PrimaryNonResponse => ResistanceAnswer.Shown,
            TherapyOutcome.Response => ResistanceAnswer.NotShown,
            _ => ResistanceAnswer.CannotTellYet,
        };
        var statement = (deciding, adherence) switch
        {
            (null, _) => $"{name}: no lung function measured twice on it, so no response can be judged yet; skin and other organ responses are not judged by this version.",
            ({ Status: FindingStatus.Supported }, RefillAdherence.Adherent) => $"{name}: interstitial lung disease progressed on it ({definitions.Title}) although {RefillsAtLeast}, a non-response of the lung.",
            ({ Status: FindingStatus.Supported }, RefillAdherence.NonAdherent) => $"{name}: interstitial lung disease progressed on it ({definitions.Title}), but {RefillsBelow}, so non-adherence may explain it and resistance cannot be called.",
            ({ Status: FindingStatus.Supported }, _) => $"{name}: interstitial lung disease progressed on it ({definitions.Title}), but adherence is not recorded, so resistance cannot be called yet; refill records for the course would settle it.",
            ({ Status: FindingStatus.NotSupported }, _) => $"{name}: interstitial lung disease did not progress on it ({definitions.Title}).",
            _ => $"{name}: whether interstitial lung disease progressed on it is undecided ({definitions.Title}); respiratory symptoms and HRCT would settle it.",
        };
        return new TherapyVerdict
        {
            Therapy = therapy,
            Name = name,
            Disease = SystemicSclerosisIds.Ssc,
            Outcome = outcome,
            Resistance = resistance,
            Statement = statement,
            Courses = outcomes.MoveToImmutable(),
            Findings = deciding?.Id is { } id ? [id] : [],
            Options = resistance == ResistanceAnswer.Shown ? SscOptions.For(context) : [],
        };
    }

    private static TherapyOutcome Outcome(Finding? finding) => finding?.Status switch
    {
        FindingStatus.Supported => TherapyOutcome.PrimaryNonResponse,
        FindingStatus.NotSupported => TherapyOutcome.Response,
        _ => TherapyOutcome.Unknown,
    };

    // The proportion-of-days-covered cut-off and its basis texts: the core's refill-adherence check (Karve 2009).
    private static readonly string RefillsBelow = RefillAdherenceCheck.BelowBasis;
    private static readonly string RefillsAtLeast = RefillAdherenceCheck.AtLeastBasis;

    private enum RefillAdherence
    {
        NotNeeded,
        NotRecorded,
        Adherent,
        NonAdherent,
    }

    // Refill records of the therapy that overlap its courses up to the evaluation date; a record below the cut-off
    // outweighs any at or above it.
    private static RefillAdherence ReadAdherence(EvaluationContext context, TherapyId therapy, ImmutableArray<(TherapyCourse Course, string Path)> courses)
    {
        var found = RefillAdherence.NotRecorded;
        foreach (var refill in context.Patient.RefillAdherence)
        {
            if (!courses.Any(c => RefillAdherenceCheck.Applies(refill, therapy, c.Course.Start, c.Course.End, context.AsOf)))
            {
                continue;
            }

            if (RefillAdherenceCheck.IsBelowThreshold(refill))
            {
                return RefillAdherence.NonAdherent;
            }

            found = RefillAdherence.Adherent;
        }

        return found;
    }
}
