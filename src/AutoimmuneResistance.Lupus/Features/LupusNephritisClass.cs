using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The ISN/RPS histological class of lupus nephritis (Weening JJ et al. J Am Soc Nephrol 2004;15(2):241-50,
/// doi:10.1097/01.ASN.0000108969.21691.5D). Mixed classes (for example III + V) are recorded as two entries.
/// </summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<LupusNephritisClass>))]
public enum LupusNephritisClass
{
    /// <summary>Class I: minimal mesangial.</summary>
    [JsonStringEnumMemberName("I")]
    I = 1,

    /// <summary>Class II: mesangial proliferative.</summary>
    [JsonStringEnumMemberName("II")]
    II = 2,

    /// <summary>Class III: focal.</summary>
    [JsonStringEnumMemberName("III")]
    III = 3,

    /// <summary>Class IV: diffuse.</summary>
    [JsonStringEnumMemberName("IV")]
    IV = 4,

    /// <summary>Class V: membranous.</summary>
    [JsonStringEnumMemberName("V")]
    V = 5,

    /// <summary>Class VI: advanced sclerosing.</summary>
    [JsonStringEnumMemberName("VI")]
    VI = 6,
}
