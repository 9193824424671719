using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Quantities;

[Properties(Arbitrary = [typeof(QuantityArbitraries)])]
public class ConcentrationTests
{
    [Fact]
    public void Creatinine_one_mg_per_dL_is_88_4_umol_per_L()
    {
        // 1 mg/dL = 10 000 ng/mL; 10 000 / 113.12 g/mol = 88.4017 µmol/L.
        var molar = Concentration.MilligramsPerDeciliter(1m).ToMolar(Analyte.Creatinine);
        Assert.Equal(QuantityUnit.MicromolePerLiter, molar.Unit);
        Assert.Equal(88.4m, Math.Round(molar.Value, 1));
        Assert.Equal(88.4017m, Math.Round(molar.Value, 4));
    }

    [Property(MaxTest = 200)]
    public bool Creatinine_mass_to_molar_to_mass_round_trips_within_1e_minus_20(CreatinineMilligramsPerDeciliter creatinine)
    {
        var mgdl = creatinine.Value;
        var start = Concentration.MilligramsPerDeciliter(mgdl);
        var back = start.ToMolar(Analyte.Creatinine).ToMass(Analyte.Creatinine, QuantityUnit.MilligramPerDeciliter);
        return back.Unit == QuantityUnit.MilligramPerDeciliter && Math.Abs(back.Value - mgdl) < 1e-20m;
    }

    [Fact]
    public void Molar_to_mass_uses_the_molar_mass()
    {
        // 88.4 µmol/L × 113.12 g/mol = 9999.808 ng/mL = 0.9999808 mg/dL.
        var mass = Concentration.MicromolesPerLiter(88.4m).ToMass(Analyte.Creatinine, QuantityUnit.MilligramPerDeciliter);
        Assert.Equal(0.9999808m, mass.Value);
        Assert.Equal(Concentration.MicromolesPerLiter(88.4m), Concentration.MicromolesPerLiter(88.4m).ToMolar(Analyte.Creatinine));
        Assert.Equal(Concentration.MilligramsPerLiter(12m), Concentration.MilligramsPerDeciliter(1.2m).ToMass(Analyte.Creatinine, QuantityUnit.MilligramPerLiter));
    }

    [Fact]
    public void International_units_never_convert()
    {
        var iu = Concentration.InternationalUnitsPerMilliliter(30m);
        Assert.Throws<InvalidOperationException>(() => iu.ToMolar(Analyte.Creatinine));
        Assert.Throws<InvalidOperationException>(() => iu.ToMass(Analyte.Creatinine, QuantityUnit.MilligramPerLiter));
        Assert.False(iu.TryConvertTo(QuantityUnit.NanogramPerMilliliter, out _));
        Assert.True(iu.TryConvertTo(QuantityUnit.InternationalUnitPerMilliliter, out var same));
        Assert.Equal(iu, same);
    }

    [Fact]
    public void Fixed_factor_conversion_only_between_mass_units()
    {
        Assert.Equal(200m, Concentration.NanogramsPerMilliliter(200m).ConvertTo(QuantityUnit.MicrogramPerLiter).Value);
        Assert.Equal(0.2m, Concentration.NanogramsPerMilliliter(200m).ConvertTo(QuantityUnit.MilligramPerLiter).Value);
        Assert.Equal(72m, Concentration.GramsPerDeciliter(7.2m).ConvertTo(QuantityUnit.GramPerLiter).Value);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.MilligramsPerDeciliter(1m).ConvertTo(QuantityUnit.MicromolePerLiter));
        Assert.Contains("need an Analyte", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.MicromolesPerLiter(1m).ToMass(Analyte.Creatinine, QuantityUnit.MicromolePerLiter));
    }

    [Theory]
    [InlineData(QuantityUnit.NanogramPerMilliliter, 1_000_000_000)]
    [InlineData(QuantityUnit.MicrogramPerLiter, 1_000_000_000)]
    [InlineData(QuantityUnit.MilligramPerLiter, 1_000_000)]
    [InlineData(QuantityUnit.MilligramPerDeciliter, 100_000)]
    [InlineData(QuantityUnit.GramPerLiter, 1_000)]
    [InlineData(QuantityUnit.GramPerDeciliter, 100)]
    [InlineData(QuantityUnit.MicromolePerLiter, 1_000_000_000)]
    [InlineData(QuantityUnit.InternationalUnitPerMilliliter, 1_000_000_000)]
    public void Bounds_are_inclusive(QuantityUnit unit, int max)
    {
        Assert.True(Concentration.TryCreate(0m, unit, out _));
        Assert.True(Concentration.TryCreate(max, unit, out _));
        Assert.False(Concentration.TryCreate(max + 0.001m, unit, out _));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.Create(-0.001m, unit));
        Assert.Contains($"A concentration must be between 0 and {max} {QuantityUnits.ToUcum(unit)}", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"got -0.001 {QuantityUnits.ToUcum(unit)}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_non_concentration_units()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.Create(1m, QuantityUnit.Milligram));
        Assert.StartsWith("A concentration must be in one of these units: ng/mL, ug/L, mg/L, mg/dL, g/L, g/dL, umol/L, [IU]/mL; got mg.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_and_order_within_a_kind()
    {
        Assert.Equal(Concentration.MilligramsPerDeciliter(1m), Concentration.MilligramsPerLiter(10m));
        Assert.Equal(Concentration.MilligramsPerDeciliter(1m).GetHashCode(), Concentration.MilligramsPerLiter(10m).GetHashCode());
        Assert.True(Concentration.NanogramsPerMilliliter(199m) < Concentration.MilligramsPerLiter(0.2m));
        Assert.NotEqual(Concentration.MicromolesPerLiter(1m), Concentration.InternationalUnitsPerMilliliter(1m));
        Assert.Throws<ArgumentException>(() => Concentration.MilligramsPerDeciliter(1m) > Concentration.MicromolesPerLiter(88m));
        Assert.Equal(QuantityUnit.MilligramPerLiter, default(Concentration).Unit);
        Assert.Equal("106 µmol/L", Concentration.MicromolesPerLiter(106m).ToString());
        Assert.True(Concentration.MilligramsPerLiter(1m).IsMassConcentration);
        Assert.False(Concentration.MicromolesPerLiter(1m).IsMassConcentration);
    }

    [Fact]
    public void Analyte_validates_its_input()
    {
        Assert.Equal(113.12m, Analyte.Creatinine.MolarMass);
        Assert.Equal("creatinine (113.12 g/mol)", Analyte.Creatinine.ToString());
        Assert.Equal(Analyte.Creatinine, Analyte.Create("creatinine", 113.120m));
        Assert.Throws<ArgumentNullException>(() => Analyte.Create(null!, 100m));
        Assert.Throws<ArgumentException>(() => Analyte.Create(" ", 100m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Analyte.Create("x", 0.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Analyte.Create("x", 10_000_001m));
    }

    [Fact]
    public void ToMass_refuses_a_result_above_the_ceiling()
    {
        var heavy = Analyte.Create("large protein", 10_000_000m);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.MicromolesPerLiter(1_000_000m).ToMass(heavy, QuantityUnit.GramPerLiter));
        Assert.Contains("above the 1000 g/L ceiling", ex.Message, StringComparison.Ordinal);
    }
}
