namespace AutoimmuneResistance.Lupus;

/// <summary>
/// A serum B-lymphocyte stimulator (BLyS/BAFF) level (JSON kind <c>sle.blys-level</c>). The pooled BLISS analysis
/// split patients at 2 ng/mL (Roth DA et al. Lupus 2016;25(4):346-54, doi:10.1177/0961203315604909).
/// </summary>
public sealed record BlysLevel : InstrumentAssessment
{
    /// <summary>Gets the level (mass concentration, for example ng/mL).</summary>
    public required Concentration Level { get; init; }
}
