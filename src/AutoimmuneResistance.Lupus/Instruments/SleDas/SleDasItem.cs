using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The scored terms of the SLE Disease Activity Score: its 17 items (Jesus D, Matos A, Henriques C, et al. Ann Rheum Dis
/// 2019;78(3):365-71, doi:10.1136/annrheumdis-2018-214502, Table 1), each counted only when attributable to SLE, with
/// arthritis scored by two terms (present, and per swollen joint).
/// </summary>
/// <remarks><c>default</c> is not a member; values start at 1 and follow the order of the sle-das.eu calculator.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SleDasItem>))]
public enum SleDasItem
{
    /// <summary>Neuropsychiatric involvement: the neuropsychiatric features of the SLICC classification criteria (recent seizure, psychosis, organic brain syndrome, acute confusional state, retinal changes, peripheral neuropathy, myelopathy, lupus headache, cerebrovascular accident, aseptic meningitis).</summary>
    [JsonStringEnumMemberName("neuropsychiatric-involvement")]
    NeuropsychiatricInvolvement = 1,

    /// <summary>Systemic vasculitis involving large and medium-sized vessels, or lupus enteritis.</summary>
    [JsonStringEnumMemberName("systemic-vasculitis")]
    SystemicVasculitis = 2,

    /// <summary>Any mucocutaneous vasculitis, or chilblain lupus.</summary>
    [JsonStringEnumMemberName("mucocutaneous-vasculitis")]
    MucocutaneousVasculitis = 3,

    /// <summary>Cardiac or pulmonary involvement (shrinking lung, interstitial pneumonitis, diffuse alveolar haemorrhage, pulmonary hypertension, myocarditis, valvular dysfunction, Libman-Sacks endocarditis).</summary>
    [JsonStringEnumMemberName("cardiac-or-pulmonary-involvement")]
    CardiacOrPulmonaryInvolvement = 4,

    /// <summary>Serositis: pleurisy, pericarditis or sterile peritonitis.</summary>
    [JsonStringEnumMemberName("serositis")]
    Serositis = 5,

    /// <summary>Proteinuria above 500 mg/24 h (or a protein-to-creatinine ratio above 500 mg/g), scored from the amount.</summary>
    [JsonStringEnumMemberName("proteinuria")]
    Proteinuria = 6,

    /// <summary>Arthritis: present when at least one of the 28 joints is swollen.</summary>
    [JsonStringEnumMemberName("arthritis")]
    Arthritis = 7,

    /// <summary>The number of swollen joints of 28, scored per joint.</summary>
    [JsonStringEnumMemberName("swollen-joints")]
    SwollenJoints = 8,

    /// <summary>Myositis: proximal muscle aching or weakness with raised CK or aldolase, electromyogram changes or a biopsy showing myositis.</summary>
    [JsonStringEnumMemberName("myositis")]
    Myositis = 9,

    /// <summary>Localized skin rash: acute, subacute or chronic cutaneous lupus (as in the SLICC criteria) only above the neck.</summary>
    [JsonStringEnumMemberName("localized-rash")]
    LocalizedRash = 10,

    /// <summary>Generalized skin rash: acute, subacute or chronic cutaneous lupus (as in the SLICC criteria) below the neck, with or without rash above it.</summary>
    [JsonStringEnumMemberName("generalized-rash")]
    GeneralizedRash = 11,

    /// <summary>Alopecia: abnormal, patchy or diffuse loss of hair.</summary>
    [JsonStringEnumMemberName("alopecia")]
    Alopecia = 12,

    /// <summary>Oral or nasal ulcers.</summary>
    [JsonStringEnumMemberName("mucosal-ulcers")]
    MucosalUlcers = 13,

    /// <summary>Haemolytic anaemia: anaemia with a positive direct Coombs test, raised LDH and low haptoglobin.</summary>
    [JsonStringEnumMemberName("hemolytic-anemia")]
    HemolyticAnemia = 14,

    /// <summary>Thrombocytopenia: platelets below 100 × 10⁹/L, scored from the count.</summary>
    [JsonStringEnumMemberName("thrombocytopenia")]
    Thrombocytopenia = 15,

    /// <summary>Leukopenia: leukocytes below 3 × 10⁹/L, scored from the count.</summary>
    [JsonStringEnumMemberName("leukopenia")]
    Leukopenia = 16,

    /// <summary>Hypocomplementaemia: C3 or C4 below the laboratory's lower limit of normal.</summary>
    [JsonStringEnumMemberName("hypocomplementemia")]
    Hypocomplementemia = 17,

    /// <summary>Increased anti-dsDNA: DNA binding above the laboratory's upper limit of normal.</summary>
    [JsonStringEnumMemberName("increased-anti-dsdna")]
    IncreasedAntiDsDna = 18,
}

/// <summary>
/// The SLE-DAS disease activity categories (Jesus D, Larosa M, Henriques C, et al. Ann Rheum Dis 2021;80(12):1568-74):
/// remission, mild activity, moderate or severe activity; the cut-offs are in <see cref="SleDasDefinitions"/>.
/// </summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SleDasCategory>))]
public enum SleDasCategory
{
    /// <summary>Clinical remission: score at most the remission cut-off (≤ 2.08 by default).</summary>
    [JsonStringEnumMemberName("remission")]
    Remission = 1,

    /// <summary>Mild activity: above the remission cut-off and at most the mild cut-off (&gt; 2.08 and ≤ 7.64 by default).</summary>
    [JsonStringEnumMemberName("mild-activity")]
    MildActivity = 2,

    /// <summary>Moderate or severe activity: above the mild cut-off (&gt; 7.64 by default).</summary>
    [JsonStringEnumMemberName("moderate-or-severe-activity")]
    ModerateOrSevereActivity = 3,
}
