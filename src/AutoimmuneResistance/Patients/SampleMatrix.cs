using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// The specimen a drug level was measured in. Thresholds differ by matrix (hydroxychloroquine whole-blood levels are
/// about twice serum levels), so a level is never compared with a threshold of another matrix.
/// </summary>
/// <remarks><c>default</c> is not a member: the matrix is a required input.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SampleMatrix>))]
public enum SampleMatrix
{
    /// <summary>Whole blood (for example EDTA whole blood).</summary>
    [JsonStringEnumMemberName("whole-blood")]
    WholeBlood = 1,

    /// <summary>Serum.</summary>
    [JsonStringEnumMemberName("serum")]
    Serum = 2,

    /// <summary>Plasma.</summary>
    [JsonStringEnumMemberName("plasma")]
    Plasma = 3,
}
