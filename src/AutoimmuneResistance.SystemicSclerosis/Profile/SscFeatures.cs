namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Systemic sclerosis features of a diagnosis (JSON kind <c>ssc.features</c>): the cutaneous subset and the date of the
/// first non-Raynaud manifestation, from which disease duration is counted (project clinical reference section 12.2).
/// </summary>
public sealed record SscFeatures : DiseaseFeatures
{
    /// <summary>Gets the cutaneous subset.</summary>
    /// <value><see langword="null"/> when not recorded.</value>
    public CutaneousSubset? Subset { get; init; }

    /// <summary>Gets the date of the first manifestation other than Raynaud's phenomenon.</summary>
    /// <value><see langword="null"/> when not recorded.</value>
    public DateOnly? FirstNonRaynaudManifestation { get; init; }
}
