using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>The comparison a threshold applies. Exact operators matter: <c>&gt; 2</c> and <c>≥ 2</c> are different rules.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ComparisonOperator>))]
public enum ComparisonOperator
{
    /// <summary>Observed value &lt; limit.</summary>
    [JsonStringEnumMemberName("<")]
    LessThan = 1,

    /// <summary>Observed value ≤ limit.</summary>
    [JsonStringEnumMemberName("<=")]
    LessThanOrEqual = 2,

    /// <summary>Observed value &gt; limit.</summary>
    [JsonStringEnumMemberName(">")]
    GreaterThan = 3,

    /// <summary>Observed value ≥ limit.</summary>
    [JsonStringEnumMemberName(">=")]
    GreaterThanOrEqual = 4,

    /// <summary>Observed value = limit.</summary>
    [JsonStringEnumMemberName("=")]
    EqualTo = 5,
}
