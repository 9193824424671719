namespace AutoimmuneResistance;

/// <summary>Per-call options of <see cref="ResistancePipeline.Evaluate(PatientProfile, EvaluationOptions?)"/>.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Gets the shared default options.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Gets the evaluation date.</summary>
    /// <value>
    /// <see langword="null"/> (the default) evaluates as of the latest date recorded in the profile
    /// (<see cref="PatientProfile.LatestRecordedDate"/>), so that the result never depends on the clock.
    /// </value>
    public DateOnly? AsOf { get; init; }

    /// <summary>Gets whether the manifest records the input's content hash.</summary>
    /// <value>Defaults to <see langword="true"/>. Hashing serializes the profile once, which costs about as much as writing it.</value>
    public bool ComputeInputHash { get; init; } = true;
}
