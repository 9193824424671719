using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>How a therapy, or one course or cycle of it, went for a patient.</summary>
/// <remarks>
/// <c>default</c> is not a member. Disease modules decide the outcome from their own activity measures (SLEDAI-2K,
/// renal response, skin score, lung function) and say in <see cref="TherapyVerdict.Statement"/> which one.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<TherapyOutcome>))]
public enum TherapyOutcome
{
    /// <summary>Activity fell to the response level and stayed there.</summary>
    [JsonStringEnumMemberName("response")]
    Response = 1,

    /// <summary>Activity fell, but not to the response level.</summary>
    [JsonStringEnumMemberName("partial-response")]
    PartialResponse = 2,

    /// <summary>An adequate trial never brought activity down to the response level.</summary>
    [JsonStringEnumMemberName("primary-non-response")]
    PrimaryNonResponse = 3,

    /// <summary>Activity responded, then flared on the same therapy (in the same course or a later course or cycle), or its dose had to rise.</summary>
    [JsonStringEnumMemberName("secondary-loss-of-response")]
    SecondaryLossOfResponse = 4,

    /// <summary>The therapy was stopped for an adverse event: intolerance, not resistance.</summary>
    [JsonStringEnumMemberName("intolerance")]
    Intolerance = 5,

    /// <summary>Apparent resistance explained by non-adherence: activity did not respond, and the evidence shows the therapy was not taken as prescribed.</summary>
    [JsonStringEnumMemberName("non-adherence")]
    NonAdherence = 6,

    /// <summary>The therapy has not run long enough to judge.</summary>
    [JsonStringEnumMemberName("too-early")]
    TooEarly = 7,

    /// <summary>Cannot be judged because a named datum is missing (for example no activity measurement during the course).</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 8,
}
