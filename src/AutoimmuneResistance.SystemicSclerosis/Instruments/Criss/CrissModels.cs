using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The input of the ACR CRISS (<c>ssc.criss</c>): the five core measures at baseline and follow-up (typically 12
/// months) and the Step 1 events, each new or worsening during the trial and attributable to systemic sclerosis
/// (Khanna D, et al. Arthritis Care Res 2016;68(2):167-78, doi:10.1002/acr.22804, Table 4).
/// </summary>
public sealed record CrissInput : IDefinitionSetSelection
{
    /// <summary>Gets the id of the definition set to apply.</summary>
    /// <value><see langword="null"/> to use the pipeline's selection, or <c>ssc.criss.acr-2016</c>.</value>
    public DefinitionSetId? Definitions { get; init; }

    /// <summary>Gets the core measures at baseline.</summary>
    public required CrissMeasures Baseline { get; init; }

    /// <summary>Gets the core measures at follow-up.</summary>
    public required CrissMeasures FollowUp { get; init; }

    /// <summary>Gets whether a new scleroderma renal crisis occurred (Step 1).</summary>
    public bool NewRenalCrisis { get; init; }

    /// <summary>Gets whether the FVC decline was confirmed by another FVC within a month (Step 1 FVC rule).</summary>
    public bool FvcDeclineConfirmed { get; init; }

    /// <summary>Gets whether HRCT confirms interstitial lung disease (needed when a previous HRCT showed none; Step 1 FVC rule).</summary>
    public bool IldConfirmedOnHrct { get; init; }

    /// <summary>Gets a new left-ventricular failure, when one occurred (Step 1).</summary>
    public CrissLeftVentricularFailure? NewLeftVentricularFailure { get; init; }

    /// <summary>Gets the right-heart catheterisation of a new pulmonary arterial hypertension, when one was diagnosed (Step 1).</summary>
    public CrissRightHeartCatheterisation? NewPulmonaryArterialHypertension { get; init; }
}

/// <summary>The five CRISS core measures at one visit.</summary>
public sealed record CrissMeasures
{
    /// <summary>Gets the modified Rodnan skin score, 0 to 51.</summary>
    public required int Mrss { get; init; }

    /// <summary>Gets the forced vital capacity in % predicted.</summary>
    public required PercentPredicted Fvc { get; init; }

    /// <summary>Gets the patient global assessment, 0 to the definition set's scale maximum (10).</summary>
    public required decimal PatientGlobal { get; init; }

    /// <summary>Gets the physician global assessment, 0 to the definition set's scale maximum (10).</summary>
    public required decimal PhysicianGlobal { get; init; }

    /// <summary>Gets the HAQ Disability Index, 0 to 3.</summary>
    public required decimal HaqDi { get; init; }
}

/// <summary>A new left-ventricular failure: counts for Step 1 when LVEF ≤ 45 % and it requires treatment.</summary>
public sealed record CrissLeftVentricularFailure
{
    /// <summary>Gets the left-ventricular ejection fraction, in percent (0 to 100).</summary>
    public required decimal EjectionFractionPercent { get; init; }

    /// <summary>Gets whether it requires treatment.</summary>
    public required bool RequiresTreatment { get; init; }
}

/// <summary>A right-heart catheterisation: pulmonary arterial hypertension counts for Step 1 when mPAP ≥ 25 mmHg at rest, PAWP ≤ 15 mmHg and PVR &gt; 3 Wood units, and it requires treatment.</summary>
public sealed record CrissRightHeartCatheterisation
{
    /// <summary>Gets the mean pulmonary artery pressure at rest, in mmHg (0 to 200).</summary>
    public required decimal MeanPulmonaryArteryPressure { get; init; }

    /// <summary>Gets the pulmonary artery wedge pressure, in mmHg (0 to 200).</summary>
    public required decimal WedgePressure { get; init; }

    /// <summary>Gets the pulmonary vascular resistance, in Wood units (0 to 200).</summary>
    public required decimal VascularResistance { get; init; }

    /// <summary>Gets whether it requires treatment.</summary>
    public required bool RequiresTreatment { get; init; }
}

/// <summary>The CRISS Step 1 events (Khanna D, et al. Arthritis Care Res 2016;68(2):167-78, Table 4).</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CrissStep1Event>))]
public enum CrissStep1Event
{
    /// <summary>New scleroderma renal crisis.</summary>
    [JsonStringEnumMemberName("new-renal-crisis")]
    NewRenalCrisis = 1,

    /// <summary>FVC decline ≥ 15 % (relative), confirmed within a month, ILD confirmed on HRCT, and FVC &lt; 80 % predicted.</summary>
    [JsonStringEnumMemberName("fvc-decline")]
    FvcDecline = 2,

    /// <summary>New left-ventricular failure (LVEF ≤ 45 %) requiring treatment.</summary>
    [JsonStringEnumMemberName("left-ventricular-failure")]
    LeftVentricularFailure = 3,

    /// <summary>New pulmonary arterial hypertension on right-heart catheterisation requiring treatment.</summary>
    [JsonStringEnumMemberName("pulmonary-arterial-hypertension")]
    PulmonaryArterialHypertension = 4,
}

/// <summary>The five CRISS core measures.</summary>
/// <remarks><c>default</c> is not a member.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CrissMeasure>))]
public enum CrissMeasure
{
    /// <summary>Modified Rodnan skin score.</summary>
    [JsonStringEnumMemberName("mrss")]
    Mrss = 1,

    /// <summary>FVC % predicted.</summary>
    [JsonStringEnumMemberName("fvc")]
    Fvc = 2,

    /// <summary>Patient global assessment.</summary>
    [JsonStringEnumMemberName("patient-global")]
    PatientGlobal = 3,

    /// <summary>Physician global assessment.</summary>
    [JsonStringEnumMemberName("physician-global")]
    PhysicianGlobal = 4,

    /// <summary>HAQ Disability Index.</summary>
    [JsonStringEnumMemberName("haq-di")]
    HaqDi = 5,
}

/// <summary>The result of the ACR CRISS: Step 1, the Step 2 probability with each term, and the provisional revised CRISS.</summary>
public sealed record CrissResult
{
    /// <summary>Gets whether Step 1 applies (a new or worsening organ involvement): the probability is then 0.</summary>
    public required bool Step1NotImproved { get; init; }

    /// <summary>Gets the Step 1 events found, in the table's order.</summary>
    public ImmutableArray<CrissStep1Event> Step1Events { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the relative FVC decline from baseline, in percent (negative for a rise).</summary>
    /// <value><see langword="null"/> when the baseline FVC is 0.</value>
    public decimal? FvcRelativeDeclinePercent { get; init; }

    /// <summary>Gets the Step 2 linear predictor L = −5.54 − 0.81·ΔmRSS + 0.21·ΔFVC − 0.40·ΔPtGlobal − 0.44·ΔMDGlobal − 3.41·ΔHAQ-DI (computed even when Step 1 applies).</summary>
    public required decimal LinearPredictor { get; init; }

    /// <summary>Gets the predicted probability of improvement, exp(L) / (1 + exp(L)), or 0 when Step 1 applies; 0 to 1.</summary>
    public required double Probability { get; init; }

    /// <summary>Gets whether the probability reaches the definition set's convention (≥ 0.60).</summary>
    public required bool Improved { get; init; }

    /// <summary>Gets the probability cut-off applied (a convention, not part of Step 2).</summary>
    public required decimal ImprovedAtLeast { get; init; }

    /// <summary>Gets the five Step 2 terms: each measure's change (follow-up − baseline), coefficient and contribution.</summary>
    public ImmutableArray<CrissTerm> Terms { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the revised CRISS (provisional).</summary>
    public required RevisedCrissResult Revised { get; init; }

    /// <summary>Gets the id of the definition set applied.</summary>
    public required DefinitionSetId Definitions { get; init; }

    /// <summary>Gets the version of the definition set applied.</summary>
    public required string DefinitionsVersion { get; init; }

    /// <summary>Gets the publications the result follows.</summary>
    public ImmutableArray<Citation> Sources { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>One Step 2 term of the CRISS equation.</summary>
public sealed record CrissTerm
{
    /// <summary>Gets the measure.</summary>
    public required CrissMeasure Measure { get; init; }

    /// <summary>Gets the baseline value.</summary>
    public required decimal Baseline { get; init; }

    /// <summary>Gets the follow-up value.</summary>
    public required decimal FollowUp { get; init; }

    /// <summary>Gets the change, follow-up − baseline.</summary>
    public required decimal Change { get; init; }

    /// <summary>Gets the published coefficient.</summary>
    public required decimal Coefficient { get; init; }

    /// <summary>Gets the contribution to the linear predictor, coefficient × change.</summary>
    public required decimal Contribution { get; init; }
}

/// <summary>
/// The revised CRISS (Khanna D, et al. Ann Rheum Dis 2021;80(5):641-50, doi:10.1136/annrheumdis-2020-219100), read from
/// the abstract only: improved when at least 3 of the 5 core measures improve by the set's percentage (FVC by its own,
/// smaller threshold). PROVISIONAL: Step 1 retention and the FVC scale are unconfirmed settings.
/// </summary>
public sealed record RevisedCrissResult
{
    /// <summary>Gets whether this is a provisional algorithm; always <see langword="true"/>.</summary>
    public bool Provisional { get; init; } = true;

    /// <summary>Gets whether the patient is improved under the revised CRISS.</summary>
    public required bool Improved { get; init; }

    /// <summary>Gets whether Step 1 decided (a Step 1 event with <see cref="CrissDefinitions.RevisedAppliesStep1"/>).</summary>
    public required bool Step1Applied { get; init; }

    /// <summary>Gets how many core measures improved enough.</summary>
    public required int MeasuresImproved { get; init; }

    /// <summary>Gets how many are required.</summary>
    public required int MeasuresRequired { get; init; }

    /// <summary>Gets each measure's improvement and whether it counts.</summary>
    public ImmutableArray<RevisedCrissMeasure> Measures { get; init => field = value.IsDefault ? [] : value; } = [];
}

/// <summary>One core measure in the revised CRISS.</summary>
public sealed record RevisedCrissMeasure
{
    /// <summary>Gets the measure.</summary>
    public required CrissMeasure Measure { get; init; }

    /// <summary>Gets the improvement: percent of baseline (falls for mRSS, globals and HAQ-DI, rises for FVC), or percentage points for an absolute FVC scale.</summary>
    /// <value><see langword="null"/> when a relative improvement cannot be computed (baseline 0).</value>
    public decimal? Improvement { get; init; }

    /// <summary>Gets the improvement needed.</summary>
    public required decimal Threshold { get; init; }

    /// <summary>Gets whether the measure improved by at least the threshold.</summary>
    public required bool Improved { get; init; }
}
