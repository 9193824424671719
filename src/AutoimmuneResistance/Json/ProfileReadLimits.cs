namespace AutoimmuneResistance;

/// <summary>
/// Limits on reading one profile from JSON (<see cref="ResistanceJson.ReadProfile(ReadOnlySpan{byte})"/>), so that a
/// malformed or hostile document is refused before it is read instead of exhausting memory. Set them with
/// <see cref="ResistancePipelineBuilder.WithProfileReadLimits(ProfileReadLimits)"/>; a cohort's records are further
/// bounded by <see cref="CohortOptions.MaxRecordBytes"/>.
/// </summary>
/// <remarks>
/// The default of 16 MiB is about 700 times the typical profile of the benchmarks (10 visits of 6 laboratory results,
/// 7 therapy courses: 23 KB) and holds about 100,000 dated laboratory results (an observation with a reference limit is
/// about 150 bytes of JSON). A document over the limit gets <see cref="DiagnosticCodes.ProfileTooLarge"/> at <c>$</c>;
/// its bytes are not parsed. A list longer than <see cref="MaxListEntries"/> gets the same code at the path of its
/// first entry beyond the limit, and the document is not read.
/// </remarks>
public sealed record ProfileReadLimits
{
    /// <summary>The smallest accepted <see cref="MaxBytes"/>.</summary>
    public const int MinBytes = 1024;

    /// <summary>Gets the default limits.</summary>
    public static ProfileReadLimits Default { get; } = new();

    /// <summary>Gets the largest profile document accepted, in UTF-8 bytes.</summary>
    /// <value>Defaults to 16 MiB; at least <see cref="MinBytes"/>.</value>
    public int MaxBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Gets the most entries any one list of the document may hold (observations, therapy courses, a course's dose
    /// changes, a module assessment's items, ...).
    /// </summary>
    /// <value>Defaults to 100,000; at least 1.</value>
    /// <remarks>
    /// A document too short to hold a longer list (under 2 × <see cref="MaxListEntries"/> bytes, 200 KB by default) is
    /// not scanned; a longer one gets one extra pass over its tokens before it is read.
    /// </remarks>
    public int MaxListEntries { get; init; } = 100_000;

    /// <summary>Throws when a limit is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range; the message names it.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, MinBytes, nameof(MaxBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxListEntries, 1, nameof(MaxListEntries));
    }
}
