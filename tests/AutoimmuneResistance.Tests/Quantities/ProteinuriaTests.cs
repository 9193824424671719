using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Quantities;

[Properties(Arbitrary = [typeof(QuantityArbitraries)])]
public class ProteinuriaTests
{
    [Fact]
    public void Half_a_gram_per_gram_is_56_56_mg_per_mmol()
    {
        // 0.5 g/g × 113.12 mg/mmol per g/g = 56.56 mg/mmol (KDIGO rounds this threshold to 50 mg/mmol).
        var ratio = Proteinuria.GramsPerGram(0.5m).ConvertTo(QuantityUnit.MilligramPerMillimole);
        Assert.Equal(56.56m, ratio.Value);
        Assert.Equal(Proteinuria.MilligramsPerMillimole(56.56m), Proteinuria.GramsPerGram(0.5m));
        Assert.Equal(0.5m, Proteinuria.MilligramsPerMillimole(56.56m).ConvertTo(QuantityUnit.GramPerGram).Value);
    }

    [Property(MaxTest = 200)]
    public bool Ratio_round_trip_g_per_g_to_mg_per_mmol_is_exact(ProteinRatioGramsPerGram ratio)
    {
        var back = Proteinuria.GramsPerGram(ratio.Value).ConvertTo(QuantityUnit.MilligramPerMillimole).ConvertTo(QuantityUnit.GramPerGram);
        return back.Value == ratio.Value;
    }

    [Fact]
    public void Twenty_four_hour_excretion_never_converts_to_a_ratio()
    {
        var daily = Proteinuria.GramsPer24Hours(0.5m);
        Assert.False(daily.IsRatio);
        Assert.False(daily.TryConvertTo(QuantityUnit.GramPerGram, out _));
        Assert.False(Proteinuria.GramsPerGram(0.5m).TryConvertTo(QuantityUnit.GramPer24Hours, out _));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => daily.ConvertTo(QuantityUnit.MilligramPerMillimole));
        Assert.Contains("only estimates", ex.Message, StringComparison.Ordinal);
        Assert.NotEqual(daily, Proteinuria.GramsPerGram(0.5m));
        Assert.Throws<ArgumentException>(() => daily < Proteinuria.GramsPerGram(0.5m));
    }

    [Theory]
    [InlineData(QuantityUnit.GramPer24Hours, "50", "50.001", "A 24-hour urine protein must be between 0 and 50 g/(24.h); got 50.001 g/(24.h).")]
    [InlineData(QuantityUnit.GramPerGram, "50", "50.001", "A protein-to-creatinine ratio must be between 0 and 50 g/g; got 50.001 g/g.")]
    [InlineData(QuantityUnit.MilligramPerMillimole, "5656", "5656.001", "A protein-to-creatinine ratio must be between 0 and 5656 mg/mmol (50 g/g); got 5656.001 mg/mmol.")]
    public void Bounds_are_inclusive(QuantityUnit unit, string max, string above, string message)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Assert.True(Proteinuria.TryCreate(0m, unit, out _));
        Assert.True(Proteinuria.TryCreate(decimal.Parse(max, inv), unit, out _));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Proteinuria.Create(decimal.Parse(above, inv), unit));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        Assert.False(Proteinuria.TryCreate(-0.001m, unit, out _));
    }

    [Fact]
    public void Ratios_order_in_mg_per_mmol()
    {
        Assert.True(Proteinuria.GramsPerGram(0.5m) > Proteinuria.MilligramsPerMillimole(50m));
        Assert.True(Proteinuria.GramsPerGram(0.44m) < Proteinuria.MilligramsPerMillimole(50m));
        Assert.Equal(QuantityUnit.GramPer24Hours, default(Proteinuria).Unit);
        Assert.Equal("1.2 g/24 h", Proteinuria.GramsPer24Hours(1.2m).ToString());
    }
}
