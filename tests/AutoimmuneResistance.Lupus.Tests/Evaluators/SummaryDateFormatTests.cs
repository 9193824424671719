using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

/// <summary>The date property's arbitrary: any date DateOnly can hold, uniformly over its whole range. No shrinking.</summary>
internal static class SummaryDateArbitraries
{
    public static Arbitrary<DateOnly> Dates() =>
        Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber).ToArbitrary();
}


// Finding summaries format dates with "O" (the runtime's fast path) and promise ISO 8601 yyyy-MM-dd text. This pins
// the equivalence for every representable DateOnly, both through ToString and through an interpolated string.
[Properties(Arbitrary = [typeof(SummaryDateArbitraries)])]
public sealed class SummaryDateFormatTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(999, 12, 31)]
    [InlineData(2024, 2, 29)]
    [InlineData(9999, 12, 31)]
    public void The_round_trip_format_of_a_date_is_year_month_day(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString("O", CultureInfo.InvariantCulture));
        Assert.Equal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"{date:O}"));
    }

    [Property(MaxTest = 100)]
    public bool Every_date_formats_the_same_with_either_pattern(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date:O}") == date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
