namespace AutoimmuneResistance.Lupus.Tests.Vignettes;

// Vignette V1 read as a clinician would read the verdict: activity persists on hydroxychloroquine, adherence was never
// checked, so resistance to hydroxychloroquine cannot be concluded yet and a whole-blood level is what would settle it.
public sealed class V1VerdictTests
{
    private static readonly ResistanceAssessment Assessment = VignetteProfiles.EvaluateThroughJson(VignetteProfiles.V1());
    private static readonly ResistanceVerdict Verdict = Assessment.Verdict!;

    [Fact]
    public void Resistance_to_hydroxychloroquine_cannot_be_told_yet()
    {
        Assert.Equal(ResistanceAnswer.CannotTellYet, Verdict.Answer);
        Assert.Equal([TherapyId.Hydroxychloroquine], Verdict.Concerns.Therapies.ToArray());
        Assert.Empty(Verdict.Concerns.Domains);
    }

    [Fact]
    public void The_hydroxychloroquine_verdict_is_a_non_response_with_adherence_unknown()
    {
        var hydroxychloroquine = Assert.Single(Verdict.Therapies);

        Assert.Equal(TherapyId.Hydroxychloroquine, hydroxychloroquine.Therapy);
        Assert.Equal("Hydroxychloroquine", hydroxychloroquine.Name);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, hydroxychloroquine.Outcome);
        Assert.Equal(ResistanceAnswer.CannotTellYet, hydroxychloroquine.Resistance);
        Assert.Equal(
            "Hydroxychloroquine: no response (SLEDAI-2K 10 on 2023-07-14, no baseline visit), but whether it is taken was never checked.",
            hydroxychloroquine.Statement);

        // Decided by the course finding; explained by non-adherence (unknown) and smoking (unrecorded).
        var decided = Assessment.Findings.Single(f => f.Id == Assert.Single(hydroxychloroquine.Findings));
        Assert.Equal("sle.course.primary-non-response.adherence-unknown", decided.Rule.Value);
        var adherence = Assert.Single(hydroxychloroquine.ExplainedBy, l => l.Mechanism == LupusMechanisms.NonAdherence);
        Assert.Equal(FindingStatus.Unknown, adherence.Status);
        Assert.Contains(hydroxychloroquine.ExplainedBy, l => l.Mechanism == LupusMechanisms.SmokingAntimalarials);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, Assert.Single(hydroxychloroquine.Courses).Outcome);
    }

    [Fact]
    public void A_whole_blood_hydroxychloroquine_level_is_the_first_datum_to_collect()
    {
        var need = Verdict.WouldSharpen[0];

        Assert.Equal("whole-blood hydroxychloroquine level", need.Datum);
        Assert.Equal("95921-3", need.Test!.Code);
        Assert.Equal([TherapyId.Hydroxychloroquine], need.Therapies.ToArray());
        Assert.Equal(2, need.Settles.Length);
    }

    [Fact]
    public void Severe_refractory_sle_is_not_met_and_the_picture_is_explained_by_glucocorticoid_dependence_and_activity()
    {
        var severe = Assert.Single(Verdict.Domains);
        Assert.Equal(OrganDomain.Systemic, severe.Domain);
        Assert.Equal(ResistanceAnswer.NotShown, severe.Answer);

        var supported = Verdict.ExplainedBy.Where(l => l.Status == FindingStatus.Supported).Select(l => l.Mechanism).ToList();
        Assert.Contains(LupusMechanisms.GlucocorticoidDependence, supported);
        Assert.Contains(RefractoryDefinitionsEvaluator.NotAtTarget, supported);
        Assert.Contains(RefractoryDefinitionsEvaluator.HighDiseaseActivity, supported);
    }

    [Fact]
    public void The_summary_reads_in_clinical_words()
    {
        Assert.Equal(
            "Cannot tell yet whether the disease resists hydroxychloroquine. Hydroxychloroquine: no response (SLEDAI-2K 10 on 2023-07-14, no baseline visit), but whether it is taken was never checked. Also: glucocorticoid dependence (the prednisone-equivalent dose could not be tapered to the EULAR 2023 maintenance target); neither in LLDAS nor in DORIS remission at 3 of 3 SLEDAI-2K visits. Would sharpen this: whole-blood hydroxychloroquine level (and 2 more).",
            Verdict.Summary);
        Assert.DoesNotMatch(@"\bsle\.|[a-z][A-Z]", Verdict.Summary);
    }

    [Fact]
    public void Options_follow_the_failure_and_the_level_that_would_confirm_it_comes_first()
    {
        // Options follow a failure not explained by non-adherence; with adherence unknown they stand for when it is
        // confirmed, and the summary names the level first.
        var hydroxychloroquine = Assert.Single(Verdict.Therapies);
        Assert.NotEmpty(hydroxychloroquine.Options);
        Assert.All(hydroxychloroquine.Options, o => Assert.NotEqual(TreatmentOptionCatalog.SwitchInduction, o.Key));
        Assert.StartsWith("Would sharpen this: whole-blood hydroxychloroquine level", Verdict.Summary[Verdict.Summary.IndexOf("Would sharpen", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Twelve_findings_instead_of_one_per_visit()
    {
        Assert.Equal(12, Assessment.Findings.Length);
        Assert.Equal(Assessment.Findings.Length, Assessment.Findings.Select(f => f.Id).Distinct().Count());
        Assert.Single(Assessment.Findings, f => f.Rule == GlucocorticoidEvaluator.MaintenanceTargetMissed);
        Assert.Single(Assessment.Findings, f => f.Rule == RefractoryDefinitionsEvaluator.NotAtTargetRule);
    }
}
