using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The options to consider once a lupus therapy failed or a refractory definition is met, in the order the lupus
/// verdict lists them before it reads the profile (<c>docs/evaluators/sle.verdict.md</c>): one list for lupus nephritis
/// and one for extra-renal disease. Each entry names its therapies, a plain-words rationale, an evidence grade, the
/// publications it rests on and, where a trial or series gives one, the result as data (<see cref="LupusEvidence"/>); all
/// were read before they were cited.
/// </summary>
/// <remarks>
/// <para>
/// Renal list (vignette V2; EULAR/ERA-EDTA 2019 for non-responding lupus nephritis, EULAR 2023 for active and refractory
/// disease): switching the standard induction regimen, rituximab or obinutuzumab, add-on belimumab, a calcineurin
/// inhibitor (voclosporin or tacrolimus), and emerging CD19 CAR T-cell therapy.
/// </para>
/// <para>
/// Extra-renal list (EULAR 2023; seed claims L6 and L8): belimumab, anifrolumab, rituximab for refractory disease,
/// combination therapy, and the emerging CD19 CAR T-cell therapy and autologous haematopoietic stem-cell
/// transplantation.
/// </para>
/// <para>
/// Order: guideline-recommended options first, in the order the guideline gives them; then emerging options, least
/// toxic first. Options the patient already had are moved after the untried ones by the verdict. The order is this
/// library's reading of the guidelines (expert opinion), not a ranking of efficacy between trials.
/// </para>
/// </remarks>
public static class TreatmentOptionCatalog
{
    /// <summary>Gets the key of the renal option "switching the induction regimen".</summary>
    public const string SwitchInduction = "switch-induction";

    /// <summary>Gets the key of the renal option "rituximab or obinutuzumab".</summary>
    public const string AntiCd20 = "anti-cd20";

    /// <summary>Gets the key of the renal option "add-on belimumab".</summary>
    public const string AddOnBelimumab = "add-on-belimumab";

    /// <summary>Gets the key of the renal option "a calcineurin inhibitor".</summary>
    public const string CalcineurinInhibitor = "calcineurin-inhibitor";

    /// <summary>Gets the key of the option "CD19 CAR T-cell therapy" (both lists).</summary>
    public const string Cd19CarT = "cd19-car-t";

    /// <summary>Gets the key of the extra-renal option "belimumab".</summary>
    public const string Belimumab = "belimumab";

    /// <summary>Gets the key of the extra-renal option "anifrolumab".</summary>
    public const string Anifrolumab = "anifrolumab";

    /// <summary>Gets the key of the extra-renal option "rituximab for refractory disease".</summary>
    public const string Rituximab = "rituximab";

    /// <summary>Gets the key of the extra-renal option "combination therapy".</summary>
    public const string Combination = "combination";

    /// <summary>Gets the key of the extra-renal option "autologous haematopoietic stem-cell transplantation".</summary>
    public const string AutologousStemCellTransplant = "autologous-hsct";

    /// <summary>Gets the key of the option "a humanised anti-CD20 antibody", ranked first after anti-rituximab antibodies.</summary>
    public const string HumanisedAntiCd20 = "humanised-anti-cd20";

    /// <summary>
    /// Gets the option offered first when rituximab failed and anti-rituximab antibodies were detected: a humanised
    /// anti-CD20 antibody. In Md Yusof MY et al. Ann Rheum Dis 2017;76(11):1829-36 (doi:10.1136/annrheumdis-2017-211191),
    /// 9 of the 11 patients who did not respond to a second rituximab cycle had secondary non-depletion non-response and
    /// anti-rituximab antibodies, and all 5 switched to ocrelizumab or ofatumumab depleted B cells and responded.
    /// Obinutuzumab, the humanised anti-CD20 antibody in the therapy catalog, has randomised trial data in lupus nephritis
    /// (NOBILITY, REGENCY); it is named as the catalogued therapy, not because the cited series used it.
    /// </summary>
    public static TreatmentOption AfterAntiRituximabAntibodies { get; } = new()
    {
        Rank = 1,
        Key = HumanisedAntiCd20,
        Title = "A humanised anti-CD20 antibody instead of rituximab (for example obinutuzumab)",
        Therapies = [TherapyId.Obinutuzumab],
        Rationale = "Anti-rituximab antibodies went with failure to deplete B cells at retreatment (secondary non-depletion non-response); in the cited series every patient switched to a humanised anti-CD20 antibody (ocrelizumab or ofatumumab) depleted B cells and responded (5 of 5). Obinutuzumab is the humanised anti-CD20 antibody with randomised trial data in lupus nephritis.",
        Grade = EvidenceGrade.CaseSeries,
        Citations = [LupusSources.MdYusofRituximab, TreatmentOptionSources.Nobility, TreatmentOptionSources.Regency],
        Effects = [LupusEvidence.HumanisedAntiCd20AfterAntibodies, LupusEvidence.Regency],
    };

    private static readonly TreatmentOption CarT = new()
    {
        Rank = 0,
        Key = Cd19CarT,
        Title = "CD19 CAR T-cell therapy (emerging)",
        Therapies = [TherapyId.Cd19CarT],
        Rationale = "An emerging option for disease refractory to several treatments, so far within trials or specialist programmes: in case series of refractory SLE every patient reached DORIS remission after one infusion of CD19 CAR T cells and stopped immunosuppression, with follow-up up to 2 years; there is no randomised evidence yet.",
        Grade = EvidenceGrade.CaseSeries,
        Citations = [TreatmentOptionSources.MackensenCarT, TreatmentOptionSources.MullerCarT],
        Effects = [LupusEvidence.CarTMackensen, LupusEvidence.CarTMuller],
        Flags = [TreatmentOptionTag.Emerging],
    };

    /// <summary>Gets every option the lupus verdict may offer, once each by key: both lists and the option after anti-rituximab antibodies.</summary>
    public static ImmutableArray<TreatmentOption> Declared =>
        [.. Renal.Concat(NonRenal).Append(AfterAntiRituximabAntibodies).DistinctBy(o => o.Key, StringComparer.Ordinal)];

    /// <summary>Gets the options for lupus nephritis that did not respond to induction or is refractory, in order.</summary>
    public static ImmutableArray<TreatmentOption> Renal { get; } = Ranked(
    [
        new()
        {
            Rank = 0,
            Key = SwitchInduction,
            Title = "Switching the induction regimen (mycophenolate or low-dose intravenous cyclophosphamide)",
            Therapies = [TherapyId.MycophenolateMofetil, TherapyId.Cyclophosphamide],
            Rationale = "For lupus nephritis that does not respond, EULAR/ERA-EDTA 2019 recommends switching to the other induction regimen or rituximab; mycophenolate and low-dose intravenous cyclophosphamide are the two standard anchors (EULAR 2023).",
            Grade = EvidenceGrade.Guideline,
            Citations = [TargetCitations.Fanouriakis2020, LupusSources.Eular2023],
        },
        new()
        {
            Rank = 0,
            Key = AntiCd20,
            Title = "Rituximab or obinutuzumab",
            Therapies = [TherapyId.Rituximab, TherapyId.Obinutuzumab],
            Rationale = "B-cell depletion with an anti-CD20 antibody: EULAR/ERA-EDTA 2019 recommends rituximab for non-responding lupus nephritis and EULAR 2023 for refractory disease, and it is the most common next step in refractory lupus nephritis (Arora 2022). Obinutuzumab, added to mycophenolate, raised complete renal response over placebo in randomised trials in active lupus nephritis (NOBILITY; REGENCY, 46.4 % versus 33.1 % at week 76).",
            Grade = EvidenceGrade.Guideline,
            Citations = [TargetCitations.Fanouriakis2020, LupusSources.Eular2023, TargetCitations.Arora2022, TreatmentOptionSources.Nobility, TreatmentOptionSources.Regency],
            Effects = [LupusEvidence.Regency],
        },
        new()
        {
            Rank = 0,
            Key = AddOnBelimumab,
            Title = "Add-on belimumab",
            Therapies = [TherapyId.Belimumab],
            Rationale = "EULAR 2023 advises considering belimumab added to the anchor therapy for active lupus nephritis; in BLISS-LN, belimumab added to standard therapy gave more renal responses at week 104 than placebo (43 % versus 32 %).",
            Grade = EvidenceGrade.Guideline,
            Citations = [LupusSources.Eular2023, TreatmentOptionSources.BlissLn],
            Effects = [LupusEvidence.BlissLn],
            Flags = [TreatmentOptionTag.AddOn],
        },
        new()
        {
            Rank = 0,
            Key = CalcineurinInhibitor,
            Title = "A calcineurin inhibitor (voclosporin or tacrolimus)",
            Therapies = [TherapyId.Voclosporin, TherapyId.Tacrolimus],
            Rationale = "EULAR 2023 advises considering add-on voclosporin or tacrolimus for active lupus nephritis, and EULAR/ERA-EDTA 2019 lists mycophenolate with a calcineurin inhibitor (especially tacrolimus) as an alternative regimen; in AURORA 1, voclosporin added to mycophenolate and low-dose glucocorticoids gave more complete renal responses at 52 weeks than placebo.",
            Grade = EvidenceGrade.Guideline,
            Citations = [LupusSources.Eular2023, TargetCitations.Fanouriakis2020, TreatmentOptionSources.Aurora1],
            Effects = [LupusEvidence.Aurora1],
            Flags = [TreatmentOptionTag.AddOn],
        },
        CarT,
    ]);

    /// <summary>Gets the options for extra-renal disease that stays active despite therapy or stopped responding, in order.</summary>
    public static ImmutableArray<TreatmentOption> NonRenal { get; } = Ranked(
    [
        new()
        {
            Rank = 0,
            Key = Belimumab,
            Title = "Belimumab",
            Therapies = [TherapyId.Belimumab],
            Rationale = "EULAR 2023 advises considering prompt use of a biologic (belimumab or anifrolumab), with or without an immunosuppressant, to control the disease and allow glucocorticoids to be tapered.",
            Grade = EvidenceGrade.Guideline,
            Citations = [LupusSources.Eular2023],
            Flags = [TreatmentOptionTag.AddOn],
        },
        new()
        {
            Rank = 0,
            Key = Anifrolumab,
            Title = "Anifrolumab",
            Therapies = [TherapyId.Anifrolumab],
            Rationale = "EULAR 2023 names anifrolumab with belimumab as the biologics to consider to control the disease and allow glucocorticoids to be tapered; in TULIP-2, anifrolumab added to standard therapy gave more BICLA responses at week 52 than placebo.",
            Grade = EvidenceGrade.Guideline,
            Citations = [LupusSources.Eular2023, TreatmentOptionSources.Tulip2],
            Effects = [LupusEvidence.Tulip2],
            Flags = [TreatmentOptionTag.AddOn],
        },
        new()
        {
            Rank = 0,
            Key = Rituximab,
            Title = "Rituximab for refractory disease",
            Therapies = [TherapyId.Rituximab],
            Rationale = "EULAR 2023 advises considering rituximab for refractory disease (and cyclophosphamide for organ-threatening disease).",
            Grade = EvidenceGrade.Guideline,
            Citations = [LupusSources.Eular2023],
        },
        new()
        {
            Rank = 0,
            Key = Combination,
            Title = "Combination therapy (a conventional immunosuppressant with a biologic)",
            Rationale = "EULAR 2023 gives advice on combination and sequential therapy; keeping or adding a conventional immunosuppressant (methotrexate, azathioprine or mycophenolate) together with a biologic is one way to control disease that one drug has not. The combination is this library's reading of that advice.",
            Grade = EvidenceGrade.ExpertOpinion,
            Citations = [LupusSources.Eular2023],
        },
        CarT,
        new()
        {
            Rank = 0,
            Key = AutologousStemCellTransplant,
            Title = "Autologous haematopoietic stem-cell transplantation (emerging)",
            Therapies = [TherapyId.AutologousStemCellTransplant],
            Rationale = "Investigated for severe refractory SLE (seed claim L8): in a systematic review most studies reported remission in most patients, but relapse rose with longer follow-up, infections and secondary autoimmune disease were common, and there are no randomised trials.",
            Grade = EvidenceGrade.Observational,
            Citations = [TreatmentOptionSources.DeSilvaHsct],
            Flags = [TreatmentOptionTag.Emerging],
        },
    ]);

    /// <summary>Returns the list for <paramref name="setting"/>.</summary>
    /// <param name="setting">The setting.</param>
    /// <returns><see cref="Renal"/> or <see cref="NonRenal"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="setting"/> is not a defined member.</exception>
    public static ImmutableArray<TreatmentOption> For(TreatmentOptionsSetting setting) => setting switch
    {
        TreatmentOptionsSetting.Renal => Renal,
        TreatmentOptionsSetting.NonRenal => NonRenal,
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, "Expected a defined TreatmentOptionsSetting."),
    };

    private static ImmutableArray<TreatmentOption> Ranked(TreatmentOption[] options) =>
        [.. options.Select((option, index) => option with { Rank = index + 1 })];
}
