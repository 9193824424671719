using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Instruments;

/// <summary>A decimal of any sign and scale, mostly with small high words; prints with its scale.</summary>
public sealed record AnyDecimal(decimal Value)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value} (scale {Value.Scale})");
}

/// <summary>The decimal property's arbitrary: decimals built from random bits, any sign and any scale from 0 to 28. No shrinking.</summary>
internal static class DecimalArbitraries
{
    public static Arbitrary<AnyDecimal> Decimals() =>
        (from lo in Gen.Choose(int.MinValue, int.MaxValue)
         from mid in Gen.Elements(0, 0, 1, -1, 123456, int.MaxValue)
         from hi in Gen.Elements(0, 0, 0, 1, 7, int.MaxValue)
         from negative in Gen.Elements(false, true)
         from scale in Gen.Choose(0, 28)
         select new AnyDecimal(new decimal(lo, mid, hi, negative, (byte)scale))).ToArbitrary();
}

// Decimals.Normalize strips trailing zeros from results (20.000 -> 20). It replaced a division by a one with many
// trailing zeros; both must agree on value and on printed form for every decimal.
[Properties(Arbitrary = [typeof(DecimalArbitraries)])]
public sealed class DecimalsTests
{
    [Theory]
    [InlineData("20.000", "20")]
    [InlineData("7.50", "7.5")]
    [InlineData("0.5", "0.5")]
    [InlineData("-3.1400", "-3.14")]
    [InlineData("0.000", "0")]
    [InlineData("-0.00", "0")]
    [InlineData("100", "100")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950330", "7.922816251426433759354395033")]
    public void Trailing_zeros_are_removed_and_the_value_kept(string input, string expected)
    {
        var value = decimal.Parse(input, CultureInfo.InvariantCulture);

        var normalized = AutoimmuneResistance.Lupus.Decimals.Normalize(value);

        Assert.Equal(expected, normalized.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(value, normalized);
    }

    [Property(MaxTest = 100)]
    public bool Normalize_agrees_with_division_by_a_long_one(AnyDecimal number)
    {
        var value = number.Value;
        var normalized = AutoimmuneResistance.Lupus.Decimals.Normalize(value);
        var divided = value / 1.000000000000000000000000000000000m;
        return normalized == value
            && normalized.ToString(CultureInfo.InvariantCulture) == (divided == 0m ? 0m : divided).ToString(CultureInfo.InvariantCulture);
    }
}
