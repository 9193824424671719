using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>The organ system a SLEDAI-2K descriptor belongs to (a grouping the library uses to find organ-confined activity).</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SledaiOrganSystem>))]
public enum SledaiOrganSystem
{
    /// <summary>Central nervous system descriptors (seizure to cerebrovascular accident).</summary>
    [JsonStringEnumMemberName("neurological")]
    Neurological = 1,

    /// <summary>Vasculitis.</summary>
    [JsonStringEnumMemberName("vasculitis")]
    Vasculitis = 2,

    /// <summary>Arthritis and myositis.</summary>
    [JsonStringEnumMemberName("musculoskeletal")]
    Musculoskeletal = 3,

    /// <summary>Urinary casts, haematuria, proteinuria and pyuria.</summary>
    [JsonStringEnumMemberName("renal")]
    Renal = 4,

    /// <summary>Rash, alopecia and mucosal ulcers.</summary>
    [JsonStringEnumMemberName("mucocutaneous")]
    Mucocutaneous = 5,

    /// <summary>Pleurisy and pericarditis.</summary>
    [JsonStringEnumMemberName("cardiorespiratory")]
    Cardiorespiratory = 6,

    /// <summary>Low complement and increased DNA binding.</summary>
    [JsonStringEnumMemberName("serological")]
    Serological = 7,

    /// <summary>Fever.</summary>
    [JsonStringEnumMemberName("constitutional")]
    Constitutional = 8,

    /// <summary>Thrombocytopenia and leukopenia.</summary>
    [JsonStringEnumMemberName("haematological")]
    Haematological = 9,
}
