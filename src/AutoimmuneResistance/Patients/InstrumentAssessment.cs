namespace AutoimmuneResistance;

/// <summary>
/// Base of a dated clinical-instrument assessment on a profile (for example a SLEDAI-2K visit with its descriptors).
/// Disease modules derive sealed records from it and register each with a namespaced <c>$kind</c>; the core
/// registers <see cref="RecordedScore"/> (<c>core.recorded-score</c>) for totals whose items were not recorded.
/// </summary>
/// <remarks>Hierarchies are one level deep: derive directly from this type. The <c>$kind</c> names the instrument.</remarks>
public abstract record InstrumentAssessment
{
    /// <summary>Gets the date of the assessment.</summary>
    public required DateOnly On { get; init; }
}
