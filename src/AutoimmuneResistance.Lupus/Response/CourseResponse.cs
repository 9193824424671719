using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>How one therapy course went, as the lupus module classifies it (see <see cref="CourseClassificationDetail"/>).</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CourseResponse>))]
public enum CourseResponse
{
    /// <summary>Activity fell to the response level and stayed there while the course ran.</summary>
    [JsonStringEnumMemberName("response")]
    Response = 1,

    /// <summary>Activity fell, but not to the response level (renal: partial renal response).</summary>
    [JsonStringEnumMemberName("partial-response")]
    PartialResponse = 2,

    /// <summary>An adequate course never brought activity down to the response level.</summary>
    [JsonStringEnumMemberName("primary-non-response")]
    PrimaryNonResponse = 3,

    /// <summary>Activity responded, then flared on the same therapy, or its dose had to rise.</summary>
    [JsonStringEnumMemberName("secondary-loss-of-response")]
    SecondaryLossOfResponse = 4,

    /// <summary>The course stopped for an adverse event.</summary>
    [JsonStringEnumMemberName("intolerance")]
    Intolerance = 5,

    /// <summary>The course has not run long enough to judge.</summary>
    [JsonStringEnumMemberName("too-early")]
    TooEarly = 6,

    /// <summary>No activity measurement during the course, so nothing can be said.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 7,
}

/// <summary>Whether a course's dose met the cited minimum.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<DoseAdequacy>))]
public enum DoseAdequacy
{
    /// <summary>At or above the cited minimum.</summary>
    [JsonStringEnumMemberName("adequate")]
    Adequate = 1,

    /// <summary>Below the cited minimum.</summary>
    [JsonStringEnumMemberName("inadequate")]
    Inadequate = 2,

    /// <summary>No cited minimum for this therapy or regimen (for example monthly high-dose cyclophosphamide, dosed by body surface area), or no regimen recorded: not assessed.</summary>
    [JsonStringEnumMemberName("not-assessed")]
    NotAssessed = 3,
}

/// <summary>Whether the profile shows the therapy was taken during the course.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CourseAdherence>))]
public enum CourseAdherence
{
    /// <summary>Evidence shows it was taken.</summary>
    [JsonStringEnumMemberName("adherent")]
    Adherent = 1,

    /// <summary>Evidence shows it was not taken as prescribed.</summary>
    [JsonStringEnumMemberName("non-adherent")]
    NonAdherent = 2,

    /// <summary>No drug level or refill record covers the course.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 3,
}
