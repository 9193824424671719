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

        var outcome = Outcome(deciding);
        var resistance = outcome switch
        {
            TherapyOutcome.PrimaryNonResponse => ResistanceAnswer.Shown,
            TherapyOutcome.Response => ResistanceAnswer.NotShown,
            _ => ResistanceAnswer.CannotTellYet,
        };
        var statement = deciding switch
        {
            null => $"{name}: no lung function measured twice on it, so no response can be judged yet; skin and other organ responses are not judged by this version.",
            { Status: FindingStatus.Supported } => $"{name}: interstitial lung disease progressed on it ({definitions.Title}), a non-response of the lung{Adherence(context, therapy)}.",
            { Status: FindingStatus.NotSupported } => $"{name}: interstitial lung disease did not progress on it ({definitions.Title}).",
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

    // What the refill records say of the therapy, for the statement only: the adherence check of the lupus module has no
    // SSc counterpart yet.
    private static string Adherence(EvaluationContext context, TherapyId therapy) =>
        context.Patient.RefillAdherence.Where(r => r.Therapy == therapy && r.From <= context.AsOf).OrderBy(r => r.To).LastOrDefault() is { } refill
            ? string.Create(CultureInfo.InvariantCulture, $"; refills covered {refill.ProportionOfDaysCovered.Value:0.#} % of days from {refill.From:O} to {refill.To:O}")
            : "; adherence is not recorded";
}
