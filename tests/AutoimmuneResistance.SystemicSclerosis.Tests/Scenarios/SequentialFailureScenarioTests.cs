using AutoimmuneResistance.SystemicSclerosis.Tests.Evaluators;
using Xunit.Abstractions;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Scenarios;

// End to end through the pipeline: interstitial lung disease progressed on mycophenolate mofetil (FVC 80 -> 70 %,
// 12.5 %) and then on rituximab (70 -> 62 %, 11.4 %), both taken (refills 95 % of days). The verdict shows resistance to
// both, links the failure across mechanism classes to each, and its summary names the drugs and their classes.
public sealed class SequentialFailureScenarioTests(ITestOutputHelper output)
{
    [Fact]
    public void Mycophenolate_then_rituximab_failing_in_the_lung_reads_as_a_signal_of_redundant_pathways()
    {
        var assessment = SequentialFailureTests.Evaluate(SequentialFailureTests.Profile());
        var verdict = assessment.Verdict!;
        output.WriteLine(verdict.Summary);

        var finding = Assert.Single(assessment.Findings, f => f.Mechanism == SscMechanisms.SequentialFailureAcrossClasses);
        Assert.Equal(ResistanceAnswer.Shown, verdict.Answer);
        Assert.Equal([TherapyId.MycophenolateMofetil, TherapyId.Rituximab], verdict.Therapies.Select(t => t.Therapy));
        Assert.All(verdict.Therapies, t =>
        {
            Assert.Equal(ResistanceAnswer.Shown, t.Resistance);
            var link = Assert.Single(t.ExplainedBy, l => l.Mechanism == SscMechanisms.SequentialFailureAcrossClasses);
            Assert.Equal(FindingStatus.Supported, link.Status);
            Assert.Equal(finding.Id, Assert.Single(link.Findings));
            Assert.Equal("Failure across mechanism classes", link.Title);
        });

        var patient = Assert.Single(verdict.ExplainedBy, l => l.Mechanism == SscMechanisms.SequentialFailureAcrossClasses);
        Assert.Equal(
            "failure of mycophenolate mofetil and rituximab, drugs of different mechanism classes (an antimetabolite; B-cell depletion), a signal that redundant disease pathways are at work rather than a proof",
            patient.Statement);
        Assert.StartsWith("Resistance shown to mycophenolate mofetil and rituximab.", verdict.Summary, StringComparison.Ordinal);
        Assert.Contains(
            "Also: failure of mycophenolate mofetil and rituximab, drugs of different mechanism classes (an antimetabolite; B-cell depletion), a signal that redundant disease pathways are at work rather than a proof",
            verdict.Summary,
            StringComparison.Ordinal);
        Assert.DoesNotContain("ssc.", verdict.Summary, StringComparison.Ordinal);

        // The options after rituximab's failure flag the therapies already tried.
        var rituximab = verdict.Therapies[1];
        Assert.Contains(TreatmentOptionTag.AlreadyTried, Assert.Single(rituximab.Options, o => o.Key == "ssc.ild.rituximab").Flags);
    }

    [Fact]
    public void With_tocilizumab_refills_missing_the_verdict_cannot_tell_yet_and_asks_for_them()
    {
        var assessment = SequentialFailureTests.Evaluate(SequentialFailureTests.Profile(second: "tocilizumab", secondPdc: null));
        var verdict = assessment.Verdict!;
        output.WriteLine(verdict.Summary);

        var tocilizumab = Assert.Single(verdict.Therapies, t => t.Therapy == TherapyId.Tocilizumab);
        Assert.Equal(ResistanceAnswer.CannotTellYet, tocilizumab.Resistance);
        Assert.Equal(FindingStatus.Unknown, Assert.Single(tocilizumab.ExplainedBy, l => l.Mechanism == SscMechanisms.SequentialFailureAcrossClasses).Status);
        Assert.Null(Assert.Single(verdict.ExplainedBy, l => l.Mechanism == SscMechanisms.SequentialFailureAcrossClasses).Statement);
        Assert.DoesNotContain("different mechanism classes", verdict.Summary, StringComparison.Ordinal);
        Assert.Contains(verdict.WouldSharpen, n => n.Datum == "refill records (proportion of days covered) for tocilizumab" && n.Therapies.Contains(TherapyId.Tocilizumab));
    }

    [Fact]
    public void Rituximab_infusions_need_no_refill_records_and_the_statement_says_how_it_was_taken()
    {
        var assessment = SequentialFailureTests.Evaluate(SequentialFailureTests.Profile(secondPdc: null));
        var verdict = assessment.Verdict!;
        output.WriteLine(verdict.Summary);

        var rituximab = Assert.Single(verdict.Therapies, t => t.Therapy == TherapyId.Rituximab);
        Assert.Equal(ResistanceAnswer.Shown, rituximab.Resistance);
        Assert.Contains("although its doses were given in clinic, a non-response of the lung", rituximab.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain(verdict.WouldSharpen, n => n.Datum.Contains("rituximab", StringComparison.Ordinal));
    }
}
