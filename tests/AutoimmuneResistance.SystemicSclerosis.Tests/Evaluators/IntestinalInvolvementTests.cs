namespace AutoimmuneResistance.SystemicSclerosis.Tests.Evaluators;

// Intestinal inflammation (a raised faecal calprotectin) with oral mycophenolate mofetil: lower mycophenolic acid
// exposure in SSc (Andréasson 2020). One finding per oral mycophenolate mofetil course; silent when not recorded.
public sealed class IntestinalInvolvementTests
{
    private static Finding? Finding(ResistanceAssessment assessment) =>
        assessment.Findings.SingleOrDefault(f => f.Mechanism == SscMechanisms.IntestinalInvolvement);

    [Theory]
    [InlineData("true", FindingStatus.Supported)]
    [InlineData("false", FindingStatus.NotSupported)]
    public void A_raised_faecal_calprotectin_with_oral_mycophenolate_is_flagged(string raised, FindingStatus expected)
    {
        var finding = Finding(DamageVersusActivityTests.Evaluate(new DamageVersusActivityTests.Case { Calprotectin = raised }))!;

        Assert.Equal(expected, finding.Status);
        Assert.Equal(TherapyId.MycophenolateMofetil, finding.Therapy);
        Assert.Equal("$.therapies[0]", finding.Course);
        Assert.Equal(["$.diagnoses[0].features", "$.therapies[0]"], finding.Facts.ToArray());
        Assert.Contains(finding.Citations, c => c.Doi == "10.1186/s13075-020-02323-8");
        Assert.Equal(expected == FindingStatus.Supported, finding.Summary.Contains("median 99 against 127 mg·h/L", StringComparison.Ordinal));
    }

    [Fact]
    public void Not_recorded_or_without_mycophenolate_the_rule_is_silent()
    {
        Assert.Null(Finding(DamageVersusActivityTests.Evaluate(new DamageVersusActivityTests.Case())));
        Assert.Null(Finding(DamageVersusActivityTests.Evaluate(new DamageVersusActivityTests.Case { Calprotectin = "true", Start = "2024-02-01" })));
    }

    [Fact]
    public void The_mycophenolate_verdict_after_a_non_response_names_the_intestinal_inflammation()
    {
        // The late, inactive, stable skin case with a raised faecal calprotectin: both explanations are linked.
        var assessment = DamageVersusActivityTests.Evaluate(new DamageVersusActivityTests.Case { Calprotectin = "true" });

        var mmf = Assert.Single(assessment.Verdict!.Therapies);
        Assert.Equal(TherapyOutcome.PrimaryNonResponse, mmf.Outcome);
        Assert.EndsWith("; intestinal inflammation is on record, which in SSc went with lower mycophenolic acid exposure, so low drug exposure may contribute; a mycophenolic acid area under the curve would show it.", mmf.Statement, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Supported, Assert.Single(mmf.ExplainedBy, l => l.Mechanism == SscMechanisms.IntestinalInvolvement).Status);
        Assert.DoesNotContain(assessment.Verdict.ExplainedBy, l => l.Mechanism == SscMechanisms.IntestinalInvolvement);
    }

    [Fact]
    public void A_responding_therapy_carries_no_intestinal_link()
    {
        // mRSS 24 -> 18 on mycophenolate mofetil: a response, nothing to explain.
        var assessment = DamageVersusActivityTests.Evaluate(new DamageVersusActivityTests.Case { Calprotectin = "true", Mrss = [("2023-01-01", 24), ("2024-01-01", 18)] });

        var mmf = Assert.Single(assessment.Verdict!.Therapies);
        Assert.Equal(TherapyOutcome.Response, mmf.Outcome);
        Assert.DoesNotContain(mmf.ExplainedBy, l => l.Mechanism == SscMechanisms.IntestinalInvolvement);
        Assert.Equal(FindingStatus.Supported, Finding(assessment)!.Status);
    }
}
