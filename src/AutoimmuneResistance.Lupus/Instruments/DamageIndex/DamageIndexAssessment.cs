using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// A SLICC/ACR Damage Index assessment on a profile (JSON kind <c>sle.slicc-acr-damage-index</c>): the damage items
/// present at <see cref="InstrumentAssessment.On"/>. The lupus module validates it like an instrument input and warns
/// when a later assessment scores lower than an earlier one (damage does not decrease).
/// </summary>
/// <remarks>Source: Gladman D, Ginzler E, Goldsmith C, et al. Arthritis Rheum 1996;39(3):363-9, doi:10.1002/art.1780390303.</remarks>
public sealed record DamageIndexAssessment : InstrumentAssessment
{
    /// <summary>Gets the date of SLE onset; only damage since onset counts.</summary>
    /// <value><see langword="null"/> when not recorded.</value>
    public DateOnly? SleOnset { get; init; }

    /// <summary>Gets the items recorded as present, each at most once.</summary>
    public ImmutableArray<DamageItemEntry> Items { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Returns the instrument input for this assessment (with the instrument's own definitions).</summary>
    /// <returns>The input.</returns>
    public DamageIndexInput ToInput() => new() { On = On, SleOnset = SleOnset, Items = Items };
}
