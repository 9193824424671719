using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The result of scoring one SLEDAI-2K visit: the total, the clinical total without the two serological descriptors,
/// the window that applied, an item-level breakdown of all 24 descriptors, the organ systems with activity, and High
/// Disease Activity Status.
/// </summary>
/// <remarks>
/// <para>
/// Weights: Gladman DD, Ibañez D, Urowitz MB. Systemic lupus erythematosus disease activity index 2000. J Rheumatol
/// 2002;29(2):288-91 (PMID 11838846). Clinical SLEDAI-2K (without low complement and increased DNA binding, maximum
/// 101) is the form DORIS 2021 remission uses (van Vollenhoven RF et al. Lupus Sci Med 2021;8:e000538,
/// doi:10.1136/lupus-2021-000538).
/// </para>
/// <para>
/// High Disease Activity Status (SLEDAI-2K ≥ 10) is not part of the index; it is the Asia-Pacific Lupus Collaboration's
/// definition (Koelmeyer R et al. Lupus Sci Med 2020;7:e000372, doi:10.1136/lupus-2019-000372; Kandane-Rathnayake R
/// et al. Arthritis Res Ther 2022, doi:10.1186/s13075-022-02756-3; Rheumatology 2025;64(5):2741-8,
/// doi:10.1093/rheumatology/keae631), reported in its own fields with the threshold applied.
/// </para>
/// </remarks>
public sealed record Sledai2kResult
{
    /// <summary>Gets the date of the visit.</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets the SLEDAI-2K total: the sum of the weights of the descriptors present and attributed to lupus.</summary>
    /// <value>0 to 105.</value>
    public required Sledai2kScore Total { get; init; }

    /// <summary>Gets the clinical SLEDAI-2K total: <see cref="Total"/> without low complement and increased DNA binding.</summary>
    /// <value>0 to 101, never above <see cref="Total"/>.</value>
    public required int ClinicalTotal { get; init; }

    /// <summary>Gets the scoring window that applied, in days: the visit's own, otherwise the definition set's; it decides which dated descriptors score.</summary>
    /// <value>10 or 30.</value>
    public required int WindowDays { get; init; }

    /// <summary>Gets one entry per descriptor, all 24 in the index's order, each with its state and points.</summary>
    public ImmutableArray<Sledai2kItemResult> Items { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the organ systems with at least one scored descriptor, in <see cref="SledaiOrganSystem"/> order (serological included).</summary>
    public ImmutableArray<SledaiOrganSystem> ActiveOrganSystems { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether the visit is in High Disease Activity Status: <see cref="Total"/> ≥ <see cref="HighDiseaseActivityThreshold"/>.</summary>
    public required bool HighDiseaseActivityStatus { get; init; }

    /// <summary>Gets the High Disease Activity Status threshold applied (10 in the published definition).</summary>
    public required int HighDiseaseActivityThreshold { get; init; }

    /// <summary>
    /// Gets whether the total is unknown: the definition set treats unreported descriptors as unknown
    /// (<see cref="Sledai2kUnreportedItems.Unknown"/>) and at least one descriptor was not reported
    /// (<see cref="NotReported"/>). <see cref="Total"/>, <see cref="ClinicalTotal"/> and
    /// <see cref="HighDiseaseActivityStatus"/> then count only the reported descriptors (a lower bound), and the lupus
    /// evaluators treat the visit as not scored.
    /// </summary>
    /// <value><see langword="false"/> (omitted from JSON) under the default policy, where an unreported descriptor is absent.</value>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Unknown { get; init; }

    /// <summary>Gets the descriptors that were not reported, in index order, when the definition set treats them as unknown.</summary>
    /// <value>
    /// <see langword="null"/> (omitted from JSON) under <see cref="Sledai2kUnreportedItems.Absent"/>, the default, where an
    /// unreported descriptor is absent; otherwise the list, empty when every descriptor was reported.
    /// </value>
    public ImmutableArray<Sledai2kDescriptor>? NotReported { get; init; }
}

/// <summary>
/// One SLEDAI-2K descriptor in a <see cref="Sledai2kResult"/>: its weight, state and points (weights from Gladman DD,
/// Ibañez D, Urowitz MB. J Rheumatol 2002;29(2):288-91, PMID 11838846).
/// </summary>
public sealed record Sledai2kItemResult
{
    /// <summary>Gets the descriptor.</summary>
    public required Sledai2kDescriptor Descriptor { get; init; }

    /// <summary>Gets the descriptor's organ system.</summary>
    public required SledaiOrganSystem OrganSystem { get; init; }

    /// <summary>Gets the descriptor's weight: 8, 4, 2 or 1.</summary>
    public required int Weight { get; init; }

    /// <summary>Gets whether the descriptor was absent, present and attributed to lupus, or present with another cause.</summary>
    public required Sledai2kItemState State { get; init; }

    /// <summary>Gets the points scored: <see cref="Weight"/> when <see cref="State"/> is <see cref="Sledai2kItemState.Present"/>, otherwise 0.</summary>
    public required int Points { get; init; }

    /// <summary>Gets where the state came from: entered by the assessor, or derived from an observation of the visit.</summary>
    /// <value><see langword="null"/> (omitted from JSON) when the descriptor was not reported at all.</value>
    public Sledai2kItemSource? Source { get; init; }

    /// <summary>Gets the date the descriptor was observed: the entered date, or the date of the observation it was derived from.</summary>
    /// <value><see langword="null"/> (omitted from JSON) for an undated entered descriptor or one not reported.</value>
    public DateOnly? ObservedOn { get; init; }

    /// <summary>
    /// Gets the index in <see cref="Sledai2kVisit.Observations"/> of the observation the state was derived from: the latest
    /// in the window that meets the definition, otherwise the latest in the window.
    /// </summary>
    /// <value><see langword="null"/> (omitted from JSON) unless <see cref="Source"/> is <see cref="Sledai2kItemSource.Derived"/>.</value>
    public int? Observation { get; init; }
}

/// <summary>Where a SLEDAI-2K item's state came from.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Sledai2kItemSource>))]
public enum Sledai2kItemSource
{
    /// <summary>Entered by the assessor in <c>present</c>, <c>otherCause</c> or <c>absent</c>.</summary>
    [JsonStringEnumMemberName("entered")]
    Entered = 1,

    /// <summary>Derived from a dated observation of the visit with the glossary's threshold (see <see cref="Sledai2kLaboratory"/>).</summary>
    [JsonStringEnumMemberName("derived")]
    Derived = 2,
}

/// <summary>The state of one SLEDAI-2K descriptor at a visit.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Sledai2kItemState>))]
public enum Sledai2kItemState
{
    /// <summary>Not recorded as present in the window: 0 points.</summary>
    [JsonStringEnumMemberName("absent")]
    Absent = 1,

    /// <summary>Present in the window and attributed to lupus: scores its weight.</summary>
    [JsonStringEnumMemberName("present")]
    Present = 2,

    /// <summary>Present but attributed to another cause (infection, drugs, ...): recorded, 0 points.</summary>
    [JsonStringEnumMemberName("other-cause")]
    OtherCause = 3,

    /// <summary>Entered with a date outside the scoring window (before it or after the visit): 0 points.</summary>
    [JsonStringEnumMemberName("outside-window")]
    OutsideWindow = 4,

    /// <summary>Not reported, under a definition set that treats unreported descriptors as unknown: 0 points, and the total is unknown.</summary>
    [JsonStringEnumMemberName("not-reported")]
    NotReported = 5,
}
