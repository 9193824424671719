using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Timing of intervention (seed claim S7): in diffuse cutaneous disease, whether the first immunosuppressive or
/// antifibrotic course started within the early diffuse window, disease duration counted from the first non-Raynaud
/// manifestation (project clinical reference section 12.2) under the selected <see cref="EarlyDiffuseDefinitions"/>
/// (default below 60 months, a convention: no single standard cut-off exists). Limited cutaneous disease says
/// nothing; a profile without the subset or the date of the first non-Raynaud manifestation is unknown.
/// </summary>
internal sealed class TimingEvaluator() : SscEvaluator(
    "ssc.timing-of-immunosuppression",
    "Immunosuppression started within or after the early diffuse window",
    [SscMechanisms.LateImmunosuppression],
    [SscCitations.Press2021, SscCitations.Pittsburgh2021])
{
    public static readonly RuleId Late = RuleId.Create("ssc.timing.after-early-window");
    public static readonly RuleId Early = RuleId.Create("ssc.timing.within-early-window");
    public static readonly RuleId Unrecorded = RuleId.Create("ssc.timing.onset-or-subset-unrecorded");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var first = SscProfile.DiseaseModifyingCourses(context).OrderBy(c => c.Course.Start).FirstOrDefault();
        if (first.Course is null)
        {
            return;
        }

        var definitions = context.Definitions.TryGet<EarlyDiffuseDefinitions>(out var selected) ? selected : EarlyDiffuseDefinitions.Below60Months;
        var (features, path) = SscProfile.Features(context.Patient);
        if (features is not { Subset: { } subset, FirstNonRaynaudManifestation: { } onset })
        {
            output.Add(Unknown(SscMechanisms.LateImmunosuppression, Unrecorded,
                "Whether immunosuppression started in early diffuse disease is unknown: the cutaneous subset or the date of the first non-Raynaud manifestation is not recorded.",
                EvidenceGrade.ExpertOpinion,
                new DataGap { Datum = "cutaneous subset (limited or diffuse) and date of the first non-Raynaud manifestation", Path = path }) with
            {
                Facts = [first.Path],
                Citations = definitions.Sources,
            });
            return;
        }

        if (subset != CutaneousSubset.Diffuse || first.Course.Start < onset)
        {
            return;
        }

        var atStart = DiseaseDurationInstrument.ComputeValid(new DiseaseDurationInput { FirstNonRaynaudManifestation = onset, On = first.Course.Start, Subset = subset }, definitions);
        var now = DiseaseDurationInstrument.ComputeValid(new DiseaseDurationInput { FirstNonRaynaudManifestation = onset, On = context.AsOf, Subset = subset }, definitions);
        var name = SscProfile.Name(context, first.Course.Therapy);
        var cutOff = string.Create(CultureInfo.InvariantCulture, $"{(definitions.Inclusive ? "at most" : "below")} {definitions.ThresholdMonths} months");
        var current = string.Create(CultureInfo.InvariantCulture, $"disease duration now {now.Months} months ({(now.EarlyDiffuse ? "early" : "late")} diffuse)");
        var finding = atStart.EarlyDiffuse
            ? NotSupported(SscMechanisms.LateImmunosuppression, Early,
                string.Create(CultureInfo.InvariantCulture, $"{name} started {atStart.Months} months after the first non-Raynaud manifestation, within the early diffuse window ({cutOff}); {current}."),
                EvidenceGrade.ExpertOpinion)
            : Supported(SscMechanisms.LateImmunosuppression, Late,
                string.Create(CultureInfo.InvariantCulture, $"{name} started {atStart.Months} months after the first non-Raynaud manifestation, after the early diffuse window ({cutOff}): late disease, with established fibrosis, responds less; {current}."),
                EvidenceGrade.ExpertOpinion);
        output.Add(finding with
        {
            Therapy = first.Course.Therapy,
            Course = first.Path,
            On = first.Course.Start,
            Facts = [path, first.Path],
            Thresholds =
            [
                new AppliedThreshold
                {
                    Name = "months from the first non-Raynaud manifestation to the first immunosuppressive course",
                    Operator = definitions.Inclusive ? ComparisonOperator.LessThanOrEqual : ComparisonOperator.LessThan,
                    Limit = definitions.ThresholdMonths,
                    Observed = atStart.Months,
                },
            ],
            Citations = definitions.Sources,
        });
    }
}
