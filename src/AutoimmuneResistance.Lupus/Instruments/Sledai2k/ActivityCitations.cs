namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The publications behind the lupus activity instruments (SLEDAI-2K, its 30-day window, High Disease Activity Status
/// and the SLE Responder Index), shared by their descriptors and definition sets.
/// </summary>
internal static class ActivityCitations
{
    /// <summary>Gladman DD, Ibañez D, Urowitz MB. J Rheumatol 2002;29(2):288-91 (PMID 11838846; no DOI).</summary>
    internal static Citation Gladman2002 { get; } = new(
        "Gladman DD, Ibañez D, Urowitz MB",
        2002,
        "Systemic lupus erythematosus disease activity index 2000",
        "J Rheumatol 2002;29(2):288-91 (PMID 11838846)",
        url: "https://pubmed.ncbi.nlm.nih.gov/11838846/");

    /// <summary>Bombardier C, Gladman DD, Urowitz MB, et al. Arthritis Rheum 1992;35:630-40 (the parent index).</summary>
    internal static Citation Bombardier1992 { get; } = new(
        "Bombardier C, Gladman DD, Urowitz MB, Caron D, Chang CH, et al.",
        1992,
        "Derivation of the SLEDAI: a disease activity index for lupus patients",
        "Arthritis Rheum 1992;35:630-40");

    /// <summary>Touma Z, Urowitz MB, Gladman DD. Lupus 2010;19(1):49-51, doi:10.1177/0961203309346505.</summary>
    internal static Citation Touma2010 { get; } = new(
        "Touma Z, Urowitz MB, Gladman DD",
        2010,
        "SLEDAI-2K for a 30-day window",
        "Lupus 2010;19(1):49-51",
        doi: "10.1177/0961203309346505");

    /// <summary>Koelmeyer R, Nim HT, Nikpour M, et al. Lupus Sci Med 2020;7(1):e000372, doi:10.1136/lupus-2019-000372.</summary>
    internal static Citation Koelmeyer2020 { get; } = new(
        "Koelmeyer R, Nim HT, Nikpour M, et al.",
        2020,
        "High disease activity status suggests more severe disease and damage accrual in systemic lupus erythematosus",
        "Lupus Sci Med 2020;7(1):e000372",
        doi: "10.1136/lupus-2019-000372");

    /// <summary>Kandane-Rathnayake R, Louthrenoo W, Hoi A, et al. Arthritis Res Ther 2022;24, doi:10.1186/s13075-022-02756-3.</summary>
    internal static Citation KandaneRathnayake2022 { get; } = new(
        "Kandane-Rathnayake R, Louthrenoo W, Hoi A, et al., for the Asia-Pacific Lupus Collaboration",
        2022,
        "'Not at target': prevalence and consequences of inadequate disease control in systemic lupus erythematosus - a multinational observational cohort study",
        "Arthritis Res Ther 2022;24",
        doi: "10.1186/s13075-022-02756-3");

    /// <summary>Kandane-Rathnayake R, Golder V, Louthrenoo W, et al. Rheumatology 2025;64(5):2741-8, doi:10.1093/rheumatology/keae631.</summary>
    internal static Citation KandaneRathnayake2025 { get; } = new(
        "Kandane-Rathnayake R, Golder V, Louthrenoo W, et al., for the Asia-Pacific Lupus Collaboration",
        2025,
        "Association of lupus low disease activity state and remission with reduced organ damage and flare in systemic lupus erythematosus patients with high disease activity: a multi-national, longitudinal cohort study",
        "Rheumatology (Oxford) 2025;64(5):2741-8",
        doi: "10.1093/rheumatology/keae631");

    /// <summary>Furie RA, Petri MA, Wallace DJ, et al. Arthritis Rheum 2009;61(9):1143-51, doi:10.1002/art.24698.</summary>
    internal static Citation Furie2009 { get; } = new(
        "Furie RA, Petri MA, Wallace DJ, et al.",
        2009,
        "Novel evidence-based systemic lupus erythematosus responder index",
        "Arthritis Rheum 2009;61(9):1143-51",
        doi: "10.1002/art.24698");
}
