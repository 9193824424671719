using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>Lupus-specific features of a diagnosis (JSON kind <c>sle.features</c>).</summary>
public sealed record LupusFeatures : DiseaseFeatures
{
    /// <summary>Gets the date of the most recent renal biopsy.</summary>
    /// <value><see langword="null"/> when no biopsy is recorded.</value>
    public DateOnly? RenalBiopsyOn { get; init; }

    /// <summary>Gets the ISN/RPS classes found at that biopsy (two for mixed classes such as III + V).</summary>
    public ImmutableArray<LupusNephritisClass> NephritisClasses { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether lupus nephritis is present (biopsy-proven or clinically diagnosed).</summary>
    /// <value><see langword="null"/> when not recorded; <see langword="true"/> is implied when <see cref="NephritisClasses"/> lists class III, IV or V.</value>
    public bool? Nephritis { get; init; }
}
