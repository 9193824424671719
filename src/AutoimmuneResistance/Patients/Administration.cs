namespace AutoimmuneResistance;

/// <summary>
/// One dose of a <see cref="TherapyCourse"/> given and recorded by the care team, such as an infusion or an injection
/// in clinic. A recorded administration shows the dose was taken, so evaluators read adherence to a drug given in
/// clinic from these rather than from drug levels or refills.
/// </summary>
public sealed record Administration
{
    /// <summary>Gets the day the dose was given; within the course's start and end dates.</summary>
    public required DateOnly On { get; init; }

    /// <summary>
    /// Gets whether the dose caused an infusion or injection reaction. A reaction alone does not make the course an
    /// intolerance; a course stopped for it has <see cref="StopReason.AdverseEvent"/>.
    /// </summary>
    public bool Reaction { get; init; }
}
