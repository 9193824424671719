namespace AutoimmuneResistance.Lupus;

/// <summary>
/// A peripheral B-cell depletion result after B-cell depleting therapy (JSON kind <c>sle.b-cell-depletion</c>), as
/// the laboratory's highly sensitive flow cytometry classified it. The library does not set its own cell-count
/// cut-off: depletion thresholds depend on the assay (Md Yusof MY et al. Ann Rheum Dis 2017;76(11):1829-36,
/// doi:10.1136/annrheumdis-2017-211191, measured at 6 weeks).
/// </summary>
public sealed record BCellDepletion : InstrumentAssessment
{
    /// <summary>Gets whether depletion was complete by the laboratory's criterion.</summary>
    public required bool Complete { get; init; }

    /// <summary>Gets the B-cell count, when reported.</summary>
    /// <value><see langword="null"/> when not reported.</value>
    public CellCount? Count { get; init; }
}
