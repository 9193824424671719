namespace AutoimmuneResistance;

/// <summary>A change of regimen within a <see cref="TherapyCourse"/>, in force from <see cref="On"/> until the next change or the end of the course.</summary>
public sealed record DoseChange
{
    /// <summary>Gets the first day of the new regimen.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the new regimen.</summary>
    public required DoseRegimen Regimen { get; init; }
}
