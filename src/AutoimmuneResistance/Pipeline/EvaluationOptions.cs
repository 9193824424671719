namespace AutoimmuneResistance;

/// <summary>Per-call options of <see cref="ResistancePipeline.Evaluate(PatientProfile, EvaluationOptions?)"/>.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Gets the shared default options.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Gets the evaluation date.</summary>
    /// <value>
    /// <see langword="null"/> (the default) evaluates as of the latest date recorded in the profile
    /// (<see cref="PatientProfile.LatestRecordedDate"/>), so that the result never depends on the clock. A date must lie
    /// between 1800-01-01 and 2299-12-31, the range a profile's dates may take.
    /// </value>
    /// <exception cref="ArgumentOutOfRangeException">The date lies outside 1800-01-01 to 2299-12-31.</exception>
    public DateOnly? AsOf
    {
        get;
        init => field = value is { } date && !CalendarBounds.Contains(date)
            ? throw new ArgumentOutOfRangeException(nameof(AsOf), date, CalendarBounds.Rule)
            : value;
    }

    /// <summary>Gets whether the manifest records the input's content hash.</summary>
    /// <value>Defaults to <see langword="true"/>. Hashing serializes the profile once, which costs about as much as writing it.</value>
    public bool ComputeInputHash { get; init; } = true;
}
