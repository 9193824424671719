using System.Globalization;
using System.Text;
using System.Text.Json;
using AutoimmuneResistance.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Json;

/// <summary>A plain JSON number as text: digits without a leading zero, sometimes with a fraction.</summary>
public sealed record PlainNumberText(string Text)
{
    public override string ToString() => Text;
}

/// <summary>A decimal of any magnitude and scale, sometimes with trailing zeros; prints with its scale and bits.</summary>
public sealed record ScaledDecimal(decimal Value)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value} (scale {Value.Scale}, bits {string.Join(",", decimal.GetBits(Value))})");
}

/// <summary>
/// The JSON number properties' arbitraries: plain number texts of any length (sized, as FsCheck grows its size over the
/// run) and decimals of every magnitude, sign and scale, some multiplied up to carry trailing zeros. No shrinking.
/// </summary>
internal static class JsonNumberArbitraries
{
    public static Arbitrary<PlainNumberText> PlainNumbers() =>
        (from whole in Gen.Choose(0, 9).ArrayOf()
         from first in Gen.Choose(1, 9)
         from fraction in Gen.Choose(0, 9).ArrayOf()
         from pointed in Gen.Elements(true, false)
         select new PlainNumberText((whole.Length == 0 ? "0" : first + string.Concat(whole)) + (pointed && fraction.Length > 0 ? "." + string.Concat(fraction) : string.Empty))).ToArbitrary();

    public static Arbitrary<ScaledDecimal> Decimals() =>
        (from lo in Gen.Choose(int.MinValue, int.MaxValue)
         from mid in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(int.MinValue, int.MaxValue)))
         from hi in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Choose(0, int.MaxValue)))
         from negative in Gen.Elements(true, false)
         from scale in Gen.Choose(0, 28)
         from zeros in Gen.Choose(0, 6)
         select new ScaledDecimal(Scaled(new decimal(lo, mid, hi, negative, (byte)scale), zeros))).ToArbitrary();

    // Multiplies by a power of ten with the scale raised to match: the same number with trailing zeros, when it fits.
    private static decimal Scaled(decimal value, int zeros)
    {
        try
        {
            var factor = 1m;
            for (var i = 0; i < zeros && value.Scale + i < 28; i++)
            {
                factor *= 1.0m;
            }

            return value * factor;
        }
        catch (OverflowException)
        {
            return value;
        }
    }
}

/// <summary>
/// The shortcuts of the read: plain numbers parsed from their digits give exactly the reader's decimal (value and scale),
/// and normalisation without division gives exactly the division's result.
/// </summary>
[Properties(Arbitrary = [typeof(JsonNumberArbitraries)], Replay = PropertyConfig.Replay)]
public sealed class JsonNumbersTests
{
    private const decimal One = 1.0000000000000000000000000000m;

    [Theory]
    [InlineData("1")]
    [InlineData("7.5")]
    [InlineData("4.10")]
    [InlineData("1000")]
    [InlineData("0.0000000000000000001")]
    [InlineData("9999999999999999999")]
    [InlineData("999999999999999999.9")]
    [InlineData("0")]
    [InlineData("0.00")]
    [InlineData("-1.5")]
    [InlineData("1e3")]
    [InlineData("1.5E-2")]
    [InlineData("10000000000000000000")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("123456789012345678901234567890.123456789")]
    public void A_number_reads_as_the_readers_own_decimal(string text) => AssertSameAsReader(text);

    [Property(MaxTest = 2000)]
    public void Random_plain_numbers_read_as_the_readers_own_decimal(PlainNumberText number) => AssertSameAsReader(number.Text);

    [Property(MaxTest = 3000)]
    public void Normalising_without_division_gives_the_divisions_result(ScaledDecimal number) =>
        AssertBits(number.Value / One, UnitConversion.Normalize(number.Value));

    [Theory]
    [InlineData("0")]
    [InlineData("0.000")]
    [InlineData("-0.0")]
    [InlineData("7.50")]
    [InlineData("-7.500")]
    [InlineData("100")]
    [InlineData("1000.0000000000000000000000000")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-0.0000000000000000000000000010")]
    public void Edge_values_normalise_as_the_division_does(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        AssertBits(value / One, UnitConversion.Normalize(value));
    }

    private static void AssertSameAsReader(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        var expectedOk = reader.TryGetDecimal(out var expected);

        var ok = JsonNumbers.TryGetDecimal(ref reader, out var actual);

        Assert.Equal(expectedOk, ok);
        if (ok)
        {
            AssertBits(expected, actual);
        }
    }

    private static void AssertBits(decimal expected, decimal actual) =>
        Assert.True(
            decimal.GetBits(expected).SequenceEqual(decimal.GetBits(actual)),
            $"expected {expected} (scale {expected.Scale}, bits {string.Join(",", decimal.GetBits(expected))}), got {actual} (scale {actual.Scale}, bits {string.Join(",", decimal.GetBits(actual))})");
}
