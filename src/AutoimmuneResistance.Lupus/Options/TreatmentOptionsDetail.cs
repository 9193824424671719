using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The structured detail (JSON kind <c>sle.treatment-options</c>) of the <c>sle.treatment-options</c> finding: which
/// setting the options are for, which rules established resistance, what is known of adherence, and the options to
/// consider, in order. Options are for a clinician to weigh; none is an instruction.
/// </summary>
/// <remarks>
/// The ordering and the sources of every option are in <c>docs/evaluators/sle.treatment-options.md</c>. Collections
/// read as empty when absent from JSON.
/// </remarks>
public sealed record TreatmentOptionsDetail : FindingDetail
{
    /// <summary>Gets the setting the options are drawn for: lupus nephritis or extra-renal disease.</summary>
    public required TreatmentOptionsSetting Setting { get; init; }

    /// <summary>Gets the ids of every rule that established resistance, the deciding one (the finding's rule) first.</summary>
    public ImmutableArray<RuleId> Triggers { get => field.IsDefault ? [] : field; init => field = value; }

    /// <summary>Gets a plain-words statement of what the profile shows about adherence during the failed courses.</summary>
    /// <value><see langword="null"/> when adherence was not examined (the extra-renal rules).</value>
    public string? Adherence { get; init; }

    /// <summary>Gets the options to consider, in order (see <see cref="TreatmentOption.Rank"/>).</summary>
    public ImmutableArray<TreatmentOption> Options { get => field.IsDefault ? [] : field; init => field = value; }
}

/// <summary>
/// One option to consider after treatment resistance: the therapies it names, why, the kind of evidence, the
/// publications, and what the profile already holds of it. Also the entry type of <see cref="TreatmentOptionCatalog"/>.
/// </summary>
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

    /// <summary>Gets the publications the option rests on.</summary>
    public ImmutableArray<Citation> Citations { get => field.IsDefault ? [] : field; init => field = value; }

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

/// <summary>The setting a list of treatment options is drawn for.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<TreatmentOptionsSetting>))]
public enum TreatmentOptionsSetting
{
    /// <summary>Lupus nephritis that did not respond to induction, or is refractory.</summary>
    [JsonStringEnumMemberName("renal")]
    Renal = 1,

    /// <summary>Extra-renal disease: persistent activity despite therapy, or a course stopped for inefficacy.</summary>
    [JsonStringEnumMemberName("non-renal")]
    NonRenal = 2,
}

/// <summary>A flag on a <see cref="TreatmentOption"/>.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<TreatmentOptionTag>))]
public enum TreatmentOptionTag
{
    /// <summary>Emerging: evidence from case series or observational studies only, usually within trials or specialist programmes.</summary>
    [JsonStringEnumMemberName("emerging")]
    Emerging = 1,

    /// <summary>Added to the current background therapy rather than replacing it.</summary>
    [JsonStringEnumMemberName("add-on")]
    AddOn = 2,

    /// <summary>Every therapy the option names (or, for combination therapy, the combination) is already on record; the option is listed after the untried ones.</summary>
    [JsonStringEnumMemberName("already-tried")]
    AlreadyTried = 3,

    /// <summary>Some of the therapies the option names are already on record; the others remain.</summary>
    [JsonStringEnumMemberName("partly-tried")]
    PartlyTried = 4,

    /// <summary>A course of one of the option's therapies was stopped for inefficacy.</summary>
    [JsonStringEnumMemberName("stopped-for-inefficacy")]
    StoppedForInefficacy = 5,
}
