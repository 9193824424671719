namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>The publications of the pulmonary hypertension interference rule (seed claim S5).</summary>
internal static class InterferenceCitations
{
    /// <summary>The 2022 ESC/ERS pulmonary hypertension guidelines: pulmonary hypertension is a mean pulmonary arterial pressure above 20 mmHg at rest on right-heart catheterisation.</summary>
    public static Citation Humbert2022 { get; } = new(
        "Humbert M, Kovacs G, Hoeper MM, et al.",
        2022,
        "2022 ESC/ERS Guidelines for the diagnosis and treatment of pulmonary hypertension",
        "Eur Heart J 2022",
        "10.1093/eurheartj/ehac237");

    /// <summary>The 2015 ESC/ERS pulmonary hypertension guidelines: pulmonary hypertension is a mean pulmonary arterial pressure of at least 25 mmHg at rest on right-heart catheterisation.</summary>
    public static Citation Galie2016 { get; } = new(
        "Galiè N, Humbert M, Vachiery JL, et al.",
        2016,
        "2015 ESC/ERS Guidelines for the diagnosis and treatment of pulmonary hypertension",
        "Eur Heart J 2016",
        "10.1093/eurheartj/ehv317");

    /// <summary>
    /// The EBMT Autoimmune Diseases Working Party's cardiopulmonary assessment before autologous stem-cell transplantation
    /// in SSc: a mean pulmonary arterial pressure above 25 mmHg at rest (or above 30 mmHg after a fluid challenge) on
    /// right-heart catheterisation contraindicates the standard protocols. Authors not verified (the title, journal and
    /// DOI were read on PubMed; the threshold in a comparison table of transplant criteria, PMC10242691, and in the
    /// EBMT 2025 best-practice recommendations, which cite it).
    /// </summary>
    public static Citation Ebmt2017 { get; } = new(
        "EBMT Autoimmune Diseases Working Party and collaborating partners (authors not verified)",
        2017,
        "Cardiopulmonary assessment of patients with systemic sclerosis for hematopoietic stem cell transplantation: recommendations from the European Society for Blood and Marrow Transplantation Autoimmune Diseases Working Party and collaborating partners",
        "Bone Marrow Transplant 2017;52(11):1495-1503",
        "10.1038/bmt.2017.56");

    /// <summary>Mycophenolic acid exposure in SSc: 8-fold variation, lower with a raised faecal calprotectin (34 patients, prospective, observational).</summary>
    public static Citation Andreasson2020 { get; } = new(
        "Andréasson K, Neringer K, Wuttge DM, Henrohn D, Marsal J, Hesselstrand R.",
        2020,
        "Mycophenolate mofetil for systemic sclerosis: drug exposure exhibits considerable inter-individual variation - a prospective, observational study",
        "Arthritis Res Ther 2020;22(1):230",
        "10.1186/s13075-020-02323-8");

    /// <summary>Mycophenolate in SSc, a systematic review: gastrointestinal events were 47.7 % of the non-lethal adverse events; discontinuation 8 to 40 %.</summary>
    public static Citation Omair2015 { get; } = new(
        "Omair MA, Alahmadi A, Johnson SR.",
        2015,
        "Safety and effectiveness of mycophenolate in systemic sclerosis. A systematic review",
        "PLoS One 2015;10(5):e0124205",
        "10.1371/journal.pone.0124205");
}
