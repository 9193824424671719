using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The input of the revised EUSTAR activity index (<c>ssc.eustar-activity-index</c>; Valentini G, et al. Ann Rheum Dis
/// 2017;76(1):270-6, doi:10.1136/annrheumdis-2016-209768). Every item is required.
/// </summary>
public sealed record EustarActivityInput
{
    /// <summary>Gets whether the patient reports worsening of the skin during the previous month (Δ-skin).</summary>
    public required bool SkinWorsenedPreviousMonth { get; init; }

    /// <summary>Gets the modified Rodnan skin score, 0 to 51.</summary>
    public required int Mrss { get; init; }

    /// <summary>Gets whether digital ulcers are present (the abstract's "digital ulcers"; reading them as active, current ulcers is UNCONFIRMED).</summary>
    public required bool DigitalUlcers { get; init; }

    /// <summary>Gets whether tendon friction rubs are present.</summary>
    public required bool TendonFrictionRubs { get; init; }

    /// <summary>Gets the C-reactive protein, a mass concentration (mg/L and mg/dL are usual; compared in mg/dL).</summary>
    public required Concentration Crp { get; init; }

    /// <summary>Gets the DLCO in % predicted.</summary>
    public required PercentPredicted Dlco { get; init; }
}

/// <summary>The items of the revised EUSTAR activity index.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<EustarActivityItem>))]
public enum EustarActivityItem
{
    /// <summary>Δ-skin, patient-assessed worsening of skin in the previous month: 1.5.</summary>
    [JsonStringEnumMemberName("delta-skin")]
    DeltaSkin = 1,

    /// <summary>mRSS &gt; 18: 1.5.</summary>
    [JsonStringEnumMemberName("mrss-above-18")]
    MrssAbove18 = 2,

    /// <summary>Digital ulcers: 1.5.</summary>
    [JsonStringEnumMemberName("digital-ulcers")]
    DigitalUlcers = 3,

    /// <summary>Tendon friction rubs: 2.25.</summary>
    [JsonStringEnumMemberName("tendon-friction-rubs")]
    TendonFrictionRubs = 4,

    /// <summary>C-reactive protein &gt; 1 mg/dL: 2.25.</summary>
    [JsonStringEnumMemberName("crp-above-1-mg-dl")]
    CrpAbove1MgPerDl = 5,

    /// <summary>DLCO &lt; 70 % predicted: 1.0.</summary>
    [JsonStringEnumMemberName("dlco-below-70")]
    DlcoBelow70 = 6,
}

/// <summary>The result of the revised EUSTAR activity index: the score (0 to 10), whether it shows active disease (≥ 2.5) and each item.</summary>
public sealed record EustarActivityResult
{
    /// <summary>Gets the score, 0 to 10.</summary>
    public required decimal Score { get; init; }

    /// <summary>Gets whether the disease is active: score ≥ 2.5.</summary>
    public required bool Active { get; init; }

    /// <summary>Gets the activity threshold applied, 2.5.</summary>
    public decimal ActiveAtLeast { get; init; } = EustarActivityIndex.ActiveAtLeast;

    /// <summary>Gets the C-reactive protein in mg/dL, as compared.</summary>
    public required decimal CrpMgPerDl { get; init; }

    /// <summary>Gets every item, in the paper's order, with its weight and whether it scored.</summary>
    public ImmutableArray<EustarActivityItemScore> Items { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the publications the result follows.</summary>
    public ImmutableArray<Citation> Sources { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>One item of the revised EUSTAR activity index.</summary>
public sealed record EustarActivityItemScore
{
    /// <summary>Gets the item.</summary>
    public required EustarActivityItem Item { get; init; }

    /// <summary>Gets the item's weight.</summary>
    public required decimal Weight { get; init; }

    /// <summary>Gets whether the item is present.</summary>
    public required bool Present { get; init; }

    /// <summary>Gets the points scored: the weight when present, otherwise 0.</summary>
    public required decimal Points { get; init; }
}
