using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The 21 weighted criteria of the 2019 EULAR/ACR classification criteria for SLE (Aringer M, Costenbader K, Daikh D,
/// et al. 2019 European League Against Rheumatism/American College of Rheumatology classification criteria for
/// systemic lupus erythematosus. Ann Rheum Dis 2019;78(9):1151-9, doi:10.1136/annrheumdis-2018-214819; Arthritis
/// Rheumatol 2019;71(9):1400-12, doi:10.1002/art.40930). Final weights and domains are in
/// <see cref="Classification2019Criteria"/>.
/// </summary>
/// <remarks>
/// Each criterion is entered when it occurred at least once (not necessarily simultaneously) and is not more likely
/// explained by another cause; the thresholds quoted are the paper's Table 1 definitions. <c>default</c> is not a
/// member; values start at 1 and follow the paper's order.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Classification2019Criterion>))]
public enum Classification2019Criterion
{
    /// <summary>Constitutional, weight 2: fever &gt; 38.3 °C.</summary>
    [JsonStringEnumMemberName("fever")]
    Fever = 1,

    /// <summary>Haematological, weight 3: leukopenia &lt; 4.0 × 10⁹/L.</summary>
    [JsonStringEnumMemberName("leukopenia")]
    Leukopenia = 2,

    /// <summary>Haematological, weight 4: thrombocytopenia &lt; 100 × 10⁹/L.</summary>
    [JsonStringEnumMemberName("thrombocytopenia")]
    Thrombocytopenia = 3,

    /// <summary>Haematological, weight 4: autoimmune haemolysis (evidence of haemolysis and a positive direct antiglobulin test).</summary>
    [JsonStringEnumMemberName("autoimmune-hemolysis")]
    AutoimmuneHemolysis = 4,

    /// <summary>Neuropsychiatric, weight 2: delirium.</summary>
    [JsonStringEnumMemberName("delirium")]
    Delirium = 5,

    /// <summary>Neuropsychiatric, weight 3: psychosis.</summary>
    [JsonStringEnumMemberName("psychosis")]
    Psychosis = 6,

    /// <summary>Neuropsychiatric, weight 5: seizure.</summary>
    [JsonStringEnumMemberName("seizure")]
    Seizure = 7,

    /// <summary>Mucocutaneous, weight 2: non-scarring alopecia.</summary>
    [JsonStringEnumMemberName("non-scarring-alopecia")]
    NonScarringAlopecia = 8,

    /// <summary>Mucocutaneous, weight 2: oral ulcers.</summary>
    [JsonStringEnumMemberName("oral-ulcers")]
    OralUlcers = 9,

    /// <summary>Mucocutaneous, weight 4: subacute cutaneous or discoid lupus.</summary>
    [JsonStringEnumMemberName("subacute-cutaneous-or-discoid-lupus")]
    SubacuteCutaneousOrDiscoidLupus = 10,

    /// <summary>Mucocutaneous, weight 6: acute cutaneous lupus.</summary>
    [JsonStringEnumMemberName("acute-cutaneous-lupus")]
    AcuteCutaneousLupus = 11,

    /// <summary>Serosal, weight 5: pleural or pericardial effusion.</summary>
    [JsonStringEnumMemberName("pleural-or-pericardial-effusion")]
    PleuralOrPericardialEffusion = 12,

    /// <summary>Serosal, weight 6: acute pericarditis.</summary>
    [JsonStringEnumMemberName("acute-pericarditis")]
    AcutePericarditis = 13,

    /// <summary>Musculoskeletal, weight 6: joint involvement (synovitis in ≥ 2 joints, or tenderness in ≥ 2 joints with ≥ 30 minutes of morning stiffness).</summary>
    [JsonStringEnumMemberName("joint-involvement")]
    JointInvolvement = 14,

    /// <summary>Renal, weight 4: proteinuria &gt; 0.5 g/24 h.</summary>
    [JsonStringEnumMemberName("proteinuria")]
    Proteinuria = 15,

    /// <summary>Renal, weight 8: renal biopsy class II or V lupus nephritis.</summary>
    [JsonStringEnumMemberName("lupus-nephritis-class-ii-or-v")]
    LupusNephritisClassIIOrV = 16,

    /// <summary>Renal, weight 10: renal biopsy class III or IV lupus nephritis.</summary>
    [JsonStringEnumMemberName("lupus-nephritis-class-iii-or-iv")]
    LupusNephritisClassIIIOrIV = 17,

    /// <summary>Antiphospholipid antibodies (immunological), weight 2: anticardiolipin (medium or high titre: &gt; 40 GPL or &gt; 99th percentile), anti-β2-glycoprotein I, or lupus anticoagulant.</summary>
    [JsonStringEnumMemberName("antiphospholipid-antibodies")]
    AntiphospholipidAntibodies = 18,

    /// <summary>Complement proteins (immunological), weight 3: low C3 or low C4.</summary>
    [JsonStringEnumMemberName("low-c3-or-low-c4")]
    LowC3OrLowC4 = 19,

    /// <summary>Complement proteins (immunological), weight 4: low C3 and low C4.</summary>
    [JsonStringEnumMemberName("low-c3-and-low-c4")]
    LowC3AndLowC4 = 20,

    /// <summary>SLE-specific antibodies (immunological), weight 6: anti-dsDNA (in an assay with ≥ 90 % specificity against relevant disease controls) or anti-Smith.</summary>
    [JsonStringEnumMemberName("anti-dsdna-or-anti-sm")]
    AntiDsDnaOrAntiSm = 21,
}
