using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The input of the glucocorticoid renal-crisis risk flag (<c>ssc.renal-crisis-glucocorticoid-risk</c>): the assessment
/// date and the glucocorticoid exposures, each as a prednisone-equivalent daily dose over a period.
/// </summary>
public sealed record RenalCrisisGlucocorticoidInput : IDefinitionSetSelection
{
    /// <summary>Gets the id of the definition set to apply.</summary>
    /// <value><see langword="null"/> to use the pipeline's selection, or <c>ssc.renal-crisis-gc.steen-1998</c>.</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets the assessment date; the look-back window ends on it.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the glucocorticoid exposures.</summary>
    public ImmutableArray<GlucocorticoidExposurePeriod> Exposures { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>A period at one prednisone-equivalent daily dose.</summary>
public sealed record GlucocorticoidExposurePeriod
{
    /// <summary>Gets the first day.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Gets the last day.</summary>
    /// <value><see langword="null"/> when ongoing at the assessment date.</value>
    public DateOnly? To { get; init; }

    /// <summary>Gets the prednisone-equivalent dose in mg/day, 0 to 2000.</summary>
    public required decimal PrednisoneEquivalentMgPerDay { get; init; }
}

/// <summary>The result of the glucocorticoid renal-crisis risk flag.</summary>
public sealed record RenalCrisisGlucocorticoidResult
{
    /// <summary>Gets whether a dose at (or, per the set, above) the threshold was taken in the look-back window.</summary>
    public required bool Flagged { get; init; }

    /// <summary>Gets the first day of the look-back window (the assessment date minus the window's months).</summary>
    public required DateOnly WindowStart { get; init; }

    /// <summary>Gets the assessment date, the window's last day.</summary>
    public required DateOnly WindowEnd { get; init; }

    /// <summary>Gets the highest prednisone-equivalent dose taken in the window, in mg/day.</summary>
    /// <value><see langword="null"/> when no exposure overlaps the window.</value>
    public decimal? MaximumDoseInWindow { get; init; }

    /// <summary>Gets the dose threshold applied, in mg/day.</summary>
    public required decimal DoseThresholdMgPerDay { get; init; }

    /// <summary>Gets whether a dose equal to the threshold flags.</summary>
    public required bool ThresholdInclusive { get; init; }

    /// <summary>Gets each exposure, in input order, with whether it overlaps the window and reaches the threshold.</summary>
    public ImmutableArray<RenalCrisisExposureCheck> Exposures { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the id of the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }

    /// <summary>Gets the version of the definition set applied.</summary>
    public required string DefinitionsVersion { get; init; }

    /// <summary>Gets the publications of the definition applied.</summary>
    public ImmutableArray<Citation> Sources { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>One exposure checked against the window and the threshold.</summary>
public sealed record RenalCrisisExposureCheck
{
    /// <summary>Gets the exposure's index in the input.</summary>
    public required int Index { get; init; }

    /// <summary>Gets whether the exposure overlaps the look-back window.</summary>
    public required bool InWindow { get; init; }

    /// <summary>Gets whether the dose reaches the threshold.</summary>
    public required bool ReachesThreshold { get; init; }
}
