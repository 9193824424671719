namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The publications behind the treat-to-target, lupus nephritis, glucocorticoid and hydroxychloroquine instruments and
/// their definition sets, as read for the project's clinical reference (sections 4, 10 and 11).
/// </summary>
public static class TargetCitations
{
    /// <summary>Franklyn K, Lau CS, Navarra SV, et al. LLDAS. Ann Rheum Dis 2016;75(9):1615-21 (DOI as given in the clinical reference, listed there as not yet checked against the paper).</summary>
    public static Citation Franklyn2016 { get; } = new(
        "Franklyn K, Lau CS, Navarra SV, et al.",
        2016,
        "Definition and initial validation of a Lupus Low Disease Activity State (LLDAS)",
        "Ann Rheum Dis 2016;75(9):1615-21",
        "10.1136/annrheumdis-2015-207726");

    /// <summary>Golder V, Kandane-Rathnayake R, Hoi AY, et al. Arthritis Res Ther 2016, doi:10.1186/s13075-016-1163-2 (Table 3: standard maintenance doses).</summary>
    public static Citation Golder2016 { get; } = new(
        "Golder V, Kandane-Rathnayake R, Hoi AY, et al.",
        2016,
        "Frequency and predictors of the lupus low disease activity state in a multi-national and multi-ethnic cohort",
        "Arthritis Res Ther 2016;18",
        "10.1186/s13075-016-1163-2");

    /// <summary>van Vollenhoven RF, Bertsias G, Doria A, et al. 2021 DORIS definition of remission in SLE. Lupus Sci Med 2021;8(1):e000538, doi:10.1136/lupus-2021-000538.</summary>
    public static Citation VanVollenhoven2021 { get; } = new(
        "van Vollenhoven RF, Bertsias G, Doria A, et al.",
        2021,
        "2021 DORIS definition of remission in SLE: final recommendations from an international task force",
        "Lupus Sci Med 2021;8(1):e000538",
        "10.1136/lupus-2021-000538");

    /// <summary>Fanouriakis A, Kostopoulou M, Andersen J, et al. EULAR recommendations for the management of SLE: 2023 update. Ann Rheum Dis 2024;83(1):15-29, doi:10.1136/ard-2023-224762.</summary>
    public static Citation Fanouriakis2024 { get; } = new(
        "Fanouriakis A, Kostopoulou M, Andersen J, et al.",
        2024,
        "EULAR recommendations for the management of systemic lupus erythematosus: 2023 update",
        "Ann Rheum Dis 2024;83(1):15-29",
        "10.1136/ard-2023-224762");

    /// <summary>Fanouriakis A, et al. 2019 update of the EULAR/ERA-EDTA recommendations for lupus nephritis. Ann Rheum Dis 2020;79:713-23, doi:10.1136/annrheumdis-2020-216924.</summary>
    public static Citation Fanouriakis2020 { get; } = new(
        "Fanouriakis A, et al.",
        2020,
        "2019 update of the Joint European League Against Rheumatism and European Renal Association-European Dialysis and Transplant Association (EULAR/ERA-EDTA) recommendations for the management of lupus nephritis",
        "Ann Rheum Dis 2020;79:713-23",
        "10.1136/annrheumdis-2020-216924");

    /// <summary>Kostopoulou M, Fanouriakis A, Cheema K, et al. Systematic literature review informing the 2019 EULAR/ERA-EDTA update. RMD Open 2020;6(2):e001263, doi:10.1136/rmdopen-2020-001263 (early proteinuria targets).</summary>
    public static Citation Kostopoulou2020 { get; } = new(
        "Kostopoulou M, Fanouriakis A, Cheema K, et al.",
        2020,
        "Management of lupus nephritis: a systematic literature review informing the 2019 update of the joint EULAR and European Renal Association-European Dialysis and Transplant Association (EULAR/ERA-EDTA) recommendations",
        "RMD Open 2020;6(2):e001263",
        "10.1136/rmdopen-2020-001263");

    /// <summary>KDIGO 2024 Clinical Practice Guideline for the Management of Lupus Nephritis. Kidney Int 2024;105(1S):S1-S69 (DOI as given in the clinical reference, listed there as unconfirmed).</summary>
    public static Citation Kdigo2024 { get; } = new(
        "Kidney Disease: Improving Global Outcomes (KDIGO) Lupus Nephritis Work Group",
        2024,
        "KDIGO 2024 Clinical Practice Guideline for the management of lupus nephritis",
        "Kidney Int 2024;105(1S):S1-S69",
        "10.1016/j.kint.2023.09.002");

    /// <summary>Arora S, et al. Expert perspective: an approach to refractory lupus nephritis. Arthritis Rheumatol 2022;74(6):915-26, doi:10.1002/art.42092.</summary>
    public static Citation Arora2022 { get; } = new(
        "Arora S, et al.",
        2022,
        "Expert perspective: an approach to refractory lupus nephritis",
        "Arthritis Rheumatol 2022;74(6):915-26",
        "10.1002/art.42092");

    /// <summary>Marmor MF, Kellner U, Lai TY, Melles RB, Mieler WF. Hydroxychloroquine retinopathy screening (2016 revision). Ophthalmology 2016;123(6):1386-94, doi:10.1016/j.ophtha.2016.01.058.</summary>
    public static Citation Marmor2016 { get; } = new(
        "Marmor MF, Kellner U, Lai TY, Melles RB, Mieler WF.",
        2016,
        "Recommendations on screening for chloroquine and hydroxychloroquine retinopathy (2016 revision)",
        "Ophthalmology 2016;123(6):1386-94",
        "10.1016/j.ophtha.2016.01.058");

    /// <summary>Costedoat-Chalumeau N, et al. Whole-blood hydroxychloroquine and non-adherence in SLE. Ann Rheum Dis 2007;66:821-4, doi:10.1136/ard.2006.067835.</summary>
    public static Citation CostedoatChalumeau2007 { get; } = new(
        "Costedoat-Chalumeau N, et al.",
        2007,
        "Very low blood hydroxychloroquine concentration as an objective marker of poor adherence to treatment of systemic lupus erythematosus",
        "Ann Rheum Dis 2007;66:821-4",
        "10.1136/ard.2006.067835");

    /// <summary>Blanchet B, et al. Serum hydroxychloroquine threshold for non-adherence. Arthritis Res Ther 2020;22:223, doi:10.1186/s13075-020-02291-z.</summary>
    public static Citation Blanchet2020 { get; } = new(
        "Blanchet B, et al.",
        2020,
        "Hydroxychloroquine levels in patients with systemic lupus erythematosus: whole blood is preferable but serum levels also detect non-adherence",
        "Arthritis Res Ther 2020;22:223",
        "10.1186/s13075-020-02291-z");

    /// <summary>Nguyen Y, et al. (SLICC). Dose-adjusted serum thresholds of severe non-adherence. Arthritis Rheumatol 2023;75(12):2195-206, doi:10.1002/art.42645.</summary>
    public static Citation Nguyen2023 { get; } = new(
        "Nguyen Y, et al. (Systemic Lupus International Collaborating Clinics)",
        2023,
        "Association between severe nonadherence to hydroxychloroquine and systemic lupus erythematosus flares, damage, and mortality in 660 patients from the SLICC Inception Cohort",
        "Arthritis Rheumatol 2023;75(12):2195-206",
        "10.1002/art.42645");
}
