namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The input of the SLE Disease Activity Score instrument (<c>sle.sle-das</c>): the 17 items at one visit (Jesus D,
/// Matos A, Henriques C, et al. Ann Rheum Dis 2019;78(3):365-71, doi:10.1136/annrheumdis-2018-214502, Table 1). Mark an
/// item only when it is attributable to SLE; laboratory items are given as values and scored from them.
/// </summary>
/// <remarks>
/// Every item is optional: <see langword="null"/> (left out of JSON) means not reported. Under the default
/// definitions an item not reported is absent (a clinical item <see langword="false"/>, no swollen joints, a laboratory
/// value not applied, with a warning); under <see cref="SleDasDefinitions.UnreportedUnknown"/> the result lists it in
/// <see cref="SleDasResult.NotReported"/> and its score is a lower bound.
/// </remarks>
public sealed record SleDasInput : IDefinitionSetSelection
{
    /// <summary>Gets the id of the definition set to apply.</summary>
    /// <value><see langword="null"/> for the pipeline's selection, else the default (<c>sle.sle-das.jesus-2019</c>).</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets whether there is neuropsychiatric involvement (the neuropsychiatric features of the SLICC criteria, of recent onset).</summary>
    public bool? NeuropsychiatricInvolvement { get; init; }

    /// <summary>Gets whether there is systemic vasculitis (large or medium-sized vessels) or lupus enteritis.</summary>
    public bool? SystemicVasculitis { get; init; }

    /// <summary>Gets whether there is mucocutaneous vasculitis or chilblain lupus.</summary>
    public bool? MucocutaneousVasculitis { get; init; }

    /// <summary>Gets whether there is cardiac or pulmonary involvement (shrinking lung, pneumonitis, alveolar haemorrhage, pulmonary hypertension, myocarditis, valvular dysfunction, Libman-Sacks endocarditis).</summary>
    public bool? CardiacOrPulmonaryInvolvement { get; init; }

    /// <summary>Gets whether there is serositis (pleurisy, pericarditis or sterile peritonitis).</summary>
    public bool? Serositis { get; init; }

    /// <summary>Gets the number of swollen joints of the 28-joint count (0 to 28); arthritis is present when it is at least 1.</summary>
    public int? SwollenJointCount { get; init; }

    /// <summary>Gets whether there is myositis.</summary>
    public bool? Myositis { get; init; }

    /// <summary>Gets whether there is a cutaneous lupus rash only above the neck.</summary>
    public bool? LocalizedRash { get; init; }

    /// <summary>Gets whether there is a cutaneous lupus rash below the neck (with or without rash above it).</summary>
    public bool? GeneralizedRash { get; init; }

    /// <summary>Gets whether there is abnormal, patchy or diffuse hair loss.</summary>
    public bool? Alopecia { get; init; }

    /// <summary>Gets whether there are oral or nasal ulcers.</summary>
    public bool? MucosalUlcers { get; init; }

    /// <summary>Gets whether there is haemolytic anaemia (positive direct Coombs test, raised LDH, low haptoglobin).</summary>
    public bool? HemolyticAnemia { get; init; }

    /// <summary>Gets whether C3 or C4 is below the laboratory's lower limit of normal.</summary>
    public bool? Hypocomplementemia { get; init; }

    /// <summary>Gets whether DNA binding is above the laboratory's upper limit of normal.</summary>
    public bool? IncreasedAntiDsDna { get; init; }

    /// <summary>Gets the proteinuria: 24-hour urinary protein in mg/24 h, or the urinary protein-to-creatinine ratio in mg/g (the score reads the number alike).</summary>
    /// <value>0 to 100000; <see langword="null"/> when not measured (scored as absent, with a warning).</value>
    public decimal? ProteinuriaMilligrams { get; init; }

    /// <summary>Gets the platelet count, × 10⁹/L (G/L).</summary>
    /// <value>Above 0 up to 2000; <see langword="null"/> when not measured (scored as absent, with a warning).</value>
    public decimal? PlateletCount { get; init; }

    /// <summary>Gets the leukocyte count, × 10⁹/L (G/L).</summary>
    /// <value>Above 0 up to 500; <see langword="null"/> when not measured (scored as absent, with a warning).</value>
    public decimal? LeukocyteCount { get; init; }

    /// <summary>
    /// Gets the current prednisone-equivalent glucocorticoid dose, mg/day: not an SLE-DAS item, but part of the SLE-DAS
    /// low disease activity definition (Assunção 2022: a score of at most 2.48 with prednisone at most 7.5 mg/day).
    /// </summary>
    /// <value>0 to 2000; <see langword="null"/> when not given (then <see cref="SleDasResult.LowDiseaseActivity"/> is
    /// unknown unless the score alone rules it out).</value>
    public decimal? PrednisoneMilligramsPerDay { get; init; }
}
