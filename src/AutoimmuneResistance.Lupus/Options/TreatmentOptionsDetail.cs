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
