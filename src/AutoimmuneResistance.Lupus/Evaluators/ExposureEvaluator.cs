namespace AutoimmuneResistance.Lupus;

/// <summary>
/// Exposures the sources tie to response (seed claim L7): smoking and antimalarials. In a meta-analysis of 10
/// observational studies (1,398 patients with cutaneous lupus) smokers responded to antimalarials less often, pooled
/// OR 0.53 (95 % CI 0.29-0.98) (Chasset F et al. J Am Acad Dermatol 2015;72(4):634-9,
/// doi:10.1016/j.jaad.2014.12.025). Evaluated only when an antimalarial course is on record; the evidence is for
/// skin disease, which findings say.
/// </summary>
internal sealed class ExposureEvaluator() : LupusEvaluator(
    "sle.exposures",
    "Smoking and antimalarial response",
    [LupusMechanisms.SmokingAntimalarials],
    [LupusSources.ChassetSmoking])
{
    private static readonly RuleId CurrentSmoker = RuleId.Create("sle.exposure.smoking.current");
    private static readonly RuleId NotCurrentSmoker = RuleId.Create("sle.exposure.smoking.not-current");
    private static readonly RuleId SmokingUnrecorded = RuleId.Create("sle.exposure.smoking.unrecorded");

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var patient = context.Patient;
        var antimalarials = ProfileQueries.Courses(patient, TherapyId.Hydroxychloroquine, context.AsOf)
            .Concat(ProfileQueries.Courses(patient, TherapyId.Chloroquine, context.AsOf))
            .ToList();
        if (antimalarials.Count == 0)
        {
            return;
        }

        string[] courseFacts = [.. antimalarials.Select(c => c.Path)];
        var therapy = antimalarials[^1].Course.Therapy;
        var smoking = ProfileQueries.LatestExposure(patient, ExposureKind.Smoking);
        var citations = Descriptor.Sources;
        output.Add(smoking switch
        {
            { Exposure.Status: ExposureStatus.Current } s => new Finding(Id, LupusMechanisms.SmokingAntimalarials, CurrentSmoker, FindingStatus.Supported,
                "Current smoker on an antimalarial: smokers responded about half as often (cutaneous lupus, observational meta-analysis).",
                EvidenceGrade.Observational)
            {
                Therapy = therapy,
                Facts = [.. courseFacts, s.Path],
                Citations = citations,
            },
            { } s => new Finding(Id, LupusMechanisms.SmokingAntimalarials, NotCurrentSmoker, FindingStatus.NotSupported,
                "Not a current smoker: smoking does not explain a poor antimalarial response.",
                EvidenceGrade.Observational)
            {
                Therapy = therapy,
                Facts = [.. courseFacts, s.Path],
                Citations = citations,
            },
            null => new Finding(Id, LupusMechanisms.SmokingAntimalarials, SmokingUnrecorded, FindingStatus.Unknown,
                "Smoking status is not recorded for a patient on an antimalarial.",
                EvidenceGrade.Observational,
                new DataGap { Datum = "smoking status (current, former or never)", Path = "$.exposures" })
            {
                Therapy = therapy,
                Facts = [.. courseFacts],
                Citations = citations,
            },
        });
    }
}
