using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The 12 organ systems of the SLICC/ACR Damage Index (Gladman D, Ginzler E, Goldsmith C, et al. The development and
/// initial validation of the Systemic Lupus International Collaborating Clinics/American College of Rheumatology damage
/// index for systemic lupus erythematosus. Arthritis Rheum 1996;39(3):363-9, doi:10.1002/art.1780390303). The maximum
/// of each system is in <see cref="DamageIndexItems.OrganSystemMaximum(DamageOrganSystem)"/>.
/// </summary>
/// <remarks><c>default</c> is not a member; values start at 1 and follow the form's order.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<DamageOrganSystem>))]
public enum DamageOrganSystem
{
    /// <summary>Ocular (either eye, by clinical assessment); at most 2 points.</summary>
    [JsonStringEnumMemberName("ocular")]
    Ocular = 1,

    /// <summary>Neuropsychiatric; at most 6 points.</summary>
    [JsonStringEnumMemberName("neuropsychiatric")]
    Neuropsychiatric = 2,

    /// <summary>Renal; at most 3 points (end-stage renal disease replaces the other renal items).</summary>
    [JsonStringEnumMemberName("renal")]
    Renal = 3,

    /// <summary>Pulmonary; at most 5 points.</summary>
    [JsonStringEnumMemberName("pulmonary")]
    Pulmonary = 4,

    /// <summary>Cardiovascular; at most 6 points.</summary>
    [JsonStringEnumMemberName("cardiovascular")]
    Cardiovascular = 5,

    /// <summary>Peripheral vascular; at most 5 points.</summary>
    [JsonStringEnumMemberName("peripheral-vascular")]
    PeripheralVascular = 6,

    /// <summary>Gastrointestinal; at most 6 points.</summary>
    [JsonStringEnumMemberName("gastrointestinal")]
    Gastrointestinal = 7,

    /// <summary>Musculoskeletal (including osteomyelitis and ruptured tendons); at most 7 points.</summary>
    [JsonStringEnumMemberName("musculoskeletal")]
    Musculoskeletal = 8,

    /// <summary>Skin; at most 3 points.</summary>
    [JsonStringEnumMemberName("skin")]
    Skin = 9,

    /// <summary>Premature gonadal failure; at most 1 point.</summary>
    [JsonStringEnumMemberName("premature-gonadal-failure")]
    PrematureGonadalFailure = 10,

    /// <summary>Diabetes (regardless of treatment); at most 1 point.</summary>
    [JsonStringEnumMemberName("diabetes")]
    Diabetes = 11,

    /// <summary>Malignancy (excluding dysplasia); at most 2 points.</summary>
    [JsonStringEnumMemberName("malignancy")]
    Malignancy = 12,
}
