using System.Text.Json.Serialization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The items and sub-items of the 2013 ACR/EULAR classification criteria for systemic sclerosis (van den Hoogen F, et
/// al. Ann Rheum Dis 2013;72(11):1747-55, doi:10.1136/annrheumdis-2013-204424, Table 1), in the table's order. Weights
/// are in <see cref="Classification2013Criteria"/>.
/// </summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Classification2013Item>))]
public enum Classification2013Item
{
    /// <summary>Skin thickening of the fingers of both hands extending proximal to the metacarpophalangeal joints (sufficient criterion, 9).</summary>
    [JsonStringEnumMemberName("skin-thickening-proximal-to-mcp")]
    SkinThickeningProximalToMcp = 1,

    /// <summary>Puffy fingers (2; skin thickening of the fingers, only the higher sub-item counts).</summary>
    [JsonStringEnumMemberName("puffy-fingers")]
    PuffyFingers = 2,

    /// <summary>Sclerodactyly of the fingers, distal to the metacarpophalangeal but proximal to the proximal interphalangeal joints (4).</summary>
    [JsonStringEnumMemberName("sclerodactyly")]
    Sclerodactyly = 3,

    /// <summary>Digital tip ulcers (2; fingertip lesions, only the higher sub-item counts).</summary>
    [JsonStringEnumMemberName("digital-tip-ulcers")]
    DigitalTipUlcers = 4,

    /// <summary>Fingertip pitting scars (3).</summary>
    [JsonStringEnumMemberName("fingertip-pitting-scars")]
    FingertipPittingScars = 5,

    /// <summary>Telangiectasia (2).</summary>
    [JsonStringEnumMemberName("telangiectasia")]
    Telangiectasia = 6,

    /// <summary>Abnormal nailfold capillaries (2).</summary>
    [JsonStringEnumMemberName("abnormal-nailfold-capillaries")]
    AbnormalNailfoldCapillaries = 7,

    /// <summary>Pulmonary arterial hypertension diagnosed by right-heart catheterisation (2; with ILD at most 2).</summary>
    [JsonStringEnumMemberName("pulmonary-arterial-hypertension")]
    PulmonaryArterialHypertension = 8,

    /// <summary>Interstitial lung disease: fibrosis on HRCT or chest radiography, or velcro crackles not due to another cause (2; with PAH at most 2).</summary>
    [JsonStringEnumMemberName("interstitial-lung-disease")]
    InterstitialLungDisease = 9,

    /// <summary>Raynaud's phenomenon (3).</summary>
    [JsonStringEnumMemberName("raynaud-phenomenon")]
    RaynaudPhenomenon = 10,

    /// <summary>Anti-centromere antibodies (3; SSc-related autoantibodies, at most 3).</summary>
    [JsonStringEnumMemberName("anti-centromere")]
    AntiCentromere = 11,

    /// <summary>Anti-topoisomerase I (anti-Scl-70) antibodies (3).</summary>
    [JsonStringEnumMemberName("anti-topoisomerase-i")]
    AntiTopoisomeraseI = 12,

    /// <summary>Anti-RNA polymerase III antibodies (3).</summary>
    [JsonStringEnumMemberName("anti-rna-polymerase-iii")]
    AntiRnaPolymeraseIII = 13,
}

/// <summary>The categories of the 2013 ACR/EULAR criteria: within each, only the highest weight counts (van den Hoogen F, et al. Ann Rheum Dis 2013;72(11):1747-55, Table 1).</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Classification2013Category>))]
public enum Classification2013Category
{
    /// <summary>Skin thickening of the fingers of both hands extending proximal to the MCP joints (sufficient criterion, 9), treated as its own category.</summary>
    [JsonStringEnumMemberName("sufficient-criterion")]
    SufficientCriterion = 1,

    /// <summary>Skin thickening of the fingers: puffy fingers 2, sclerodactyly 4.</summary>
    [JsonStringEnumMemberName("finger-skin-thickening")]
    FingerSkinThickening = 2,

    /// <summary>Fingertip lesions: digital tip ulcers 2, fingertip pitting scars 3.</summary>
    [JsonStringEnumMemberName("fingertip-lesions")]
    FingertipLesions = 3,

    /// <summary>Telangiectasia, 2.</summary>
    [JsonStringEnumMemberName("telangiectasia")]
    Telangiectasia = 4,

    /// <summary>Abnormal nailfold capillaries, 2.</summary>
    [JsonStringEnumMemberName("abnormal-nailfold-capillaries")]
    AbnormalNailfoldCapillaries = 5,

    /// <summary>Pulmonary arterial hypertension and/or interstitial lung disease, at most 2.</summary>
    [JsonStringEnumMemberName("pah-or-ild")]
    PahOrIld = 6,

    /// <summary>Raynaud's phenomenon, 3.</summary>
    [JsonStringEnumMemberName("raynaud-phenomenon")]
    RaynaudPhenomenon = 7,

    /// <summary>SSc-related autoantibodies (anti-centromere, anti-topoisomerase I, anti-RNA polymerase III), at most 3.</summary>
    [JsonStringEnumMemberName("ssc-autoantibodies")]
    SscAutoantibodies = 8,
}

/// <summary>
/// Scleroderma-like disorders that, when they better explain the findings, make the 2013 ACR/EULAR criteria not
/// applicable (van den Hoogen F, et al. Ann Rheum Dis 2013;72(11):1747-55, Table 1 footnote).
/// </summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SclerodermaMimic>))]
public enum SclerodermaMimic
{
    /// <summary>Nephrogenic sclerosing fibrosis.</summary>
    [JsonStringEnumMemberName("nephrogenic-sclerosing-fibrosis")]
    NephrogenicSclerosingFibrosis = 1,

    /// <summary>Generalised morphea.</summary>
    [JsonStringEnumMemberName("generalised-morphea")]
    GeneralisedMorphea = 2,

    /// <summary>Eosinophilic fasciitis.</summary>
    [JsonStringEnumMemberName("eosinophilic-fasciitis")]
    EosinophilicFasciitis = 3,

    /// <summary>Scleredema diabeticorum.</summary>
    [JsonStringEnumMemberName("scleredema-diabeticorum")]
    ScleredemaDiabeticorum = 4,

    /// <summary>Scleromyxedema.</summary>
    [JsonStringEnumMemberName("scleromyxedema")]
    Scleromyxedema = 5,

    /// <summary>Erythromyalgia.</summary>
    [JsonStringEnumMemberName("erythromyalgia")]
    Erythromyalgia = 6,

    /// <summary>Porphyria.</summary>
    [JsonStringEnumMemberName("porphyria")]
    Porphyria = 7,

    /// <summary>Lichen sclerosus.</summary>
    [JsonStringEnumMemberName("lichen-sclerosus")]
    LichenSclerosus = 8,

    /// <summary>Graft-versus-host disease.</summary>
    [JsonStringEnumMemberName("graft-versus-host-disease")]
    GraftVersusHostDisease = 9,

    /// <summary>Diabetic cheiroarthropathy.</summary>
    [JsonStringEnumMemberName("diabetic-cheiroarthropathy")]
    DiabeticCheiroarthropathy = 10,

    /// <summary>Another scleroderma-like disorder that better explains the findings (the paper's list is given as examples, "eg").</summary>
    [JsonStringEnumMemberName("other")]
    Other = 11,
}

/// <summary>The rule that decided a 2013 ACR/EULAR classification result, checked in this order.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Classification2013Rule>))]
public enum Classification2013Rule
{
    /// <summary>Not applicable: the skin thickening spares the fingers.</summary>
    [JsonStringEnumMemberName("not-applicable-fingers-spared")]
    NotApplicableFingersSpared = 1,

    /// <summary>Not applicable: a scleroderma-like disorder better explains the manifestations.</summary>
    [JsonStringEnumMemberName("not-applicable-better-explained")]
    NotApplicableBetterExplained = 2,

    /// <summary>The total is below 9.</summary>
    [JsonStringEnumMemberName("below-threshold")]
    BelowThreshold = 3,

    /// <summary>Classified as definite systemic sclerosis: total ≥ 9 (the sufficient criterion alone reaches it).</summary>
    [JsonStringEnumMemberName("classified")]
    Classified = 4,
}
