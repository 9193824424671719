using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The rule of the 2019 EULAR/ACR classification criteria (Aringer M, et al. Ann Rheum Dis 2019;78(9):1151-9,
/// doi:10.1136/annrheumdis-2018-214819) that decided a result. Rules are checked in this order; the first that fails
/// decides, and <see cref="Classified"/> means every rule was met.
/// </summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Classification2019Rule>))]
public enum Classification2019Rule
{
    /// <summary>The entry criterion (ANA ≥ 1:80 on HEp-2 cells or an equivalent positive test, ever) is not met: no points are counted.</summary>
    [JsonStringEnumMemberName("entry-criterion-not-met")]
    EntryCriterionNotMet = 1,

    /// <summary>No clinical criterion counts (immunological criteria alone never classify, whatever their total).</summary>
    [JsonStringEnumMemberName("no-clinical-criterion")]
    NoClinicalCriterion = 2,

    /// <summary>The total is below 10 points.</summary>
    [JsonStringEnumMemberName("below-threshold")]
    BelowThreshold = 3,

    /// <summary>Classified as SLE: entry criterion met, at least one clinical criterion, and at least 10 points.</summary>
    [JsonStringEnumMemberName("classified")]
    Classified = 4,
}
