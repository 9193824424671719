using System.Diagnostics.CodeAnalysis;

namespace AutoimmuneResistance;

/// <summary>
/// Converts between <see cref="QuantityUnit"/> values, their UCUM wire codes and their display symbols.
/// </summary>
/// <remarks>
/// Every lookup is a plain <c>switch</c>, so nothing here uses reflection. UCUM codes are case-sensitive
/// (<c>mg</c> is not <c>MG</c>), and so is <see cref="TryParseUcum(string?, out QuantityUnit)"/>.
/// </remarks>
public static class QuantityUnits
{
    /// <summary>Gets the UCUM code of a unit, the text written to JSON.</summary>
    /// <param name="unit">A defined unit.</param>
    /// <returns>The UCUM code, for example <c>mg/dL</c> for <see cref="QuantityUnit.MilligramPerDeciliter"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="QuantityUnit"/> member.</exception>
    public static string ToUcum(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Milligram => "mg",
        QuantityUnit.Gram => "g",
        QuantityUnit.Microgram => "ug",
        QuantityUnit.MilligramPerKilogram => "mg/kg",
        QuantityUnit.NanogramPerMilliliter => "ng/mL",
        QuantityUnit.MicrogramPerLiter => "ug/L",
        QuantityUnit.MilligramPerLiter => "mg/L",
        QuantityUnit.MilligramPerDeciliter => "mg/dL",
        QuantityUnit.GramPerLiter => "g/L",
        QuantityUnit.GramPerDeciliter => "g/dL",
        QuantityUnit.MicromolePerLiter => "umol/L",
        QuantityUnit.InternationalUnitPerMilliliter => "[IU]/mL",
        QuantityUnit.GramPer24Hours => "g/(24.h)",
        QuantityUnit.MilligramPerMillimole => "mg/mmol",
        QuantityUnit.GramPerGram => "g/g",
        QuantityUnit.Percent => "%",
        QuantityUnit.BillionPerLiter => "10*9/L",
        QuantityUnit.DegreeCelsius => "Cel",
        QuantityUnit.DegreeFahrenheit => "[degF]",
        QuantityUnit.Kilogram => "kg",
        QuantityUnit.Pound => "[lb_av]",
        QuantityUnit.MilliliterPerMinutePer1_73SquareMeter => "mL/min/{1.73_m2}",
        QuantityUnit.PerHighPowerField => "/[HPF]",
        QuantityUnit.MillimeterOfMercury => "mm[Hg]",
        QuantityUnit.PicogramPerMilliliter => "pg/mL",
        QuantityUnit.UnitPerLiter => "U/L",
        QuantityUnit.Meter => "m",
        _ => throw UndefinedUnit(unit, nameof(unit)),
    };

    /// <summary>Reads a UCUM code written by <see cref="ToUcum(QuantityUnit)"/>.</summary>
    /// <param name="code">The candidate code; compared ordinally and case-sensitively, without trimming.</param>
    /// <param name="unit">The unit, or <c>0</c> (not a defined member) when the code is unknown.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is one of the codes this library supports.</returns>
    public static bool TryParseUcum([NotNullWhen(true)] string? code, out QuantityUnit unit)
    {
        unit = code switch
        {
            "mg" => QuantityUnit.Milligram,
            "g" => QuantityUnit.Gram,
            "ug" => QuantityUnit.Microgram,
            "mg/kg" => QuantityUnit.MilligramPerKilogram,
            "ng/mL" => QuantityUnit.NanogramPerMilliliter,
            "ug/L" => QuantityUnit.MicrogramPerLiter,
            "mg/L" => QuantityUnit.MilligramPerLiter,
            "mg/dL" => QuantityUnit.MilligramPerDeciliter,
            "g/L" => QuantityUnit.GramPerLiter,
            "g/dL" => QuantityUnit.GramPerDeciliter,
            "umol/L" => QuantityUnit.MicromolePerLiter,
            "[IU]/mL" => QuantityUnit.InternationalUnitPerMilliliter,
            "g/(24.h)" => QuantityUnit.GramPer24Hours,
            "mg/mmol" => QuantityUnit.MilligramPerMillimole,
            "g/g" => QuantityUnit.GramPerGram,
            "%" => QuantityUnit.Percent,
            "10*9/L" => QuantityUnit.BillionPerLiter,
            "Cel" => QuantityUnit.DegreeCelsius,
            "[degF]" => QuantityUnit.DegreeFahrenheit,
            "kg" => QuantityUnit.Kilogram,
            "[lb_av]" => QuantityUnit.Pound,
            "mL/min/{1.73_m2}" => QuantityUnit.MilliliterPerMinutePer1_73SquareMeter,
            "/[HPF]" => QuantityUnit.PerHighPowerField,
            "mm[Hg]" => QuantityUnit.MillimeterOfMercury,
            "pg/mL" => QuantityUnit.PicogramPerMilliliter,
            "U/L" => QuantityUnit.UnitPerLiter,
            "m" => QuantityUnit.Meter,
            _ => 0,
        };
        return unit != 0;
    }

    /// <summary>Reads a UCUM code from its UTF-8 bytes, as <see cref="TryParseUcum(string?, out QuantityUnit)"/> reads its text, without allocating.</summary>
    /// <param name="utf8">The code's bytes (unescaped).</param>
    /// <param name="unit">The unit, or <c>0</c> when the code is unknown.</param>
    /// <returns><see langword="true"/> when the bytes are one of the supported codes.</returns>
    internal static bool TryParseUcum(ReadOnlySpan<byte> utf8, out QuantityUnit unit)
    {
        unit = utf8.Length switch
        {
            1 => utf8[0] switch
            {
                (byte)'g' => QuantityUnit.Gram,
                (byte)'%' => QuantityUnit.Percent,
                (byte)'m' => QuantityUnit.Meter,
                _ => 0,
            },
            2 when utf8.SequenceEqual("mg"u8) => QuantityUnit.Milligram,
            2 when utf8.SequenceEqual("ug"u8) => QuantityUnit.Microgram,
            2 when utf8.SequenceEqual("kg"u8) => QuantityUnit.Kilogram,
            3 when utf8.SequenceEqual("g/L"u8) => QuantityUnit.GramPerLiter,
            3 when utf8.SequenceEqual("g/g"u8) => QuantityUnit.GramPerGram,
            3 when utf8.SequenceEqual("Cel"u8) => QuantityUnit.DegreeCelsius,
            3 when utf8.SequenceEqual("U/L"u8) => QuantityUnit.UnitPerLiter,
            4 when utf8.SequenceEqual("ug/L"u8) => QuantityUnit.MicrogramPerLiter,
            4 when utf8.SequenceEqual("mg/L"u8) => QuantityUnit.MilligramPerLiter,
            4 when utf8.SequenceEqual("g/dL"u8) => QuantityUnit.GramPerDeciliter,
            5 when utf8.SequenceEqual("mg/kg"u8) => QuantityUnit.MilligramPerKilogram,
            5 when utf8.SequenceEqual("ng/mL"u8) => QuantityUnit.NanogramPerMilliliter,
            5 when utf8.SequenceEqual("mg/dL"u8) => QuantityUnit.MilligramPerDeciliter,
            5 when utf8.SequenceEqual("pg/mL"u8) => QuantityUnit.PicogramPerMilliliter,
            6 when utf8.SequenceEqual("umol/L"u8) => QuantityUnit.MicromolePerLiter,
            6 when utf8.SequenceEqual("10*9/L"u8) => QuantityUnit.BillionPerLiter,
            6 when utf8.SequenceEqual("[degF]"u8) => QuantityUnit.DegreeFahrenheit,
            6 when utf8.SequenceEqual("/[HPF]"u8) => QuantityUnit.PerHighPowerField,
            6 when utf8.SequenceEqual("mm[Hg]"u8) => QuantityUnit.MillimeterOfMercury,
            7 when utf8.SequenceEqual("[IU]/mL"u8) => QuantityUnit.InternationalUnitPerMilliliter,
            7 when utf8.SequenceEqual("mg/mmol"u8) => QuantityUnit.MilligramPerMillimole,
            7 when utf8.SequenceEqual("[lb_av]"u8) => QuantityUnit.Pound,
            8 when utf8.SequenceEqual("g/(24.h)"u8) => QuantityUnit.GramPer24Hours,
            16 when utf8.SequenceEqual("mL/min/{1.73_m2}"u8) => QuantityUnit.MilliliterPerMinutePer1_73SquareMeter,
            _ => 0,
        };
        return unit != 0;
    }

    /// <summary>Gets the human-readable symbol used by the quantities' <c>ToString()</c>, for example <c>µmol/L</c> or <c>°C</c>.</summary>
    /// <param name="unit">A defined unit.</param>
    /// <returns>The display symbol; not meant to be parsed back (use the UCUM code for that).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="QuantityUnit"/> member.</exception>
    public static string ToSymbol(QuantityUnit unit) => unit switch
    {
        QuantityUnit.Microgram => "µg",
        QuantityUnit.NanogramPerMilliliter => "ng/mL",
        QuantityUnit.MicrogramPerLiter => "µg/L",
        QuantityUnit.MicromolePerLiter => "µmol/L",
        QuantityUnit.InternationalUnitPerMilliliter => "IU/mL",
        QuantityUnit.GramPer24Hours => "g/24 h",
        QuantityUnit.BillionPerLiter => "×10⁹/L",
        QuantityUnit.DegreeCelsius => "°C",
        QuantityUnit.DegreeFahrenheit => "°F",
        QuantityUnit.Pound => "lb",
        QuantityUnit.MilliliterPerMinutePer1_73SquareMeter => "mL/min/1.73 m²",
        QuantityUnit.PerHighPowerField => "/HPF",
        QuantityUnit.MillimeterOfMercury => "mmHg",
        _ => ToUcum(unit),
    };

    /// <summary>Whether <paramref name="unit"/> is a defined member (not <c>0</c>, not out of range).</summary>
    internal static bool IsDefined(QuantityUnit unit) =>
        unit is >= QuantityUnit.Milligram and <= QuantityUnit.Meter;

    /// <summary>Describes a unit for a message: its UCUM code, or its number when it is not defined.</summary>
    internal static string Describe(QuantityUnit unit) =>
        IsDefined(unit) ? ToUcum(unit) : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"undefined unit {(int)unit}");

    /// <summary>Lists units as their UCUM codes, comma-separated, for messages.</summary>
    internal static string List(IReadOnlyList<QuantityUnit> units)
    {
        var codes = new string[units.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = ToUcum(units[i]);
        }

        return string.Join(", ", codes);
    }

    private static ArgumentOutOfRangeException UndefinedUnit(QuantityUnit unit, string paramName) =>
        new(paramName, unit, $"A unit must be a defined {nameof(QuantityUnit)} member; got {Describe(unit)}.");
}
