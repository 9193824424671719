namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>The stable identifiers of the systemic sclerosis module: its disease id and the ids of its instruments.</summary>
public static class SystemicSclerosisIds
{
    /// <summary>The disease id of systemic sclerosis, <c>ssc</c>; every id of this module starts with it.</summary>
    public static DiseaseId Ssc { get; } = DiseaseId.Create("ssc");

    /// <summary>The 2013 ACR/EULAR classification criteria, <c>ssc.acr-eular-2013-classification</c>.</summary>
    public static InstrumentId Classification2013 { get; } = InstrumentId.Create("ssc.acr-eular-2013-classification");

    /// <summary>The modified Rodnan skin score, <c>ssc.mrss</c>.</summary>
    public static InstrumentId ModifiedRodnanSkinScore { get; } = InstrumentId.Create("ssc.mrss");

    /// <summary>The ACR CRISS (2016) with the provisional revised CRISS, <c>ssc.criss</c>.</summary>
    public static InstrumentId Criss { get; } = InstrumentId.Create("ssc.criss");

    /// <summary>The revised EUSTAR activity index (2017), <c>ssc.eustar-activity-index</c>.</summary>
    public static InstrumentId EustarActivityIndex { get; } = InstrumentId.Create("ssc.eustar-activity-index");

    /// <summary>Progressive interstitial lung disease under a named published definition, <c>ssc.progressive-ild</c>.</summary>
    public static InstrumentId ProgressiveIld { get; } = InstrumentId.Create("ssc.progressive-ild");

    /// <summary>Scleroderma renal crisis risk from glucocorticoids, <c>ssc.renal-crisis-glucocorticoid-risk</c>.</summary>
    public static InstrumentId RenalCrisisGlucocorticoidRisk { get; } = InstrumentId.Create("ssc.renal-crisis-glucocorticoid-risk");

    /// <summary>Early versus late diffuse cutaneous disease, <c>ssc.disease-duration</c>.</summary>
    public static InstrumentId DiseaseDuration { get; } = InstrumentId.Create("ssc.disease-duration");

    /// <summary>Autoantibody–phenotype associations (informational), <c>ssc.autoantibody-phenotype</c>.</summary>
    public static InstrumentId AutoantibodyPhenotype { get; } = InstrumentId.Create("ssc.autoantibody-phenotype");

    /// <summary>The patient global assessment (0 to 10), a CRISS core measure recorded as a <see cref="RecordedScore"/>, <c>ssc.patient-global</c>.</summary>
    public static InstrumentId PatientGlobal { get; } = InstrumentId.Create("ssc.patient-global");

    /// <summary>The physician global assessment (0 to 10), a CRISS core measure recorded as a <see cref="RecordedScore"/>, <c>ssc.physician-global</c>.</summary>
    public static InstrumentId PhysicianGlobal { get; } = InstrumentId.Create("ssc.physician-global");

    /// <summary>The HAQ Disability Index (0 to 3), a CRISS core measure recorded as a <see cref="RecordedScore"/>, <c>ssc.haq-di</c>.</summary>
    public static InstrumentId HaqDi { get; } = InstrumentId.Create("ssc.haq-di");
}
