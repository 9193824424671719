using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Lupus nephritis renal response and refractory lupus nephritis definitions. Two published variants, one per
/// guideline, because they disagree on complete response (clinical reference section 10.2, discrepancy 7):
/// <list type="bullet">
/// <item><c>sle.ln-response.eular-era-edta-2019</c> (default): complete response proteinuria &lt; 0.5–0.7 g/24 h with
/// (near-)normal GFR by 12 months; early targets ≥ 25 % proteinuria reduction by 3 months and ≥ 50 % by 6 months —
/// Fanouriakis A, et al. Ann Rheum Dis 2020;79:713-23, doi:10.1136/annrheumdis-2020-216924; early targets as in the
/// informing review, Kostopoulou M, et al. RMD Open 2020;6:e001263, doi:10.1136/rmdopen-2020-001263.</item>
/// <item><c>sle.ln-response.kdigo-2024</c>: complete response UPCR &lt; 0.5 g/g (50 mg/mmol), partial response ≥ 50 %
/// reduction to &lt; 3 g/g (300 mg/mmol), both with stable kidney function (within ±10–15 % of baseline), within 6–12
/// months — KDIGO 2024 Clinical Practice Guideline for the Management of Lupus Nephritis, Kidney Int
/// 2024;105(1S):S1-S69 (read through a secondary summary; DOI 10.1016/j.kint.2023.09.002 unconfirmed).</item>
/// </list>
/// Refractory lupus nephritis follows Arora S, et al. Arthritis Rheumatol 2022;74(6):915-26, doi:10.1002/art.42092: no
/// improvement after two different standard-of-care induction regimens, each assessed after 4–6 months, in adherent
/// patients. Its parameters are the same in both variants.
/// </summary>
/// <remarks>
/// <para>
/// Operationalisations that are the library's own (each a member, so a tuned copy can change it):
/// the EULAR complete-response cut-off uses the upper end of "0.5–0.7", &lt; 0.7; "(near-)normal GFR" (EULAR) and
/// "stable kidney function" (KDIGO) are both read as eGFR no more than <see cref="KidneyFunctionTolerancePercent"/>
/// (15 %, the clinical reference's default for KDIGO's ±10–15 %) below baseline; the EULAR variant's partial response
/// (≥ 50 % reduction to &lt; 3 g/24 h, "subnephrotic") is not in the clinical reference for EULAR 2019 and is taken from
/// the KDIGO values — UNCONFIRMED for EULAR; the early-target measurement window (<see cref="EarlyTargetWindowDays"/>);
/// the month at which "no response" is concluded (<see cref="ResponseAssessmentMonths"/>, 6, the lower end of KDIGO's
/// 6–12 months, used by both variants).
/// </para>
/// <para>
/// The early targets (≥ 25 % by 3 months, ≥ 50 % by 6 months) are read in the abstract of the systematic review that
/// informed the 2019 update (Kostopoulou 2020, PMC7425195: "at least 25% reduction in proteinuria at 3 months, 50% at
/// 6 months and complete renal response (&lt;500–700 mg/day) at 12 months"); the clinical reference had them from
/// secondary summaries only. KDIGO 2024 keeps the same early targets here, as the reference lists no others.
/// </para>
/// <para>
/// Units: a spot protein-to-creatinine ratio is compared with the threshold stated for its own unit
/// (<see cref="ProteinuriaThreshold"/>). EULAR states g/24 h; its g/g values are the same numbers, on the usual
/// approximation that 1 g/g of creatinine ≈ 1 g/24 h (about 1 g of creatinine excreted a day), and its mg/mmol values
/// follow KDIGO's rounding 1 g/g ≈ 100 mg/mmol (exactly it is 113.12 mg/mmol). KDIGO states g/g and mg/mmol; its
/// g/24 h values are the same numbers by the same approximation.
/// </para>
/// </remarks>
public sealed record NephritisResponseDefinitions : DefinitionSet
{
    private static readonly ImmutableArray<NephritisEarlyTarget> EarlyTargetsOf2019 =
    [
        new(3, 25m),
        new(6, 50m),
    ];

    /// <summary>Gets the EULAR/ERA-EDTA 2019 variant, <c>sle.ln-response.eular-era-edta-2019</c> (the default).</summary>
    public static NephritisResponseDefinitions EularEraEdta2019 { get; } = new()
    {
        Id = DefinitionSetId.Create("sle.ln-response.eular-era-edta-2019"),
        Version = "1.0.0",
        Title = "Lupus nephritis response, EULAR/ERA-EDTA 2019 (complete: proteinuria < 0.7 g/24 h with near-normal GFR); refractory LN, Arora 2022",
        Sources = [TargetCitations.Fanouriakis2020, TargetCitations.Kostopoulou2020, TargetCitations.Arora2022],
        CompleteResponseBelow = new ProteinuriaThreshold(0.7m, 70m, 0.7m),
        PartialResponseMinReductionPercent = 50m,
        PartialResponseBelow = new ProteinuriaThreshold(3m, 300m, 3m),
        KidneyFunctionTolerancePercent = 15m,
        ResponseAssessmentMonths = 6,
        CompleteResponseTargetMonths = 12,
        EarlyTargets = EarlyTargetsOf2019,
        EarlyTargetWindowDays = 30,
        RefractoryRegimenCount = 2,
        RefractoryMinimumCourseMonths = 4,
        RefractoryAssessmentUpperMonths = 6,
        StandardInductionTherapies = [TherapyId.MycophenolateMofetil, TherapyId.MycophenolicAcid, TherapyId.Cyclophosphamide],
    };

    /// <summary>Gets the KDIGO 2024 variant, <c>sle.ln-response.kdigo-2024</c>.</summary>
    public static NephritisResponseDefinitions Kdigo2024 { get; } = EularEraEdta2019 with
    {
        Id = DefinitionSetId.Create("sle.ln-response.kdigo-2024"),
        Title = "Lupus nephritis response, KDIGO 2024 (complete: UPCR < 0.5 g/g; partial: >= 50 % reduction to < 3 g/g; stable kidney function); refractory LN, Arora 2022",
        Sources = [TargetCitations.Kdigo2024, TargetCitations.Kostopoulou2020, TargetCitations.Arora2022],
        CompleteResponseBelow = new ProteinuriaThreshold(0.5m, 50m, 0.5m),
    };

    /// <summary>Gets the proteinuria a complete response must be strictly below (EULAR &lt; 0.7; KDIGO &lt; 0.5 g/g, 50 mg/mmol).</summary>
    public required ProteinuriaThreshold CompleteResponseBelow { get; init; }

    /// <summary>Gets the least proteinuria reduction from baseline of a partial response, percent (≥ 50; KDIGO 2024).</summary>
    public required decimal PartialResponseMinReductionPercent { get; init; }

    /// <summary>Gets the proteinuria a partial response must be strictly below (&lt; 3 g/g, 300 mg/mmol; KDIGO 2024).</summary>
    public required ProteinuriaThreshold PartialResponseBelow { get; init; }

    /// <summary>Gets how far eGFR may fall below baseline and still count as stable, percent (15: KDIGO's ±10–15 %, upper end; the library's default).</summary>
    public required decimal KidneyFunctionTolerancePercent { get; init; }

    /// <summary>
    /// Gets the months from the start of treatment before "no response" can be concluded (6). The library's choice of the
    /// lower end of KDIGO 2024's "within 6–12 months"; EULAR/ERA-EDTA 2019 sets the ≥ 50 % proteinuria reduction as its
    /// 6-month target (Kostopoulou 2020) but gives no month for "no response". A tuned copy can take 12.
    /// </summary>
    public required int ResponseAssessmentMonths { get; init; }

    /// <summary>Gets the months by which a complete response is expected (12; informational, extendable with nephrotic-range baseline proteinuria per EULAR 2019).</summary>
    public required int CompleteResponseTargetMonths { get; init; }

    /// <summary>Gets the early proteinuria targets: ≥ 25 % reduction by 3 months and ≥ 50 % by 6 months (EULAR/ERA-EDTA 2019; Kostopoulou 2020).</summary>
    public ImmutableArray<NephritisEarlyTarget> EarlyTargets { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the tolerance around an early target's date within which a measurement counts for it, days (30; the library's operationalisation).</summary>
    public required int EarlyTargetWindowDays { get; init; }

    /// <summary>Gets how many different standard induction regimens must have failed for refractory lupus nephritis (2; Arora 2022).</summary>
    public required int RefractoryRegimenCount { get; init; }

    /// <summary>Gets the least months of treatment before a regimen's response is assessed (4, the lower end of "4–6 months"; Arora 2022).</summary>
    public required int RefractoryMinimumCourseMonths { get; init; }

    /// <summary>Gets the upper end of the assessment window, months (6; Arora 2022); reported, not enforced: a later assessment still counts.</summary>
    public required int RefractoryAssessmentUpperMonths { get; init; }

    /// <summary>
    /// Gets the therapies that make an induction regimen standard of care: mycophenolate (mofetil or mycophenolic acid) or
    /// low-dose intravenous cyclophosphamide, the anchors of EULAR/ERA-EDTA 2019 and EULAR 2023; a regimen is standard when
    /// it includes one of them (add-ons such as belimumab or a calcineurin inhibitor may accompany it).
    /// </summary>
    public ImmutableArray<TherapyId> StandardInductionTherapies { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (CompleteResponseBelow is null || PartialResponseBelow is null)
        {
            problems.Add("proteinuria thresholds are required");
        }
        else if (!CompleteResponseBelow.IsValid || !PartialResponseBelow.IsValid)
        {
            problems.Add("proteinuria thresholds must be positive");
        }

        if (PartialResponseMinReductionPercent is <= 0m or > 100m || KidneyFunctionTolerancePercent is < 0m or >= 100m)
        {
            problems.Add("percentages must lie between 0 and 100");
        }

        // The upper bounds (60 months, 180 days) are the library's guards against mistyped tuned copies, not published values.
        if (ResponseAssessmentMonths is < 1 or > 60 || CompleteResponseTargetMonths is < 1 or > 60 || EarlyTargetWindowDays is < 0 or > 180)
        {
            problems.Add("assessment times must lie between 1 and 60 months, and the window between 0 and 180 days");
        }

        if (RefractoryRegimenCount < 1 || RefractoryMinimumCourseMonths < 0 || RefractoryAssessmentUpperMonths < RefractoryMinimumCourseMonths)
        {
            problems.Add("refractory parameters must be positive and the assessment window ordered");
        }

        if (EarlyTargets.Any(t => t is null || t.Months < 1 || t.MinReductionPercent is <= 0m or > 100m))
        {
            problems.Add("early targets need positive months and a reduction between 0 and 100 %");
        }

        return problems;
    }
}

/// <summary>
/// A proteinuria threshold stated in each unit the library reads, so that a value is compared in its own unit and no
/// conversion can move it across the line: grams per gram of creatinine, milligrams per millimole of creatinine, and
/// grams per 24 hours. The mapping between them is stated on <see cref="NephritisResponseDefinitions"/>.
/// </summary>
/// <param name="GramsPerGram">The threshold for a spot UPCR in g/g.</param>
/// <param name="MilligramsPerMillimole">The threshold for a spot UPCR in mg/mmol.</param>
/// <param name="GramsPer24Hours">The threshold for a 24-hour urine protein in g/24 h.</param>
public sealed record ProteinuriaThreshold(decimal GramsPerGram, decimal MilligramsPerMillimole, decimal GramsPer24Hours)
{
    internal bool IsValid => GramsPerGram > 0m && MilligramsPerMillimole > 0m && GramsPer24Hours > 0m;

    /// <summary>Returns the threshold in <paramref name="unit"/>.</summary>
    /// <param name="unit">A proteinuria unit.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a proteinuria unit.</exception>
    public decimal In(QuantityUnit unit) => unit switch
    {
        QuantityUnit.GramPerGram => GramsPerGram,
        QuantityUnit.MilligramPerMillimole => MilligramsPerMillimole,
        QuantityUnit.GramPer24Hours => GramsPer24Hours,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Expected g/g, mg/mmol or g/(24.h)."),
    };
}

/// <summary>An early proteinuria target: at least <paramref name="MinReductionPercent"/> % reduction from baseline by <paramref name="Months"/> months.</summary>
/// <param name="Months">Months from the start of treatment.</param>
/// <param name="MinReductionPercent">The least reduction, percent (≥).</param>
public sealed record NephritisEarlyTarget(int Months, decimal MinReductionPercent);
