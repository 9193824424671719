namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>Whole calendar months between two dates.</summary>
internal static class CalendarMonths
{
    /// <summary>The completed calendar months from <paramref name="from"/> to <paramref name="to"/> (0 when <paramref name="to"/> is earlier): the largest n with from + n months ≤ to.</summary>
    internal static int Completed(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return 0;
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        return from.AddMonths(months) > to ? months - 1 : months;
    }
}
