namespace AutoimmuneResistance;

/// <summary>A dated body-weight measurement (actual body weight, as hydroxychloroquine dosing guidance requires).</summary>
public sealed record BodyWeightMeasurement
{
    /// <summary>Gets the date of measurement.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the measured weight.</summary>
    public required BodyWeight Weight { get; init; }
}
