using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Quantities;

[Properties(Arbitrary = [typeof(QuantityArbitraries)])]
public class DoseTests
{
    [Theory]
    [InlineData(0, QuantityUnit.Milligram)]
    [InlineData(100000, QuantityUnit.Milligram)]
    [InlineData(100, QuantityUnit.Gram)]
    [InlineData(100000000, QuantityUnit.Microgram)]
    [InlineData(0, QuantityUnit.MilligramPerKilogram)]
    [InlineData(1000, QuantityUnit.MilligramPerKilogram)]
    public void Create_accepts_both_bounds(int value, QuantityUnit unit)
    {
        var dose = Dose.Create(value, unit);
        Assert.Equal(value, dose.Value);
        Assert.Equal(unit, dose.Unit);
    }

    [Theory]
    [InlineData("-0.001", QuantityUnit.Milligram, "A dose must be between 0 and 100000 mg; got -0.001 mg.")]
    [InlineData("100000.001", QuantityUnit.Milligram, "A dose must be between 0 and 100000 mg; got 100000.001 mg.")]
    [InlineData("100.000001", QuantityUnit.Gram, "A dose must be between 0 and 100 g (100000 mg); got 100.000001 g.")]
    [InlineData("100000000.001", QuantityUnit.Microgram, "A dose must be between 0 and 100000000 ug (100000 mg); got 100000000.001 ug.")]
    [InlineData("-0.001", QuantityUnit.MilligramPerKilogram, "A weight-based dose must be between 0 and 1000 mg/kg; got -0.001 mg/kg.")]
    [InlineData("1000.001", QuantityUnit.MilligramPerKilogram, "A weight-based dose must be between 0 and 1000 mg/kg; got 1000.001 mg/kg.")]
    public void Create_rejects_just_outside_with_a_message_naming_the_range(string value, QuantityUnit unit, string message)
    {
        var amount = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Dose.Create(amount, unit));
        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        Assert.False(Dose.TryCreate(amount, unit, out _));
    }

    [Fact]
    public void Create_rejects_a_unit_that_is_not_a_dose_unit()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Dose.Create(1m, QuantityUnit.MilligramPerLiter));
        Assert.Equal("unit", ex.ParamName);
        Assert.StartsWith("A dose must be in one of these units: mg, g, ug, mg/kg; got mg/L.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_example_message()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Dose.Milligrams(-5m));
        Assert.StartsWith("A dose must be between 0 and 100000 mg; got -5 mg.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_factories_and_ToString()
    {
        Assert.Equal("7.5 mg", Dose.Milligrams(7.50m).ToString());
        Assert.Equal("1 g", Dose.Grams(1m).ToString());
        Assert.Equal("500 µg", Dose.Micrograms(500m).ToString());
        Assert.Equal("5 mg/kg", Dose.MilligramsPerKilogram(5m).ToString());
        Assert.True(Dose.MilligramsPerKilogram(5m).IsWeightBased);
        Assert.False(Dose.Grams(1m).IsWeightBased);
    }

    [Fact]
    public void Default_is_zero_milligrams()
    {
        Assert.Equal(QuantityUnit.Milligram, default(Dose).Unit);
        Assert.Equal(Dose.Milligrams(0m), default);
        Assert.Equal("0 mg", default(Dose).ToString());
    }

    [Fact]
    public void ToMilligrams_converts_absolute_doses_and_refuses_weight_based_ones()
    {
        Assert.Equal(Dose.Milligrams(1500m), Dose.Grams(1.5m).ToMilligrams());
        Assert.Equal(QuantityUnit.Milligram, Dose.Micrograms(750m).ToMilligrams().Unit);
        Assert.Equal(0.75m, Dose.Micrograms(750m).ToMilligrams().Value);

        var ex = Assert.Throws<InvalidOperationException>(() => Dose.MilligramsPerKilogram(5m).ToMilligrams());
        Assert.Contains("ForBodyWeight", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForBodyWeight_and_PerKilogram()
    {
        // Hydroxychloroquine 5 mg/kg at 70 kg is 350 mg, and back.
        var weight = BodyWeight.Kilograms(70m);
        var dose = Dose.MilligramsPerKilogram(5m).ForBodyWeight(weight);
        Assert.Equal(Dose.Milligrams(350m), dose);
        Assert.Equal(Dose.MilligramsPerKilogram(5m), dose.PerKilogram(weight));
        Assert.Equal(Dose.MilligramsPerKilogram(5m), Dose.Grams(0.35m).PerKilogram(weight));

        // Pounds convert exactly: 5 mg/kg at 100 lb = 5 × 45.359237 = 226.796185 mg.
        Assert.Equal(226.796185m, Dose.MilligramsPerKilogram(5m).ForBodyWeight(BodyWeight.Pounds(100m)).Value);
    }

    [Fact]
    public void ForBodyWeight_and_PerKilogram_guard_their_inputs()
    {
        Assert.Throws<InvalidOperationException>(() => Dose.Milligrams(5m).ForBodyWeight(BodyWeight.Kilograms(70m)));
        Assert.Throws<InvalidOperationException>(() => Dose.MilligramsPerKilogram(5m).PerKilogram(BodyWeight.Kilograms(70m)));
        Assert.Throws<ArgumentException>(() => Dose.MilligramsPerKilogram(5m).ForBodyWeight(default));
        Assert.Throws<ArgumentException>(() => Dose.Milligrams(5m).PerKilogram(default));

        var tooMuch = Assert.Throws<ArgumentOutOfRangeException>(() => Dose.MilligramsPerKilogram(1000m).ForBodyWeight(BodyWeight.Kilograms(150m)));
        Assert.Contains("150000 mg, above the 100000 mg ceiling", tooMuch.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Dose.Milligrams(2000m).PerKilogram(BodyWeight.Kilograms(1m)));
    }

    [Fact]
    public void Equality_and_order_normalise_to_milligrams()
    {
        Assert.Equal(Dose.Grams(1m), Dose.Milligrams(1000m));
        Assert.Equal(Dose.Grams(1m).GetHashCode(), Dose.Milligrams(1000m).GetHashCode());
        Assert.True(Dose.Micrograms(500m) < Dose.Milligrams(1m));
        Assert.True(Dose.Grams(0.0075m) <= Dose.Milligrams(7.5m));
        Assert.True(Dose.Milligrams(7.5m) >= Dose.Grams(0.0075m));
        Assert.NotEqual(Dose.Milligrams(5m), Dose.MilligramsPerKilogram(5m));
        var ex = Assert.Throws<ArgumentException>(() => Dose.Milligrams(5m) < Dose.MilligramsPerKilogram(5m));
        Assert.Contains("weight-based", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_conversion_to_Quantity()
    {
        var q = (Quantity)Dose.Grams(2m);
        Assert.Equal(Quantity.Create(2m, QuantityUnit.Gram), q);
    }

    [Property(MaxTest = 200)]
    public bool Round_trip_mg_to_g_to_mg_is_exact(DoseMilligrams milligrams)
    {
        var mg = milligrams.Value;
        var dose = Dose.Milligrams(mg);
        var back = dose.ConvertTo(QuantityUnit.Gram).ConvertTo(QuantityUnit.Microgram).ToMilligrams();
        return back.Value == mg && back == dose;
    }

    [Property(MaxTest = 200)]
    public bool Weight_based_round_trip_through_body_weight_is_exact_to_20_places(WeightBasedDose pair)
    {
        var (perKilogram, kilograms) = pair;
        var weight = BodyWeight.Kilograms(kilograms);
        var absolute = Dose.MilligramsPerKilogram(perKilogram).ForBodyWeight(weight);
        var back = absolute.PerKilogram(weight);
        return Math.Abs(back.Value - perKilogram) < 1e-20m;
    }

    [Fact]
    public void ConvertTo_refuses_crossing_between_absolute_and_weight_based()
    {
        Assert.False(Dose.Milligrams(1m).TryConvertTo(QuantityUnit.MilligramPerKilogram, out _));
        Assert.False(Dose.MilligramsPerKilogram(1m).TryConvertTo(QuantityUnit.Milligram, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dose.Milligrams(1m).ConvertTo(QuantityUnit.Kilogram));
        Assert.Equal(Dose.MilligramsPerKilogram(1m), Dose.MilligramsPerKilogram(1m).ConvertTo(QuantityUnit.MilligramPerKilogram));
    }
}
