using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The definitions the lupus activity instruments apply: the SLEDAI-2K scoring window used when a visit does not state
/// one, and the SLEDAI-2K total from which a visit is in High Disease Activity Status (HDAS).
/// </summary>
/// <remarks>
/// <para>
/// Window: a descriptor is scored when present at the visit or in the preceding 10 days, the original convention of
/// SLEDAI (Bombardier C et al. Arthritis Rheum 1992;35:630-40) kept by SLEDAI-2K (Gladman DD, Ibañez D, Urowitz MB.
/// J Rheumatol 2002;29(2):288-91, PMID 11838846); Touma Z, Urowitz MB, Gladman DD (Lupus 2010;19(1):49-51,
/// doi:10.1177/0961203309346505) showed that a 30-day window agrees with it, so 10 and 30 are the only windows
/// accepted. A "28 days" reading in one secondary review table is not accepted (clinical reference, discrepancy 1).
/// </para>
/// <para>
/// HDAS: SLEDAI-2K ≥ 10, as defined by the Asia-Pacific Lupus Collaboration (Koelmeyer R et al. Lupus Sci Med
/// 2020;7:e000372, doi:10.1136/lupus-2019-000372; Kandane-Rathnayake R et al. Arthritis Res Ther 2022,
/// doi:10.1186/s13075-022-02756-3; Kandane-Rathnayake R et al. Rheumatology 2025;64(5):2741-8,
/// doi:10.1093/rheumatology/keae631). HDAS is a cohort definition, not part of the index.
/// </para>
/// <para>
/// Unreported descriptors (<see cref="UnreportedItems"/>): the index has no rule for a descriptor nobody reported. The
/// default sets keep the library's original reading, stated here: a descriptor not reported is absent (0 points), as
/// on the paper form where an unchecked box scores nothing. <see cref="UnreportedUnknown"/> instead makes a visit with
/// any unreported descriptor unknown, naming the descriptors, for research data where a missing laboratory test must
/// not pass for a normal one.
/// </para>
/// <para>
/// Three sets are registered: <see cref="Default"/> (<c>sle.activity.default</c>, 10-day window),
/// <see cref="Window30"/> (<c>sle.activity.window-30</c>) and <see cref="UnreportedUnknown"/>
/// (<c>sle.activity.unreported-unknown</c>). Tune a copy with <c>with { ... }</c> and a new id.
/// </para>
/// </remarks>
public sealed record ActivityDefinitions : DefinitionSet
{
    /// <summary>The original SLEDAI scoring window, 10 days.</summary>
    public const int TenDayWindow = 10;

    /// <summary>The 30-day window validated by Touma 2010.</summary>
    public const int ThirtyDayWindow = 30;

    /// <summary>The HDAS threshold of the Asia-Pacific Lupus Collaboration papers: SLEDAI-2K ≥ 10.</summary>
    public const int PublishedHighDiseaseActivityThreshold = 10;

    /// <summary>Gets the default set, <c>sle.activity.default</c> version 1: 10-day window, HDAS at SLEDAI-2K ≥ 10.</summary>
    public static ActivityDefinitions Default { get; } = new()
    {
        Id = DefinitionSetId.Create("sle.activity.default"),
        Version = "1",
        Title = "Lupus activity: SLEDAI-2K 10-day window, High Disease Activity Status at SLEDAI-2K >= 10",
        SledaiWindowDays = TenDayWindow,
        HighDiseaseActivityThreshold = PublishedHighDiseaseActivityThreshold,
        Sources =
        [
            ActivityCitations.Gladman2002,
            ActivityCitations.Bombardier1992,
            ActivityCitations.Koelmeyer2020,
            ActivityCitations.KandaneRathnayake2022,
            ActivityCitations.KandaneRathnayake2025,
        ],
    };

    /// <summary>Gets the 30-day variant, <c>sle.activity.window-30</c> version 1: 30-day window (Touma 2010), HDAS at SLEDAI-2K ≥ 10.</summary>
    public static ActivityDefinitions Window30 { get; } = Default with
    {
        Id = DefinitionSetId.Create("sle.activity.window-30"),
        Title = "Lupus activity: SLEDAI-2K 30-day window (Touma 2010), High Disease Activity Status at SLEDAI-2K >= 10",
        SledaiWindowDays = ThirtyDayWindow,
        Sources =
        [
            ActivityCitations.Gladman2002,
            ActivityCitations.Touma2010,
            ActivityCitations.Koelmeyer2020,
            ActivityCitations.KandaneRathnayake2022,
            ActivityCitations.KandaneRathnayake2025,
        ],
    };

    /// <summary>
    /// Gets the 10-day set in which a visit with any unreported descriptor has an unknown total,
    /// <c>sle.activity.unreported-unknown</c> version 1 (HDAS at SLEDAI-2K ≥ 10).
    /// </summary>
    public static ActivityDefinitions UnreportedUnknown { get; } = Default with
    {
        Id = DefinitionSetId.Create("sle.activity.unreported-unknown"),
        Title = "Lupus activity: SLEDAI-2K 10-day window, unreported descriptors make the total unknown, High Disease Activity Status at SLEDAI-2K >= 10",
        UnreportedItems = Sledai2kUnreportedItems.Unknown,
    };

    /// <summary>Gets what a descriptor that nobody reported means.</summary>
    /// <value><see cref="Sledai2kUnreportedItems.Absent"/> (the original behaviour) unless set.</value>
    public Sledai2kUnreportedItems UnreportedItems { get; init; } = Sledai2kUnreportedItems.Absent;

    /// <summary>Gets the SLEDAI-2K scoring window, in days, used for a visit that does not state its own.</summary>
    /// <value><see cref="TenDayWindow"/> or <see cref="ThirtyDayWindow"/>.</value>
    public required int SledaiWindowDays { get; init; }

    /// <summary>Gets the SLEDAI-2K total from which a visit is in High Disease Activity Status (total ≥ this value).</summary>
    /// <value>1 to 105; <see cref="PublishedHighDiseaseActivityThreshold"/> in both registered sets.</value>
    public required int HighDiseaseActivityThreshold { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (SledaiWindowDays is not (TenDayWindow or ThirtyDayWindow))
        {
            problems.Add($"{nameof(SledaiWindowDays)} must be {TenDayWindow} or {ThirtyDayWindow} (Gladman 2002, Touma 2010)");
        }

        if (!Enum.IsDefined(UnreportedItems))
        {
            problems.Add($"{nameof(UnreportedItems)} must be {nameof(Sledai2kUnreportedItems.Absent)} or {nameof(Sledai2kUnreportedItems.Unknown)}");
        }

        if (HighDiseaseActivityThreshold is < 1 or > Sledai2kScore.MaxValue)
        {
            problems.Add($"{nameof(HighDiseaseActivityThreshold)} must be between 1 and {Sledai2kScore.MaxValue}");
        }

        return problems;
    }
}

/// <summary>What a SLEDAI-2K descriptor that nobody reported means (see <see cref="ActivityDefinitions.UnreportedItems"/>).</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Sledai2kUnreportedItems>))]
public enum Sledai2kUnreportedItems
{
    /// <summary>Absent, 0 points: the original behaviour (an unchecked box on the form scores nothing).</summary>
    [JsonStringEnumMemberName("absent")]
    Absent = 1,

    /// <summary>
    /// Unknown: a visit with any descriptor not reported (not in <c>present</c>, <c>otherCause</c> or <c>absent</c>,
    /// and not derived from an observation in the window) has an unknown total that names the missing descriptors.
    /// </summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 2,
}
