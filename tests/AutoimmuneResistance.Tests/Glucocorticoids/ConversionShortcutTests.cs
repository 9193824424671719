using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Tests.Glucocorticoids;

/// <summary>A milligram amount a dose accepts, printed with its scale (trailing zeros matter to these properties).</summary>
public sealed record DoseAmount(decimal Milligrams)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Milligrams} mg (scale {Milligrams.Scale})");
}

/// <summary>
/// The conversion-shortcut arbitrary: every milligram amount a dose accepts (0 to 100 000 mg), with 0 to 6 decimal
/// places, so that trailing zeros are exercised. No shrinking.
/// </summary>
internal static class ConversionShortcutArbitraries
{
    public static Arbitrary<DoseAmount> Amounts() =>
        (from units in Gen.Choose(0, 100_000)
         from places in Gen.Choose(0, 6)
         from fraction in Gen.Choose(0, 999_999)
         select new DoseAmount(units == 100_000 ? 100_000m : units + new decimal(fraction % (int)Math.Pow(10, places), 0, 0, false, (byte)places))).ToArbitrary();
}

// Two conversions skip a decimal division when it is the identity: prednisone and prednisolone (x * 5 / 5) and a
// once-daily regimen's average (x * 1 / 1). These properties check that the shortcut returns what the division
// returns, value and printed form (the scale shows in every summary and JSON document).
[Properties(Arbitrary = [typeof(ConversionShortcutArbitraries)])]
public sealed class ConversionShortcutTests
{
    // One property per reference substance (a [Property] takes no inline data), each with FsCheck's default 100 cases as before.
    [Property(MaxTest = 100)]
    public bool Converting_prednisone_returns_the_division_result_unchanged(DoseAmount amount) =>
        ConvertsToTheDivisionResult("prednisone", amount.Milligrams);

    [Property(MaxTest = 100)]
    public bool Converting_prednisolone_returns_the_division_result_unchanged(DoseAmount amount) =>
        ConvertsToTheDivisionResult("prednisolone", amount.Milligrams);

    [Property(MaxTest = 100)]
    public bool A_once_daily_regimen_averages_to_the_division_result(DoseAmount amount)
    {
        var dose = Dose.Milligrams(amount.Milligrams);
        var average = DoseRegimen.Daily(dose).AverageDailyDose();
        var divided = dose.Value * 1 / 1;
        return average.Unit == QuantityUnit.Milligram && average.Value == divided && Text(average.Value) == Text(divided);
    }

    [Theory]
    [InlineData(400, 1, 1, true, "400")]
    [InlineData(600, 1, 2, true, "300")]
    [InlineData(60_000, 2, 1, false, null)] // 120 000 mg/day: above the dose ceiling
    [InlineData(400, 0, 1, false, null)]
    [InlineData(400, 1, 0, false, null)]
    public void TryGetAverageDailyDose_fails_where_AverageDailyDose_throws(int milligrams, int administrations, int intervalDays, bool valid, string? expected)
    {
        var regimen = new DoseRegimen(Dose.Milligrams(milligrams), administrations, intervalDays);

        Assert.Equal(valid, regimen.TryGetAverageDailyDose(out var average));
        if (valid)
        {
            Assert.Equal(expected, Text(average.Value));
            Assert.Equal(average, regimen.AverageDailyDose());
        }
        else
        {
            var error = Record.Exception(() => regimen.AverageDailyDose());
            Assert.True(error is InvalidOperationException or ArgumentOutOfRangeException, $"unexpected {error?.GetType().Name ?? "no exception"}");
        }
    }

    private static bool ConvertsToTheDivisionResult(string substance, decimal milligrams)
    {
        var dose = Dose.Milligrams(milligrams);
        var converted = GlucocorticoidEquivalence.ToPrednisoneEquivalent(TherapyId.Create(substance), dose, Route.Oral);
        var divided = dose.Value * GlucocorticoidEquivalence.ReferencePrednisoneMilligrams / 5m;
        return converted.Value == divided && Text(converted.Value) == Text(divided);
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
