using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>The setting a list of treatment options is drawn for.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<TreatmentOptionsSetting>))]
public enum TreatmentOptionsSetting
{
    /// <summary>Lupus nephritis that did not respond to induction, or is refractory.</summary>
    [JsonStringEnumMemberName("renal")]
    Renal = 1,

    /// <summary>Extra-renal disease: persistent activity despite therapy, or a course stopped for inefficacy.</summary>
    [JsonStringEnumMemberName("non-renal")]
    NonRenal = 2,
}
