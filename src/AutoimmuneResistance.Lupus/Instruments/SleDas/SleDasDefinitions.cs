namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The coefficients and cut-offs of the SLE Disease Activity Score (Jesus D, Matos A, Henriques C, et al. Ann Rheum Dis
/// 2019;78(3):365-71, doi:10.1136/annrheumdis-2018-214502, Figure 1) and of its activity categories (Jesus D, Larosa M,
/// Henriques C, et al. Ann Rheum Dis 2021;80(12):1568-74, doi:10.1136/annrheumdis-2021-220363; severe activity: Jesus D,
/// et al. Lupus Sci Med 2025;12(1):e001499, doi:10.1136/lupus-2025-001499).
/// </summary>
/// <remarks>
/// <para>
/// SLE-DAS = intercept + the weight of each binary item present + a weight per swollen joint + three laboratory terms,
/// each applied only beyond its threshold: proteinuria <c>a + b·ln(mg)</c> above 500 mg/24 h (or mg/g), platelets
/// <c>a + b·ln(count)</c> below 100 × 10⁹/L, leukocytes <c>a + b·ln(count)</c> below 3 × 10⁹/L (ln the natural
/// logarithm).
/// </para>
/// <para>
/// The item thresholds (500, 100, 3) were read in the 2019 paper's Table 1, the severe cut-off (&gt; 9.90) in the 2025
/// abstract and the low disease activity definition (≤ 2.48 with prednisone ≤ 7.5 mg/day) in the 2022 abstract. The
/// remission and moderate-or-severe cut-offs (≤ 2.08, &gt; 7.64) were read in a public calculator and in the same
/// group's EULAR 2019 congress abstract (THU0267, Padua cohort of 221 patients), not in the 2021 paper's text.
/// UNCONFIRMED: the intercept and coefficients come from one public secondary implementation, not checked against the
/// 2019 paper's figure. Every number is a setting of this set so that a user who checks them against the papers can
/// correct them under a new id.
/// </para>
/// </remarks>
public sealed record SleDasDefinitions : DefinitionSet
{
    /// <summary>Gets the default set, <c>sle.sle-das.jesus-2019</c>.</summary>
    public static SleDasDefinitions Default { get; } = new()
    {
        Id = DefinitionSetId.Create("sle.sle-das.jesus-2019"),
        Version = "1.1.0",
        Title = "SLE-DAS formula (Jesus 2019), remission and activity cut-offs (Jesus 2021), severe activity (Jesus 2025), low disease activity (Assunção 2022)",
        Sources = [SleDasCitations.Jesus2019, SleDasCitations.Jesus2021, SleDasCitations.Jesus2025, SleDasCitations.Assuncao2022],
        Intercept = 0.366m,
        NeuropsychiatricInvolvementWeight = 18m,
        SystemicVasculitisWeight = 18m,
        MucocutaneousVasculitisWeight = 4.408m,
        CardiacOrPulmonaryInvolvementWeight = 18m,
        SerositisWeight = 6m,
        ArthritisWeight = 3.132m,
        SwollenJointWeight = 0.454m,
        MyositisWeight = 9m,
        LocalizedRashWeight = 3.138m,
        GeneralizedRashWeight = 3.887m,
        AlopeciaWeight = 0.973m,
        MucosalUlcersWeight = 2.769m,
        HemolyticAnemiaWeight = 9m,
        HypocomplementemiaWeight = 0.754m,
        IncreasedAntiDsDnaWeight = 0.956m,
        ProteinuriaAboveMilligrams = 500m,
        ProteinuriaIntercept = -17.584m,
        ProteinuriaLogWeight = 3.811m,
        PlateletsBelow = 100m,
        PlateletIntercept = 26.105m,
        PlateletLogWeight = -5.577m,
        LeukocytesBelow = 3m,
        LeukocyteIntercept = 6.118m,
        LeukocyteLogWeight = -5.058m,
        RemissionAtMost = 2.08m,
        MildActivityAtMost = 7.64m,
        SevereActivityAbove = 9.90m,
        LowDiseaseActivityAtMost = 2.48m,
        LowDiseaseActivityPrednisoneAtMost = 7.5m,
    };

    /// <summary>
    /// Gets the set with <see cref="UnreportedItems"/> unknown, <c>sle.sle-das.unreported-unknown</c> version 1: the
    /// same coefficients and cut-offs as <see cref="Default"/>.
    /// </summary>
    public static SleDasDefinitions UnreportedUnknown { get; } = Default with
    {
        Id = DefinitionSetId.Create("sle.sle-das.unreported-unknown"),
        Title = "SLE-DAS formula (Jesus 2019) and cut-offs (Jesus 2021, 2025), items not reported listed and the score a lower bound",
        UnreportedItems = UnreportedItemReading.Unknown,
    };

    /// <summary>
    /// Gets what an item the input leaves out means: absent (<see langword="null"/> or
    /// <see cref="UnreportedItemReading.Absent"/>, the default, as the published calculator scores an unticked item) or
    /// unknown (<see cref="UnreportedItemReading.Unknown"/>: the result lists it and its score is a lower bound, since
    /// every term is zero or positive). The papers (Jesus 2019) have no rule for an item nobody assessed.
    /// </summary>
    public UnreportedItemReading? UnreportedItems { get; init; }

    /// <summary>Gets the constant term (0.366; UNCONFIRMED, secondary source).</summary>
    public required decimal Intercept { get; init; }

    /// <summary>Gets the weight of neuropsychiatric involvement (18; UNCONFIRMED, secondary source).</summary>
    public required decimal NeuropsychiatricInvolvementWeight { get; init; }

    /// <summary>Gets the weight of systemic vasculitis (18; UNCONFIRMED, secondary source).</summary>
    public required decimal SystemicVasculitisWeight { get; init; }

    /// <summary>Gets the weight of mucocutaneous vasculitis (4.408; UNCONFIRMED, secondary source).</summary>
    public required decimal MucocutaneousVasculitisWeight { get; init; }

    /// <summary>Gets the weight of cardiac or pulmonary involvement (18; UNCONFIRMED, secondary source).</summary>
    public required decimal CardiacOrPulmonaryInvolvementWeight { get; init; }

    /// <summary>Gets the weight of serositis (6; UNCONFIRMED, secondary source).</summary>
    public required decimal SerositisWeight { get; init; }

    /// <summary>Gets the weight of arthritis, counted once when at least one joint is swollen (3.132; UNCONFIRMED, secondary source).</summary>
    public required decimal ArthritisWeight { get; init; }

    /// <summary>Gets the weight per swollen joint of 28 (0.454; UNCONFIRMED, secondary source).</summary>
    public required decimal SwollenJointWeight { get; init; }

    /// <summary>Gets the weight of myositis (9; UNCONFIRMED, secondary source).</summary>
    public required decimal MyositisWeight { get; init; }

    /// <summary>Gets the weight of a localized skin rash (3.138; UNCONFIRMED, secondary source).</summary>
    public required decimal LocalizedRashWeight { get; init; }

    /// <summary>Gets the weight of a generalized skin rash (3.887; UNCONFIRMED, secondary source).</summary>
    public required decimal GeneralizedRashWeight { get; init; }

    /// <summary>Gets the weight of alopecia (0.973; UNCONFIRMED, secondary source).</summary>
    public required decimal AlopeciaWeight { get; init; }

    /// <summary>Gets the weight of mucosal ulcers (2.769; UNCONFIRMED, secondary source).</summary>
    public required decimal MucosalUlcersWeight { get; init; }

    /// <summary>Gets the weight of haemolytic anaemia (9; UNCONFIRMED, secondary source).</summary>
    public required decimal HemolyticAnemiaWeight { get; init; }

    /// <summary>Gets the weight of hypocomplementaemia (0.754; UNCONFIRMED, secondary source).</summary>
    public required decimal HypocomplementemiaWeight { get; init; }

    /// <summary>Gets the weight of increased anti-dsDNA (0.956; UNCONFIRMED, secondary source).</summary>
    public required decimal IncreasedAntiDsDnaWeight { get; init; }

    /// <summary>Gets the proteinuria the amount must exceed for the item to score, mg/24 h or mg/g (&gt; 500; Jesus 2019 Table 1).</summary>
    public required decimal ProteinuriaAboveMilligrams { get; init; }

    /// <summary>Gets the constant of the proteinuria term (−17.584; UNCONFIRMED, secondary source).</summary>
    public required decimal ProteinuriaIntercept { get; init; }

    /// <summary>Gets the weight of ln(proteinuria in mg) (3.811; UNCONFIRMED, secondary source).</summary>
    public required decimal ProteinuriaLogWeight { get; init; }

    /// <summary>Gets the platelet count, × 10⁹/L, the count must be below for the item to score (&lt; 100; Jesus 2019 Table 1).</summary>
    public required decimal PlateletsBelow { get; init; }

    /// <summary>Gets the constant of the thrombocytopenia term (26.105; UNCONFIRMED, secondary source).</summary>
    public required decimal PlateletIntercept { get; init; }

    /// <summary>Gets the weight of ln(platelets in 10⁹/L) (−5.577; UNCONFIRMED, secondary source).</summary>
    public required decimal PlateletLogWeight { get; init; }

    /// <summary>Gets the leukocyte count, × 10⁹/L, the count must be below for the item to score (&lt; 3; Jesus 2019 Table 1).</summary>
    public required decimal LeukocytesBelow { get; init; }

    /// <summary>Gets the constant of the leukopenia term (6.118; UNCONFIRMED, secondary source).</summary>
    public required decimal LeukocyteIntercept { get; init; }

    /// <summary>Gets the weight of ln(leukocytes in 10⁹/L) (−5.058; UNCONFIRMED, secondary source).</summary>
    public required decimal LeukocyteLogWeight { get; init; }

    /// <summary>Gets the highest score in clinical remission (≤ 2.08; Jesus 2021, read in a public calculator and the authors' EULAR 2019 abstract THU0267).</summary>
    public required decimal RemissionAtMost { get; init; }

    /// <summary>Gets the highest score with mild activity (≤ 7.64; Jesus 2021, read in a public calculator and the authors' EULAR 2019 abstract THU0267); above it, moderate or severe activity.</summary>
    public required decimal MildActivityAtMost { get; init; }

    /// <summary>Gets the score above which activity is severe (&gt; 9.90; Jesus 2025 abstract, derived against a BILAG-2004 numerical score &gt; 11).</summary>
    public required decimal SevereActivityAbove { get; init; }

    /// <summary>
    /// Gets the highest score in SLE-DAS low disease activity (≤ 2.48; Assunção 2022, derived against the lupus low disease
    /// activity state, read in the abstract).
    /// </summary>
    public required decimal LowDiseaseActivityAtMost { get; init; }

    /// <summary>
    /// Gets the highest prednisone-equivalent dose, mg/day, in SLE-DAS low disease activity (≤ 7.5 mg/day; Assunção 2022,
    /// read in the abstract).
    /// </summary>
    public required decimal LowDiseaseActivityPrednisoneAtMost { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        decimal[] weights =
        [
            Intercept, NeuropsychiatricInvolvementWeight, SystemicVasculitisWeight, MucocutaneousVasculitisWeight,
            CardiacOrPulmonaryInvolvementWeight, SerositisWeight, ArthritisWeight, SwollenJointWeight, MyositisWeight,
            LocalizedRashWeight, GeneralizedRashWeight, AlopeciaWeight, MucosalUlcersWeight, HemolyticAnemiaWeight,
            HypocomplementemiaWeight, IncreasedAntiDsDnaWeight,
        ];
        if (weights.Any(w => w < 0m))
        {
            problems.Add("the intercept and the item weights must not be negative");
        }

        if (ProteinuriaAboveMilligrams <= 0m || PlateletsBelow <= 0m || LeukocytesBelow <= 0m)
        {
            problems.Add("the laboratory thresholds must be positive");
        }

        // The score rises with the severity of each laboratory item only when proteinuria's log weight is positive and
        // the counts' log weights are negative.
        if (ProteinuriaLogWeight <= 0m || PlateletLogWeight >= 0m || LeukocyteLogWeight >= 0m)
        {
            problems.Add("the proteinuria log weight must be positive and the platelet and leukocyte log weights negative");
        }

        if (RemissionAtMost < 0m || MildActivityAtMost < RemissionAtMost || SevereActivityAbove < MildActivityAtMost)
        {
            problems.Add("the cut-offs must satisfy 0 <= remission <= mild activity <= severe activity");
        }

        if (LowDiseaseActivityAtMost < 0m || LowDiseaseActivityPrednisoneAtMost < 0m)
        {
            problems.Add("the low disease activity cut-off and its prednisone limit must not be negative");
        }

        return problems;
    }
}
