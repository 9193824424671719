using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>The nine organ domains of BILAG-2004, as used by the SLE Responder Index.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<BilagDomain>))]
public enum BilagDomain
{
    /// <summary>Constitutional.</summary>
    [JsonStringEnumMemberName("constitutional")]
    Constitutional = 1,

    /// <summary>Mucocutaneous.</summary>
    [JsonStringEnumMemberName("mucocutaneous")]
    Mucocutaneous = 2,

    /// <summary>Neuropsychiatric.</summary>
    [JsonStringEnumMemberName("neuropsychiatric")]
    Neuropsychiatric = 3,

    /// <summary>Musculoskeletal.</summary>
    [JsonStringEnumMemberName("musculoskeletal")]
    Musculoskeletal = 4,

    /// <summary>Cardiorespiratory.</summary>
    [JsonStringEnumMemberName("cardiorespiratory")]
    Cardiorespiratory = 5,

    /// <summary>Gastrointestinal.</summary>
    [JsonStringEnumMemberName("gastrointestinal")]
    Gastrointestinal = 6,

    /// <summary>Ophthalmic.</summary>
    [JsonStringEnumMemberName("ophthalmic")]
    Ophthalmic = 7,

    /// <summary>Renal.</summary>
    [JsonStringEnumMemberName("renal")]
    Renal = 8,

    /// <summary>Haematological.</summary>
    [JsonStringEnumMemberName("haematological")]
    Haematological = 9,
}
