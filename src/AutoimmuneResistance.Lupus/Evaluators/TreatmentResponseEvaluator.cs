namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Treatment response per course (seed claims L1 and L4): one finding per non-glucocorticoid course, carrying its
/// <see cref="CourseClassificationDetail"/>. Primary non-response is a resistance finding only when the trial was
/// adequate and adherence was shown: with adherence unknown the finding is unknown and names the test (a whole-blood
/// hydroxychloroquine level, or refills); with non-adherence shown it is not supported, because non-adherence explains
/// it. Secondary loss of response (response, then a flare or a dose rise on the same therapy) is reported likewise.
/// Thresholds and windows come from <see cref="TreatmentTrialDefinitions"/> and <see cref="NephritisResponseDefinitions"/>.
/// </summary>
internal sealed class TreatmentResponseEvaluator() : LupusEvaluator(
    "sle.treatment-response",
    "Response to each therapy course",
    [LupusMechanisms.PrimaryNonResponse, LupusMechanisms.SecondaryLossOfResponse],
    [LupusSources.FurieSri, LupusSources.FranklynLldas, TargetCitations.Fanouriakis2020, TargetCitations.Arora2022])
{
    private static readonly RuleId Responded = RuleId.Create("sle.course.response");
    private static readonly RuleId Partial = RuleId.Create("sle.course.partial-response");
    private static readonly RuleId PrimaryShown = RuleId.Create("sle.course.primary-non-response");
    private static readonly RuleId PrimaryAdherenceUnknown = RuleId.Create("sle.course.primary-non-response.adherence-unknown");
    private static readonly RuleId PrimaryNonAdherent = RuleId.Create("sle.course.primary-non-response.non-adherent");
    private static readonly RuleId PrimaryInadequateDose = RuleId.Create("sle.course.primary-non-response.inadequate-dose");
    private static readonly RuleId SecondaryShown = RuleId.Create("sle.course.secondary-loss-of-response");
    private static readonly RuleId SecondaryAdherenceUnknown = RuleId.Create("sle.course.secondary-loss-of-response.adherence-unknown");
    private static readonly RuleId SecondaryNonAdherent = RuleId.Create("sle.course.secondary-loss-of-response.non-adherent");
    private static readonly RuleId Intolerant = RuleId.Create("sle.course.intolerance");
    private static readonly RuleId Early = RuleId.Create("sle.course.too-early");
    private static readonly RuleId NoActivity = RuleId.Create("sle.course.no-activity-data");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        foreach (var classified in CourseClassifier.Classify(context))
        {
            output.Add(FindingFor(classified));
        }
    }

    private Finding FindingFor(ClassifiedCourse c)
    {
        var therapy = c.Course.Therapy;
        var detail = c.Detail;
        var what = detail.Renal ? "renal response" : "SLEDAI-2K";
        var adherenceGap = AdherenceGap(therapy);
        var finding = detail.Response switch
        {
            CourseResponse.Response => NotSupported(LupusMechanisms.PrimaryNonResponse, Responded,
                $"{therapy}: responded ({what}) and the response held during the course.", EvidenceGrade.ExpertOpinion),
            CourseResponse.PartialResponse => NotSupported(LupusMechanisms.PrimaryNonResponse, Partial,
                $"{therapy}: partial response ({what}); activity fell but not to the response level.", EvidenceGrade.ExpertOpinion),
            CourseResponse.PrimaryNonResponse when detail.Dose == DoseAdequacy.Inadequate => Unknown(LupusMechanisms.PrimaryNonResponse, PrimaryInadequateDose,
                $"{therapy}: no response, but the dose was below the cited induction dose, so the trial was not adequate.", EvidenceGrade.Guideline,
                new DataGap { Datum = $"a course of {therapy} at the cited induction dose", Path = c.Path + ".regimen" }),
            CourseResponse.PrimaryNonResponse => detail.Adherence switch
            {
                CourseAdherence.Adherent => Supported(LupusMechanisms.PrimaryNonResponse, PrimaryShown,
                    $"{therapy}: no response ({what}) after an adequate course in an adherent patient ({c.Adherence.Basis}).", EvidenceGrade.ExpertOpinion),
                CourseAdherence.NonAdherent => NotSupported(LupusMechanisms.PrimaryNonResponse, PrimaryNonAdherent,
                    $"{therapy}: no response ({what}), explained by non-adherence ({c.Adherence.Basis}), so resistance is not shown.", EvidenceGrade.ExpertOpinion),
                _ => Unknown(LupusMechanisms.PrimaryNonResponse, PrimaryAdherenceUnknown,
                    $"{therapy}: no response ({what}), but adherence was never checked, so resistance cannot be concluded yet.", EvidenceGrade.ExpertOpinion, adherenceGap),
            },
            CourseResponse.SecondaryLossOfResponse => detail.Adherence switch
            {
                CourseAdherence.Adherent => Supported(LupusMechanisms.SecondaryLossOfResponse, SecondaryShown,
                    $"{therapy}: responded, then lost the response (a flare or a dose rise on the same therapy) while adherent.", EvidenceGrade.ExpertOpinion),
                CourseAdherence.NonAdherent => NotSupported(LupusMechanisms.SecondaryLossOfResponse, SecondaryNonAdherent,
                    $"{therapy}: response was lost, but non-adherence explains it ({c.Adherence.Basis}).", EvidenceGrade.ExpertOpinion),
                _ => Unknown(LupusMechanisms.SecondaryLossOfResponse, SecondaryAdherenceUnknown,
                    $"{therapy}: responded, then lost the response; adherence was never checked, so acquired tolerance cannot be concluded.", EvidenceGrade.ExpertOpinion, adherenceGap),
            },
            CourseResponse.Intolerance => NotSupported(LupusMechanisms.PrimaryNonResponse, Intolerant,
                $"{therapy}: stopped for an adverse event; intolerance is not resistance.", EvidenceGrade.ExpertOpinion),
            CourseResponse.TooEarly => Unknown(LupusMechanisms.PrimaryNonResponse, Early,
                $"{therapy}: too early to call ({detail.Months} of {detail.MinimumMonths} months).", EvidenceGrade.ExpertOpinion,
                new DataGap { Datum = $"a {(detail.Renal ? "proteinuria measurement" : "SLEDAI-2K assessment")} after {detail.MinimumMonths} months of {therapy}", Path = detail.Renal ? "$.observations" : "$.assessments" }),
            _ => Unknown(LupusMechanisms.PrimaryNonResponse, NoActivity,
                $"{therapy}: no activity measurement during the course.", EvidenceGrade.ExpertOpinion,
                new DataGap { Datum = detail.Renal ? "urine protein/creatinine ratio (LOINC 2890-2) before and during the course" : $"a SLEDAI-2K assessment during the {therapy} course", Path = detail.Renal ? "$.observations" : "$.assessments" }),
        };

        return finding with
        {
            Therapy = therapy,
            On = c.AssessedOn,
            Facts = [c.Path, .. c.ActivityFacts, .. c.Adherence.Facts],
            Thresholds = [.. c.Thresholds, .. c.Adherence.Thresholds],
            Citations = Descriptor.Sources,
            Detail = detail,
        };
    }

    private static DataGap AdherenceGap(TherapyId therapy) => new()
    {
        Datum = therapy == TherapyId.Hydroxychloroquine
            ? "whole-blood hydroxychloroquine level"
            : $"a whole-blood hydroxychloroquine level or refill records for {therapy}",
        Test = ClinicalCode.Loinc(HydroxychloroquineInstrument.WholeBloodLoinc, "Hydroxychloroquine [Mass/volume] in Blood"),
        Path = "$.drugLevels",
    };
}
