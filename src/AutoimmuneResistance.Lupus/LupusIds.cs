namespace AutoimmuneResistance.Lupus;

/// <summary>The stable identifiers of the lupus module: its disease id and the ids of its instruments.</summary>
public static class LupusIds
{
    /// <summary>The disease id of systemic lupus erythematosus, <c>sle</c>; every id of this module starts with it.</summary>
    public static DiseaseId Sle { get; } = DiseaseId.Create("sle");

    /// <summary>SLEDAI-2K, <c>sle.sledai-2k</c>.</summary>
    public static InstrumentId Sledai2k { get; } = InstrumentId.Create("sle.sledai-2k");

    /// <summary>The SLICC/ACR Damage Index, <c>sle.slicc-acr-damage-index</c>.</summary>
    public static InstrumentId DamageIndex { get; } = InstrumentId.Create("sle.slicc-acr-damage-index");

    /// <summary>The 2019 EULAR/ACR classification criteria, <c>sle.eular-acr-2019-classification</c>.</summary>
    public static InstrumentId Classification2019 { get; } = InstrumentId.Create("sle.eular-acr-2019-classification");

    /// <summary>The 2012 SLICC classification criteria, <c>sle.slicc-2012-classification</c>.</summary>
    public static InstrumentId Slicc2012Classification { get; } = InstrumentId.Create("sle.slicc-2012-classification");

    /// <summary>The SLE Disease Activity Score, <c>sle.sle-das</c>.</summary>
    public static InstrumentId SleDas { get; } = InstrumentId.Create("sle.sle-das");

    /// <summary>The Lupus Low Disease Activity State, <c>sle.lldas</c>.</summary>
    public static InstrumentId Lldas { get; } = InstrumentId.Create("sle.lldas");

    /// <summary>DORIS 2021 remission, <c>sle.doris-remission</c>.</summary>
    public static InstrumentId DorisRemission { get; } = InstrumentId.Create("sle.doris-remission");

    /// <summary>The SLE Responder Index 4, <c>sle.sri-4</c>.</summary>
    public static InstrumentId Sri4 { get; } = InstrumentId.Create("sle.sri-4");

    /// <summary>Lupus nephritis renal response, <c>sle.lupus-nephritis-response</c>.</summary>
    public static InstrumentId NephritisResponse { get; } = InstrumentId.Create("sle.lupus-nephritis-response");

    /// <summary>Refractory lupus nephritis (Arora 2022), <c>sle.refractory-lupus-nephritis</c>.</summary>
    public static InstrumentId RefractoryNephritis { get; } = InstrumentId.Create("sle.refractory-lupus-nephritis");

    /// <summary>Glucocorticoid exposure in prednisone-equivalent mg/day, <c>sle.glucocorticoid-exposure</c>.</summary>
    public static InstrumentId GlucocorticoidExposure { get; } = InstrumentId.Create("sle.glucocorticoid-exposure");

    /// <summary>Hydroxychloroquine dose per kg and blood-level interpretation, <c>sle.hydroxychloroquine</c>.</summary>
    public static InstrumentId Hydroxychloroquine { get; } = InstrumentId.Create("sle.hydroxychloroquine");

    /// <summary>The physician global assessment (0–3 visual analogue scale), <c>sle.physician-global-assessment</c>.</summary>
    public static InstrumentId PhysicianGlobalAssessment { get; } = InstrumentId.Create("sle.physician-global-assessment");
}
