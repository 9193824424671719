namespace AutoimmuneResistance.Lupus;

/// <summary>The publications behind the SLE Disease Activity Score (SLE-DAS) instrument and its definition set.</summary>
public static class SleDasCitations
{
    /// <summary>
    /// Jesus D, Matos A, Henriques C, et al. Derivation and validation of the SLE Disease Activity Score (SLE-DAS). Ann
    /// Rheum Dis 2019;78(3):365-71, doi:10.1136/annrheumdis-2018-214502: the 17 items and their definitions (Table 1)
    /// and the formula (Figure 1).
    /// </summary>
    public static Citation Jesus2019 { get; } = new(
        "Jesus D, Matos A, Henriques C, et al.",
        2019,
        "Derivation and validation of the SLE Disease Activity Score (SLE-DAS): a new SLE continuous measure with high sensitivity for changes in disease activity",
        "Ann Rheum Dis 2019;78(3):365-71",
        "10.1136/annrheumdis-2018-214502");

    /// <summary>
    /// Jesus D, Larosa M, Henriques C, et al. SLE-DAS enables accurate and user-friendly definitions of clinical
    /// remission and categories of disease activity. Ann Rheum Dis 2021;80(12):1568-74 (DOI as given by the issue and
    /// one secondary source, not read on the article itself): the remission and activity-category cut-offs.
    /// </summary>
    public static Citation Jesus2021 { get; } = new(
        "Jesus D, Larosa M, Henriques C, et al.",
        2021,
        "Systemic Lupus Erythematosus Disease Activity Score (SLE-DAS) enables accurate and user-friendly definitions of clinical remission and categories of disease activity",
        "Ann Rheum Dis 2021;80(12):1568-74",
        "10.1136/annrheumdis-2021-220363");

    /// <summary>
    /// Jesus D, et al. SLE-DAS enables an accurate definition of severe lupus disease activity: derivation and validation
    /// in a post hoc study of anifrolumab phase II and III studies. Lupus Sci Med 2025;12(1):e001499,
    /// doi:10.1136/lupus-2025-001499: the severe-activity cut-off (&gt; 9.90, read in the abstract).
    /// </summary>
    public static Citation Jesus2025 { get; } = new(
        "Jesus D, et al.",
        2025,
        "SLE-DAS enables an accurate definition of severe lupus disease activity: derivation and validation in a post hoc study of anifrolumab phase II and III studies",
        "Lupus Sci Med 2025;12(1):e001499",
        "10.1136/lupus-2025-001499");

    /// <summary>
    /// Assunção H, Jesus D, Larosa M, et al. Definition of low disease activity state based on the SLE-DAS: derivation
    /// and validation in a multicentre real-life cohort (issued 3 August 2022; the abstract read in the Polytechnic
    /// Institute of Viseu repository record, journal and DOI not confirmed): SLE-DAS low disease activity is a score of
    /// at most 2.48 (derived against LLDAS, area under the curve 0.965) with a prednisone dose of at most 7.5 mg/day.
    /// </summary>
    public static Citation Assuncao2022 { get; } = new(
        "Assunção H, Jesus D, Larosa M, et al.",
        2022,
        "Definition of low disease activity state based on the SLE-DAS: derivation and validation in a multicentre real-life cohort",
        "Repository record of the Polytechnic Institute of Viseu, issued 3 August 2022 (journal not confirmed)",
        url: "https://repositorio.ipv.pt/entities/publication/953ebf1b-254e-466f-8886-bb7292075019");
}
