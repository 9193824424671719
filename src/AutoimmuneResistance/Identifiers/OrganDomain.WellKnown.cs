namespace AutoimmuneResistance;

// Organ domains that verdicts of the built-in modules concern; modules and users may add others. The names are the
// organ systems of the disease activity indices (SLEDAI-2K and BILAG-2004 for lupus; the EUSTAR activity index and
// the organ measures of CRISS for systemic sclerosis), in plain words, so that one name serves every disease.
public readonly partial record struct OrganDomain
{
    /// <summary>The disease as a whole, not one organ (<c>systemic</c>).</summary>
    public static OrganDomain Systemic { get; } = new("systemic");

    /// <summary>The kidneys, for example lupus nephritis or scleroderma renal crisis (<c>renal</c>).</summary>
    public static OrganDomain Renal { get; } = new("renal");

    /// <summary>Joints, muscles and tendons (<c>musculoskeletal</c>).</summary>
    public static OrganDomain Musculoskeletal { get; } = new("musculoskeletal");

    /// <summary>Skin and mucous membranes in lupus: rash, alopecia, mucosal ulcers (<c>mucocutaneous</c>).</summary>
    public static OrganDomain Mucocutaneous { get; } = new("mucocutaneous");

    /// <summary>Skin thickening in systemic sclerosis (<c>skin</c>).</summary>
    public static OrganDomain Skin { get; } = new("skin");

    /// <summary>The lung parenchyma, for example interstitial lung disease (<c>lung</c>).</summary>
    public static OrganDomain Lung { get; } = new("lung");

    /// <summary>The pulmonary vessels, for example pulmonary arterial hypertension (<c>pulmonary-vascular</c>).</summary>
    public static OrganDomain PulmonaryVascular { get; } = new("pulmonary-vascular");

    /// <summary>The heart and pericardium (<c>cardiac</c>).</summary>
    public static OrganDomain Cardiac { get; } = new("cardiac");

    /// <summary>The digestive tract (<c>gastrointestinal</c>).</summary>
    public static OrganDomain Gastrointestinal { get; } = new("gastrointestinal");

    /// <summary>Blood cells: haemolytic anaemia, low platelets or white cells (<c>haematological</c>).</summary>
    public static OrganDomain Haematological { get; } = new("haematological");

    /// <summary>The brain, nerves and mental state (<c>neuropsychiatric</c>).</summary>
    public static OrganDomain Neuropsychiatric { get; } = new("neuropsychiatric");

    /// <summary>Peripheral vessels: Raynaud's phenomenon, digital ulcers, vasculitis (<c>vascular</c>).</summary>
    public static OrganDomain Vascular { get; } = new("vascular");
}
