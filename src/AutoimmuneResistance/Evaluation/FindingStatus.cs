using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// What the evidence in a profile says about a mechanism. Missing data is never read as "not supported": it is
/// <see cref="Unknown"/>, and the finding names the datum that would resolve it.
/// </summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<FindingStatus>))]
public enum FindingStatus
{
    /// <summary>The profile's data support the mechanism.</summary>
    [JsonStringEnumMemberName("supported")]
    Supported = 1,

    /// <summary>The profile's data speak against the mechanism.</summary>
    [JsonStringEnumMemberName("not-supported")]
    NotSupported = 2,

    /// <summary>The profile lacks the datum needed to decide; <see cref="Finding.Gap"/> names it.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 3,
}
