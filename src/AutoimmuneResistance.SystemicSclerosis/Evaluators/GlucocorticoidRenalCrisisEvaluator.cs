using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Comorbidity and interference (seed claim S5): glucocorticoids at or above the scleroderma renal crisis threshold in
/// the look-back window before the assessment date, by the selected
/// <see cref="RenalCrisisGlucocorticoidDefinitions"/> (default: prednisone-equivalent ≥ 15 mg/day in the previous 6
/// months, Steen VD, Medsger TA Jr. Arthritis Rheum 1998;41(9):1613-9, a case-control study). Doses are converted to
/// prednisone equivalents with <see cref="GlucocorticoidEquivalence"/>. Evaluated only when a systemic glucocorticoid
/// course is on record; anti-RNA polymerase III, itself a renal crisis association, is named when positive.
/// </summary>
internal sealed class GlucocorticoidRenalCrisisEvaluator() : SscEvaluator(
    "ssc.glucocorticoid-renal-crisis-risk",
    "Glucocorticoids at the scleroderma renal crisis threshold",
    [SscMechanisms.GlucocorticoidRenalCrisisRisk],
    [SscCitations.Steen1998, SscCitations.Trang2012, SscCitations.FrenchPnds2021])
{
    public static readonly RuleId AtThreshold = RuleId.Create("ssc.renal-crisis-gc.at-threshold");
    public static readonly RuleId BelowThreshold = RuleId.Create("ssc.renal-crisis-gc.below-threshold");
    public static readonly RuleId DoseUnknown = RuleId.Create("ssc.renal-crisis-gc.dose-unknown");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var patient = context.Patient;
        var definitions = context.Definitions.TryGet<RenalCrisisGlucocorticoidDefinitions>(out var selected)
            ? selected
            : RenalCrisisGlucocorticoidDefinitions.Steen1998;
        var windowStart = context.AsOf.AddMonths(-definitions.LookBackMonths);
        var periods = ImmutableArray.CreateBuilder<GlucocorticoidExposurePeriod>();
        var paths = new List<string>();
        var inWindowPaths = new List<string>();
        string? unconverted = null;
        for (var i = 0; i < patient.Therapies.Length; i++)
        {
            var course = patient.Therapies[i];
            if (!SscProfile.IsGlucocorticoid(course) || course.Start > context.AsOf)
            {
                continue;
            }

            var path = ProfilePaths.Therapy(i);
            paths.Add(path);
            var overlaps = (course.End ?? context.AsOf) >= windowStart;
            if (overlaps)
            {
                inWindowPaths.Add(path);
            }

            foreach (var (from, to, regimen) in Segments(course))
            {
                if (regimen is not null && regimen.TryGetAverageDailyDose(out var daily)
                    && GlucocorticoidEquivalence.TryToPrednisoneEquivalent(course.Therapy, daily, course.Route ?? Route.Oral, out var equivalent, out _))
                {
                    periods.Add(new GlucocorticoidExposurePeriod { From = from, To = to, PrednisoneEquivalentMgPerDay = equivalent.Value });
                }
                else if (overlaps && from <= context.AsOf && (to ?? context.AsOf) >= windowStart)
                {
                    unconverted ??= path;
                }
            }
        }

        if (paths.Count == 0)
        {
            return;
        }

        var result = RenalCrisisGlucocorticoidRisk.ComputeValid(new RenalCrisisGlucocorticoidInput { On = context.AsOf, Exposures = periods.ToImmutable() }, definitions);
        var rnap = ProfileQueries.LatestAutoantibody(patient, AutoantibodyId.AntiRnaPolymerase3);
        var rnapPositive = rnap is { Result.Positive: true };
        var threshold = new AppliedThreshold
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"highest prednisone-equivalent mg/day in the {definitions.LookBackMonths} months before {context.AsOf:O}"),
            Operator = definitions.ThresholdInclusive ? ComparisonOperator.GreaterThanOrEqual : ComparisonOperator.GreaterThan,
            Limit = definitions.DoseThresholdMgPerDay,
            Observed = result.MaximumDoseInWindow,
        };
        var limit = string.Create(CultureInfo.InvariantCulture, $"{(definitions.ThresholdInclusive ? "at least" : "above")} {definitions.DoseThresholdMgPerDay:0.##} mg/day prednisone equivalent in the {definitions.LookBackMonths} months before");
        Finding finding;
        if (result.Flagged)
        {
            var rnapText = rnapPositive ? " Anti-RNA polymerase III is positive, itself associated with renal crisis." : string.Empty;
            finding = Supported(SscMechanisms.GlucocorticoidRenalCrisisRisk, AtThreshold,
                string.Create(CultureInfo.InvariantCulture, $"Glucocorticoids at {result.MaximumDoseInWindow:0.##} mg/day prednisone equivalent, {limit}: a dose associated with scleroderma renal crisis (case-control, odds ratio 4.37).{rnapText}"),
                EvidenceGrade.Observational);
        }
        else if (unconverted is not null)
        {
            finding = Unknown(SscMechanisms.GlucocorticoidRenalCrisisRisk, DoseUnknown,
                "A glucocorticoid course in the renal crisis look-back window has no daily dose that converts to a prednisone equivalent.",
                EvidenceGrade.Observational,
                new DataGap { Datum = "the daily dose and route of the glucocorticoid course", Path = unconverted });
        }
        else
        {
            finding = NotSupported(SscMechanisms.GlucocorticoidRenalCrisisRisk, BelowThreshold,
                result.MaximumDoseInWindow is { } maximum
                    ? string.Create(CultureInfo.InvariantCulture, $"Glucocorticoids at most {maximum:0.##} mg/day prednisone equivalent, below the renal crisis threshold ({limit}).")
                    : string.Create(CultureInfo.InvariantCulture, $"No systemic glucocorticoid in the {definitions.LookBackMonths} months before {context.AsOf:O}: no renal crisis risk from glucocorticoids."),
                EvidenceGrade.Observational);
        }

        output.Add(finding with
        {
            On = context.AsOf,
            Facts = [.. inWindowPaths.Count > 0 ? inWindowPaths : paths, .. rnapPositive ? [rnap!.Value.Path] : Array.Empty<string>()],
            Thresholds = [threshold],
            Citations = definitions.Sources,
        });
    }

    // The course's periods at one regimen: the starting regimen until the first dose change, then each change.
    private static IEnumerable<(DateOnly From, DateOnly? To, DoseRegimen? Regimen)> Segments(TherapyCourse course)
    {
        var changes = course.DoseChanges.OrderBy(c => c.On).ToList();
        var from = course.Start;
        var regimen = course.Regimen;
        foreach (var change in changes)
        {
            if (change.On > from)
            {
                yield return (from, change.On.AddDays(-1), regimen);
            }

            from = change.On;
            regimen = change.Regimen;
        }

        yield return (from, course.End, regimen);
    }
}
