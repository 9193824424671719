namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The publications behind the sequential failure rule (pathway redundancy, seed claim S3) and the module's reading of
/// genetic claims (seed claim S6). Each was read as its abstract (see docs/evaluators/ssc.sequential-failure.md and
/// docs/evaluators/ssc.thiopurine-metabolism.md for what each says and what it does not).
/// </summary>
internal static class PathwaySources
{
    /// <summary>
    /// Allanore Y, et al. Systemic sclerosis. Nat Rev Dis Primers 2015: pathogenesis combines vasculopathy, autoimmunity
    /// with activation of innate and adaptive immunity, and fibrosis, with extensive variation between patients.
    /// </summary>
    public static Citation Allanore2015 { get; } = new(
        "Allanore Y, Simms R, Distler O, Trojanowska M, Pope J, Denton CP, Varga J.",
        2015,
        "Systemic sclerosis",
        "Nat Rev Dis Primers 2015;1:15002",
        "10.1038/nrdp.2015.2");

    /// <summary>
    /// The Nat Rev Rheumatol 2010 review of targeted therapy in SSc (PubMed 20386562; authors not read): no single drug
    /// proven effective, and the hope that simultaneous or sequential use of drugs acting on distinct pathways will do
    /// better than monotherapy.
    /// </summary>
    public static Citation TargetedTherapy2010 { get; } = new(
        "Authors not verified (PubMed 20386562)",
        2010,
        "Targeted therapy for systemic sclerosis: how close are we?",
        "Nat Rev Rheumatol 2010;6(5):269-78",
        "10.1038/nrrheum.2010.48",
        "https://pubmed.ncbi.nlm.nih.gov/20386562/");

    /// <summary>
    /// Assassi S, et al. Genetics of scleroderma: implications for personalized medicine? BMC Med 2013: susceptibility
    /// loci are replicated, but genetic biomarkers that predict treatment response would need genetic studies built into
    /// drug trials; reliable predictors of course and therapy are very limited.
    /// </summary>
    public static Citation Assassi2013 { get; } = new(
        "Assassi S, Radstake TRDJ, Mayes MD, Martin J.",
        2013,
        "Genetics of scleroderma: implications for personalized medicine?",
        "BMC Med 2013;11:9",
        "10.1186/1741-7015-11-9");

    /// <summary>Relling MV, et al. CPIC guideline for thiopurine dosing based on TPMT and NUDT15 genotypes: 2018 update (the same record the lupus module cites).</summary>
    public static Citation CpicThiopurines { get; } = new(
        "Relling MV, Schwab M, Whirl-Carrillo M, et al.", 2019,
        "Clinical Pharmacogenetics Implementation Consortium guideline for thiopurine dosing based on TPMT and NUDT15 genotypes: 2018 update",
        "Clin Pharmacol Ther 2019;105(5):1095-1105", "10.1002/cpt.1304");
}
