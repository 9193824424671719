using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AutoimmuneResistance.Tests.Quantities;

public class QuantityJsonTests
{
    private static QuantitiesTestJsonContext Context => QuantitiesTestJsonContext.Default;

    private static void AssertRoundTrip<T>(T value, JsonTypeInfo<T> typeInfo, string expectedJson)
        where T : struct, IQuantity<T>
    {
        var json = JsonSerializer.Serialize(value, typeInfo);
        Assert.Equal(expectedJson, json);
        var back = JsonSerializer.Deserialize(json, typeInfo);
        Assert.Equal(value, back);
        Assert.Equal(value.Unit, back.Unit);
        Assert.Equal(value.Value, back.Value);
    }

    [Fact]
    public void Every_quantity_round_trips()
    {
        AssertRoundTrip(Quantity.Create(1.20m, QuantityUnit.MilligramPerDeciliter), Context.Quantity, """{"value":1.2,"unit":"mg/dL"}""");
        AssertRoundTrip(Quantity.Create(-2m, QuantityUnit.DegreeCelsius), Context.Quantity, """{"value":-2,"unit":"Cel"}""");
        AssertRoundTrip(Dose.Milligrams(7.50m), Context.Dose, """{"value":7.5,"unit":"mg"}""");
        AssertRoundTrip(Dose.Micrograms(750m), Context.Dose, """{"value":750,"unit":"ug"}""");
        AssertRoundTrip(Dose.MilligramsPerKilogram(5m), Context.Dose, """{"value":5,"unit":"mg/kg"}""");
        AssertRoundTrip(Concentration.MicromolesPerLiter(88.4m), Context.Concentration, """{"value":88.4,"unit":"umol/L"}""");
        AssertRoundTrip(Concentration.InternationalUnitsPerMilliliter(30m), Context.Concentration, """{"value":30,"unit":"[IU]/mL"}""");
        AssertRoundTrip(Proteinuria.GramsPer24Hours(0.7m), Context.Proteinuria, """{"value":0.7,"unit":"g/(24.h)"}""");
        AssertRoundTrip(Proteinuria.GramsPerGram(0.5m), Context.Proteinuria, """{"value":0.5,"unit":"g/g"}""");
        AssertRoundTrip(Percentage.FromPercent(80m), Context.Percentage, """{"value":80,"unit":"%"}""");
        AssertRoundTrip(PercentPredicted.FromPercent(112.5m), Context.PercentPredicted, """{"value":112.5,"unit":"%"}""");
        AssertRoundTrip(CellCount.BillionsPerLiter(4.2m), Context.CellCount, """{"value":4.2,"unit":"10*9/L"}""");
        AssertRoundTrip(Temperature.Fahrenheit(100.4m), Context.Temperature, """{"value":100.4,"unit":"[degF]"}""");
        AssertRoundTrip(BodyWeight.Pounds(155m), Context.BodyWeight, """{"value":155,"unit":"[lb_av]"}""");
    }

    [Fact]
    public void Converted_values_are_written_without_trailing_zeros()
    {
        // 7.5 mg -> 0.0075 g -> back to mg multiplies scales (7.5000); the stored value is normalised.
        var dose = Dose.Milligrams(7.5m).ConvertTo(QuantityUnit.Gram).ConvertTo(QuantityUnit.Milligram);
        Assert.Equal("""{"value":7.5,"unit":"mg"}""", JsonSerializer.Serialize(dose, Context.Dose));
    }

    [Fact]
    public void Nested_values_and_nulls()
    {
        var holder = new QuantityHolder(Dose.Milligrams(5m), null);
        var json = JsonSerializer.Serialize(holder, Context.QuantityHolder);
        Assert.Equal("""{"dose":{"value":5,"unit":"mg"},"creatinine":null}""", json);
        Assert.Equal(holder, JsonSerializer.Deserialize(json, Context.QuantityHolder));

        var withCreatinine = JsonSerializer.Deserialize("""{"dose":{"unit":"g","value":1},"creatinine":{"value":1.1,"unit":"mg/dL"}}""", Context.QuantityHolder)!;
        Assert.Equal(Dose.Grams(1m), withCreatinine.Dose);
        Assert.Equal(Concentration.MilligramsPerDeciliter(1.1m), withCreatinine.Creatinine);
    }

    [Fact]
    public void Reads_exponent_numbers()
    {
        Assert.Equal(Dose.Grams(1.5m), JsonSerializer.Deserialize("""{"value":1.5e0,"unit":"g"}""", Context.Dose));
        Assert.Equal(Dose.Milligrams(1500m), JsonSerializer.Deserialize("""{"value":1.5E3,"unit":"mg"}""", Context.Dose));
    }

    [Theory]
    [InlineData("""{"value":5,"unit":"mg/L"}""", "The unit is not one a Dose accepts; allowed units: mg, g, ug, mg/kg.")]
    [InlineData("""{"value":5,"unit":"MG"}""", "The unit is not one a Dose accepts; allowed units: mg, g, ug, mg/kg.")]
    [InlineData("""{"value":-5,"unit":"mg"}""", "A dose must be between 0 and 100000 mg.")]
    [InlineData("""{"value":150,"unit":"g"}""", "A dose must be between 0 and 100 g (100000 mg).")]
    [InlineData("""{"unit":"mg"}""", "A Dose needs a 'value' property.")]
    [InlineData("""{"value":5}""", "A Dose needs a 'unit' property.")]
    [InlineData("""{"value":"5","unit":"mg"}""", "The 'value' of a Dose must be a JSON number within decimal range; found String.")]
    [InlineData("""{"value":5,"unit":3}""", "The 'unit' of a Dose must be a string holding a UCUM code (mg, g, ug, mg/kg); found Number.")]
    [InlineData("""{"value":5,"unit":"mg","route":"oral"}""", "A Dose has only 'value' and 'unit'; found 'route'.")]
    [InlineData("""{"value":5,"value":6,"unit":"mg"}""", "A Dose has 'value' twice.")]
    [InlineData("""{"value":1e40,"unit":"mg"}""", "must be a JSON number within decimal range")]
    [InlineData("5", "A Dose must be a JSON object with 'value' and 'unit'; found Number.")]
    [InlineData("null", "A Dose must be a JSON object with 'value' and 'unit'; found Null.")]
    public void Dose_rejects_bad_json_with_a_clear_message(string json, string expected)
    {
        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, Context.Dose));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("got ", ex.Message, StringComparison.Ordinal); // the rule, never the value
    }

    [Theory]
    [InlineData(nameof(Temperature), """{"value":20,"unit":"Cel"}""", "A body temperature must be between 25 and 45 Cel.")]
    [InlineData(nameof(BodyWeight), """{"value":0,"unit":"kg"}""", "A body weight must be greater than 0 and at most 650 kg.")]
    [InlineData(nameof(Percentage), """{"value":101,"unit":"%"}""", "A percentage must be between 0 and 100 %.")]
    [InlineData(nameof(PercentPredicted), """{"value":301,"unit":"%"}""", "A percent-predicted value must be between 0 and 300 %.")]
    [InlineData(nameof(CellCount), """{"value":1,"unit":"%"}""", "The unit is not one a CellCount accepts; allowed units: 10*9/L.")]
    [InlineData(nameof(Concentration), """{"value":1,"unit":"mmol/L"}""", "The unit is not one a Concentration accepts; allowed units: ng/mL, ug/L, mg/L, mg/dL, g/L, g/dL, umol/L, [IU]/mL.")]
    [InlineData(nameof(Proteinuria), """{"value":51,"unit":"g/g"}""", "A protein-to-creatinine ratio must be between 0 and 50 g/g.")]
    [InlineData(nameof(Quantity), """{"value":-1,"unit":"mg/dL"}""", "A quantity in mg/dL must be 0 or more.")]
    public void Other_types_reject_out_of_range_values_and_foreign_units(string type, string json, string expected)
    {
        Action read = type switch
        {
            nameof(Temperature) => () => JsonSerializer.Deserialize(json, Context.Temperature),
            nameof(BodyWeight) => () => JsonSerializer.Deserialize(json, Context.BodyWeight),
            nameof(Percentage) => () => JsonSerializer.Deserialize(json, Context.Percentage),
            nameof(PercentPredicted) => () => JsonSerializer.Deserialize(json, Context.PercentPredicted),
            nameof(CellCount) => () => JsonSerializer.Deserialize(json, Context.CellCount),
            nameof(Concentration) => () => JsonSerializer.Deserialize(json, Context.Concentration),
            nameof(Proteinuria) => () => JsonSerializer.Deserialize(json, Context.Proteinuria),
            _ => () => JsonSerializer.Deserialize(json, Context.Quantity),
        };
        var ex = Assert.ThrowsAny<JsonException>(read);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_carry_the_json_path()
    {
        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("""{"dose":{"value":5,"unit":"kg"}}""", Context.QuantityHolder));
        Assert.Equal("$.dose", ex.Path);
    }

    [Fact]
    public void Property_names_ignore_case_only_when_the_options_say_so()
    {
        var strict = new JsonSerializerOptions(JsonSerializerDefaults.General) { TypeInfoResolver = Context };
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize("""{"Value":5,"Unit":"mg"}""", (JsonTypeInfo<Dose>)strict.GetTypeInfo(typeof(Dose))));

        // Web defaults (the context's options) read property names case-insensitively.
        Assert.Equal(Dose.Milligrams(5m), JsonSerializer.Deserialize("""{"Value":5,"Unit":"mg"}""", Context.Dose));
    }

    [Fact]
    public void Writing_a_default_quantity_fails()
    {
        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(default(Quantity), Context.Quantity));
        Assert.Contains("without a unit", ex.Message, StringComparison.Ordinal);
        Assert.Equal("""{"value":0,"unit":"mg"}""", JsonSerializer.Serialize(default(Dose), Context.Dose));
    }
}
