using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Verdicts;

// The contract end to end with the toy module's contributor, which maps the toy findings into verdicts the way a real
// module does: the same failure means resistance, non-adherence or "cannot tell yet" depending on the level finding.
public sealed class ToyModuleVerdictTests
{
    private static readonly ResistancePipeline Pipeline = Profiles.Pipeline();

    // The toy activity score of the toy profile is 4: the therapy did not bring it down to the response level.
    [Fact]
    public void An_adequate_level_with_active_disease_shows_resistance_with_an_option()
    {
        var assessment = Pipeline.Evaluate(Profiles.Toy(level: 250m));

        Assert.False(assessment.HasErrors);
        var verdict = assessment.Verdict!;
        Assert.Equal(ResistanceAnswer.Shown, verdict.Answer);
        Assert.Equal([TherapyId.Hydroxychloroquine], verdict.Concerns.Therapies.AsEnumerable());
        Assert.Equal([OrganDomain.Systemic], verdict.Concerns.Domains.AsEnumerable());

        var therapy = Assert.Single(verdict.Therapies);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, therapy.Outcome);
        Assert.Equal(["f1"], therapy.Findings.AsEnumerable());
        Assert.Equal(FindingStatus.NotSupported, Assert.Single(therapy.ExplainedBy).Status);
        Assert.Equal("$.therapies[0]", Assert.Single(therapy.Courses).Course);
        Assert.Equal(ToyVerdictContributor.Switch, Assert.Single(therapy.Options));
        Assert.Empty(verdict.WouldSharpen);

        Assert.Equal(
            "Resistance shown to hydroxychloroquine; toy refractory disease (Toy 2020) is met. "
            + "Hydroxychloroquine: no response (toy activity 4 on 2023-07-01) at an adequate drug level. "
            + "Severe toy disease active despite an adequate, adherent trial.",
            verdict.Summary);
        Assert.Equal([ToyVerdictContributor.Trial], assessment.Citations.AsEnumerable());
    }

    [Fact]
    public void A_low_level_explains_the_failure_as_non_adherence()
    {
        var verdict = Pipeline.Evaluate(Profiles.Toy(level: 150m)).Verdict!;

        Assert.Equal(ResistanceAnswer.NotShown, verdict.Answer);
        Assert.Same(VerdictConcerns.None, verdict.Concerns);
        Assert.Equal(TherapyOutcome.NonAdherence, Assert.Single(verdict.Therapies).Outcome);
        Assert.Empty(verdict.Therapies[0].Options);
        Assert.Equal(
            "Resistance not shown. Hydroxychloroquine: no response (toy activity 4 on 2023-07-01), explained by a drug level below the toy threshold. "
            + "Severe toy disease, but no adequate, adherent trial has failed. Also: drug level below the toy threshold.",
            verdict.Summary);
    }

    [Fact]
    public void Without_a_level_it_cannot_tell_yet_and_says_the_level_would_settle_it()
    {
        var verdict = Pipeline.Evaluate(Profiles.Toy(level: null)).Verdict!;

        Assert.Equal(ResistanceAnswer.CannotTellYet, verdict.Answer);
        var need = Assert.Single(verdict.WouldSharpen);
        Assert.Equal(("a drug level", "$.drugLevels"), (need.Datum, need.Path));
        Assert.Equal(["f1"], need.Settles.AsEnumerable());
        Assert.Equal([TherapyId.Hydroxychloroquine], need.Therapies.AsEnumerable());
        Assert.Equal([OrganDomain.Systemic], need.Domains.AsEnumerable());
        Assert.Equal(
            "Cannot tell yet whether the disease resists hydroxychloroquine; undecided: toy refractory disease (Toy 2020). "
            + "Hydroxychloroquine: no response (toy activity 4 on 2023-07-01), but the drug level was never measured. "
            + "Severe toy disease, but no adequate, adherent trial has failed. Would sharpen this: a drug level.",
            verdict.Summary);
    }

    [Fact]
    public void A_response_is_not_resistance_whatever_the_level()
    {
        var patient = Profiles.Toy(level: 250m) with { Assessments = [new ToyActivity { On = new DateOnly(2023, 7, 1), Score = 1 }] };

        var verdict = Pipeline.Evaluate(patient).Verdict!;

        Assert.Equal(ResistanceAnswer.NotShown, verdict.Answer);
        Assert.Equal(TherapyOutcome.Response, Assert.Single(verdict.Therapies).Outcome);
        Assert.Empty(verdict.Therapies[0].ExplainedBy);
    }

    [Fact]
    public void The_failing_evaluator_does_not_disturb_the_verdict()
    {
        var assessment = Profiles.Pipeline(failing: true).Evaluate(Profiles.Toy(level: 250m));

        Assert.Equal(DiagnosticCodes.EvaluatorFailed, Assert.Single(assessment.Diagnostics, d => d.Severity == DiagnosticSeverity.Error).Code);
        Assert.Equal(ResistanceAnswer.Shown, assessment.Verdict!.Answer);
        SummaryTests.AssertClinicalProse(assessment.Verdict.Summary);
    }
}
