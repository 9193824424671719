using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The 10 domains of the 2019 EULAR/ACR classification criteria for SLE: 7 clinical and 3 immunological (Aringer M, et
/// al. Ann Rheum Dis 2019;78(9):1151-9, doi:10.1136/annrheumdis-2018-214819). Within a domain only the
/// highest-weighted criterion present counts.
/// </summary>
/// <remarks><c>default</c> is not a member; values start at 1 and follow the paper's order.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Classification2019Domain>))]
public enum Classification2019Domain
{
    /// <summary>Clinical: constitutional (maximum 2).</summary>
    [JsonStringEnumMemberName("constitutional")]
    Constitutional = 1,

    /// <summary>Clinical: haematological (maximum 4).</summary>
    [JsonStringEnumMemberName("hematologic")]
    Hematologic = 2,

    /// <summary>Clinical: neuropsychiatric (maximum 5).</summary>
    [JsonStringEnumMemberName("neuropsychiatric")]
    Neuropsychiatric = 3,

    /// <summary>Clinical: mucocutaneous (maximum 6).</summary>
    [JsonStringEnumMemberName("mucocutaneous")]
    Mucocutaneous = 4,

    /// <summary>Clinical: serosal (maximum 6).</summary>
    [JsonStringEnumMemberName("serosal")]
    Serosal = 5,

    /// <summary>Clinical: musculoskeletal (maximum 6).</summary>
    [JsonStringEnumMemberName("musculoskeletal")]
    Musculoskeletal = 6,

    /// <summary>Clinical: renal (maximum 10).</summary>
    [JsonStringEnumMemberName("renal")]
    Renal = 7,

    /// <summary>Immunological: antiphospholipid antibodies (maximum 2).</summary>
    [JsonStringEnumMemberName("antiphospholipid-antibodies")]
    AntiphospholipidAntibodies = 8,

    /// <summary>Immunological: complement proteins (maximum 4).</summary>
    [JsonStringEnumMemberName("complement-proteins")]
    ComplementProteins = 9,

    /// <summary>Immunological: SLE-specific antibodies (maximum 6).</summary>
    [JsonStringEnumMemberName("sle-specific-antibodies")]
    SleSpecificAntibodies = 10,
}
