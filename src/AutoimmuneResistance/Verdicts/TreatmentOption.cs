using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// One option to consider after treatment resistance: the therapies it names, why, the kind of evidence, the
/// publications, and what the profile already holds of it. Modules keep their option lists as catalogs of this type (the lupus
/// module's <c>TreatmentOptionCatalog</c>) and attach the options they rank to a <see cref="TherapyVerdict"/> or a
/// <see cref="DomainVerdict"/>. Options are for a clinician to weigh; none is an instruction.
/// </summary>
[JsonConverter(typeof(TreatmentOptionJsonConverter))]
public sealed record TreatmentOption
{
    /// <summary>Gets the option's place in the list, from 1; in the catalog, its place before the profile is read.</summary>
    public required int Rank { get; init; }

    /// <summary>Gets the option's stable key within its list, for example <c>anti-cd20</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Gets a short title in plain words, for example "Rituximab or obinutuzumab".</summary>
    public required string Title { get; init; }

    /// <summary>Gets the therapies the option names (alternatives, not a combination, unless the title says so); empty for a strategy such as combination therapy.</summary>
    public ImmutableArray<TherapyId> Therapies { get => field.IsDefault ? [] : field; init => field = value; }

    /// <summary>Gets why the option is on the list, in plain words, with the evidence in brief.</summary>
    public required string Rationale { get; init; }

    /// <summary>Gets the kind of evidence behind the option (the strongest that supports it in this setting).</summary>
    public required EvidenceGrade Grade { get; init; }

    /// <summary>Gets the publications the option rests on. (in JSON, their keys: see <see cref="Citation.Key"/>).</summary>
    [JsonConverter(typeof(CitationKeysJsonConverter))]
    public ImmutableArray<Citation> Citations { get => field.IsDefault ? [] : field; init => field = value; }

    /// <summary>
    /// Gets the published results the option rests on, as data (trial, end point, group, effect with its unit, group
    /// sizes). Their publications are also in <see cref="Citations"/>.
    /// </summary>
    public ImmutableArray<PublishedEffect> Effects { get => field.IsDefault ? [] : field; init => field = value; }

    /// <summary>Gets the option's flags (emerging, add-on, already tried, ...).</summary>
    public ImmutableArray<TreatmentOptionTag> Flags { get => field.IsDefault ? [] : field; init => field = value; }

    /// <summary>Gets the JSON paths of the profile's courses of the option's therapies (for example <c>$.therapies[1]</c>).</summary>
    public ImmutableArray<string> Courses { get => field.IsDefault ? [] : field; init => field = value; }

    /// <summary>Gets remarks from the profile, such as a biomarker on record and what the pooled trial analyses found for it.</summary>
    public ImmutableArray<string> Notes { get => field.IsDefault ? [] : field; init => field = value; }

    /// <summary>Returns whether the option carries <paramref name="flag"/>.</summary>
    /// <param name="flag">The flag.</param>
    /// <returns><see langword="true"/> when <see cref="Flags"/> contains it.</returns>
    public bool Has(TreatmentOptionTag flag) => Flags.Contains(flag);
}
