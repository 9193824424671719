using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The options to consider when interstitial lung disease progressed on a therapy (project vignette V4), each with the
/// randomised trial it rests on. For a clinician to consider, never instructions; a therapy the patient has had is
/// flagged as already tried.
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

    /// <summary>Gets the declared options, in rank order.</summary>
    public static ImmutableArray<TreatmentOption> Declared { get; } =
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

    /// <summary>The declared options with the patient's own flags: already tried when a course of the therapy is on record.</summary>
    public static ImmutableArray<TreatmentOption> For(EvaluationContext context)
    {
        var builder = ImmutableArray.CreateBuilder<TreatmentOption>(Declared.Length);
        foreach (var option in Declared)
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
