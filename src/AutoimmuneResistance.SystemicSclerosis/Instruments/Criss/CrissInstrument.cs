using System.Collections.Immutable;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The American College of Rheumatology Provisional Composite Response Index for Clinical Trials in Early Diffuse
/// Cutaneous Systemic Sclerosis, ACR CRISS (instrument <c>ssc.criss</c>), with the revised CRISS as a provisional,
/// clearly labelled part of the result.
/// </summary>
/// <remarks>
/// <para>
/// Source: Khanna D, Berrocal VJ, Giannini EH, et al. Arthritis Rheumatol 2016;68(2):299-311, doi:10.1002/art.39501;
/// simultaneously Arthritis Care Res 2016;68(2):167-78, doi:10.1002/acr.22804, Table 4 "Application of CRISS in a
/// clinical trial" (read for this implementation in the PMC author manuscript, PMC4818571, table T11).
/// </para>
/// <para>
/// Step 1: a subject with any new or worsening, SSc-attributable event — new scleroderma renal crisis; FVC decline ≥ 15 %
/// (relative), confirmed by another FVC within a month, with HRCT confirming ILD and FVC below 80 % predicted; new
/// left-ventricular failure (LVEF ≤ 45 %) requiring treatment; new PAH on right-heart catheterisation (mPAP ≥ 25 mmHg at
/// rest, PAWP ≤ 15 mmHg, PVR &gt; 3 Wood units) requiring treatment — is not improved: probability 0.0.
/// Step 2: P = exp(L) / (1 + exp(L)) with L = −5.54 − 0.81·ΔmRSS + 0.21·ΔFVC%pred − 0.40·ΔPtGlobal − 0.44·ΔMDGlobal −
/// 3.41·ΔHAQ-DI, each Δ follow-up minus baseline. The PMC text lost the minus signs; only the plus before 0.21 survives,
/// which fixes every other operator as minus (consistent with the direction of benefit; clinical reference section 8.2).
/// </para>
/// <para>
/// The 0.60 "improved" cut-off, the global-scale range (0–10) and every revised CRISS parameter are settings of
/// <see cref="CrissDefinitions"/>: they are conventions or unconfirmed (clinical reference UNCONFIRMED items 3 and 4).
/// </para>
/// </remarks>
public sealed class CrissInstrument : DefinitionSetInstrument<CrissInput, CrissResult, CrissDefinitions>
{
    /// <summary>The Step 2 intercept, −5.54.</summary>
    public const decimal Intercept = -5.54m;

    /// <summary>The Step 2 coefficient of ΔmRSS, −0.81.</summary>
    public const decimal MrssCoefficient = -0.81m;

    /// <summary>The Step 2 coefficient of ΔFVC % predicted, +0.21.</summary>
    public const decimal FvcCoefficient = 0.21m;

    /// <summary>The Step 2 coefficient of Δ patient global assessment, −0.40.</summary>
    public const decimal PatientGlobalCoefficient = -0.40m;

    /// <summary>The Step 2 coefficient of Δ physician global assessment, −0.44.</summary>
    public const decimal PhysicianGlobalCoefficient = -0.44m;

    /// <summary>The Step 2 coefficient of ΔHAQ-DI, −3.41.</summary>
    public const decimal HaqCoefficient = -3.41m;

    /// <summary>Step 1: the relative FVC decline, in percent, at or above which the FVC rule can apply (15).</summary>
    public const decimal Step1FvcRelativeDeclinePercent = 15m;

    /// <summary>Step 1: the FVC % predicted below which the FVC rule can apply (80).</summary>
    public const decimal Step1FvcBelowPercent = 80m;

    /// <summary>Step 1: the LVEF, in percent, at or below which left-ventricular failure counts (45).</summary>
    public const decimal Step1LvefAtMostPercent = 45m;

    /// <summary>Step 1: the mean pulmonary artery pressure at rest, in mmHg, at or above which PAH counts (25).</summary>
    public const decimal Step1MeanPapAtLeast = 25m;

    /// <summary>Step 1: the pulmonary artery wedge pressure, in mmHg, at or below which PAH counts (15).</summary>
    public const decimal Step1WedgeAtMost = 15m;

    /// <summary>Step 1: the pulmonary vascular resistance, in Wood units, above which PAH counts (3).</summary>
    public const decimal Step1ResistanceAbove = 3m;

    private const decimal HaqMaximum = 3m;
    private const decimal HaemodynamicMaximum = 200m;

    private static readonly ImmutableArray<Citation> Citations = [SscCitations.Khanna2016Criss, SscCitations.Khanna2016CrissCareRes, SscCitations.Khanna2021RevisedCriss];

    /// <summary>Creates the instrument with the published definition sets (<see cref="CrissDefinitions.Acr2016"/> the default).</summary>
    public CrissInstrument()
        : this([CrissDefinitions.Acr2016, CrissDefinitions.Acr2016RevisedAbsoluteFvc])
    {
    }

    /// <summary>Creates the instrument with the definition sets an input may select by id.</summary>
    /// <param name="definitionSets">The sets; at least one, valid, with unique ids; the first is the default.</param>
    /// <exception cref="ArgumentException">No set was given, a set is invalid, or two share an id.</exception>
    public CrissInstrument(IEnumerable<CrissDefinitions> definitionSets)
        : base(definitionSets, SystemicSclerosisDiagnosticCodes.UnknownDefinitionSet)
    {
    }

    /// <inheritdoc/>
    public override InstrumentDescriptor Descriptor { get; } = new()
    {
        Id = SystemicSclerosisIds.Criss,
        Title = "ACR CRISS (2016) with the provisional revised CRISS",
        Version = "1.0.0",
        Sources = Citations,
        Documentation = "docs/instruments/ssc.criss.md",
    };

    /// <summary>Computes the linear predictor L of Step 2 from the five changes (follow-up − baseline).</summary>
    /// <param name="mrss">ΔmRSS.</param>
    /// <param name="fvc">ΔFVC % predicted.</param>
    /// <param name="patientGlobal">Δ patient global assessment.</param>
    /// <param name="physicianGlobal">Δ physician global assessment.</param>
    /// <param name="haqDi">ΔHAQ-DI.</param>
    /// <returns>L.</returns>
    public static decimal LinearPredictorOf(decimal mrss, decimal fvc, decimal patientGlobal, decimal physicianGlobal, decimal haqDi) =>
        Intercept + (MrssCoefficient * mrss) + (FvcCoefficient * fvc) + (PatientGlobalCoefficient * patientGlobal)
        + (PhysicianGlobalCoefficient * physicianGlobal) + (HaqCoefficient * haqDi);

    /// <summary>Computes the predicted probability exp(L) / (1 + exp(L)).</summary>
    /// <param name="linearPredictor">L.</param>
    /// <returns>The probability, 0 to 1.</returns>
    public static double ProbabilityOf(decimal linearPredictor) => 1d / (1d + Math.Exp(-(double)linearPredictor));

    /// <inheritdoc/>
    protected override void CheckInput(CrissInput input, List<EvaluationDiagnostic> diagnostics)
    {
        var named = input.Definitions is { IsSpecified: true } id ? DefinitionSets.FirstOrDefault(s => s.Id == id) : null;
        var scale = (named ?? DefinitionSets[0]).GlobalScaleMaximum;
        CheckMeasures(input.Baseline, "$.baseline", scale, diagnostics);
        CheckMeasures(input.FollowUp, "$.followUp", scale, diagnostics);
        if (input.NewLeftVentricularFailure is { EjectionFractionPercent: < 0m or > 100m } lvf)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.CrissCardiacValueOutOfRange, "the ejection fraction must be between 0 and 100 %", "$.newLeftVentricularFailure.ejectionFractionPercent", value: DiagnosticValues.Of(lvf.EjectionFractionPercent)));
        }

        if (input.NewPulmonaryArterialHypertension is { } rhc)
        {
            CheckHaemodynamic(rhc.MeanPulmonaryArteryPressure, "meanPulmonaryArteryPressure", diagnostics);
            CheckHaemodynamic(rhc.WedgePressure, "wedgePressure", diagnostics);
            CheckHaemodynamic(rhc.VascularResistance, "vascularResistance", diagnostics);
        }
    }

    /// <inheritdoc/>
    protected override CrissResult ComputeCore(CrissInput input, CrissDefinitions definitions) => ComputeValid(input, definitions);

    /// <summary>Computes a valid input under a given definition set without checking it (for evaluators that build the input from validated profile data).</summary>
    internal static CrissResult ComputeValid(CrissInput input, CrissDefinitions definitions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(definitions);
        var b = input.Baseline;
        var f = input.FollowUp;
        decimal? fvcDecline = b.Fvc.Value == 0m ? null : (b.Fvc.Value - f.Fvc.Value) / b.Fvc.Value * 100m;
        var events = ImmutableArray.CreateBuilder<CrissStep1Event>();
        if (input.NewRenalCrisis)
        {
            events.Add(CrissStep1Event.NewRenalCrisis);
        }

        if (fvcDecline >= Step1FvcRelativeDeclinePercent && input.FvcDeclineConfirmed && input.IldConfirmedOnHrct && f.Fvc.Value < Step1FvcBelowPercent)
        {
            events.Add(CrissStep1Event.FvcDecline);
        }

        if (input.NewLeftVentricularFailure is { RequiresTreatment: true } lvf && lvf.EjectionFractionPercent <= Step1LvefAtMostPercent)
        {
            events.Add(CrissStep1Event.LeftVentricularFailure);
        }

        if (input.NewPulmonaryArterialHypertension is { RequiresTreatment: true } rhc
            && rhc.MeanPulmonaryArteryPressure >= Step1MeanPapAtLeast
            && rhc.WedgePressure <= Step1WedgeAtMost
            && rhc.VascularResistance > Step1ResistanceAbove)
        {
            events.Add(CrissStep1Event.PulmonaryArterialHypertension);
        }

        ImmutableArray<CrissTerm> terms =
        [
            Term(CrissMeasure.Mrss, b.Mrss, f.Mrss, MrssCoefficient),
            Term(CrissMeasure.Fvc, b.Fvc.Value, f.Fvc.Value, FvcCoefficient),
            Term(CrissMeasure.PatientGlobal, b.PatientGlobal, f.PatientGlobal, PatientGlobalCoefficient),
            Term(CrissMeasure.PhysicianGlobal, b.PhysicianGlobal, f.PhysicianGlobal, PhysicianGlobalCoefficient),
            Term(CrissMeasure.HaqDi, b.HaqDi, f.HaqDi, HaqCoefficient),
        ];
        var linear = Intercept + terms.Sum(t => t.Contribution);
        var step1 = events.Count > 0;
        var probability = step1 ? 0d : ProbabilityOf(linear);
        return new CrissResult
        {
            Step1NotImproved = step1,
            Step1Events = events.ToImmutable(),
            FvcRelativeDeclinePercent = fvcDecline,
            LinearPredictor = linear,
            Probability = probability,
            Improved = probability >= (double)definitions.ImprovedAtLeast,
            ImprovedAtLeast = definitions.ImprovedAtLeast,
            Terms = terms,
            Revised = Revised(b, f, step1, definitions),
            Definitions = definitions.Id,
            DefinitionsVersion = definitions.Version,
            Sources = Citations,
        };
    }

    private static CrissTerm Term(CrissMeasure measure, decimal baseline, decimal followUp, decimal coefficient) => new()
    {
        Measure = measure,
        Baseline = baseline,
        FollowUp = followUp,
        Change = followUp - baseline,
        Coefficient = coefficient,
        Contribution = coefficient * (followUp - baseline),
    };

    private static RevisedCrissResult Revised(CrissMeasures b, CrissMeasures f, bool step1, CrissDefinitions definitions)
    {
        var x = definitions.RevisedImprovementPercent;
        var fvcImprovement = definitions.RevisedFvcScale == ChangeScale.Absolute
            ? f.Fvc.Value - b.Fvc.Value
            : b.Fvc.Value == 0m ? (decimal?)null : (f.Fvc.Value - b.Fvc.Value) / b.Fvc.Value * 100m;
        ImmutableArray<RevisedCrissMeasure> measures =
        [
            Fall(CrissMeasure.Mrss, b.Mrss, f.Mrss, x),
            new RevisedCrissMeasure
            {
                Measure = CrissMeasure.Fvc,
                Improvement = fvcImprovement,
                Threshold = definitions.RevisedFvcImprovement,
                Improved = fvcImprovement >= definitions.RevisedFvcImprovement,
            },
            Fall(CrissMeasure.PatientGlobal, b.PatientGlobal, f.PatientGlobal, x),
            Fall(CrissMeasure.PhysicianGlobal, b.PhysicianGlobal, f.PhysicianGlobal, x),
            Fall(CrissMeasure.HaqDi, b.HaqDi, f.HaqDi, x),
        ];
        var count = measures.Count(m => m.Improved);
        var step1Applied = step1 && definitions.RevisedAppliesStep1;
        return new RevisedCrissResult
        {
            Improved = !step1Applied && count >= definitions.RevisedMinimumMeasures,
            Step1Applied = step1Applied,
            MeasuresImproved = count,
            MeasuresRequired = definitions.RevisedMinimumMeasures,
            Measures = measures,
        };
    }

    private static RevisedCrissMeasure Fall(CrissMeasure measure, decimal baseline, decimal followUp, decimal threshold)
    {
        decimal? improvement = baseline == 0m ? null : (baseline - followUp) / baseline * 100m;
        return new RevisedCrissMeasure
        {
            Measure = measure,
            Improvement = improvement,
            Threshold = threshold,
            Improved = improvement >= threshold,
        };
    }

    private static void CheckMeasures(CrissMeasures measures, string path, decimal scale, List<EvaluationDiagnostic> diagnostics)
    {
        if (measures.Mrss is < 0 or > ModifiedRodnanSkinScore.MaximumTotal)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.CrissMrssOutOfRange, "the mRSS must be a whole number from 0 to 51", path + ".mrss", value: DiagnosticValues.Of(measures.Mrss)));
        }

        if (measures.PatientGlobal < 0m || measures.PatientGlobal > scale)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.CrissGlobalOutOfRange, "the patient global assessment must be between 0 and the scale maximum of the definition set (10)", path + ".patientGlobal", value: DiagnosticValues.Of(measures.PatientGlobal)));
        }

        if (measures.PhysicianGlobal < 0m || measures.PhysicianGlobal > scale)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.CrissGlobalOutOfRange, "the physician global assessment must be between 0 and the scale maximum of the definition set (10)", path + ".physicianGlobal", value: DiagnosticValues.Of(measures.PhysicianGlobal)));
        }

        if (measures.HaqDi is < 0m or > HaqMaximum)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.CrissHaqOutOfRange, "the HAQ Disability Index must be between 0 and 3", path + ".haqDi", value: DiagnosticValues.Of(measures.HaqDi)));
        }
    }

    private static void CheckHaemodynamic(decimal value, string member, List<EvaluationDiagnostic> diagnostics)
    {
        if (value is < 0m or > HaemodynamicMaximum)
        {
            diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.CrissCardiacValueOutOfRange, "a haemodynamic value must be between 0 and 200 (mmHg or Wood units)", "$.newPulmonaryArterialHypertension." + member, value: DiagnosticValues.Of(value)));
        }
    }
}
