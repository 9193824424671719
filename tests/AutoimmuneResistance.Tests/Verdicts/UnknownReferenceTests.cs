namespace AutoimmuneResistance.Tests.Verdicts;

// AIR1207: a verdict refers to findings by id only, and the pipeline checks every id. A reference the assessment does
// not hold is dropped, with an error naming it; the verdict itself and its other references stand.
public sealed class UnknownReferenceTests
{
    private static readonly Finding[] TwoFindings = [Scripted.Supported(), Scripted.Unknown("a drug level")];

    [Theory]
    [InlineData("f3")]
    [InlineData("f0")]
    [InlineData("f-1")]
    [InlineData("f01")]
    [InlineData("F1")]
    [InlineData("f1 ")]
    [InlineData("f")]
    [InlineData("")]
    [InlineData("finding-1")]
    [InlineData("f99999999999999999999")]
    public void A_reference_the_assessment_does_not_hold_is_dropped_with_an_error(string id)
    {
        var assessment = Scripted.Evaluate(TwoFindings, (_, v) =>
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, new DateOnly(2020, 1, 1), findings: ["f1", id, "f2"])));

        var error = Assert.Single(assessment.Diagnostics);
        Assert.Equal(DiagnosticCodes.VerdictReferenceUnknown, error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
        Assert.Equal(["f1", "f2"], Assert.Single(assessment.Verdict!.Therapies).Findings.AsEnumerable());
    }

    [Fact]
    public void Every_place_a_verdict_refers_to_a_finding_is_checked()
    {
        var assessment = Scripted.Evaluate(TwoFindings, (_, v) =>
        {
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.Shown, findings: ["f1", "t-findings"], explainedBy: [Scripted.Link(FindingStatus.Unknown, "t-link", "f2")]) with
            {
                Courses =
                [
                    new CourseOutcome { Course = "$.therapies[0]", Start = new DateOnly(2020, 1, 1), Outcome = TherapyOutcome.Response, Finding = "f1" },
                    new CourseOutcome { Course = "$.therapies[1]", Start = new DateOnly(2021, 1, 1), Outcome = TherapyOutcome.PrimaryNonResponse, Finding = "t-course" },
                ],
            });
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.Shown, findings: ["d-findings", "f2"], explainedBy: [Scripted.Link(FindingStatus.Supported, "f1", "d-link")]));
            v.Explain(Scripted.Link(FindingStatus.Supported, "p-link", "f1"));
        });

        Assert.All(assessment.Diagnostics, d => Assert.Equal(DiagnosticCodes.VerdictReferenceUnknown, d.Code));
        Assert.Equal(
            ["t-findings", "t-link", "t-course", "d-findings", "d-link", "p-link"],
            assessment.Diagnostics.Select(d => d.Message.Split('\'')[1]));

        var verdict = assessment.Verdict!;
        var therapy = Assert.Single(verdict.Therapies);
        Assert.Equal(["f1"], therapy.Findings.AsEnumerable());
        Assert.Equal(["f2"], Assert.Single(therapy.ExplainedBy).Findings.AsEnumerable());
        Assert.Equal(["f1", null], therapy.Courses.Select(c => c.Finding));
        Assert.Equal(["$.therapies[0]", "$.therapies[1]"], therapy.Courses.Select(c => c.Course));
        var domain = Assert.Single(verdict.Domains);
        Assert.Equal(["f2"], domain.Findings.AsEnumerable());
        Assert.Equal(["f1"], Assert.Single(domain.ExplainedBy).Findings.AsEnumerable());
        Assert.Equal(["f1"], Assert.Single(verdict.ExplainedBy).Findings.AsEnumerable());

        // The verdict itself stands: a bad reference does not change the answer.
        Assert.Equal(ResistanceAnswer.Shown, verdict.Answer);
    }

    [Fact]
    public void A_reference_to_a_finding_dropped_with_its_failed_evaluator_is_unknown()
    {
        // The contributor holds on to an id it computed rather than read: the id past the last finding is unknown.
        var assessment = Scripted.Evaluate([Scripted.Supported()], (findings, v) =>
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.NotShown, findings: ["f" + (findings.Count + 1)])));

        Assert.Equal(DiagnosticCodes.VerdictReferenceUnknown, Assert.Single(assessment.Diagnostics).Code);
        Assert.Empty(Assert.Single(assessment.Verdict!.Therapies).Findings);
    }

    [Fact]
    public void A_dropped_reference_no_longer_settles_a_verdict()
    {
        var assessment = Scripted.Evaluate(TwoFindings, (_, v) =>
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.CannotTellYet, new DateOnly(2020, 1, 1), findings: ["f9"])));

        var need = Assert.Single(assessment.Verdict!.WouldSharpen);
        Assert.Empty(need.Therapies);
    }

    [Fact]
    public void A_long_unknown_reference_is_shortened_in_the_message()
    {
        var id = new string('x', 10_000);

        var assessment = Scripted.Evaluate([], (_, v) => v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.NotShown, findings: [id])));

        var error = Assert.Single(assessment.Diagnostics);
        Assert.True(error.Message.Length < 500, error.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
