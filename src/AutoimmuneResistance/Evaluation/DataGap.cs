namespace AutoimmuneResistance;

/// <summary>
/// The single datum that would turn an <see cref="FindingStatus.Unknown"/> finding into a decided one, so that the
/// output tells a researcher what to collect next (for example a whole-blood hydroxychloroquine level).
/// </summary>
public sealed record DataGap
{
    /// <summary>Gets the missing datum, in words.</summary>
    public required string Datum { get; init; }

    /// <summary>Gets the code of the test that would supply it (for example LOINC 95921-3).</summary>
    /// <value><see langword="null"/> when no single coded test fits.</value>
    public ClinicalCode? Test { get; init; }

    /// <summary>Gets the profile path where the datum belongs (for example <c>$.drugLevels</c>).</summary>
    /// <value><see langword="null"/> when not applicable.</value>
    public string? Path { get; init; }
}
