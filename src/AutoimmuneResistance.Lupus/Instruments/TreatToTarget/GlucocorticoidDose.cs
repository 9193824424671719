using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// A glucocorticoid the patient takes at an assessment: substance, daily dose and route. Converted to
/// prednisone-equivalent mg/day with <see cref="GlucocorticoidEquivalence"/> (prednisone 5 mg = prednisolone 5 mg =
/// methylprednisolone 4 mg = hydrocortisone 20 mg = dexamethasone 0.75 mg; clinical reference section 10.4).
/// </summary>
public sealed record GlucocorticoidDose
{
    /// <summary>Gets the glucocorticoid (one of the substances of <see cref="GlucocorticoidEquivalence.Table"/>).</summary>
    public required TherapyId Substance { get; init; }

    /// <summary>Gets the total daily dose, as an absolute amount (mg, g or ug).</summary>
    public required Dose DailyDose { get; init; }

    /// <summary>Gets the route.</summary>
    /// <value>
    /// <see langword="null"/> when not recorded: the selected <see cref="TreatToTargetDefinitions.UnknownRoute"/> decides
    /// (by default counted as systemic and reported as an assumption). Topical, inhaled, ophthalmic and intra-articular
    /// use never counts.
    /// </value>
    public Route? Route { get; init; }
}

/// <summary>Computes and validates the current prednisone-equivalent dose of a treat-to-target input.</summary>
internal static class PrednisoneEquivalents
{
    internal const string Missing = "give prednisoneEquivalent (0 mg when none) or the glucocorticoids taken";

    internal static void Validate(Dose? prednisoneEquivalent, ImmutableArray<GlucocorticoidDose> glucocorticoids, List<EvaluationDiagnostic> diagnostics)
    {
        if (prednisoneEquivalent is { } equivalent && !glucocorticoids.IsEmpty)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.ConflictingGlucocorticoidInputs, "give either prednisoneEquivalent or glucocorticoids, not both", "$.glucocorticoids"));
        }

        if (prednisoneEquivalent is { IsWeightBased: true } weightBased)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.UnconvertibleGlucocorticoid, "a prednisone-equivalent dose must be an absolute amount (mg), not mg/kg", "$.prednisoneEquivalent", value: weightBased.ToString()));
        }

        for (var i = 0; i < glucocorticoids.Length; i++)
        {
            var entry = glucocorticoids[i];
            if (entry is null)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.MissingEntry, "an entry is null", $"$.glucocorticoids[{i}]"));
                continue;
            }

            if (!GlucocorticoidEquivalence.IsSupported(entry.Substance))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.UnconvertibleGlucocorticoid, "the substance has no prednisone equivalence; supported: prednisone, prednisolone, methylprednisolone, hydrocortisone, dexamethasone (or give prednisoneEquivalent)", $"$.glucocorticoids[{i}].substance", value: DiagnosticValues.Text(entry.Substance.Value)));
            }
            else if (entry.DailyDose.IsWeightBased)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.UnconvertibleGlucocorticoid, "the daily dose must be an absolute amount (mg), not mg/kg", $"$.glucocorticoids[{i}].dailyDose", value: entry.DailyDose.ToString()));
            }
            else if (!GlucocorticoidEquivalence.TryToPrednisoneEquivalent(entry.Substance, entry.DailyDose, AutoimmuneResistance.Route.Oral, out _, out _))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(TargetDiagnosticCodes.InvalidDose, "the prednisone equivalent of the daily dose exceeds the dose ceiling", $"$.glucocorticoids[{i}].dailyDose", value: $"{entry.DailyDose} of {entry.Substance.Value}"));
            }
        }
    }

    /// <summary>Returns the current prednisone-equivalent mg/day, or null when not given, with notes on each entry's treatment.</summary>
    internal static decimal? Current(Dose? prednisoneEquivalent, ImmutableArray<GlucocorticoidDose> glucocorticoids, UnknownGlucocorticoidRoute unknownRoute, List<string>? notes)
    {
        if (prednisoneEquivalent is { } equivalent)
        {
            return equivalent.ToMilligrams().Value;
        }

        if (glucocorticoids.IsEmpty)
        {
            return null;
        }

        var total = 0m;
        for (var i = 0; i < glucocorticoids.Length; i++)
        {
            var entry = glucocorticoids[i];
            var route = entry.Route;
            if (route is null)
            {
                if (unknownRoute == UnknownGlucocorticoidRoute.Exclude)
                {
                    notes?.Add($"glucocorticoids[{i}]: route not recorded, excluded");
                    continue;
                }

                notes?.Add($"glucocorticoids[{i}]: route not recorded, assumed systemic");
                route = AutoimmuneResistance.Route.Oral;
            }
            else if (!GlucocorticoidEquivalence.IsSystemic(route.Value))
            {
                notes?.Add($"glucocorticoids[{i}]: route '{route.Value}' is not systemic, not counted");
                continue;
            }

            total += GlucocorticoidEquivalence.ToPrednisoneEquivalent(entry.Substance, entry.DailyDose, route.Value).Value;
        }

        return total;
    }
}
