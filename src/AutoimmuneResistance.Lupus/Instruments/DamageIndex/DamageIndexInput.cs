using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The input of the SLICC/ACR Damage Index instrument (<c>sle.slicc-acr-damage-index</c>): the assessment date, the
/// date of SLE onset, the damage items present, and optionally the definitions (switches) to apply.
/// </summary>
/// <remarks>
/// Source: Gladman D, Ginzler E, Goldsmith C, et al. Arthritis Rheum 1996;39(3):363-9, doi:10.1002/art.1780390303.
/// The member names match <see cref="DamageIndexAssessment"/> so that a profile's assessment and an instrument input
/// report problems at the same relative paths.
/// </remarks>
public sealed record DamageIndexInput
{
    /// <summary>Gets the assessment date; persistence is measured up to this date.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the date of SLE onset; only damage since onset counts.</summary>
    /// <value><see langword="null"/> when not known: no item is then excluded for predating onset.</value>
    public DateOnly? SleOnset { get; init; }

    /// <summary>Gets the items recorded as present, each at most once.</summary>
    public ImmutableArray<DamageItemEntry> Items { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Gets the items assessed and found absent, each at most once and not among <see cref="Items"/>. Under the default
    /// definitions an item in neither list is absent too; under <see cref="DamageIndexDefinitions.UnreportedUnknown"/>
    /// it is listed as not reported.
    /// </summary>
    public ImmutableArray<DamageItem> Absent { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the definitions (switches) to apply instead of the instrument's own.</summary>
    /// <value>
    /// <see langword="null"/> to apply the instrument's definitions (<see cref="DamageIndexDefinitions.Default"/> when
    /// registered by the lupus module). A tuned set must carry its own id, not the id of a registered set.
    /// </value>
    public DamageIndexDefinitions? Definitions { get; init; }
}
