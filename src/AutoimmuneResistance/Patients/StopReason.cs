using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>Why a therapy course ended. Resistance evaluators read <see cref="Inefficacy"/> as evidence of non-response.</summary>
/// <remarks><c>default</c> is not a member; a course that has not ended has no stop reason.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<StopReason>))]
public enum StopReason
{
    /// <summary>Stopped because the disease did not respond or stopped responding.</summary>
    [JsonStringEnumMemberName("inefficacy")]
    Inefficacy = 1,

    /// <summary>Stopped because of an adverse event or intolerance.</summary>
    [JsonStringEnumMemberName("adverse-event")]
    AdverseEvent = 2,

    /// <summary>Stopped because the patient did not take it.</summary>
    [JsonStringEnumMemberName("non-adherence")]
    NonAdherence = 3,

    /// <summary>Stopped (or tapered off) because the disease was in remission.</summary>
    [JsonStringEnumMemberName("remission")]
    Remission = 4,

    /// <summary>Stopped for another or an unrecorded reason (planned end of an induction course, pregnancy, cost, ...).</summary>
    [JsonStringEnumMemberName("other")]
    Other = 5,
}
