using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The 17 criteria (11 clinical, 6 immunologic) of the 2012 Systemic Lupus International Collaborating Clinics (SLICC)
/// classification criteria for SLE (Petri M, Orbai AM, Alarcón GS, et al. Arthritis Rheum 2012;64(8):2677-86,
/// doi:10.1002/art.34473, Table 3). The criteria are cumulative and need not be present at the same time.
/// </summary>
/// <remarks>
/// A clinical criterion counts only "in the absence of other causes" (the paper lists the causes to exclude for most of
/// them). The thresholds quoted are the paper's definitions, applied by the clinician entering a criterion; the
/// instrument does not re-derive them from laboratory values. <c>default</c> is not a member; values start at 1 and
/// follow the paper's order.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Slicc2012Criterion>))]
public enum Slicc2012Criterion
{
    /// <summary>Clinical 1: acute cutaneous lupus (malar rash, not malar discoid; bullous lupus; toxic epidermal necrolysis variant; maculopapular or photosensitive lupus rash; in the absence of dermatomyositis) or subacute cutaneous lupus.</summary>
    [JsonStringEnumMemberName("acute-cutaneous-lupus")]
    AcuteCutaneousLupus = 1,

    /// <summary>Clinical 2: chronic cutaneous lupus (classic discoid rash, localized or generalized; hypertrophic lupus; lupus panniculitis; mucosal lupus; lupus tumidus; chilblain lupus; discoid lupus/lichen planus overlap).</summary>
    [JsonStringEnumMemberName("chronic-cutaneous-lupus")]
    ChronicCutaneousLupus = 2,

    /// <summary>Clinical 3: oral ulcers (palate, buccal, tongue) or nasal ulcers, in the absence of other causes (vasculitis, Behçet's disease, herpes infection, inflammatory bowel disease, reactive arthritis, acidic foods).</summary>
    [JsonStringEnumMemberName("oral-or-nasal-ulcers")]
    OralOrNasalUlcers = 3,

    /// <summary>Clinical 4: non-scarring alopecia (diffuse thinning or hair fragility with visible broken hairs), in the absence of other causes (alopecia areata, drugs, iron deficiency, androgenic alopecia).</summary>
    [JsonStringEnumMemberName("nonscarring-alopecia")]
    NonscarringAlopecia = 4,

    /// <summary>Clinical 5: synovitis in 2 or more joints (swelling or effusion), or tenderness in 2 or more joints with 30 minutes or more of morning stiffness.</summary>
    [JsonStringEnumMemberName("synovitis")]
    Synovitis = 5,

    /// <summary>Clinical 6: serositis: typical pleurisy for more than 1 day, pleural effusion or rub; or typical pericardial pain for more than 1 day, pericardial effusion or rub, or pericarditis on ECG; in the absence of other causes (infection, uraemia, Dressler's pericarditis).</summary>
    [JsonStringEnumMemberName("serositis")]
    Serositis = 6,

    /// <summary>Clinical 7: renal: urine protein-to-creatinine ratio (or 24-hour urine protein) representing 500 mg of protein per 24 hours, or red blood cell casts.</summary>
    [JsonStringEnumMemberName("renal")]
    Renal = 7,

    /// <summary>Clinical 8: neurologic: seizures, psychosis, mononeuritis multiplex, myelitis, peripheral or cranial neuropathy, or acute confusional state, in the absence of other known causes (primary vasculitis, infection, diabetes mellitus, toxic-metabolic causes, uraemia, drugs).</summary>
    [JsonStringEnumMemberName("neurologic")]
    Neurologic = 8,

    /// <summary>Clinical 9: haemolytic anaemia.</summary>
    [JsonStringEnumMemberName("hemolytic-anemia")]
    HemolyticAnemia = 9,

    /// <summary>Clinical 10: leukopenia &lt; 4000/mm³ at least once (in the absence of Felty's syndrome, drugs, portal hypertension) or lymphopenia &lt; 1000/mm³ at least once (in the absence of corticosteroids, drugs, infection).</summary>
    [JsonStringEnumMemberName("leukopenia-or-lymphopenia")]
    LeukopeniaOrLymphopenia = 10,

    /// <summary>Clinical 11: thrombocytopenia &lt; 100,000/mm³ at least once, in the absence of other known causes (drugs, portal hypertension, thrombotic thrombocytopenic purpura).</summary>
    [JsonStringEnumMemberName("thrombocytopenia")]
    Thrombocytopenia = 11,

    /// <summary>Immunologic 1: ANA level above the laboratory reference range.</summary>
    [JsonStringEnumMemberName("ana")]
    Ana = 12,

    /// <summary>Immunologic 2: anti-dsDNA antibody level above the laboratory reference range (or twice the reference range if tested by ELISA).</summary>
    [JsonStringEnumMemberName("anti-dsdna")]
    AntiDsDna = 13,

    /// <summary>Immunologic 3: anti-Sm: antibody to the Sm nuclear antigen.</summary>
    [JsonStringEnumMemberName("anti-sm")]
    AntiSm = 14,

    /// <summary>Immunologic 4: antiphospholipid antibody: lupus anticoagulant, false-positive rapid plasma reagin, medium- or high-titre anticardiolipin (IgA, IgG or IgM), or anti-β2-glycoprotein I (IgA, IgG or IgM).</summary>
    [JsonStringEnumMemberName("antiphospholipid-antibody")]
    AntiphospholipidAntibody = 15,

    /// <summary>Immunologic 5: low complement: low C3, low C4 or low CH50.</summary>
    [JsonStringEnumMemberName("low-complement")]
    LowComplement = 16,

    /// <summary>Immunologic 6: direct Coombs test positive in the absence of haemolytic anaemia.</summary>
    [JsonStringEnumMemberName("direct-coombs-test")]
    DirectCoombsTest = 17,
}

/// <summary>
/// The rule of the 2012 SLICC classification criteria (Petri M, et al. Arthritis Rheum 2012;64(8):2677-86,
/// doi:10.1002/art.34473) that decided a result.
/// </summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Slicc2012Rule>))]
public enum Slicc2012Rule
{
    /// <summary>Not classified: no clinical criterion counts (checked first).</summary>
    [JsonStringEnumMemberName("no-clinical-criterion")]
    NoClinicalCriterion = 1,

    /// <summary>Not classified: no immunologic criterion counts.</summary>
    [JsonStringEnumMemberName("no-immunologic-criterion")]
    NoImmunologicCriterion = 2,

    /// <summary>Not classified: fewer than 4 criteria count.</summary>
    [JsonStringEnumMemberName("fewer-than-four-criteria")]
    FewerThanFourCriteria = 3,

    /// <summary>Classified: at least 4 criteria, with at least 1 clinical and 1 immunologic.</summary>
    [JsonStringEnumMemberName("four-criteria")]
    FourCriteria = 4,

    /// <summary>Classified: biopsy-proven nephritis compatible with SLE with ANA or anti-dsDNA antibodies (reported when the counting rule is not met).</summary>
    [JsonStringEnumMemberName("biopsy-proven-nephritis")]
    BiopsyProvenNephritis = 5,
}
