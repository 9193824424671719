using System.Text.Json.Serialization;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The 24 descriptors of SLEDAI-2K (Gladman DD, Ibañez D, Urowitz MB. Systemic lupus erythematosus disease activity
/// index 2000. J Rheumatol 2002;29(2):288-91, PMID 11838846). Weights and organ systems are in
/// <see cref="Sledai2kDescriptors"/>; descriptor wording is paraphrased from the glossary as reproduced in the
/// project's clinical reference (section 1.1).
/// </summary>
/// <remarks><c>default</c> is not a member; values start at 1 and follow the index's order.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Sledai2kDescriptor>))]
public enum Sledai2kDescriptor
{
    /// <summary>Weight 8. Recent-onset seizure, excluding metabolic, infectious or drug causes.</summary>
    [JsonStringEnumMemberName("seizure")]
    Seizure = 1,

    /// <summary>Weight 8. Severe disturbance in the perception of reality that impairs normal function, excluding uraemia and drugs.</summary>
    [JsonStringEnumMemberName("psychosis")]
    Psychosis = 2,

    /// <summary>Weight 8. Acute, fluctuating impairment of orientation, memory or other intellectual function with the features the glossary lists, excluding metabolic, infectious or drug causes.</summary>
    [JsonStringEnumMemberName("organic-brain-syndrome")]
    OrganicBrainSyndrome = 3,

    /// <summary>Weight 8. Retinal changes of SLE or optic neuritis, excluding hypertension, infection and drugs.</summary>
    [JsonStringEnumMemberName("visual-disturbance")]
    VisualDisturbance = 4,

    /// <summary>Weight 8. New-onset sensory or motor cranial neuropathy.</summary>
    [JsonStringEnumMemberName("cranial-nerve-disorder")]
    CranialNerveDisorder = 5,

    /// <summary>Weight 8. Severe persistent headache not responding to narcotic analgesia.</summary>
    [JsonStringEnumMemberName("lupus-headache")]
    LupusHeadache = 6,

    /// <summary>Weight 8. New-onset cerebrovascular accident, excluding arteriosclerosis.</summary>
    [JsonStringEnumMemberName("cerebrovascular-accident")]
    CerebrovascularAccident = 7,

    /// <summary>Weight 8. Ulceration, gangrene, tender finger nodules, periungual infarction, splinter haemorrhages, or biopsy or angiographic proof of vasculitis.</summary>
    [JsonStringEnumMemberName("vasculitis")]
    Vasculitis = 8,

    /// <summary>Weight 4. Joints with pain and signs of inflammation (tenderness, swelling or effusion); entered as the clinician's judgement.</summary>
    [JsonStringEnumMemberName("arthritis")]
    Arthritis = 9,

    /// <summary>Weight 4. Proximal muscle aching or weakness with raised CK or aldolase, EMG changes or biopsy-proven myositis.</summary>
    [JsonStringEnumMemberName("myositis")]
    Myositis = 10,

    /// <summary>Weight 4. Heme-granular or red-cell casts.</summary>
    [JsonStringEnumMemberName("urinary-casts")]
    UrinaryCasts = 11,

    /// <summary>Weight 4. More than 5 red cells per high-power field, excluding stone, infection or another cause.</summary>
    [JsonStringEnumMemberName("hematuria")]
    Hematuria = 12,

    /// <summary>Weight 4. More than 0.5 g/24 h; scored whenever present (new, recurrent or persistent).</summary>
    [JsonStringEnumMemberName("proteinuria")]
    Proteinuria = 13,

    /// <summary>Weight 4. More than 5 white cells per high-power field, excluding infection.</summary>
    [JsonStringEnumMemberName("pyuria")]
    Pyuria = 14,

    /// <summary>Weight 2. Inflammatory-type rash; scored whenever present.</summary>
    [JsonStringEnumMemberName("rash")]
    Rash = 15,

    /// <summary>Weight 2. Abnormal patchy or diffuse hair loss; scored whenever present.</summary>
    [JsonStringEnumMemberName("alopecia")]
    Alopecia = 16,

    /// <summary>Weight 2. Oral or nasal ulcers; scored whenever present.</summary>
    [JsonStringEnumMemberName("mucosal-ulcers")]
    MucosalUlcers = 17,

    /// <summary>Weight 2. Pleuritic chest pain with pleural rub, effusion or pleural thickening.</summary>
    [JsonStringEnumMemberName("pleurisy")]
    Pleurisy = 18,

    /// <summary>Weight 2. Pericardial pain with a rub, an effusion, or ECG or echocardiographic confirmation.</summary>
    [JsonStringEnumMemberName("pericarditis")]
    Pericarditis = 19,

    /// <summary>Weight 2. CH50, C3 or C4 below the testing laboratory's lower limit of normal.</summary>
    [JsonStringEnumMemberName("low-complement")]
    LowComplement = 20,

    /// <summary>Weight 2. Anti-dsDNA above the testing laboratory's normal range.</summary>
    [JsonStringEnumMemberName("increased-dna-binding")]
    IncreasedDnaBinding = 21,

    /// <summary>Weight 1. Temperature above 38 °C, excluding infection.</summary>
    [JsonStringEnumMemberName("fever")]
    Fever = 22,

    /// <summary>Weight 1. Platelets below 100 × 10⁹/L, excluding drug causes.</summary>
    [JsonStringEnumMemberName("thrombocytopenia")]
    Thrombocytopenia = 23,

    /// <summary>Weight 1. White cells below 3 × 10⁹/L, excluding drug causes.</summary>
    [JsonStringEnumMemberName("leukopenia")]
    Leukopenia = 24,
}
