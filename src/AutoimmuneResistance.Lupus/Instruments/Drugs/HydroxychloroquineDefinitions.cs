using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Hydroxychloroquine dose and blood-level thresholds (clinical reference section 11), id
/// <c>sle.hydroxychloroquine.default</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Dose: at most 5 mg/kg actual body weight per day, on the weekly average daily dose — Marmor MF, Kellner U, Lai TY,
/// Melles RB, Mieler WF. Ophthalmology 2016;123(6):1386-94, doi:10.1016/j.ophtha.2016.01.058; the same target in EULAR 2023
/// (Fanouriakis A, et al. Ann Rheum Dis 2024;83(1):15-29, doi:10.1136/ard-2023-224762).</item>
/// <item>Whole blood &lt; 200 ng/mL: non-adherence — Costedoat-Chalumeau N, et al. Ann Rheum Dis 2007;66:821-4,
/// doi:10.1136/ard.2006.067835 (self-reported non-adherent patients 0–129 ng/mL, adherent 205–2629 ng/mL).</item>
/// <item>&lt; 20 ng/mL: undetectable (the assay's lower limit in Blanchet B, et al. Arthritis Res Ther 2020;22:223,
/// doi:10.1186/s13075-020-02291-z). The clinical reference gives it for whole blood; applying it to serum too is the
/// library's reading, because Blanchet found serum undetectable whenever whole blood was.</item>
/// <item>Serum &lt; 106 ng/mL: non-adherence, extrapolated from the mean serum/whole-blood ratio 0.53 (Blanchet 2020).</item>
/// <item>Serum severe non-adherence, dose-adjusted: &lt; 106 ng/mL at 400 mg/day, &lt; 53 ng/mL at 200 mg/day — Nguyen Y, et al.
/// Arthritis Rheumatol 2023;75(12):2195-206, doi:10.1002/art.42645. Other doses use the same linear scaling
/// (106 ng/mL per 400 mg/day) and are flagged as an extrapolation; <see cref="ExtrapolateSevereThreshold"/> switches that
/// off.</item>
/// </list>
/// A serum level is never compared with a whole-blood threshold, nor the reverse; plasma has no threshold here. The
/// "&lt; 100 ng/mL" threshold sometimes quoted has no primary source (clinical reference, UNCONFIRMED register item 7) and
/// is not used.
/// </remarks>
public sealed record HydroxychloroquineDefinitions : DefinitionSet
{
    /// <summary>Gets the default set, <c>sle.hydroxychloroquine.default</c>.</summary>
    public static HydroxychloroquineDefinitions Default { get; } = new()
    {
        Id = DefinitionSetId.Create("sle.hydroxychloroquine.default"),
        Version = "1.0.0",
        Title = "Hydroxychloroquine: 5 mg/kg/day actual weight (Marmor 2016, EULAR 2023); whole blood < 200 ng/mL (Costedoat-Chalumeau 2007); serum < 106 ng/mL (Blanchet 2020); dose-adjusted severe serum thresholds (Nguyen 2023)",
        Sources = [TargetCitations.Marmor2016, TargetCitations.Fanouriakis2024, TargetCitations.CostedoatChalumeau2007, TargetCitations.Blanchet2020, TargetCitations.Nguyen2023],
        MaxMilligramsPerKilogramPerDay = 5m,
        WholeBloodNonAdherenceBelow = 200m,
        UndetectableBelow = 20m,
        SerumNonAdherenceBelow = 106m,
        SerumSevereNonAdherenceBelow = 106m,
        SerumSevereReferenceDailyDoseMilligrams = 400m,
        SerumSeverePublishedDailyDosesMilligrams = [200m, 400m],
        ExtrapolateSevereThreshold = true,
    };

    /// <summary>Gets the highest daily dose per kg of actual body weight (≤ 5 mg/kg/day; Marmor 2016, EULAR 2023).</summary>
    public required decimal MaxMilligramsPerKilogramPerDay { get; init; }

    /// <summary>Gets the whole-blood level below which non-adherence is read, ng/mL (&lt; 200; Costedoat-Chalumeau 2007).</summary>
    public required decimal WholeBloodNonAdherenceBelow { get; init; }

    /// <summary>Gets the level below which hydroxychloroquine is undetectable, ng/mL (&lt; 20; Blanchet 2020), in whole blood and, by the library's reading, serum.</summary>
    public required decimal UndetectableBelow { get; init; }

    /// <summary>Gets the serum level below which non-adherence is read, ng/mL (&lt; 106; Blanchet 2020).</summary>
    public required decimal SerumNonAdherenceBelow { get; init; }

    /// <summary>Gets the serum level below which severe non-adherence is read at <see cref="SerumSevereReferenceDailyDoseMilligrams"/>, ng/mL (&lt; 106 at 400 mg/day; Nguyen 2023).</summary>
    public required decimal SerumSevereNonAdherenceBelow { get; init; }

    /// <summary>Gets the daily dose the severe threshold is stated for, mg (400); the threshold scales linearly with the dose (53 ng/mL at 200 mg/day).</summary>
    public required decimal SerumSevereReferenceDailyDoseMilligrams { get; init; }

    /// <summary>Gets the daily doses for which Nguyen 2023 published a severe threshold (200 and 400 mg); any other dose is an extrapolation.</summary>
    public ImmutableArray<decimal> SerumSeverePublishedDailyDosesMilligrams { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether the severe serum threshold is extrapolated to doses other than the published ones (flagged in the result); when <see langword="false"/> such a level's severity is unknown.</summary>
    public required bool ExtrapolateSevereThreshold { get; init; }

    /// <summary>Returns the severe-non-adherence serum threshold for a daily dose: <c>106 × dose ÷ 400</c> ng/mL by default.</summary>
    /// <param name="dailyDoseMilligrams">The daily dose in mg.</param>
    /// <returns>The threshold in ng/mL.</returns>
    public decimal SevereThresholdFor(decimal dailyDoseMilligrams) =>
        SerumSevereNonAdherenceBelow * dailyDoseMilligrams / SerumSevereReferenceDailyDoseMilligrams;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxMilligramsPerKilogramPerDay <= 0m)
        {
            problems.Add($"{nameof(MaxMilligramsPerKilogramPerDay)} must be positive");
        }

        if (WholeBloodNonAdherenceBelow <= 0m || SerumNonAdherenceBelow <= 0m || SerumSevereNonAdherenceBelow <= 0m || UndetectableBelow < 0m)
        {
            problems.Add("level thresholds must be positive");
        }

        if (SerumSevereReferenceDailyDoseMilligrams <= 0m)
        {
            problems.Add($"{nameof(SerumSevereReferenceDailyDoseMilligrams)} must be positive");
        }

        return problems;
    }
}
