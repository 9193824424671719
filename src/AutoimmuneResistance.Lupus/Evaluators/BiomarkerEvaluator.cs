namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Biomarkers associated with response to targeted biologics (seed claim L6), evaluated when the disease is active
/// (latest SLEDAI-2K above the selected LLDAS limit, 4 by default: Franklyn K et al. Ann Rheum Dis 2016;75(9):1615-21;
/// using that limit as the trigger is the library's choice, see <see cref="ActivityLimit"/>) or a course
/// stopped for inefficacy: the type I interferon gene signature and anifrolumab (Vital EM et al. Ann Rheum Dis
/// 2022;81(7):951-61: BICLA difference versus placebo +18.2 % in signature-high, +9.3 % and not significant in
/// signature-low patients), and BLyS and serology and belimumab (Roth DA et al. Lupus 2016;25(4):346-54: belimumab
/// beat placebo in both BLyS strata, by more at BLyS ≥ 2 ng/mL; and van Vollenhoven RF et al. Ann Rheum Dis
/// 2012;71(8):1343-9: a larger SRI response with low complement and anti-dsDNA). Supported and not-supported findings
/// carry the subgroup result they refer to as data (<see cref="LupusEvidence"/>).
/// These are post-hoc associations: findings say what the evidence marks, never that a drug will work.
/// </summary>
internal sealed class BiomarkerEvaluator() : LupusEvaluator(
    "sle.biomarkers",
    "Biomarkers for anifrolumab and belimumab",
    [LupusMechanisms.TypeIInterferon, LupusMechanisms.BlysAndSerology],
    [LupusSources.VitalTulip, LupusSources.RothBlys, LupusSources.FranklynLldas, LupusSources.VanVollenhovenBliss])
{
    /// <summary>
    /// Returns the SLEDAI-2K total above which disease counts as active for this evaluator and
    /// <c>sle.organ-confined-activity</c>: the selected <see cref="TreatToTargetDefinitions.LldasMaxSledai2k"/> (4 by
    /// default, Franklyn 2016). Using the LLDAS limit as the trigger is the library's choice; no source defines "active
    /// enough for a biomarker to matter". It follows the treat-to-target set so that the two never disagree.
    /// </summary>
    /// <param name="context">The evaluation context.</param>
    /// <returns>The limit; a total above it is active.</returns>
    internal static decimal ActivityLimit(EvaluationContext context) =>
        context.Definitions.TryGet<TreatToTargetDefinitions>(out var targets)
            ? targets.LldasMaxSledai2k
            : TreatToTargetDefinitions.Default.LldasMaxSledai2k;

    /// <summary>The BLyS split of the pooled BLISS analysis, in ng/mL (Roth 2016).</summary>
    internal const decimal BlysThreshold = 2m;

    private static readonly RuleId InterferonHigh = RuleId.Create("sle.biomarker.interferon-signature.high");
    private static readonly RuleId InterferonLow = RuleId.Create("sle.biomarker.interferon-signature.low");
    private static readonly RuleId InterferonMissing = RuleId.Create("sle.biomarker.interferon-signature.missing");
    private static readonly RuleId BlysHigh = RuleId.Create("sle.biomarker.blys.at-or-above-2");
    private static readonly RuleId BlysLow = RuleId.Create("sle.biomarker.blys.below-2");
    private static readonly RuleId BlysMissing = RuleId.Create("sle.biomarker.blys.missing");
    private static readonly RuleId SerologyActive = RuleId.Create("sle.biomarker.serology.low-complement-and-anti-dsdna");
    private static readonly RuleId SerologyQuiet = RuleId.Create("sle.biomarker.serology.not-both");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var patient = context.Patient;
        var sledai = ActivityHistory.LatestScored(context);
        var limit = ActivityLimit(context);
        var active = sledai is { Total: { } total } && total > limit;
        var failed = patient.Therapies.Any(c => c.StopReason == StopReason.Inefficacy && c.Start <= context.AsOf);
        if (!active && !failed)
        {
            return;
        }

        string[] activityFacts = sledai is { } a ? [a.Path] : [];
        var activity = sledai is { } v
            ? new AppliedThreshold { Name = "SLEDAI-2K total", Operator = ComparisonOperator.GreaterThan, Limit = limit, Observed = v.Total!.Value }
            : null;

        var interferon = ProfileQueries.Latest<InterferonGeneSignature>(patient, context.AsOf);
        var vital = Descriptor.Sources[..1];
        output.Add(interferon switch
        {
            { Assessment.High: true } i => new Finding(Id, LupusMechanisms.TypeIInterferon, InterferonHigh, FindingStatus.Supported,
                "Type I interferon gene signature high: the group in which anifrolumab's pooled trial benefit was concentrated.",
                EvidenceGrade.PostHocAnalysis)
            {
                Facts = [.. activityFacts, i.Path],
                Citations = vital,
                On = i.Assessment.On,
                Thresholds = Thresholds(activity),
                Effects = [LupusEvidence.AnifrolumabInterferonHigh],
            },
            { } i => new Finding(Id, LupusMechanisms.TypeIInterferon, InterferonLow, FindingStatus.NotSupported,
                "Type I interferon gene signature low: anifrolumab's pooled trial benefit in this group was smaller and not significant.",
                EvidenceGrade.PostHocAnalysis)
            {
                Facts = [.. activityFacts, i.Path],
                Citations = vital,
                On = i.Assessment.On,
                Thresholds = Thresholds(activity),
                Effects = [LupusEvidence.AnifrolumabInterferonLow],
            },
            null => new Finding(Id, LupusMechanisms.TypeIInterferon, InterferonMissing, FindingStatus.Unknown,
                "Active disease, and no type I interferon gene signature on record to weigh anifrolumab.",
                EvidenceGrade.PostHocAnalysis,
                new DataGap { Datum = "type I interferon gene signature (whole-blood 4-gene assay)", Path = "$.assessments" })
            {
                Facts = [.. activityFacts],
                Citations = vital,
                Thresholds = Thresholds(activity),
            },
        });

        var roth = Descriptor.Sources[1..2];
        var blys = ProfileQueries.Latest<BlysLevel>(patient, context.AsOf);
        if (blys is { } b && b.Assessment.Level.TryConvertTo(QuantityUnit.NanogramPerMilliliter, out var inNanograms))
        {
            var threshold = new AppliedThreshold
            {
                Name = "serum BLyS",
                Operator = ComparisonOperator.GreaterThanOrEqual,
                Limit = BlysThreshold,
                Unit = QuantityUnit.NanogramPerMilliliter,
                Observed = inNanograms.Value,
            };
            output.Add(inNanograms.Value >= BlysThreshold
                ? new Finding(Id, LupusMechanisms.BlysAndSerology, BlysHigh, FindingStatus.Supported,
                    "BLyS at or above 2 ng/mL: belimumab's advantage over placebo was largest in this stratum (and flare risk higher).",
                    EvidenceGrade.PostHocAnalysis)
                {
                    Facts = [.. activityFacts, b.Path],
                    Thresholds = [threshold],
                    Citations = roth,
                    On = b.Assessment.On,
                    Effects = [LupusEvidence.BelimumabBlysHigh, LupusEvidence.BelimumabBlysHighGlobalAssessment],
                }
                : new Finding(Id, LupusMechanisms.BlysAndSerology, BlysLow, FindingStatus.NotSupported,
                    "BLyS below 2 ng/mL: belimumab still beat placebo in this stratum, by a smaller margin.",
                    EvidenceGrade.PostHocAnalysis)
                {
                    Facts = [.. activityFacts, b.Path],
                    Thresholds = [threshold],
                    Citations = roth,
                    On = b.Assessment.On,
                    Effects = [LupusEvidence.BelimumabBlysLow],
                });
        }
        else if (sledai is { } visit)
        {
            var present = visit.Visit.Present;
            var both = present.Contains(Sledai2kDescriptor.LowComplement) && present.Contains(Sledai2kDescriptor.IncreasedDnaBinding);
            output.Add(both
                ? new Finding(Id, LupusMechanisms.BlysAndSerology, SerologyActive, FindingStatus.Supported,
                    "Low complement with raised anti-dsDNA: the serologically active subgroup had a larger response to belimumab in the pooled trials.",
                    EvidenceGrade.PostHocAnalysis)
                {
                    Facts = [visit.Path],
                    Citations = [.. roth, LupusSources.VanVollenhovenBliss],
                    On = visit.Visit.On,
                    Effects = [LupusEvidence.BelimumabSerologicallyActive],
                }
                : new Finding(Id, LupusMechanisms.BlysAndSerology, SerologyQuiet, FindingStatus.NotSupported,
                    "Serology is not active on both counts (low complement and raised anti-dsDNA) at the latest SLEDAI-2K visit.",
                    EvidenceGrade.PostHocAnalysis)
                {
                    Facts = [visit.Path],
                    Citations = roth,
                    On = visit.Visit.On,
                });
        }
        else
        {
            output.Add(new Finding(Id, LupusMechanisms.BlysAndSerology, BlysMissing, FindingStatus.Unknown,
                "No BLyS level and no serology on record to weigh belimumab.",
                EvidenceGrade.PostHocAnalysis,
                new DataGap { Datum = "serum BLyS level (or complement with anti-dsDNA)", Path = "$.assessments" })
            {
                Citations = roth,
            });
        }
    }

    private static System.Collections.Immutable.ImmutableArray<AppliedThreshold> Thresholds(AppliedThreshold? activity) =>
        activity is null ? [] : [activity];
}
