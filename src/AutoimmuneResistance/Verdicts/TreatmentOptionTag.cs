using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>A flag on a <see cref="TreatmentOption"/>.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<TreatmentOptionTag>))]
public enum TreatmentOptionTag
{
    /// <summary>Emerging: evidence from case series or observational studies only, usually within trials or specialist programmes.</summary>
    [JsonStringEnumMemberName("emerging")]
    Emerging = 1,

    /// <summary>Added to the current background therapy rather than replacing it.</summary>
    [JsonStringEnumMemberName("add-on")]
    AddOn = 2,

    /// <summary>Every therapy the option names (or, for combination therapy, the combination) is already on record; the option is listed after the untried ones.</summary>
    [JsonStringEnumMemberName("already-tried")]
    AlreadyTried = 3,

    /// <summary>Some of the therapies the option names are already on record; the others remain.</summary>
    [JsonStringEnumMemberName("partly-tried")]
    PartlyTried = 4,

    /// <summary>A course of one of the option's therapies was stopped for inefficacy.</summary>
    [JsonStringEnumMemberName("stopped-for-inefficacy")]
    StoppedForInefficacy = 5,
}
