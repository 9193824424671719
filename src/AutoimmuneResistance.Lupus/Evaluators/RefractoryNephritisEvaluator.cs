namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Refractory lupus nephritis (seed claims L1, L3): no improvement after two different standard induction regimens,
/// each assessed after 4-6 months, in an adherent patient (Arora S et al. Arthritis Rheumatol 2022;74(6):915-26,
/// doi:10.1002/art.42092), judged by the refractory lupus nephritis instrument over the renal induction courses the
/// course classifier found. Runs only for patients with lupus nephritis.
/// </summary>
internal sealed class RefractoryNephritisEvaluator() : LupusEvaluator(
    "sle.refractory-lupus-nephritis",
    "Refractory lupus nephritis",
    [LupusMechanisms.RefractoryNephritis],
    [TargetCitations.Arora2022, TargetCitations.Fanouriakis2020])
{
    private static readonly RuleId Met = RuleId.Create("sle.refractory-ln.arora-2022.met");
    private static readonly RuleId NotMet = RuleId.Create("sle.refractory-ln.arora-2022.not-met");
    private static readonly RuleId Undecided = RuleId.Create("sle.refractory-ln.arora-2022.unknown");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        if (RenalInductions.Of(context) is not { } renal)
        {
            return;
        }

        var inductions = renal.Courses;
        var definitions = renal.Definitions;
        var result = renal.Refractory;
        string[] facts = [.. inductions.Select(c => c.Path), .. inductions.SelectMany(c => c.ActivityFacts), .. inductions.SelectMany(c => c.Adherence.Facts)];
        var threshold = new AppliedThreshold
        {
            Name = "different standard induction regimens without renal response, adherent",
            Operator = ComparisonOperator.GreaterThanOrEqual,
            Limit = definitions.RefractoryRegimenCount,
            Observed = result.QualifyingRegimens,
        };
        var finding = result.State switch
        {
            CriterionState.Met => Supported(LupusMechanisms.RefractoryNephritis, Met,
                $"Refractory lupus nephritis: {result.QualifyingRegimens} different standard induction regimens, each assessed after {result.AssessmentWindowMonths} months in an adherent patient, without renal response.",
                EvidenceGrade.ExpertOpinion),
            CriterionState.NotMet => NotSupported(LupusMechanisms.RefractoryNephritis, NotMet,
                $"Not refractory lupus nephritis: {result.QualifyingRegimens} qualifying induction regimen(s), {definitions.RefractoryRegimenCount} needed.",
                EvidenceGrade.ExpertOpinion),
            _ => Unknown(LupusMechanisms.RefractoryNephritis, Undecided,
                "Refractory lupus nephritis cannot be decided: an induction course lacks its renal response or adherence evidence.",
                EvidenceGrade.ExpertOpinion,
                new DataGap { Datum = "urine protein/creatinine ratio at 4-6 months of each induction, and a hydroxychloroquine level during it", Path = "$.observations" }),
        };
        output.Add(finding with { Facts = [.. facts.Distinct()], Thresholds = [threshold], Citations = Descriptor.Sources });
    }
}
