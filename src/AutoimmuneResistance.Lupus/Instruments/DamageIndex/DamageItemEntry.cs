using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// One SLICC/ACR Damage Index item recorded as present, with the data its rules need: when it began (or how long it has
/// been present), how many episodes or sites, and whether its procedure alternative was done. Damage is recorded
/// regardless of its cause (lupus, its treatment, or a comorbidity).
/// </summary>
/// <remarks>
/// <para>
/// Give at most one of <see cref="Since"/>, <see cref="PersistedMonths"/> and <see cref="Episodes"/>. When none is given
/// the item is taken as the assessor's statement that it meets its persistence rule (as on a completed paper form) and
/// is scored. Source of the rules: Gladman D, et al. Arthritis Rheum 1996;39(3):363-9, doi:10.1002/art.1780390303, as
/// reproduced by the PhenX Toolkit (protocol 171001); see the project's clinical reference section 2.2.
/// </para>
/// </remarks>
public sealed record DamageItemEntry
{
    /// <summary>Gets the item.</summary>
    public required DamageItem Item { get; init; }

    /// <summary>Gets the date the damage was first present (for an "ever" item, the date of the event).</summary>
    /// <value><see langword="null"/> when not recorded; must not be after the assessment date.</value>
    public DateOnly? Since { get; init; }

    /// <summary>Gets the number of whole (completed) months the damage has been present at the assessment, when no date is known.</summary>
    /// <value><see langword="null"/> when not recorded; 0 to 1200.</value>
    public int? PersistedMonths { get; init; }

    /// <summary>
    /// Gets the number of episodes (items of <see cref="DamageRepeatKind.Episodes"/>) or distinct sites (items of
    /// <see cref="DamageRepeatKind.Sites"/>); only for those items.
    /// </summary>
    /// <value><see langword="null"/> means one (or the number of <see cref="Episodes"/>); 1 to 99 otherwise.</value>
    public int? Count { get; init; }

    /// <summary>
    /// Gets the dates of the episodes of an item of <see cref="DamageRepeatKind.Episodes"/> (cerebrovascular accident,
    /// myocardial infarction, avascular necrosis); needed when the separation rule
    /// (<see cref="DamageIndexDefinitions.RepeatEventMinimumSeparationMonths"/>) is on. The earliest date is the item's onset.
    /// </summary>
    public ImmutableArray<DateOnly> Episodes { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Gets whether the item is met by its procedure alternative (coronary artery bypass, or pericardiectomy), which
    /// counts once done without the persistence requirement; only for items where
    /// <see cref="DamageIndexItems.HasProcedureAlternative(DamageItem)"/> is <see langword="true"/>.
    /// </summary>
    /// <value><see langword="false"/> (the default) when the item is met by the condition itself.</value>
    public bool Procedure { get; init; }
}
