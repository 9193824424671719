using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>A BILAG-2004 domain grade, from A (severe activity) to E (never involved).</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<BilagGrade>))]
public enum BilagGrade
{
    /// <summary>A: severe disease activity.</summary>
    [JsonStringEnumMemberName("A")]
    A = 1,

    /// <summary>B: moderate disease activity.</summary>
    [JsonStringEnumMemberName("B")]
    B = 2,

    /// <summary>C: mild, stable disease.</summary>
    [JsonStringEnumMemberName("C")]
    C = 3,

    /// <summary>D: previously involved, inactive now.</summary>
    [JsonStringEnumMemberName("D")]
    D = 4,

    /// <summary>E: never involved.</summary>
    [JsonStringEnumMemberName("E")]
    E = 5,
}
