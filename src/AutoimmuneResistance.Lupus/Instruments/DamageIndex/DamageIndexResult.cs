using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The result of the SLICC/ACR Damage Index instrument: the total (0 to 47), the subtotal of each of the 12 organ
/// systems, each recorded item's points with the reason, and the switches that were applied.
/// </summary>
/// <remarks>Source: Gladman D, Ginzler E, Goldsmith C, et al. Arthritis Rheum 1996;39(3):363-9, doi:10.1002/art.1780390303.</remarks>
public sealed record DamageIndexResult
{
    /// <summary>Gets the total, 0 to <see cref="DamageIndexItems.MaxTotal"/>.</summary>
    public required int Total { get; init; }

    /// <summary>Gets the subtotal of every organ system, in the form's order (zero subtotals included).</summary>
    public ImmutableArray<DamageOrganSystemScore> OrganSystems { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the points of every recorded item, in input order.</summary>
    public ImmutableArray<DamageItemScore> Items { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the definitions (switches) that were applied.</summary>
    public required DamageIndexSwitches Definitions { get; init; }

    /// <summary>Gets the items in neither the input's items nor its absent list, in the form's order, under <see cref="UnreportedItemReading.Unknown"/>.</summary>
    /// <value><see langword="null"/> (omitted from JSON) under the default reading, where such items are absent.</value>
    public ImmutableArray<DamageItem>? NotReported { get; init; }

    /// <summary>
    /// Gets the highest total the record could have if every item in <see cref="NotReported"/> scored its maximum
    /// (each organ system capped at its maximum), under <see cref="UnreportedItemReading.Unknown"/>: the total is then
    /// known to lie between <see cref="Total"/> and this value, and is determined when the two are equal.
    /// </summary>
    /// <value><see langword="null"/> (omitted from JSON) under the default reading.</value>
    public int? MaximumTotal { get; init; }
}

/// <summary>The subtotal of one SLICC/ACR Damage Index organ system (Gladman D, et al. Arthritis Rheum 1996;39(3):363-9, doi:10.1002/art.1780390303).</summary>
public sealed record DamageOrganSystemScore
{
    /// <summary>Gets the organ system.</summary>
    public required DamageOrganSystem OrganSystem { get; init; }

    /// <summary>Gets the points scored in the system.</summary>
    public required int Points { get; init; }

    /// <summary>Gets the system's maximum (<see cref="DamageIndexItems.OrganSystemMaximum(DamageOrganSystem)"/>).</summary>
    public required int MaxPoints { get; init; }
}

/// <summary>The points of one recorded SLICC/ACR Damage Index item and why (Gladman D, et al. Arthritis Rheum 1996;39(3):363-9, doi:10.1002/art.1780390303).</summary>
public sealed record DamageItemScore
{
    /// <summary>Gets the item.</summary>
    public required DamageItem Item { get; init; }

    /// <summary>Gets the item's organ system.</summary>
    public required DamageOrganSystem OrganSystem { get; init; }

    /// <summary>Gets the points the item contributes: 0 to 3.</summary>
    public required int Points { get; init; }

    /// <summary>Gets how the item was scored.</summary>
    public required DamageItemStatus Status { get; init; }

    /// <summary>Gets the rule that decided the points, in words.</summary>
    public required string Reason { get; init; }
}

/// <summary>The SLICC/ACR Damage Index definitions that were applied to a result: the set's id and version and its switch values.</summary>
public sealed record DamageIndexSwitches
{
    /// <summary>Gets the definition set's id.</summary>
    public required DefinitionSetId Id { get; init; }

    /// <summary>Gets the definition set's version.</summary>
    public required string Version { get; init; }

    /// <summary>Gets the separation rule for repeat episodes, in months (0: off); see <see cref="DamageIndexDefinitions.RepeatEventMinimumSeparationMonths"/>.</summary>
    public required int RepeatEventMinimumSeparationMonths { get; init; }

    /// <summary>Gets the skin ulceration operator; see <see cref="DamageIndexDefinitions.SkinUlcerationOperator"/>.</summary>
    public required ComparisonOperator SkinUlcerationOperator { get; init; }

    /// <summary>Gets what an item not reported means when it is not the default (absent); see <see cref="DamageIndexDefinitions.UnreportedItems"/>.</summary>
    /// <value><see langword="null"/> (omitted from JSON) for the default reading.</value>
    public UnreportedItemReading? UnreportedItems { get; init; }
}
