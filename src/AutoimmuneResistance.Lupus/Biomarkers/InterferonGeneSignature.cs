namespace AutoimmuneResistance.Lupus;

/// <summary>
/// A type I interferon gene signature result (JSON kind <c>sle.interferon-gene-signature</c>) as the testing
/// laboratory classified it: high or low. TULIP-1/2 used a 4-gene whole-blood assay (Vital EM et al. Ann Rheum Dis
/// 2022;81(7):951-61, doi:10.1136/annrheumdis-2021-221425).
/// </summary>
public sealed record InterferonGeneSignature : InstrumentAssessment
{
    /// <summary>Gets whether the signature was classified as high.</summary>
    public required bool High { get; init; }

    /// <summary>Gets the assay's name as reported.</summary>
    /// <value><see langword="null"/> when not reported.</value>
    public string? Assay { get; init; }
}
