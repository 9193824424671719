using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The structured dosing advice behind a pharmacogenomics finding (JSON kind <c>sle.pharmacogenomics</c>): each gene's
/// phenotype in CPIC's terms, CPIC's starting-dose recommendation as a fraction of the standard starting dose and, where
/// the definition set has a standard dose in mg/kg/day, in mg/kg/day and mg/day for the patient's actual body weight,
/// with the ceiling; and whether the recommendation is extrapolated from another indication.
/// </summary>
/// <remarks>
/// Sources: azathioprine, Relling MV et al. Clin Pharmacol Ther 2019;105(5):1095-1105, doi:10.1002/cpt.1304 (with the
/// March 2024 update); tacrolimus, Birdwell KA et al. Clin Pharmacol Ther 2015;98(1):19-24, doi:10.1002/cpt.113. The
/// numbers come from the selected <see cref="PharmacogenomicsDefinitions"/>. Every mg/day figure is the mg/kg/day figure
/// times <see cref="BodyWeightKilograms"/>, so it scales linearly with weight; a ceiling is per kg, so whether it binds
/// depends on the standard dose, not the weight.
/// </remarks>
public sealed record PharmacogenomicsDetail : FindingDetail
{
    /// <summary>Gets the therapy (<c>azathioprine</c> or <c>tacrolimus</c>).</summary>
    public required TherapyId Therapy { get; init; }

    /// <summary>Gets the JSON path of the course the advice is for (the latest course of the therapy).</summary>
    public required string Course { get; init; }

    /// <summary>Gets the course's recorded indication.</summary>
    /// <value><see langword="null"/> when the course records none (taken as lupus).</value>
    public DiseaseId? Indication { get; init; }

    /// <summary>
    /// Gets whether the recommendation is extrapolated from the population CPIC's evidence comes from: tacrolimus outside
    /// transplantation (any indication not in <see cref="PharmacogenomicsDefinitions.TacrolimusEvidenceIndications"/>).
    /// Never for azathioprine, whose CPIC recommendations cover nonmalignant conditions.
    /// </summary>
    public required bool Extrapolated { get; init; }

    /// <summary>Gets the phenotype of each gene consulted, in CPIC's terms.</summary>
    public ImmutableArray<PharmacogenomicPhenotype> Phenotypes { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets CPIC's recommendation.</summary>
    public required PharmacogenomicRecommendation Recommendation { get; init; }

    /// <summary>Gets the recommended starting dose as a fraction of the standard starting dose (0.3–0.8 means 30–80 %; 1.5–2 means 1.5 to 2 times).</summary>
    /// <value><see langword="null"/> when CPIC recommends no thiopurine, or the phenotype is unknown.</value>
    public PharmacogenomicDoseRange? StartingDoseFraction { get; init; }

    /// <summary>Gets the standard starting dose the fraction applies to, mg/kg/day (azathioprine 2–3 by default).</summary>
    /// <value><see langword="null"/> when the definition set has none (tacrolimus by default: CPIC states none).</value>
    public PharmacogenomicDoseRange? StandardStartingDoseMilligramsPerKilogramPerDay { get; init; }

    /// <summary>Gets the recommended starting dose, mg/kg/day: the fraction times the standard dose, each end at most <see cref="MaximumMilligramsPerKilogramPerDay"/>.</summary>
    /// <value><see langword="null"/> when the fraction or the standard dose is unknown.</value>
    public PharmacogenomicDoseRange? StartingDoseMilligramsPerKilogramPerDay { get; init; }

    /// <summary>Gets the ceiling of the starting dose, mg/kg/day (tacrolimus for CYP3A5 normal or intermediate metabolizers: 0.3).</summary>
    /// <value><see langword="null"/> when CPIC states none for this phenotype.</value>
    public decimal? MaximumMilligramsPerKilogramPerDay { get; init; }

    /// <summary>Gets whether the ceiling lowered either end of the mg/kg/day range.</summary>
    /// <remarks>Written to JSON only when true.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool CapApplied { get; init; }

    /// <summary>Gets the actual body weight used, kg: the latest on or before the evaluation date.</summary>
    /// <value><see langword="null"/> when no weight is recorded.</value>
    public decimal? BodyWeightKilograms { get; init; }

    /// <summary>Gets the date of the body weight used.</summary>
    /// <value><see langword="null"/> when no weight was used.</value>
    public DateOnly? BodyWeightOn { get; init; }

    /// <summary>Gets the recommended starting dose for the patient, mg/day (mg/kg/day times the weight).</summary>
    /// <value><see langword="null"/> when the mg/kg/day range or the weight is unknown.</value>
    public PharmacogenomicDoseRange? StartingDoseMilligramsPerDay { get; init; }

    /// <summary>Gets the ceiling for the patient, mg/day (the mg/kg/day ceiling times the weight).</summary>
    /// <value><see langword="null"/> when there is no ceiling or no weight.</value>
    public decimal? MaximumMilligramsPerDay { get; init; }

    /// <summary>Gets the id of the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }

    /// <summary>Gets the version of the definition set applied.</summary>
    public required string DefinitionsVersion { get; init; }
}

/// <summary>One gene's phenotype as the pharmacogenomics evaluator read it.</summary>
public sealed record PharmacogenomicPhenotype
{
    /// <summary>Gets the gene.</summary>
    public required GeneSymbol Gene { get; init; }

    /// <summary>
    /// Gets the phenotype in CPIC's current terms: <c>normal-metabolizer</c> (the 2015 wording <c>extensive-metabolizer</c>
    /// is read as it), <c>intermediate-metabolizer</c>, <c>possible-intermediate-metabolizer</c>, <c>poor-metabolizer</c> or
    /// <c>indeterminate</c>. For CYP3A5 without a reported phenotype it is derived from the diplotype (Birdwell 2015):
    /// *1/*1 normal; *1/*3, *1/*6, *1/*7 intermediate; *3/*3, *6/*6, *7/*7, *3/*6, *3/*7, *6/*7 poor.
    /// </summary>
    /// <value><see langword="null"/> when no result, or one the evaluator cannot read.</value>
    public GenePhenotype? Phenotype { get; init; }

    /// <summary>Gets whether <see cref="Phenotype"/> was derived from the diplotype rather than reported.</summary>
    /// <remarks>Written to JSON only when true.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool FromDiplotype { get; init; }

    /// <summary>Gets the JSON path of the genotype result read.</summary>
    /// <value><see langword="null"/> when the profile has none for the gene.</value>
    public string? Genotype { get; init; }
}

/// <summary>CPIC's starting-dose recommendation for a phenotype.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<PharmacogenomicRecommendation>))]
public enum PharmacogenomicRecommendation
{
    /// <summary>The standard starting dose (thiopurine normal metabolizer; CYP3A5 poor metabolizer).</summary>
    [JsonStringEnumMemberName("standard-starting-dose")]
    StandardStartingDose = 1,

    /// <summary>A reduced starting dose (TPMT or NUDT15 intermediate or possible intermediate).</summary>
    [JsonStringEnumMemberName("reduced-starting-dose")]
    ReducedStartingDose = 2,

    /// <summary>An increased starting dose, with the ceiling (CYP3A5 normal or intermediate metabolizer).</summary>
    [JsonStringEnumMemberName("increased-starting-dose")]
    IncreasedStartingDose = 3,

    /// <summary>Consider a non-thiopurine immunosuppressant (TPMT or NUDT15 poor metabolizer).</summary>
    [JsonStringEnumMemberName("consider-alternative")]
    ConsiderAlternative = 4,

    /// <summary>Measure erythrocyte TPMT activity (TPMT indeterminate; CPIC April 2020 update).</summary>
    [JsonStringEnumMemberName("measure-enzyme-activity")]
    MeasureEnzymeActivity = 5,

    /// <summary>If a thiopurine is required, monitor closely (NUDT15 indeterminate; CPIC April 2020 update).</summary>
    [JsonStringEnumMemberName("monitor-closely")]
    MonitorClosely = 6,

    /// <summary>No recommendation without the genotype or phenotype.</summary>
    [JsonStringEnumMemberName("genotype-needed")]
    GenotypeNeeded = 7,
}
