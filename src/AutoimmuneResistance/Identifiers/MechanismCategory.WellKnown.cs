namespace AutoimmuneResistance;

// The mechanism categories restated from the seed documents (architecture section 4; seeds/README.md).
public readonly partial record struct MechanismCategory
{
    /// <summary>Primary non-response versus secondary loss of response (seed claim L1) (<c>response-classification</c>).</summary>
    public static MechanismCategory ResponseClassification { get; } = new("response-classification");

    /// <summary>Gene variants in immune pathways, drug metabolism or receptor sensitivity (L2, S6) (<c>genetic-pharmacogenomic</c>).</summary>
    public static MechanismCategory Pharmacogenomic { get; } = new("genetic-pharmacogenomic");

    /// <summary>Different manifestations respond to different therapies (L3, S1) (<c>disease-heterogeneity</c>).</summary>
    public static MechanismCategory DiseaseHeterogeneity { get; } = new("disease-heterogeneity");

    /// <summary>Response fades under continued therapy; doses must rise (L4) (<c>acquired-tolerance</c>).</summary>
    public static MechanismCategory AcquiredTolerance { get; } = new("acquired-tolerance");

    /// <summary>Chronic inflammation reshapes immune cell populations (L5) (<c>immune-remodelling</c>).</summary>
    public static MechanismCategory ImmuneRemodelling { get; } = new("immune-remodelling");

    /// <summary>Biomarkers that predict response to targeted biologics (L6) (<c>biomarker-guided-options</c>).</summary>
    public static MechanismCategory BiomarkerGuidedOptions { get; } = new("biomarker-guided-options");

    /// <summary>Comorbidities and complications that change or interfere with treatment (L7, S5) (<c>comorbidity</c>).</summary>
    public static MechanismCategory Comorbidity { get; } = new("comorbidity");

    /// <summary>Environmental or behavioural exposures tied to response (L7, S1) (<c>exposure</c>).</summary>
    public static MechanismCategory Exposure { get; } = new("exposure");

    /// <summary>Therapy not taken as prescribed (L7) (<c>non-adherence</c>).</summary>
    public static MechanismCategory NonAdherence { get; } = new("non-adherence");

    /// <summary>Transplant, cellular therapy and new agents for resistant disease (L8) (<c>emerging-options</c>).</summary>
    public static MechanismCategory EmergingOptions { get; } = new("emerging-options");

    /// <summary>T cells, B cells and cytokines driving disease beyond what immunosuppression reaches (S2) (<c>immune-dysregulation</c>).</summary>
    public static MechanismCategory ImmuneDysregulation { get; } = new("immune-dysregulation");

    /// <summary>Redundant pathways that take over when one is blocked (S3) (<c>compensatory-pathways</c>).</summary>
    public static MechanismCategory CompensatoryPathways { get; } = new("compensatory-pathways");

    /// <summary>Self-sustaining fibrosis or accrued damage that no longer responds (S4) (<c>established-fibrosis-or-damage</c>).</summary>
    public static MechanismCategory EstablishedDamage { get; } = new("established-fibrosis-or-damage");

    /// <summary>Early disease responds better than late disease (S7) (<c>timing-of-intervention</c>).</summary>
    public static MechanismCategory TimingOfIntervention { get; } = new("timing-of-intervention");
}
