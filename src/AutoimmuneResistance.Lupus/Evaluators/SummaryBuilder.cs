using System.Text;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// One <see cref="StringBuilder"/> per thread for composing finding summaries, so that a rule which runs at every visit
/// of every patient does not allocate a builder (and its growth) each time. Rent, append, then <see cref="Return"/>,
/// which hands back the text; never hold a rented builder across a call that may rent again.
/// </summary>
/// <remarks>
/// Summaries throughout the module write dates with the round-trip format <c>O</c>: for a <see cref="DateOnly"/> it is
/// ISO 8601 <c>yyyy-MM-dd</c>, the same text as that custom pattern, but formatted on the runtime's fast path instead of
/// being parsed as a custom pattern at every call (a test pins the equivalence).
/// </remarks>
internal static class SummaryBuilder
{
    // Builders that grew past this are dropped rather than kept, so one very long summary does not pin memory.
    private const int MaxKeptCapacity = 4096;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    /// <summary>Returns an empty builder, the thread's cached one when it is free.</summary>
    /// <returns>The builder.</returns>
    public static StringBuilder Rent()
    {
        var builder = t_cached ?? new StringBuilder(512);
        t_cached = null;
        return builder.Clear();
    }

    /// <summary>Returns the builder's text and keeps the builder for the thread's next <see cref="Rent"/>.</summary>
    /// <param name="builder">A builder from <see cref="Rent"/>.</param>
    /// <returns>The text.</returns>
    public static string Return(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxKeptCapacity)
        {
            t_cached = builder;
        }

        return text;
    }
}
