using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

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
