using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>The answer to "is the disease resisting treatment?", for a patient, a therapy or an organ domain.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ResistanceAnswer>))]
public enum ResistanceAnswer
{
    /// <summary>The data show resistance: an adequate, adherent trial failed, or a named refractory definition is met.</summary>
    [JsonStringEnumMemberName("resistance-shown")]
    Shown = 1,

    /// <summary>The data do not show resistance: the disease responded, or what looked like resistance has another explanation (non-adherence, intolerance).</summary>
    [JsonStringEnumMemberName("not-shown")]
    NotShown = 2,

    /// <summary>Not yet decidable: a named datum is missing, or a therapy has not run long enough; the verdict says what would settle it.</summary>
    [JsonStringEnumMemberName("cannot-tell-yet")]
    CannotTellYet = 3,
}
