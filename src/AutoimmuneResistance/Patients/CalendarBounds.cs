namespace AutoimmuneResistance;

/// <summary>
/// The dates a profile may carry: 1800-01-01 to 2299-12-31. A plausibility bound of the library's own, like the birth
/// year's, applied by the JSON contract on read and by validation to profiles built in code. Outside it a date is an
/// entry error (a mistyped year); inside it every window the evaluators and instruments add to a date (months to a few
/// centuries) stays inside the calendar, so date arithmetic never fails on an accepted profile.
/// </summary>
internal static class CalendarBounds
{
    /// <summary>The earliest accepted date, 1800-01-01.</summary>
    public static readonly DateOnly Earliest = new(1800, 1, 1);

    /// <summary>The latest accepted date, 2299-12-31.</summary>
    public static readonly DateOnly Latest = new(2299, 12, 31);

    /// <summary>The rule as one sentence, for diagnostics and exceptions.</summary>
    public const string Rule = "a date must be between 1800-01-01 and 2299-12-31 (the library's plausibility bound)";

    /// <summary>Returns whether <paramref name="date"/> lies within the bounds.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when it is accepted.</returns>
    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;
}
