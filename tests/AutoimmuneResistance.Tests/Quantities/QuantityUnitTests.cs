using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Tests.Quantities;

public class QuantityUnitTests
{
    public static TheoryData<QuantityUnit, string> Codes => new()
    {
        { QuantityUnit.Milligram, "mg" },
        { QuantityUnit.Gram, "g" },
        { QuantityUnit.Microgram, "ug" },
        { QuantityUnit.MilligramPerKilogram, "mg/kg" },
        { QuantityUnit.NanogramPerMilliliter, "ng/mL" },
        { QuantityUnit.MicrogramPerLiter, "ug/L" },
        { QuantityUnit.MilligramPerLiter, "mg/L" },
        { QuantityUnit.MilligramPerDeciliter, "mg/dL" },
        { QuantityUnit.GramPerLiter, "g/L" },
        { QuantityUnit.GramPerDeciliter, "g/dL" },
        { QuantityUnit.MicromolePerLiter, "umol/L" },
        { QuantityUnit.InternationalUnitPerMilliliter, "[IU]/mL" },
        { QuantityUnit.GramPer24Hours, "g/(24.h)" },
        { QuantityUnit.MilligramPerMillimole, "mg/mmol" },
        { QuantityUnit.GramPerGram, "g/g" },
        { QuantityUnit.Percent, "%" },
        { QuantityUnit.BillionPerLiter, "10*9/L" },
        { QuantityUnit.DegreeCelsius, "Cel" },
        { QuantityUnit.DegreeFahrenheit, "[degF]" },
        { QuantityUnit.Kilogram, "kg" },
        { QuantityUnit.Pound, "[lb_av]" },
        { QuantityUnit.MilliliterPerMinutePer1_73SquareMeter, "mL/min/{1.73_m2}" },
        { QuantityUnit.PerHighPowerField, "/[HPF]" },
        { QuantityUnit.MillimeterOfMercury, "mm[Hg]" },
        { QuantityUnit.PicogramPerMilliliter, "pg/mL" },
        { QuantityUnit.UnitPerLiter, "U/L" },
        { QuantityUnit.Meter, "m" },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void Ucum_code_round_trips(QuantityUnit unit, string code)
    {
        Assert.Equal(code, QuantityUnits.ToUcum(unit));
        Assert.True(QuantityUnits.TryParseUcum(code, out var parsed));
        Assert.Equal(unit, parsed);
    }

    [Fact]
    public void Every_member_is_listed_with_explicit_values_from_one()
    {
        var values = Enum.GetValues<QuantityUnit>();
        Assert.Equal(Codes.Count, values.Length);
        Assert.DoesNotContain((QuantityUnit)0, values);
        Assert.Equal(Enumerable.Range(1, values.Length), values.Select(v => (int)v));
        Assert.Equal(values, Quantity.Units);
    }

    [Fact]
    public void JsonStringEnumMemberName_attributes_match_the_switch()
    {
        // Reflection is fine in a test: it checks that the attributes and the reflection-free switch agree.
        foreach (var unit in Enum.GetValues<QuantityUnit>())
        {
            var attribute = typeof(QuantityUnit).GetField(unit.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>();
            Assert.NotNull(attribute);
            Assert.Equal(QuantityUnits.ToUcum(unit), attribute.Name);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MG")]
    [InlineData(" mg")]
    [InlineData("µg")]
    [InlineData("mmol/L")]
    public void TryParseUcum_rejects_unknown_or_miscased_codes(string? code)
    {
        Assert.False(QuantityUnits.TryParseUcum(code, out var unit));
        Assert.Equal((QuantityUnit)0, unit);
    }

    [Fact]
    public void ToUcum_rejects_undefined_values()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => QuantityUnits.ToUcum((QuantityUnit)0));
        Assert.Contains("undefined unit 0", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => QuantityUnits.ToSymbol((QuantityUnit)99));
    }

    [Theory]
    [InlineData(QuantityUnit.Microgram, "µg")]
    [InlineData(QuantityUnit.DegreeCelsius, "°C")]
    [InlineData(QuantityUnit.BillionPerLiter, "×10⁹/L")]
    [InlineData(QuantityUnit.Milligram, "mg")]
    public void ToSymbol_is_readable(QuantityUnit unit, string symbol) => Assert.Equal(symbol, QuantityUnits.ToSymbol(unit));

    [Fact]
    public void Unit_serializes_as_its_code_also_as_dictionary_key()
    {
        var context = QuantitiesTestJsonContext.Default;
        Assert.Equal("\"10*9/L\"", JsonSerializer.Serialize(QuantityUnit.BillionPerLiter, context.QuantityUnit));
        Assert.Equal(QuantityUnit.Pound, JsonSerializer.Deserialize("\"[lb_av]\"", context.QuantityUnit));

        var map = new Dictionary<QuantityUnit, int> { [QuantityUnit.MilligramPerDeciliter] = 1 };
        var json = JsonSerializer.Serialize(map, context.DictionaryQuantityUnitInt32);
        Assert.Equal("{\"mg/dL\":1}", json);
        Assert.Equal(map, JsonSerializer.Deserialize(json, context.DictionaryQuantityUnitInt32));
    }

    [Theory]
    [InlineData("\"MG\"", "not a UCUM code")]
    [InlineData("4", "must be a string")]
    public void Unit_json_rejects_numbers_and_unknown_codes(string json, string expected)
    {
        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, QuantitiesTestJsonContext.Default.QuantityUnit));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
