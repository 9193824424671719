using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The options to consider when interstitial lung disease progressed on a therapy (project vignette V4), and when the
/// skin did not improve or progressed on an adequate course (vignette V3), each with the randomised trials it rests
/// on. For a clinician to consider, never instructions; a therapy the patient has had is flagged as already tried.
/// </summary>
internal static class SscOptions
{
    public static Citation Senscis { get; } = new(
        "Distler O, Highland KB, Gahlemann M, et al.", 2019,
        "Nintedanib for systemic sclerosis-associated interstitial lung disease",
        "N Engl J Med 2019;380(26):2518-28", "10.1056/NEJMoa1903076");

    public static Citation FocuSSced { get; } = new(
        "Khanna D, Lin CJF, Furst DE, et al.", 2020,
        "Tocilizumab in systemic sclerosis: a randomised, double-blind, placebo-controlled, phase 3 trial",
        "Lancet Respir Med 2020;8(10):963-74", "10.1016/S2213-2600(20)30318-0");

    public static Citation Recital { get; } = new(
        "Maher TM, Tudor VA, Saunders P, et al.", 2023,
        "Rituximab versus intravenous cyclophosphamide in patients with connective tissue disease-associated interstitial lung disease in the UK (RECITAL)",
        "Lancet Respir Med 2023;11(1):45-54", "10.1016/S2213-2600(22)00359-9");

    /// <summary>
    /// SENSCIS: the adjusted annual rate of FVC decline over 52 weeks was 52.4 mL on nintedanib and 93.3 mL on placebo
    /// (288 patients each), a difference of 41.0 mL per year (95 % CI 2.9 to 79.0). Distler 2019 (abstract; group sizes
    /// from the trial's subgroup table by anti-topoisomerase I status, Kuwana M et al. Arthritis Rheumatol 2022).
    /// </summary>
    public static PublishedEffect SenscisEffect { get; } = new()
    {
        Study = "SENSCIS",
        Endpoint = "annual rate of decline in FVC over 52 weeks",
        Measure = EffectMeasure.MeanDifference,
        Value = 41.0m,
        Unit = "mL/a",
        ConfidenceLow = 2.9m,
        ConfidenceHigh = 79.0m,
        Arms =
        [
            new() { Label = "nintedanib 150 mg twice daily", Participants = 288, Value = -52.4m, Unit = "mL/a" },
            new() { Label = "placebo", Participants = 288, Value = -93.3m, Unit = "mL/a" },
        ],
        Participants = 576,
        Design = EvidenceGrade.RandomizedTrial,
        Citation = Senscis,
    };

    /// <summary>
    /// focuSSced: FVC % predicted at week 48 fell less on tocilizumab than on placebo, a difference of 4.2 percentage
    /// points of predicted (95 % CI 2.0 to 6.4), a secondary end point in 210 patients with early diffuse SSc (104 on
    /// tocilizumab, 106 on placebo). Khanna 2020 (abstract).
    /// </summary>
    public static PublishedEffect FocuSScedEffect { get; } = new()
    {
        Study = "focuSSced",
        Endpoint = "change in FVC % predicted at week 48 (secondary end point)",
        Group = "early diffuse cutaneous SSc with raised inflammatory markers",
        Measure = EffectMeasure.MeanDifference,
        Value = 4.2m,
        Unit = "%",
        ConfidenceLow = 2.0m,
        ConfidenceHigh = 6.4m,
        Arms =
        [
            new() { Label = "tocilizumab 162 mg weekly", Participants = 104 },
            new() { Label = "placebo", Participants = 106 },
        ],
        Participants = 210,
        Design = EvidenceGrade.RandomizedTrial,
        Citation = FocuSSced,
    };

    /// <summary>
    /// ASTIS: event-free survival (death or persistent major organ failure) favoured autologous haematopoietic
    /// stem-cell transplantation over 12 monthly intravenous cyclophosphamide pulses from 3 to 10 years of follow-up,
    /// hazard ratio 0.34 (95 % CI 0.16 to 0.74), in 156 patients with early diffuse cutaneous SSc (79 transplanted, 77 on
    /// cyclophosphamide). The hazard ratios were time-varying: treatment-related deaths made the hazard higher on
    /// transplantation in the first year. van Laar 2014 (Figure 2 legend; group sizes from de Vries-Bouwstra et al., the
    /// trial's Dutch summary).
    /// </summary>
    public static PublishedEffect AstisEffect { get; } = new()
    {
        Study = "ASTIS",
        Endpoint = "event-free survival (death or persistent major organ failure), 3 to 10 years of follow-up",
        Group = "early diffuse cutaneous SSc",
        Measure = EffectMeasure.HazardRatio,
        Value = 0.34m,
        Unit = "1",
        ConfidenceLow = 0.16m,
        ConfidenceHigh = 0.74m,
        Arms =
        [
            new() { Label = "autologous haematopoietic stem-cell transplantation", Participants = 79 },
            new() { Label = "intravenous cyclophosphamide, 12 monthly pulses", Participants = 77 },
        ],
        Participants = 156,
        Design = EvidenceGrade.RandomizedTrial,
        Citation = SkinCitations.Astis,
    };

    /// <summary>
    /// SCOT: in the intention-to-treat population, 67 % of 1404 pairwise comparisons of the global rank composite score
    /// at 54 months favoured myeloablative autologous stem-cell transplantation and 33 % cyclophosphamide (P = 0.01); 36
    /// patients transplanted, 39 on 12 monthly cyclophosphamide infusions. Sullivan 2018 (abstract).
    /// </summary>
    public static PublishedEffect ScotEffect { get; } = new()
    {
        Study = "SCOT",
        Endpoint = "global rank composite score at 54 months (death, event-free survival, FVC, HAQ-DI, mRSS): pairwise comparisons favouring transplantation",
        Group = "severe scleroderma, 18 to 69 years",
        Measure = EffectMeasure.Proportion,
        Value = 67m,
        Unit = "%",
        Arms =
        [
            new() { Label = "myeloablative CD34+ selected autologous stem-cell transplantation", Participants = 36 },
            new() { Label = "cyclophosphamide, 12 monthly infusions", Participants = 39 },
        ],
        Participants = 75,
        Design = EvidenceGrade.RandomizedTrial,
        Citation = SkinCitations.Scot,
    };

    /// <summary>Gets the options when the skin did not improve or progressed on an adequate course, in rank order.</summary>
    public static ImmutableArray<TreatmentOption> Skin { get; } =
    [
        new()
        {
            Rank = 1,
            Key = "ssc.skin.autologous-hsct",
            Title = "Autologous haematopoietic stem-cell transplantation (selected early diffuse disease)",
            Therapies = [TherapyId.AutologousStemCellTransplant],
            Rationale = "In early diffuse cutaneous SSc, longer event-free survival than monthly cyclophosphamide after a first year with treatment-related deaths (ASTIS), and a better global rank composite at 54 months (SCOT); for carefully selected patients without advanced organ damage, at a transplant centre.",
            Grade = EvidenceGrade.RandomizedTrial,
            Citations = [SkinCitations.Astis, SkinCitations.Scot],
            Effects = [AstisEffect, ScotEffect],
        },
        new()
        {
            Rank = 2,
            Key = "ssc.skin.rituximab",
            Title = "Rituximab",
            Therapies = [TherapyId.Rituximab],
            Rationale = "Lowered the modified Rodnan skin score at 24 weeks against placebo (DESIRES: 56 patients in Japan, mean change -6.30 units on rituximab); a small trial with a short skin end point.",
            Grade = EvidenceGrade.RandomizedTrial,
            Citations = [SkinCitations.Desires],
        },
        new()
        {
            Rank = 3,
            Key = "ssc.skin.tocilizumab",
            Title = "Tocilizumab",
            Therapies = [TherapyId.Tocilizumab],
            Rationale = "In early diffuse SSc with raised inflammatory markers the skin primary end point was not met against placebo, but lung function was preserved (focuSSced, a secondary end point); for skin disease with lung involvement.",
            Grade = EvidenceGrade.RandomizedTrial,
            Citations = [FocuSSced],
            Effects = [FocuSScedEffect],
        },
    ];

    /// <summary>Gets every declared option: the lung options, then the skin options.</summary>
    public static ImmutableArray<TreatmentOption> Declared => [.. Lung, .. Skin];

    /// <summary>Gets the options when interstitial lung disease progressed, in rank order.</summary>
    public static ImmutableArray<TreatmentOption> Lung { get; } =
    [
        new()
        {
            Rank = 1,
            Key = "ssc.ild.nintedanib",
            Title = "Nintedanib",
            Therapies = [TherapyId.Nintedanib],
            Rationale = "Slowed the annual FVC decline in SSc-associated interstitial lung disease against placebo, about half the patients on mycophenolate (SENSCIS).",
            Grade = EvidenceGrade.RandomizedTrial,
            Citations = [Senscis],
            Effects = [SenscisEffect],
            Flags = [TreatmentOptionTag.AddOn],
        },
        new()
        {
            Rank = 2,
            Key = "ssc.ild.tocilizumab",
            Title = "Tocilizumab",
            Therapies = [TherapyId.Tocilizumab],
            Rationale = "Preserved FVC against placebo in early diffuse SSc with inflammatory markers (focuSSced; skin primary end point not met, lung function a secondary end point).",
            Grade = EvidenceGrade.RandomizedTrial,
            Citations = [FocuSSced],
            Effects = [FocuSScedEffect],
        },
        new()
        {
            Rank = 3,
            Key = "ssc.ild.rituximab",
            Title = "Rituximab",
            Therapies = [TherapyId.Rituximab],
            Rationale = "Not superior to intravenous cyclophosphamide in connective tissue disease-associated interstitial lung disease, with fewer adverse events (RECITAL, SSc a subgroup).",
            Grade = EvidenceGrade.RandomizedTrial,
            Citations = [Recital],
        },
    ];

    /// <summary>The lung options with the patient's own flags: already tried when a course of the therapy is on record.</summary>
    public static ImmutableArray<TreatmentOption> For(EvaluationContext context) => For(context, Lung);

    /// <summary>
    /// The skin options with the patient's own flags. Transplantation is offered only in diffuse disease within the
    /// selected early diffuse window (<see cref="EarlyDiffuseDefinitions"/>), the population of ASTIS and SCOT; the
    /// others keep their ranks.
    /// </summary>
    public static ImmutableArray<TreatmentOption> ForSkin(EvaluationContext context)
    {
        var (features, _) = SscProfile.Features(context.Patient);
        var window = context.Definitions.TryGet<EarlyDiffuseDefinitions>(out var selected) ? selected : EarlyDiffuseDefinitions.Below60Months;
        var early = features is { Subset: CutaneousSubset.Diffuse, FirstNonRaynaudManifestation: { } onset }
            && DiseaseDurationInstrument.ComputeValid(new DiseaseDurationInput { FirstNonRaynaudManifestation = onset, On = context.AsOf, Subset = CutaneousSubset.Diffuse }, window).EarlyDiffuse;
        var options = For(context, early ? Skin : [.. Skin.Where(o => o.Key != "ssc.skin.autologous-hsct")]);
        return TransplantNote(context) is { } note
            ? [.. options.Select(o => o.Therapies.Contains(TherapyId.AutologousStemCellTransplant) ? o with { Notes = [.. o.Notes, note] } : o)]
            : options;
    }

    // Pulmonary hypertension that contraindicates transplantation under the standard protocols (EBMT 2017): the option
    // stays listed and says so.
    private static string? TransplantNote(EvaluationContext context)
    {
        var definitions = PulmonaryHypertensionEvaluator.Selected(context);
        if (PulmonaryHypertensionEvaluator.Latest(context) is not { } latest
            || PulmonaryHypertensionEvaluator.MeanPressureMmHg(latest.Catheterisation) is not { } mpap
            || mpap <= definitions.TransplantExclusionAboveMmHg)
        {
            return null;
        }

        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Excluded by the patient's pulmonary hypertension: mean pulmonary arterial pressure {mpap:0.#} mmHg at rest on {latest.Catheterisation.On:O}, above the {definitions.TransplantExclusionAboveMmHg:0.#} mmHg that contraindicates transplantation under the standard protocols (EBMT 2017).");
    }

    private static ImmutableArray<TreatmentOption> For(EvaluationContext context, ImmutableArray<TreatmentOption> options)
    {
        var builder = ImmutableArray.CreateBuilder<TreatmentOption>(options.Length);
        foreach (var option in options)
        {
            var courses = context.Patient.Therapies
                .Select((c, i) => (Course: c, Path: ProfilePaths.Therapy(i)))
                .Where(x => x.Course.Start <= context.AsOf && option.Therapies.Contains(x.Course.Therapy))
                .Select(x => x.Path)
                .ToImmutableArray();
            builder.Add(courses.IsEmpty ? option : option with { Flags = [.. option.Flags, TreatmentOptionTag.AlreadyTried], Courses = courses });
        }

        return builder.MoveToImmutable();
    }
}
