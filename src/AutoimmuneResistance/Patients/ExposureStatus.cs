using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>Whether an exposure is current, past or absent.</summary>
/// <remarks><c>default</c> is not a member: the status is a required input.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ExposureStatus>))]
public enum ExposureStatus
{
    /// <summary>Exposed now.</summary>
    [JsonStringEnumMemberName("current")]
    Current = 1,

    /// <summary>Exposed in the past, not now.</summary>
    [JsonStringEnumMemberName("former")]
    Former = 2,

    /// <summary>Never exposed.</summary>
    [JsonStringEnumMemberName("never")]
    Never = 3,
}
