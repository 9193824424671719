namespace AutoimmuneResistance.Lupus;

/// <summary>The publications the lupus module's evaluators cite, in one place so that every finding cites them identically.</summary>
public static class LupusSources
{
    /// <summary>EULAR recommendations for the management of SLE, 2023 update.</summary>
    public static Citation Eular2023 { get; } = new(
        "Fanouriakis A, Kostopoulou M, Andersen J, et al.", 2024,
        "EULAR recommendations for the management of systemic lupus erythematosus: 2023 update",
        "Ann Rheum Dis 2024;83(1):15-29", "10.1136/ard-2023-224762");

    /// <summary>CPIC guideline for thiopurine dosing based on TPMT and NUDT15 genotypes, 2018 update.</summary>
    public static Citation CpicThiopurines { get; } = new(
        "Relling MV, Schwab M, Whirl-Carrillo M, et al.", 2019,
        "Clinical Pharmacogenetics Implementation Consortium guideline for thiopurine dosing based on TPMT and NUDT15 genotypes: 2018 update",
        "Clin Pharmacol Ther 2019;105(5):1095-1105", "10.1002/cpt.1304");

    /// <summary>CPIC guideline for CYP3A5 genotype and tacrolimus dosing.</summary>
    public static Citation CpicTacrolimus { get; } = new(
        "Birdwell KA, Decker B, Barbarino JM, et al.", 2015,
        "Clinical Pharmacogenetics Implementation Consortium (CPIC) guidelines for CYP3A5 genotype and tacrolimus dosing",
        "Clin Pharmacol Ther 2015;98(1):19-24", "10.1002/cpt.113");

    /// <summary>FcγRIIIa genotype and B-cell depletion after rituximab in SLE.</summary>
    public static Citation AnolikFcgr3a { get; } = new(
        "Anolik JH, Campbell D, Felgar RE, et al.", 2003,
        "The relationship of FcgammaRIIIa genotype to degree of B cell depletion by rituximab in the treatment of systemic lupus erythematosus",
        "Arthritis Rheum 2003;48(2):455-9", "10.1002/art.10764");

    /// <summary>Primary and secondary non-response to rituximab in SLE, B-cell biomarkers and anti-drug antibodies.</summary>
    public static Citation MdYusofRituximab { get; } = new(
        "Md Yusof MY, Shaw D, El-Sherbiny YM, et al.", 2017,
        "Predicting and managing primary and secondary non-response to rituximab using B-cell biomarkers in systemic lupus erythematosus",
        "Ann Rheum Dis 2017;76(11):1829-36", "10.1136/annrheumdis-2017-211191");

    /// <summary>
    /// Peripheral blood B-cell depletion after rituximab and complete response in lupus nephritis (LUNAR): complete
    /// peripheral depletion (0 cells/µL) in 53 of 68, reached after a median 182 days and lasting a median 71 days;
    /// complete response at week 78 in 47 % with it versus 13 % without.
    /// </summary>
    public static Citation GomezMendezLunar { get; } = new(
        "Gomez Mendez LM, Cascino MD, Garg J, Katsumoto TR, Brakeman P, Dall'Era M, Looney RJ, Rovin B, Dragone L, Brunetta P.", 2018,
        "Peripheral blood B cell depletion after rituximab and complete response in lupus nephritis",
        "Clin J Am Soc Nephrol 2018;13(10):1502-9", "10.2215/CJN.01070118");

    /// <summary>
    /// Conference abstract from University College London: a longer duration of B-cell depletion went with a better
    /// outcome. The 12-month split that <see cref="RituximabRepopulationDefinitions"/> uses is UNCONFIRMED (see there).
    /// </summary>
    public static Citation DiasDepletionDuration { get; } = new(
        "Dias S, Rodriguez V, Nguyen H, Pericleous C, Isenberg DA.", 2013,
        "Longer duration of B cell depletion in patients with systemic lupus erythematosus is associated with a better outcome",
        "2013 ACR/ARHP Annual Meeting, abstract 1573", url: "https://acrabstracts.org/?p=4146");

    /// <summary>Pooled TULIP-1/2 analysis of anifrolumab by type I interferon gene signature.</summary>
    public static Citation VitalTulip { get; } = new(
        "Vital EM, Merrill JT, Morand EF, et al.", 2022,
        "Anifrolumab efficacy and safety by type I interferon gene signature and clinical subgroups in patients with SLE: post hoc analysis of pooled data from two phase III trials",
        "Ann Rheum Dis 2022;81(7):951-61", "10.1136/annrheumdis-2021-221425");

    /// <summary>Pooled BLISS-52/76 analysis of belimumab by baseline BLyS level.</summary>
    public static Citation RothBlys { get; } = new(
        "Roth DA, Thompson A, Tang Y, et al.", 2016,
        "Elevated BLyS levels in patients with systemic lupus erythematosus: associated factors and responses to belimumab",
        "Lupus 2016;25(4):346-54", "10.1177/0961203315604909");

    /// <summary>
    /// Pooled BLISS-52 and BLISS-76 subgroup analysis of belimumab by baseline disease activity (N = 1684): in the low
    /// complement and anti-dsDNA-positive subgroup, SRI response at week 52 in 51.5 % on belimumab 10 mg/kg (n = 305)
    /// against 31.7 % on placebo (n = 287), an observed difference of 19.8 percentage points (Table 2).
    /// </summary>
    public static Citation VanVollenhovenBliss { get; } = new(
        "van Vollenhoven RF, Petri MA, Cervera R, et al.", 2012,
        "Belimumab in the treatment of systemic lupus erythematosus: high disease activity predictors of response",
        "Ann Rheum Dis 2012;71(8):1343-9", "10.1136/annrheumdis-2011-200937");

    /// <summary>Meta-analysis of smoking and the efficacy of antimalarials in cutaneous lupus.</summary>
    public static Citation ChassetSmoking { get; } = new(
        "Chasset F, Francès C, Barete S, Amoura Z, Arnaud L.", 2015,
        "Influence of smoking on the efficacy of antimalarials in cutaneous lupus: a meta-analysis of the literature",
        "J Am Acad Dermatol 2015;72(4):634-9", "10.1016/j.jaad.2014.12.025");

    /// <summary>Lupus Low Disease Activity State definition.</summary>
    public static Citation FranklynLldas { get; } = new(
        "Franklyn K, Lau CS, Navarra SV, et al.", 2016,
        "Definition and initial validation of a Lupus Low Disease Activity State (LLDAS)",
        "Ann Rheum Dis 2016;75(9):1615-21", "10.1136/annrheumdis-2015-207726");

    /// <summary>
    /// Optimal cut-point (0.80) for refill-based adherence measures from administrative claims (derived outside lupus):
    /// the core's <see cref="RefillAdherenceCheck.Source"/>, the same instance.
    /// </summary>
    public static Citation KarveAdherence => RefillAdherenceCheck.Source;

    /// <summary>The SLE Responder Index (SRI-4), whose SLEDAI component is a decrease of at least 4 points.</summary>
    public static Citation FurieSri { get; } = new(
        "Furie RA, Petri MA, Wallace DJ, et al.", 2009,
        "Novel evidence-based systemic lupus erythematosus responder index",
        "Arthritis Rheum 2009;61(9):1143-51", "10.1002/art.24698");
}
