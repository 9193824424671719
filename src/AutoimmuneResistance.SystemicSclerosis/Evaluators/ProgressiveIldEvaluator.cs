using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Fibrosis that carries on despite therapy (seed claims S4 and S2): for every non-glucocorticoid course with at least
/// two FVC % predicted results (LOINC 19872-1) measured on it, whether interstitial lung disease progressed under each of
/// the four published definitions (<see cref="ProgressiveIldDefinitions"/>: INBUILD, ATS/ERS/JRS/ALAT 2022, the SSc
/// composite, EUSTAR FVC-only), one finding per definition and course. The follow-up is the latest result on the course
/// and the baseline the earliest on it that the definition's window allows; DLCO % predicted (LOINC 98130-8) is read
/// from the same dates. A decline that would meet a definition if worsened respiratory symptoms or increased fibrosis on
/// HRCT were present (the profile does not record them) is unknown, naming those data. A profile without FVC results
/// says nothing.
/// </summary>
internal sealed class ProgressiveIldEvaluator() : SscEvaluator(
    "ssc.progressive-ild-on-therapy",
    "Interstitial lung disease progressing on therapy",
    [SscMechanisms.ProgressiveIldOnTherapy],
    [SscCitations.Flaherty2019, SscCitations.Raghu2022, SscCitations.HoffmannVold2020, SscCitations.Vonk2021, SscCitations.HoffmannVold2021])
{
    /// <summary>The rule id of a definition's finding: <c>ssc.progressive-ild.&lt;definition&gt;</c>, the definition set's id.</summary>
    public static RuleId RuleOf(ProgressiveIldDefinitions definitions) => RuleId.Create(definitions.Id.Value);

    public override void Evaluate(EvaluationContext context, EvaluationOutput output)
    {
        var fvc = SscProfile.PercentPredicted(context, SscProfile.FvcPercentPredictedLoinc).OrderBy(o => o.Observation.On).ToList();
        if (fvc.Count == 0)
        {
            return;
        }

        var dlco = SscProfile.PercentPredicted(context, SscProfile.DlcoPercentPredictedLoinc).ToList();
        foreach (var (course, coursePath) in SscProfile.DiseaseModifyingCourses(context))
        {
            foreach (var definitions in ProgressiveIldDefinitions.All)
            {
                if (Judge(context, course, coursePath, fvc, dlco, definitions) is { } finding)
                {
                    output.Add(finding);
                }
            }
        }
    }

    /// <summary>
    /// The finding this evaluator reports for one course under one definition set, or <see langword="null"/> when it
    /// reports none (fewer than two FVC results on the course, or none in the definition's window). Other rules that
    /// need the lung's reading of a course (the sequential failure rule) call this, so a course is judged once.
    /// </summary>
    internal Finding? Judge(EvaluationContext context, TherapyCourse course, string coursePath, ProgressiveIldDefinitions definitions) =>
        Judge(
            context,
            course,
            coursePath,
            [.. SscProfile.PercentPredicted(context, SscProfile.FvcPercentPredictedLoinc).OrderBy(o => o.Observation.On)],
            [.. SscProfile.PercentPredicted(context, SscProfile.DlcoPercentPredictedLoinc)],
            definitions);

    private Finding? Judge(
        EvaluationContext context,
        TherapyCourse course,
        string coursePath,
        List<(Observation Observation, string Path)> fvc,
        List<(Observation Observation, string Path)> dlco,
        ProgressiveIldDefinitions definitions)
    {
        var last = course.End is { } end && end < context.AsOf ? end : context.AsOf;
        var onCourse = fvc.Where(o => o.Observation.On >= course.Start && o.Observation.On <= last).ToList();
        return onCourse.Count < 2 ? null : Judge(context, course, coursePath, onCourse, onCourse[^1], dlco, definitions);
    }

    private Finding? Judge(
        EvaluationContext context,
        TherapyCourse course,
        string coursePath,
        List<(Observation Observation, string Path)> onCourse,
        (Observation Observation, string Path) followUp,
        List<(Observation Observation, string Path)> dlco,
        ProgressiveIldDefinitions definitions)
    {
        foreach (var baseline in onCourse)
        {
            if (baseline.Observation.On >= followUp.Observation.On)
            {
                return null;
            }

            var baselineDlco = dlco.FirstOrDefault(d => d.Observation.On == baseline.Observation.On);
            var followUpDlco = dlco.FirstOrDefault(d => d.Observation.On == followUp.Observation.On);
            var input = new ProgressiveIldInput
            {
                Baseline = Lung(baseline.Observation, baselineDlco.Observation),
                FollowUp = Lung(followUp.Observation, followUpDlco.Observation),
            };
            var result = ProgressiveIldInstrument.ComputeValid(input, definitions);
            if (!result.WithinWindow)
            {
                continue;
            }

            var name = SscProfile.Name(context, course.Therapy);
            var rule = RuleOf(definitions);
            var grade = Grade(definitions.Rule);
            var scale = definitions.FvcScale == ChangeScale.Absolute ? "absolute" : "relative";
            var decline = string.Create(CultureInfo.InvariantCulture,
                $"FVC {baseline.Observation.Value.Value:0.##} to {followUp.Observation.Value.Value:0.##} % predicted ({baseline.Observation.On:O} to {followUp.Observation.On:O}, {result.Months} months; {scale} decline {result.FvcDecline:0.#}{(definitions.FvcScale == ChangeScale.Absolute ? " points" : " %")})");
            Finding finding;
            if (result.Progressive)
            {
                finding = Supported(SscMechanisms.ProgressiveIldOnTherapy, rule,
                    $"Interstitial lung disease progressed on {SscProfile.InSentence(name)} under {definitions.Title}: {decline}.", grade);
            }
            else if (ProgressiveIldInstrument.ComputeValid(input with { WorsenedRespiratorySymptoms = true }, definitions).Progressive
                || ProgressiveIldInstrument.ComputeValid(input with { IncreasedFibrosisOnHrct = true }, definitions).Progressive)
            {
                finding = Unknown(SscMechanisms.ProgressiveIldOnTherapy, rule,
                    $"Whether interstitial lung disease progressed on {SscProfile.InSentence(name)} under {definitions.Title} is unknown: {decline}; the definition also counts worsened respiratory symptoms and increased fibrosis on HRCT, which are not recorded, and either would decide it.",
                    grade,
                    new DataGap { Datum = "change in respiratory symptoms and in fibrosis extent on HRCT over the same interval", Path = "$.assessments" });
            }
            else
            {
                finding = NotSupported(SscMechanisms.ProgressiveIldOnTherapy, rule,
                    $"Interstitial lung disease did not progress on {SscProfile.InSentence(name)} under {definitions.Title}: {decline}.", grade);
            }

            string[] dlcoPaths = [.. new[] { baselineDlco.Path, followUpDlco.Path }.Where(p => p is not null)!];
            return finding with
            {
                Therapy = course.Therapy,
                Course = coursePath,
                On = followUp.Observation.On,
                Facts = [coursePath, baseline.Path, followUp.Path, .. dlcoPaths],
                Thresholds =
                [
                    new AppliedThreshold
                    {
                        Name = $"{scale} FVC decline, % predicted ({definitions.Title})",
                        Operator = definitions.Rule == ProgressiveIldRule.EustarFvcOnly ? ComparisonOperator.GreaterThan : ComparisonOperator.GreaterThanOrEqual,
                        Limit = definitions.FvcMajorDecline,
                        Observed = result.FvcDecline,
                    },
                ],
                Citations = definitions.Sources,
            };
        }

        return null;
    }

    private static LungFunction Lung(Observation fvc, Observation? dlco) => new()
    {
        On = fvc.On,
        Fvc = PercentPredicted.FromPercent(fvc.Value.Value),
        Dlco = dlco is null ? null : PercentPredicted.FromPercent(dlco.Value.Value),
    };

    private static EvidenceGrade Grade(ProgressiveIldRule rule) => rule switch
    {
        ProgressiveIldRule.AtsErsJrsAlat2022 => EvidenceGrade.Guideline,
        ProgressiveIldRule.Inbuild => EvidenceGrade.RandomizedTrial,
        ProgressiveIldRule.EustarFvcOnly => EvidenceGrade.Observational,
        _ => EvidenceGrade.ExpertOpinion,
    };
}
