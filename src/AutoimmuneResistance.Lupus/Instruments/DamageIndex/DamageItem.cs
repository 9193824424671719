using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The 41 items of the SLICC/ACR Damage Index (Gladman D, Ginzler E, Goldsmith C, et al. Arthritis Rheum
/// 1996;39(3):363-9, doi:10.1002/art.1780390303), as reproduced in the PhenX Toolkit protocol 171001 and the project's
/// clinical reference section 2.1. Scores, organ systems and timing rules are in <see cref="DamageIndexItems"/>.
/// </summary>
/// <remarks>
/// Item wording is paraphrased. Items are clinician-entered judgements: the glossary definitions behind them (for
/// example what counts as pulmonary hypertension) are not re-derived here. <c>default</c> is not a member; values start
/// at 1 and follow the form's order.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<DamageItem>))]
public enum DamageItem
{
    /// <summary>Ocular, 1 point, "ever": any cataract ever.</summary>
    [JsonStringEnumMemberName("cataract")]
    Cataract = 1,

    /// <summary>Ocular, 1 point: retinal change or optic atrophy.</summary>
    [JsonStringEnumMemberName("retinal-change-or-optic-atrophy")]
    RetinalChangeOrOpticAtrophy = 2,

    /// <summary>Neuropsychiatric, 1 point: cognitive impairment or major psychosis.</summary>
    [JsonStringEnumMemberName("cognitive-impairment-or-major-psychosis")]
    CognitiveImpairmentOrMajorPsychosis = 3,

    /// <summary>Neuropsychiatric, 1 point: seizures requiring therapy for 6 months.</summary>
    [JsonStringEnumMemberName("seizures-requiring-therapy")]
    SeizuresRequiringTherapy = 4,

    /// <summary>Neuropsychiatric, "ever": cerebrovascular accident; 1 point, 2 if more than one episode.</summary>
    [JsonStringEnumMemberName("cerebrovascular-accident")]
    CerebrovascularAccident = 5,

    /// <summary>Neuropsychiatric, 1 point: cranial or peripheral neuropathy, excluding optic neuropathy.</summary>
    [JsonStringEnumMemberName("cranial-or-peripheral-neuropathy")]
    CranialOrPeripheralNeuropathy = 6,

    /// <summary>Neuropsychiatric, 1 point: transverse myelitis.</summary>
    [JsonStringEnumMemberName("transverse-myelitis")]
    TransverseMyelitis = 7,

    /// <summary>Renal, 1 point: estimated or measured glomerular filtration rate below 50 %.</summary>
    [JsonStringEnumMemberName("gfr-below-50-percent")]
    GfrBelow50Percent = 8,

    /// <summary>Renal, 1 point: proteinuria of at least 3.5 g/24 h.</summary>
    [JsonStringEnumMemberName("proteinuria-at-least-3.5-g-per-day")]
    ProteinuriaAtLeast3Point5GramsPerDay = 9,

    /// <summary>Renal, 3 points: end-stage renal disease, regardless of dialysis or transplantation; replaces the two other renal items.</summary>
    [JsonStringEnumMemberName("end-stage-renal-disease")]
    EndStageRenalDisease = 10,

    /// <summary>Pulmonary, 1 point: pulmonary hypertension.</summary>
    [JsonStringEnumMemberName("pulmonary-hypertension")]
    PulmonaryHypertension = 11,

    /// <summary>Pulmonary, 1 point: pulmonary fibrosis.</summary>
    [JsonStringEnumMemberName("pulmonary-fibrosis")]
    PulmonaryFibrosis = 12,

    /// <summary>Pulmonary, 1 point: shrinking lung.</summary>
    [JsonStringEnumMemberName("shrinking-lung")]
    ShrinkingLung = 13,

    /// <summary>Pulmonary, 1 point: pleural fibrosis.</summary>
    [JsonStringEnumMemberName("pleural-fibrosis")]
    PleuralFibrosis = 14,

    /// <summary>Pulmonary, 1 point: pulmonary infarction.</summary>
    [JsonStringEnumMemberName("pulmonary-infarction")]
    PulmonaryInfarction = 15,

    /// <summary>Cardiovascular, 1 point: angina or coronary artery bypass (the bypass counts once done: set <see cref="DamageItemEntry.Procedure"/>).</summary>
    [JsonStringEnumMemberName("angina-or-coronary-bypass")]
    AnginaOrCoronaryBypass = 16,

    /// <summary>Cardiovascular, "ever": myocardial infarction; 1 point, 2 if more than one episode.</summary>
    [JsonStringEnumMemberName("myocardial-infarction")]
    MyocardialInfarction = 17,

    /// <summary>Cardiovascular, 1 point: cardiomyopathy.</summary>
    [JsonStringEnumMemberName("cardiomyopathy")]
    Cardiomyopathy = 18,

    /// <summary>Cardiovascular, 1 point: valvular disease.</summary>
    [JsonStringEnumMemberName("valvular-disease")]
    ValvularDisease = 19,

    /// <summary>Cardiovascular, 1 point: pericarditis for 6 months, or pericardiectomy (set <see cref="DamageItemEntry.Procedure"/>).</summary>
    [JsonStringEnumMemberName("pericarditis-or-pericardiectomy")]
    PericarditisOrPericardiectomy = 20,

    /// <summary>Peripheral vascular, 1 point: claudication for 6 months.</summary>
    [JsonStringEnumMemberName("claudication")]
    Claudication = 21,

    /// <summary>Peripheral vascular, 1 point: minor tissue loss (pulp space).</summary>
    [JsonStringEnumMemberName("minor-tissue-loss")]
    MinorTissueLoss = 22,

    /// <summary>Peripheral vascular, "ever": significant tissue loss (for example of a finger or limb); 1 point, 2 if more than one site.</summary>
    [JsonStringEnumMemberName("significant-tissue-loss")]
    SignificantTissueLoss = 23,

    /// <summary>Peripheral vascular, 1 point: venous thrombosis with swelling, ulceration or venous stasis.</summary>
    [JsonStringEnumMemberName("venous-thrombosis")]
    VenousThrombosis = 24,

    /// <summary>Gastrointestinal, "ever": infarction or resection of bowel below the duodenum, spleen, liver or gall bladder; 1 point, 2 if more than one site.</summary>
    [JsonStringEnumMemberName("infarction-or-resection")]
    InfarctionOrResection = 25,

    /// <summary>Gastrointestinal, 1 point: mesenteric insufficiency.</summary>
    [JsonStringEnumMemberName("mesenteric-insufficiency")]
    MesentericInsufficiency = 26,

    /// <summary>Gastrointestinal, 1 point: chronic peritonitis.</summary>
    [JsonStringEnumMemberName("chronic-peritonitis")]
    ChronicPeritonitis = 27,

    /// <summary>Gastrointestinal, "ever", 1 point: stricture or upper gastrointestinal tract surgery.</summary>
    [JsonStringEnumMemberName("stricture-or-upper-gi-surgery")]
    StrictureOrUpperGiSurgery = 28,

    /// <summary>Gastrointestinal, 1 point: pancreatic insufficiency requiring enzyme replacement or with a pseudocyst.</summary>
    [JsonStringEnumMemberName("pancreatic-insufficiency")]
    PancreaticInsufficiency = 29,

    /// <summary>Musculoskeletal, 1 point: muscle atrophy or weakness.</summary>
    [JsonStringEnumMemberName("muscle-atrophy-or-weakness")]
    MuscleAtrophyOrWeakness = 30,

    /// <summary>Musculoskeletal, 1 point: deforming or erosive arthritis (including reducible deformities, excluding avascular necrosis).</summary>
    [JsonStringEnumMemberName("deforming-or-erosive-arthritis")]
    DeformingOrErosiveArthritis = 31,

    /// <summary>Musculoskeletal, 1 point: osteoporosis with fracture or vertebral collapse (excluding avascular necrosis).</summary>
    [JsonStringEnumMemberName("osteoporosis-with-fracture")]
    OsteoporosisWithFracture = 32,

    /// <summary>Musculoskeletal: avascular necrosis; 1 point, 2 if more than one.</summary>
    [JsonStringEnumMemberName("avascular-necrosis")]
    AvascularNecrosis = 33,

    /// <summary>Musculoskeletal, 1 point: osteomyelitis.</summary>
    [JsonStringEnumMemberName("osteomyelitis")]
    Osteomyelitis = 34,

    /// <summary>Musculoskeletal, 1 point: ruptured tendons.</summary>
    [JsonStringEnumMemberName("ruptured-tendons")]
    RupturedTendons = 35,

    /// <summary>Skin, 1 point: scarring chronic alopecia.</summary>
    [JsonStringEnumMemberName("scarring-chronic-alopecia")]
    ScarringChronicAlopecia = 36,

    /// <summary>Skin, 1 point: extensive scarring of panniculum other than scalp and pulp space.</summary>
    [JsonStringEnumMemberName("extensive-scarring")]
    ExtensiveScarring = 37,

    /// <summary>Skin, 1 point: skin ulceration (excluding thrombosis) for 6 months; the operator (at least or more than 6 months) is <see cref="DamageIndexDefinitions.SkinUlcerationOperator"/>.</summary>
    [JsonStringEnumMemberName("skin-ulceration")]
    SkinUlceration = 38,

    /// <summary>Premature gonadal failure, 1 point.</summary>
    [JsonStringEnumMemberName("premature-gonadal-failure")]
    PrematureGonadalFailure = 39,

    /// <summary>Diabetes, 1 point, regardless of treatment.</summary>
    [JsonStringEnumMemberName("diabetes")]
    Diabetes = 40,

    /// <summary>Malignancy, excluding dysplasia; 1 point, 2 if more than one site.</summary>
    [JsonStringEnumMemberName("malignancy")]
    Malignancy = 41,
}
