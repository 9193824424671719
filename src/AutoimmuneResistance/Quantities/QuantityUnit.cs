using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// A unit of measure the library understands, written on the wire as its UCUM code (Unified Code for Units of Measure,
/// https://ucum.org), for example <c>mg</c>, <c>umol/L</c> or <c>10*9/L</c>.
/// </summary>
/// <remarks>
/// A closed, library-owned list with explicit values. The numeric value <c>0</c> is deliberately not a member: it is what
/// an uninitialised field holds, so every factory rejects it. Use <see cref="QuantityUnits.ToUcum(QuantityUnit)"/> and
/// <see cref="QuantityUnits.TryParseUcum(string?, out QuantityUnit)"/> to move between a unit and its code; the
/// <see cref="JsonStringEnumMemberNameAttribute"/> on each member carries the same code for serializers that read it.
/// </remarks>
[JsonConverter(typeof(QuantityUnitJsonConverter))]
public enum QuantityUnit
{
    /// <summary>Milligram (<c>mg</c>).</summary>
    [JsonStringEnumMemberName("mg")]
    Milligram = 1,

    /// <summary>Gram (<c>g</c>).</summary>
    [JsonStringEnumMemberName("g")]
    Gram = 2,

    /// <summary>Microgram (<c>ug</c>).</summary>
    [JsonStringEnumMemberName("ug")]
    Microgram = 3,

    /// <summary>Milligram per kilogram of body weight (<c>mg/kg</c>), a weight-based dose.</summary>
    [JsonStringEnumMemberName("mg/kg")]
    MilligramPerKilogram = 4,

    /// <summary>Nanogram per millilitre (<c>ng/mL</c>); numerically equal to microgram per litre.</summary>
    [JsonStringEnumMemberName("ng/mL")]
    NanogramPerMilliliter = 5,

    /// <summary>Microgram per litre (<c>ug/L</c>); numerically equal to nanogram per millilitre.</summary>
    [JsonStringEnumMemberName("ug/L")]
    MicrogramPerLiter = 6,

    /// <summary>Milligram per litre (<c>mg/L</c>).</summary>
    [JsonStringEnumMemberName("mg/L")]
    MilligramPerLiter = 7,

    /// <summary>Milligram per decilitre (<c>mg/dL</c>).</summary>
    [JsonStringEnumMemberName("mg/dL")]
    MilligramPerDeciliter = 8,

    /// <summary>Gram per litre (<c>g/L</c>).</summary>
    [JsonStringEnumMemberName("g/L")]
    GramPerLiter = 9,

    /// <summary>Gram per decilitre (<c>g/dL</c>).</summary>
    [JsonStringEnumMemberName("g/dL")]
    GramPerDeciliter = 10,

    /// <summary>Micromole per litre (<c>umol/L</c>), a substance (molar) concentration.</summary>
    [JsonStringEnumMemberName("umol/L")]
    MicromolePerLiter = 11,

    /// <summary>International unit per millilitre (<c>[IU]/mL</c>); defined per analyte by a reference preparation, so it never converts.</summary>
    [JsonStringEnumMemberName("[IU]/mL")]
    InternationalUnitPerMilliliter = 12,

    /// <summary>Gram per 24 hours (<c>g/(24.h)</c>), a timed urine excretion.</summary>
    [JsonStringEnumMemberName("g/(24.h)")]
    GramPer24Hours = 13,

    /// <summary>Milligram per millimole of creatinine (<c>mg/mmol</c>), a spot urine protein-to-creatinine ratio.</summary>
    [JsonStringEnumMemberName("mg/mmol")]
    MilligramPerMillimole = 14,

    /// <summary>Gram per gram of creatinine (<c>g/g</c>), a spot urine protein-to-creatinine ratio.</summary>
    [JsonStringEnumMemberName("g/g")]
    GramPerGram = 15,

    /// <summary>Percent (<c>%</c>).</summary>
    [JsonStringEnumMemberName("%")]
    Percent = 16,

    /// <summary>Billion (10⁹) cells per litre (<c>10*9/L</c>); numerically equal to cells per nanolitre.</summary>
    [JsonStringEnumMemberName("10*9/L")]
    BillionPerLiter = 17,

    /// <summary>Degree Celsius (<c>Cel</c>).</summary>
    [JsonStringEnumMemberName("Cel")]
    DegreeCelsius = 18,

    /// <summary>Degree Fahrenheit (<c>[degF]</c>).</summary>
    [JsonStringEnumMemberName("[degF]")]
    DegreeFahrenheit = 19,

    /// <summary>Kilogram (<c>kg</c>), used for body weight.</summary>
    [JsonStringEnumMemberName("kg")]
    Kilogram = 20,

    /// <summary>Avoirdupois pound (<c>[lb_av]</c>), used for body weight; exactly 0.45359237 kg.</summary>
    [JsonStringEnumMemberName("[lb_av]")]
    Pound = 21,

    /// <summary>Millilitre per minute per 1.73 m² of body surface area (<c>mL/min/{1.73_m2}</c>), the unit of an estimated GFR.</summary>
    [JsonStringEnumMemberName("mL/min/{1.73_m2}")]
    [SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "The underscore stands for the decimal point of 1.73 m².")]
    MilliliterPerMinutePer1_73SquareMeter = 22,

    /// <summary>
    /// Count per microscopic high-power field (<c>/[HPF]</c>), the unit of a urine-sediment cell count such as red cells
    /// (LOINC 13945-1) or white cells (LOINC 5821-4) per high-power field. A count, never converted.
    /// </summary>
    [JsonStringEnumMemberName("/[HPF]")]
    PerHighPowerField = 23,

    /// <summary>
    /// Millimetre of mercury (<c>mm[Hg]</c>), a pressure: blood pressure, and the pulmonary artery and wedge pressures
    /// of a right-heart catheterisation (systemic sclerosis PAH and renal crisis). Never converted.
    /// </summary>
    [JsonStringEnumMemberName("mm[Hg]")]
    MillimeterOfMercury = 24,

    /// <summary>
    /// Picogram per millilitre (<c>pg/mL</c>), a mass concentration for analytes measured in small amounts (for example
    /// NT-proBNP in systemic sclerosis PAH screening); 1 pg/mL is exactly 0.001 ng/mL.
    /// </summary>
    [JsonStringEnumMemberName("pg/mL")]
    PicogramPerMilliliter = 25,

    /// <summary>
    /// Enzyme unit per litre (<c>U/L</c>), a catalytic activity concentration (for example creatine kinase in
    /// myositis overlap). Defined per enzyme and assay, so it never converts.
    /// </summary>
    [JsonStringEnumMemberName("U/L")]
    UnitPerLiter = 26,

    /// <summary>Metre (<c>m</c>), a length: the distance walked in a six-minute walk test. Never converted.</summary>
    [JsonStringEnumMemberName("m")]
    Meter = 27,
}
