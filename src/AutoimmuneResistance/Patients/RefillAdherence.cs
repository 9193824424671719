namespace AutoimmuneResistance;

/// <summary>
/// Refill-based adherence for one therapy over a period, as the proportion of days covered (PDC) by dispensed supply.
/// </summary>
public sealed record RefillAdherence
{
    /// <summary>Gets the therapy.</summary>
    public required TherapyId Therapy { get; init; }

    /// <summary>Gets the first day of the observation period.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Gets the last day of the observation period; validation requires it not to precede <see cref="From"/>.</summary>
    public required DateOnly To { get; init; }

    /// <summary>Gets the proportion of days covered, 0 to 100 %.</summary>
    public required Percentage ProportionOfDaysCovered { get; init; }
}
