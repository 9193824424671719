namespace AutoimmuneResistance.Lupus.Tests.Vignettes;

// Vignette V1: SLE, activity persists on hydroxychloroquine, adherence never checked.
public sealed class V1AdherenceAndResponseTests
{
    private static readonly ResistanceAssessment Assessment = VignetteProfiles.EvaluateThroughJson(VignetteProfiles.V1());

    [Fact]
    public void The_hydroxychloroquine_dose_above_5_mg_per_kg_is_a_safety_warning_not_a_finding()
    {
        var warning = Assert.Single(Assessment.Diagnostics, d => d.Code == "AIR2401");

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.DoesNotContain("6.67", warning.Message, StringComparison.Ordinal); // the patient's dose only on request
        Assert.Null(warning.Value);
        Assert.DoesNotContain(Assessment.Findings, f => f.Summary.Contains("mg/kg", StringComparison.Ordinal));
    }

    [Fact]
    public void The_dose_warning_prints_the_maximum_of_the_selected_hydroxychloroquine_set()
    {
        var tuned = HydroxychloroquineDefinitions.Default with { Id = DefinitionSetId.Create("sle.hydroxychloroquine.test-max-6"), MaxMilligramsPerKilogramPerDay = 6.0m };
        var pipeline = new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(tuned).IncludeValuesInDiagnostics().Build();

        var assessment = pipeline.Evaluate(VignetteProfiles.V1());

        var warning = Assert.Single(assessment.Diagnostics, d => d.Code == "AIR2401");
        Assert.Contains("dose on actual body weight is above the 6 mg/kg/day maximum", warning.Message, StringComparison.Ordinal);
        Assert.Equal("6.67 mg/kg/day (maximum 360 mg/day at this weight)", warning.Value);
        Assert.Contains("above the 5 mg/kg/day maximum", Assert.Single(Assessment.Diagnostics, d => d.Code == "AIR2401").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_adherence_is_unknown_and_the_gap_names_a_whole_blood_level()
    {
        var finding = Assert.Single(Assessment.Findings, f => f.Mechanism == LupusMechanisms.NonAdherence);

        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Equal(TherapyId.Hydroxychloroquine, finding.Therapy);
        Assert.Equal("whole-blood hydroxychloroquine level", finding.Gap!.Datum);
        Assert.Equal("95921-3", finding.Gap.Test!.Code);
    }

    [Fact]
    public void The_hydroxychloroquine_course_reads_as_non_response_with_adherence_unknown()
    {
        var finding = Assert.Single(Assessment.Findings, f => f.Evaluator.Value == "sle.treatment-response" && f.Therapy == TherapyId.Hydroxychloroquine);

        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Equal("sle.course.primary-non-response.adherence-unknown", finding.Rule.Value);
        var detail = Assert.IsType<CourseClassificationDetail>(finding.Detail);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, detail.Response);
        Assert.Equal(CourseAdherence.Unknown, detail.Adherence);
        Assert.Equal(10, detail.LatestSledai);
        Assert.Null(detail.BaselineSledai);
        Assert.Contains("$.assessments[2]", finding.Facts);
    }

    [Fact]
    public void Glucocorticoid_courses_are_not_classified_as_treatment_trials_and_there_is_no_nephritis_finding()
    {
        Assert.DoesNotContain(Assessment.Findings, f => f.Evaluator.Value == "sle.treatment-response" && f.Therapy == TherapyId.Prednisone);
        Assert.DoesNotContain(Assessment.Findings, f => f.Mechanism == LupusMechanisms.RefractoryNephritis);
    }
}
