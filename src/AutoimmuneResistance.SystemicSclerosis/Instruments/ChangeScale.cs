using System.Text.Json.Serialization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// How a change in a percent-predicted measure (FVC, DLCO) is counted: relative, (baseline − follow-up) / baseline ×
/// 100, or absolute, baseline − follow-up in percentage points (project clinical reference section 12.3).
/// </summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeScale>))]
public enum ChangeScale
{
    /// <summary>Relative change, in percent of the baseline value.</summary>
    [JsonStringEnumMemberName("relative")]
    Relative = 1,

    /// <summary>Absolute change, in percentage points of % predicted.</summary>
    [JsonStringEnumMemberName("absolute")]
    Absolute = 2,
}
