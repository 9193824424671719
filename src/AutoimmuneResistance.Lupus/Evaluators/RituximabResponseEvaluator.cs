namespace AutoimmuneResistance.Lupus;

/// <summary>
/// B-cell biology after rituximab (seed claims L4 and L5): anti-rituximab antibodies, which caused secondary
/// non-depletion non-response at retreatment, and incomplete B-cell depletion, which lowered the odds of a major
/// response (Md Yusof MY et al. Ann Rheum Dis 2017;76(11):1829-36, doi:10.1136/annrheumdis-2017-211191: depletion
/// at 6 weeks OR 3.22 for major response; all tested patients with secondary non-depletion non-response had
/// anti-rituximab antibodies, and a humanised anti-CD20 restored depletion in 5 of 5).
/// </summary>
internal sealed class RituximabResponseEvaluator() : LupusEvaluator(
    "sle.rituximab-response",
    "Anti-rituximab antibodies and B-cell depletion",
    [LupusMechanisms.AntiDrugAntibodies, LupusMechanisms.IncompleteBCellDepletion],
    [LupusSources.MdYusofRituximab])
{
    private static readonly RuleId AntibodiesPresent = RuleId.Create("sle.rituximab.anti-drug-antibodies.present");
    private static readonly RuleId AntibodiesAbsent = RuleId.Create("sle.rituximab.anti-drug-antibodies.absent");
    private static readonly RuleId AntibodiesUntested = RuleId.Create("sle.rituximab.anti-drug-antibodies.untested");
    private static readonly RuleId DepletionIncomplete = RuleId.Create("sle.rituximab.depletion.incomplete");
    private static readonly RuleId DepletionComplete = RuleId.Create("sle.rituximab.depletion.complete");
    private static readonly RuleId DepletionUnmeasured = RuleId.Create("sle.rituximab.depletion.unmeasured");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var patient = context.Patient;
        var courses = ProfileQueries.Courses(patient, TherapyId.Rituximab, context.AsOf);
        if (courses.Count == 0)
        {
            return;
        }

        var citations = Descriptor.Sources;
        var (latest, latestPath) = courses[^1];

        // Antibodies matter at retreatment, or when a course stopped for inefficacy or an infusion-type adverse event.
        var antibodyQuestion = courses.Count > 1 || courses.Any(c => c.Course.StopReason is StopReason.Inefficacy or StopReason.AdverseEvent);
        if (antibodyQuestion)
        {
            var results = patient.AntiDrugAntibodies
                .Select((r, i) => (Result: r, Path: ProfileQueries.Path("$.antiDrugAntibodies", i)))
                .Where(x => x.Result.Therapy == TherapyId.Rituximab && x.Result.On <= context.AsOf)
                .ToList();
            string[] facts = [.. courses.Select(c => c.Path), .. results.Select(r => r.Path)];
            var positive = results.Where(r => r.Result.Positive).ToList();
            output.Add(
                positive.Count > 0
                    ? Supported(LupusMechanisms.AntiDrugAntibodies, AntibodiesPresent,
                        "Anti-rituximab antibodies were detected: retreatment may fail to deplete B cells; a humanised anti-CD20 restored depletion in the cited series.",
                        EvidenceGrade.Observational) with { Therapy = TherapyId.Rituximab, Facts = [.. facts], Citations = citations, On = positive[^1].Result.On }
                    : results.Count > 0
                        ? NotSupported(LupusMechanisms.AntiDrugAntibodies, AntibodiesAbsent,
                            "Anti-rituximab antibodies were not detected.",
                            EvidenceGrade.Observational) with { Therapy = TherapyId.Rituximab, Facts = [.. facts], Citations = citations }
                        : Unknown(LupusMechanisms.AntiDrugAntibodies, AntibodiesUntested,
                            "Rituximab was repeated or stopped early, and anti-rituximab antibodies were not tested.",
                            EvidenceGrade.Observational,
                            new DataGap { Datum = "anti-rituximab (anti-drug) antibody test", Path = "$.antiDrugAntibodies" })
                            with { Therapy = TherapyId.Rituximab, Facts = [.. facts], Citations = citations });
        }

        // Depletion after the latest course: the latest result on or after its start.
        var depletion = ProfileQueries.Latest<BCellDepletion>(patient, context.AsOf, latest.Start);
        if (depletion is { } d)
        {
            output.Add(d.Assessment.Complete
                ? NotSupported(LupusMechanisms.IncompleteBCellDepletion, DepletionComplete,
                    "B cells were completely depleted after the latest rituximab course.",
                    EvidenceGrade.Observational) with { Therapy = TherapyId.Rituximab, Facts = [latestPath, d.Path], Citations = citations, On = d.Assessment.On }
                : Supported(LupusMechanisms.IncompleteBCellDepletion, DepletionIncomplete,
                    "B-cell depletion after the latest rituximab course was incomplete, which lowered the odds of a major response in the cited cohort.",
                    EvidenceGrade.Observational) with { Therapy = TherapyId.Rituximab, Facts = [latestPath, d.Path], Citations = citations, On = d.Assessment.On });
        }
        else
        {
            output.Add(Unknown(LupusMechanisms.IncompleteBCellDepletion, DepletionUnmeasured,
                "B-cell depletion after the latest rituximab course was not measured.",
                EvidenceGrade.Observational,
                new DataGap { Datum = "highly sensitive peripheral B-cell count (flow cytometry) about 6 weeks after rituximab", Path = "$.assessments" })
                with { Therapy = TherapyId.Rituximab, Facts = [latestPath], Citations = citations });
        }
    }
}
