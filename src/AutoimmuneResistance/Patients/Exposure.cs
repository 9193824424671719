namespace AutoimmuneResistance;

/// <summary>An environmental or behavioural exposure (smoking, UV light, silica, ...) with its status and period.</summary>
public sealed record Exposure
{
    /// <summary>Gets the kind of exposure.</summary>
    public required ExposureKind Kind { get; init; }

    /// <summary>Gets whether the exposure is current, former or absent.</summary>
    public required ExposureStatus Status { get; init; }

    /// <summary>Gets when the exposure began.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public DateOnly? From { get; init; }

    /// <summary>Gets when the exposure ended.</summary>
    /// <value><see langword="null"/> when ongoing or unknown.</value>
    public DateOnly? To { get; init; }
}
