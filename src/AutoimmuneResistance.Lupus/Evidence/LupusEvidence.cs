namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The published results the lupus module's biomarker findings and treatment options rest on, as data
/// (<see cref="PublishedEffect"/>): each figure is the publication's own, as printed in the abstract or table that was
/// read (cited on each member); a figure that was not read is left out rather than derived.
/// </summary>
public static class LupusEvidence
{
    private static EffectArm Arm(string label, int? participants, decimal? value, string? unit = "%") =>
        new() { Label = label, Participants = participants, Value = value, Unit = value is null ? null : unit };

    /// <summary>
    /// Anifrolumab in patients with a high type I interferon gene signature: BICLA response at week 52 in 142 of 298
    /// (47.6 %) on anifrolumab 300 mg against 88 of 302 (29.4 %) on placebo, a difference of 18.2 percentage points
    /// (95 % CI 10.5 to 25.8). Vital EM et al. Ann Rheum Dis 2022;81(7):951-61, Table 1 (pooled TULIP-1 and TULIP-2,
    /// post hoc).
    /// </summary>
    public static PublishedEffect AnifrolumabInterferonHigh { get; } = new()
    {
        Study = "TULIP-1 and TULIP-2, pooled (post hoc)",
        Endpoint = "BICLA response at week 52",
        Group = "type I interferon gene signature high",
        Measure = EffectMeasure.RiskDifference,
        Value = 18.2m,
        Unit = "%",
        ConfidenceLow = 10.5m,
        ConfidenceHigh = 25.8m,
        Arms = [Arm("anifrolumab 300 mg", 298, 47.6m), Arm("placebo", 302, 29.4m)],
        Participants = 600,
        Design = EvidenceGrade.PostHocAnalysis,
        Citation = LupusSources.VitalTulip,
    };

    /// <summary>
    /// Anifrolumab in patients with a low type I interferon gene signature: BICLA response at week 52 in 29 of 62
    /// (46.8 %) against 24 of 64 (37.5 %) on placebo, a difference of 9.3 percentage points (95 % CI -8.0 to 26.5, not
    /// significant). Vital 2022, Table 1.
    /// </summary>
    public static PublishedEffect AnifrolumabInterferonLow { get; } = new()
    {
        Study = "TULIP-1 and TULIP-2, pooled (post hoc)",
        Endpoint = "BICLA response at week 52",
        Group = "type I interferon gene signature low",
        Measure = EffectMeasure.RiskDifference,
        Value = 9.3m,
        Unit = "%",
        ConfidenceLow = -8.0m,
        ConfidenceHigh = 26.5m,
        Arms = [Arm("anifrolumab 300 mg", 62, 46.8m), Arm("placebo", 64, 37.5m)],
        Participants = 126,
        Design = EvidenceGrade.PostHocAnalysis,
        Citation = LupusSources.VitalTulip,
    };

    /// <summary>
    /// Belimumab at a serum BLyS of 2 ng/mL or more: the SRI response difference from placebo at week 52 was 24.1
    /// percentage points (belimumab 10 mg/kg, n = 121; placebo, n = 136; p &lt; 0.0001). Roth DA et al. Lupus
    /// 2016;25(4):346-54 (abstract and Table 4 for the group sizes; pooled BLISS-52 and BLISS-76, post hoc).
    /// </summary>
    public static PublishedEffect BelimumabBlysHigh { get; } = new()
    {
        Study = "BLISS-52 and BLISS-76, pooled (post hoc)",
        Endpoint = "SRI response at week 52",
        Group = "serum BLyS at or above 2 ng/mL",
        Measure = EffectMeasure.RiskDifference,
        Value = 24.1m,
        Unit = "%",
        Arms = [Arm("belimumab 10 mg/kg", 121, null), Arm("placebo", 136, null)],
        Participants = 257,
        Design = EvidenceGrade.PostHocAnalysis,
        Citation = LupusSources.RothBlys,
    };

    /// <summary>
    /// Belimumab at a serum BLyS below 2 ng/mL: no worsening of the physician's global assessment at week 52 in 326 of
    /// 432 (75.5 %) on belimumab 10 mg/kg against 289 of 419 (69.0 %) on placebo, a difference of 6.5 percentage points
    /// (against 15.3 at 2 ng/mL or more). Roth 2016, Table 4. (Belimumab's SRI response was also significantly greater
    /// than placebo's in this stratum; that difference was not read, so it is not given.)
    /// </summary>
    public static PublishedEffect BelimumabBlysLow { get; } = new()
    {
        Study = "BLISS-52 and BLISS-76, pooled (post hoc)",
        Endpoint = "no worsening of the physician's global assessment at week 52",
        Group = "serum BLyS below 2 ng/mL",
        Measure = EffectMeasure.RiskDifference,
        Value = 6.5m,
        Unit = "%",
        Arms = [Arm("belimumab 10 mg/kg", 432, 75.5m), Arm("placebo", 419, 69.0m)],
        Participants = 851,
        Design = EvidenceGrade.PostHocAnalysis,
        Citation = LupusSources.RothBlys,
    };

    /// <summary>
    /// Belimumab at a serum BLyS of 2 ng/mL or more, on the same end point as <see cref="BelimumabBlysLow"/>: no
    /// worsening of the physician's global assessment at week 52 in 87 of 121 (71.9 %) against 77 of 136 (56.6 %), a
    /// difference of 15.3 percentage points. Roth 2016, Table 4.
    /// </summary>
    public static PublishedEffect BelimumabBlysHighGlobalAssessment { get; } = new()
    {
        Study = "BLISS-52 and BLISS-76, pooled (post hoc)",
        Endpoint = "no worsening of the physician's global assessment at week 52",
        Group = "serum BLyS at or above 2 ng/mL",
        Measure = EffectMeasure.RiskDifference,
        Value = 15.3m,
        Unit = "%",
        Arms = [Arm("belimumab 10 mg/kg", 121, 71.9m), Arm("placebo", 136, 56.6m)],
        Participants = 257,
        Design = EvidenceGrade.PostHocAnalysis,
        Citation = LupusSources.RothBlys,
    };

    /// <summary>
    /// Belimumab with low complement and anti-dsDNA: SRI response at week 52 in 51.5 % on belimumab 10 mg/kg (n = 305)
    /// against 31.7 % on placebo (n = 287), an observed difference of 19.8 percentage points. van Vollenhoven RF et al.
    /// Ann Rheum Dis 2012;71(8):1343-9, Table 2 (pooled BLISS-52 and BLISS-76).
    /// </summary>
    public static PublishedEffect BelimumabSerologicallyActive { get; } = new()
    {
        Study = "BLISS-52 and BLISS-76, pooled subgroup analysis",
        Endpoint = "SRI response at week 52",
        Group = "low complement and anti-dsDNA positive",
        Measure = EffectMeasure.RiskDifference,
        Value = 19.8m,
        Unit = "%",
        Arms = [Arm("belimumab 10 mg/kg", 305, 51.5m), Arm("placebo", 287, 31.7m)],
        Participants = 592,
        Design = EvidenceGrade.PostHocAnalysis,
        Citation = LupusSources.VanVollenhovenBliss,
    };

    /// <summary>
    /// FCGR3A genotype and rituximab: in 12 patients with SLE, the FcγRIIIa 158 genotype together with the serum
    /// rituximab level explained 75 % of the variation in B-cell depletion at 2 months (R² 0.75). Anolik JH et al.
    /// Arthritis Rheum 2003;48(2):455-9 (abstract).
    /// </summary>
    public static PublishedEffect RituximabFcgr3a { get; } = new()
    {
        Study = "patients with SLE given rituximab",
        Endpoint = "degree of B-cell depletion at 2 months",
        Group = "model with FCGR3A 158V/F genotype and serum rituximab level",
        Measure = EffectMeasure.VarianceExplained,
        Value = 0.75m,
        Unit = "1",
        Participants = 12,
        Design = EvidenceGrade.CaseSeries,
        Citation = LupusSources.AnolikFcgr3a,
    };

    /// <summary>
    /// After secondary non-depletion non-response to rituximab with anti-rituximab antibodies, all 5 patients switched to
    /// a humanised anti-CD20 antibody (ocrelizumab or ofatumumab) depleted B cells and responded. Md Yusof MY et al. Ann
    /// Rheum Dis 2017;76(11):1829-36 (abstract).
    /// </summary>
    public static PublishedEffect HumanisedAntiCd20AfterAntibodies { get; } = new()
    {
        Study = "prospective rituximab cohort (Leeds), patients switched",
        Endpoint = "B-cell depletion and clinical response after the switch",
        Group = "secondary non-depletion non-response with anti-rituximab antibodies",
        Measure = EffectMeasure.Proportion,
        Value = 100m,
        Unit = "%",
        Arms = [Arm("ocrelizumab or ofatumumab", 5, 100m)],
        Participants = 5,
        Design = EvidenceGrade.CaseSeries,
        Citation = LupusSources.MdYusofRituximab,
    };

    /// <summary>
    /// Complete B-cell depletion at 6 weeks after rituximab raised the odds of a major clinical response (odds ratio
    /// 3.22). Md Yusof 2017 (abstract; the cohort's size for this analysis was not read).
    /// </summary>
    public static PublishedEffect RituximabDepletionAtSixWeeks { get; } = new()
    {
        Study = "prospective rituximab cohort (Leeds)",
        Endpoint = "major clinical response",
        Group = "complete against incomplete B-cell depletion at 6 weeks",
        Measure = EffectMeasure.OddsRatio,
        Value = 3.22m,
        Unit = "1",
        Design = EvidenceGrade.Observational,
        Citation = LupusSources.MdYusofRituximab,
    };

    /// <summary>
    /// In LUNAR's rituximab arm, complete peripheral B-cell depletion (0 cells/µL; 53 of 68 patients) went with complete
    /// renal response at week 78 in 47 % against 13 % without it (unadjusted odds ratio 5.8). Gomez Mendez LM et al.
    /// Clin J Am Soc Nephrol 2018;13(10):1502-9 (abstract).
    /// </summary>
    public static PublishedEffect RituximabDepletionLunar { get; } = new()
    {
        Study = "LUNAR, rituximab arm (post hoc)",
        Endpoint = "complete renal response at week 78",
        Group = "complete peripheral B-cell depletion against none",
        Measure = EffectMeasure.OddsRatio,
        Value = 5.8m,
        Unit = "1",
        Arms = [Arm("complete depletion", 53, 47m), Arm("no complete depletion", 15, 13m)],
        Participants = 68,
        Design = EvidenceGrade.PostHocAnalysis,
        Citation = LupusSources.GomezMendezLunar,
    };

    /// <summary>
    /// BLISS-LN: primary efficacy renal response at week 104 in 43 % on belimumab 10 mg/kg against 32 % on placebo, both
    /// added to standard therapy (odds ratio 1.6), in 448 adults. Furie R et al. N Engl J Med 2020;383(12):1117-28.
    /// </summary>
    public static PublishedEffect BlissLn { get; } = new()
    {
        Study = "BLISS-LN",
        Endpoint = "primary efficacy renal response at week 104",
        Measure = EffectMeasure.OddsRatio,
        Value = 1.6m,
        Unit = "1",
        Arms = [Arm("belimumab 10 mg/kg with standard therapy", null, 43m), Arm("placebo with standard therapy", null, 32m)],
        Participants = 448,
        Design = EvidenceGrade.RandomizedTrial,
        Citation = TreatmentOptionSources.BlissLn,
    };

    /// <summary>
    /// REGENCY: complete renal response at week 76 in 46.4 % on obinutuzumab against 33.1 % on placebo, both with
    /// mycophenolate and a prednisone taper (adjusted difference 13.4 percentage points), in 271 adults. Furie RA et al.
    /// N Engl J Med 2025.
    /// </summary>
    public static PublishedEffect Regency { get; } = new()
    {
        Study = "REGENCY",
        Endpoint = "complete renal response at week 76",
        Measure = EffectMeasure.RiskDifference,
        Value = 13.4m,
        Unit = "%",
        Arms = [Arm("obinutuzumab with mycophenolate", null, 46.4m), Arm("placebo with mycophenolate", null, 33.1m)],
        Participants = 271,
        Design = EvidenceGrade.RandomizedTrial,
        Citation = TreatmentOptionSources.Regency,
    };

    /// <summary>
    /// AURORA 1: complete renal response at 52 weeks in 40.8 % on voclosporin against 22.5 % on placebo, both with
    /// mycophenolate and low-dose glucocorticoids (odds ratio 2.65, 95 % CI 1.64 to 4.27), in 357 patients. Rovin BH et
    /// al. Lancet 2021;397(10289):2070-80.
    /// </summary>
    public static PublishedEffect Aurora1 { get; } = new()
    {
        Study = "AURORA 1",
        Endpoint = "complete renal response at week 52",
        Measure = EffectMeasure.OddsRatio,
        Value = 2.65m,
        Unit = "1",
        ConfidenceLow = 1.64m,
        ConfidenceHigh = 4.27m,
        Arms = [Arm("voclosporin 23.7 mg twice daily with mycophenolate", 179, 40.8m), Arm("placebo with mycophenolate", 178, 22.5m)],
        Participants = 357,
        Design = EvidenceGrade.RandomizedTrial,
        Citation = TreatmentOptionSources.Aurora1,
    };

    /// <summary>
    /// TULIP-2: BICLA response at week 52 in 47.8 % of 180 patients on anifrolumab 300 mg against 31.5 % of 182 on
    /// placebo, a difference of 16.3 percentage points (95 % CI 6.3 to 26.3). Morand EF et al. N Engl J Med
    /// 2020;382(3):211-21.
    /// </summary>
    public static PublishedEffect Tulip2 { get; } = new()
    {
        Study = "TULIP-2",
        Endpoint = "BICLA response at week 52",
        Measure = EffectMeasure.RiskDifference,
        Value = 16.3m,
        Unit = "%",
        ConfidenceLow = 6.3m,
        ConfidenceHigh = 26.3m,
        Arms = [Arm("anifrolumab 300 mg", 180, 47.8m), Arm("placebo", 182, 31.5m)],
        Participants = 362,
        Design = EvidenceGrade.RandomizedTrial,
        Citation = TreatmentOptionSources.Tulip2,
    };

    /// <summary>
    /// CD19 CAR T cells in refractory SLE: all 5 patients reached DORIS remission by month 3, without immunosuppression.
    /// Mackensen A et al. Nat Med 2022;28(10):2124-32.
    /// </summary>
    public static PublishedEffect CarTMackensen { get; } = new()
    {
        Study = "compassionate-use case series",
        Endpoint = "DORIS remission by month 3",
        Group = "SLE refractory to several immunosuppressants",
        Measure = EffectMeasure.Proportion,
        Value = 100m,
        Unit = "%",
        Arms = [Arm("CD19 CAR T cells, one infusion", 5, 100m)],
        Participants = 5,
        Design = EvidenceGrade.CaseSeries,
        Citation = TreatmentOptionSources.MackensenCarT,
    };

    /// <summary>
    /// CD19 CAR T cells: all 8 patients with SLE among the 15 of the series reached DORIS remission and stopped
    /// immunosuppression, with follow-up up to 2 years. Müller F et al. N Engl J Med 2024;390(8):687-700.
    /// </summary>
    public static PublishedEffect CarTMuller { get; } = new()
    {
        Study = "case series with follow-up",
        Endpoint = "DORIS remission",
        Group = "patients with SLE",
        Measure = EffectMeasure.Proportion,
        Value = 100m,
        Unit = "%",
        Arms = [Arm("CD19 CAR T cells, one infusion", 8, 100m)],
        Participants = 8,
        Design = EvidenceGrade.CaseSeries,
        Citation = TreatmentOptionSources.MullerCarT,
    };
}
