using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Quantities;

[Properties(Arbitrary = [typeof(QuantityArbitraries)])]
public class QuantityTests
{
    [Fact]
    public void Create_keeps_value_and_unit_without_trailing_zeros()
    {
        var q = Quantity.Create(7.50m, QuantityUnit.Milligram);
        Assert.Equal(7.5m, q.Value);
        Assert.Equal("7.5", q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(QuantityUnit.Milligram, q.Unit);
        Assert.True(q.IsSpecified);
        Assert.Equal("7.5 mg", q.ToString());
    }

    [Fact]
    public void Create_rejects_negative_values_except_temperatures()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Create(-0.1m, QuantityUnit.MilligramPerDeciliter));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("must be 0 or more; got -0.1 mg/dL", ex.Message, StringComparison.Ordinal);

        Assert.Equal(-5m, Quantity.Create(-5m, QuantityUnit.DegreeCelsius).Value);
        Assert.Equal(0m, Quantity.Create(0m, QuantityUnit.Percent).Value);
    }

    [Fact]
    public void Create_accepts_absolute_zero_and_rejects_below_it()
    {
        Assert.True(Quantity.TryCreate(-273.15m, QuantityUnit.DegreeCelsius, out _));
        Assert.True(Quantity.TryCreate(-459.67m, QuantityUnit.DegreeFahrenheit, out _));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Create(-273.16m, QuantityUnit.DegreeCelsius));
        Assert.Contains("absolute zero (-273.15 Cel); got -273.16 Cel", ex.Message, StringComparison.Ordinal);
        Assert.False(Quantity.TryCreate(-459.68m, QuantityUnit.DegreeFahrenheit, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(28)]
    [InlineData(-1)]
    public void Create_rejects_undefined_units(int unit)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Quantity.Create(1m, (QuantityUnit)unit));
        Assert.Equal("unit", ex.ParamName);
        Assert.Contains("needs a defined unit", ex.Message, StringComparison.Ordinal);
        Assert.False(Quantity.TryCreate(1m, (QuantityUnit)unit, out var result));
        Assert.False(result.IsSpecified);
    }

    [Fact]
    public void Default_is_unspecified()
    {
        var q = default(Quantity);
        Assert.False(q.IsSpecified);
        Assert.Equal("0 (no unit)", q.ToString());
        Assert.False(q.TryConvertTo(QuantityUnit.Milligram, out _));
    }

    [Theory]
    [InlineData(1, QuantityUnit.Gram, QuantityUnit.Milligram, 1000)]
    [InlineData(250, QuantityUnit.Microgram, QuantityUnit.Milligram, 0.25)]
    [InlineData(1, QuantityUnit.MilligramPerDeciliter, QuantityUnit.MilligramPerLiter, 10)]
    [InlineData(200, QuantityUnit.NanogramPerMilliliter, QuantityUnit.MicrogramPerLiter, 200)]
    [InlineData(200, QuantityUnit.NanogramPerMilliliter, QuantityUnit.MilligramPerLiter, 0.2)]
    [InlineData(7.2, QuantityUnit.GramPerDeciliter, QuantityUnit.GramPerLiter, 72)]
    [InlineData(37, QuantityUnit.DegreeCelsius, QuantityUnit.DegreeFahrenheit, 98.6)]
    [InlineData(212, QuantityUnit.DegreeFahrenheit, QuantityUnit.DegreeCelsius, 100)]
    [InlineData(-40, QuantityUnit.DegreeCelsius, QuantityUnit.DegreeFahrenheit, -40)]
    [InlineData(100, QuantityUnit.Pound, QuantityUnit.Kilogram, 45.359237)]
    [InlineData(3, QuantityUnit.Percent, QuantityUnit.Percent, 3)]
    public void TryConvertTo_uses_fixed_factors(double value, QuantityUnit from, QuantityUnit to, double expected)
    {
        Assert.True(Quantity.Create((decimal)value, from).TryConvertTo(to, out var converted));
        Assert.Equal(to, converted.Unit);
        Assert.Equal((decimal)expected, converted.Value);
    }

    [Theory]
    [InlineData(QuantityUnit.MilligramPerDeciliter, QuantityUnit.MicromolePerLiter)]
    [InlineData(QuantityUnit.MicromolePerLiter, QuantityUnit.MilligramPerLiter)]
    [InlineData(QuantityUnit.InternationalUnitPerMilliliter, QuantityUnit.NanogramPerMilliliter)]
    [InlineData(QuantityUnit.GramPerGram, QuantityUnit.MilligramPerMillimole)]
    [InlineData(QuantityUnit.GramPer24Hours, QuantityUnit.GramPerGram)]
    [InlineData(QuantityUnit.Kilogram, QuantityUnit.Gram)]
    [InlineData(QuantityUnit.Milligram, QuantityUnit.MilligramPerKilogram)]
    [InlineData(QuantityUnit.Milligram, QuantityUnit.MilligramPerLiter)]
    public void TryConvertTo_refuses_analyte_dependent_or_cross_dimension_conversions(QuantityUnit from, QuantityUnit to)
    {
        Assert.False(Quantity.Create(1m, from).TryConvertTo(to, out var result));
        Assert.False(result.IsSpecified);
    }

    [Fact]
    public void TryConvertTo_reports_overflow_as_failure()
    {
        var huge = Quantity.Create(decimal.MaxValue, QuantityUnit.GramPerDeciliter);
        Assert.False(huge.TryConvertTo(QuantityUnit.NanogramPerMilliliter, out _));
    }

    [Fact]
    public void Equality_is_by_unit_and_numeric_value()
    {
        Assert.Equal(Quantity.Create(1.0m, QuantityUnit.Gram), Quantity.Create(1m, QuantityUnit.Gram));
        Assert.True(Quantity.Create(1m, QuantityUnit.Gram) != Quantity.Create(1000m, QuantityUnit.Milligram));
        Assert.Equal(Quantity.Create(1.0m, QuantityUnit.Gram).GetHashCode(), Quantity.Create(1m, QuantityUnit.Gram).GetHashCode());
    }

    [Property(MaxTest = 200)]
    public bool Mass_round_trip_mg_to_g_to_mg_is_exact(MassMilligrams milligrams)
    {
        var q = Quantity.Create(milligrams.Value, QuantityUnit.Milligram);
        return q.TryConvertTo(QuantityUnit.Gram, out var g)
            && g.TryConvertTo(QuantityUnit.Microgram, out var ug)
            && ug.TryConvertTo(QuantityUnit.Milligram, out var back)
            && back == q;
    }

    private static readonly QuantityUnit[] MassConcentrationUnits =
    [
        QuantityUnit.NanogramPerMilliliter, QuantityUnit.MicrogramPerLiter, QuantityUnit.MilligramPerLiter,
        QuantityUnit.MilligramPerDeciliter, QuantityUnit.GramPerLiter, QuantityUnit.GramPerDeciliter,
    ];

    [Property(MaxTest = 200)]
    public bool Mass_concentration_round_trips_through_every_unit_exactly(MassConcentrationMilligramsPerDeciliter value)
    {
        var start = Quantity.Create(value.Value, QuantityUnit.MilligramPerDeciliter);
        var current = start;
        foreach (var unit in MassConcentrationUnits)
        {
            if (!current.TryConvertTo(unit, out current))
            {
                return false;
            }
        }

        return current.TryConvertTo(QuantityUnit.MilligramPerDeciliter, out var back) && back == start;
    }
}
