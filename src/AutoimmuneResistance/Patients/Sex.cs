using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// Sex recorded for a subject, following the administrative-sex values of HL7 FHIR (a closed, library-owned set).
/// </summary>
/// <remarks><c>default</c> is <see cref="Unknown"/>: a profile that does not record sex reads as unknown.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
public enum Sex
{
    /// <summary>Sex not recorded.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 0,

    /// <summary>Female.</summary>
    [JsonStringEnumMemberName("female")]
    Female = 2,

    /// <summary>Male.</summary>
    [JsonStringEnumMemberName("male")]
    Male = 3,

    /// <summary>Other.</summary>
    [JsonStringEnumMemberName("other")]
    Other = 4,
}
