namespace AutoimmuneResistance.Tests.Verdicts;

// The data that would sharpen the verdict: the gaps of the unknown findings, one need per test code (or, without a
// code, per datum and path), with the findings each would decide and the undecided verdicts it would settle; the most
// useful first.
public sealed class DataNeedTests
{
    private static readonly ClinicalCode LevelTest = ClinicalCode.Loinc("95921-3");
    private static readonly ClinicalCode OtherTest = ClinicalCode.Loinc("2160-0");

    [Fact]
    public void Gaps_naming_the_same_test_are_one_need_under_the_first_wording()
    {
        var verdict = Scripted.Verdict(
            [
                Scripted.Unknown("whole-blood hydroxychloroquine level", LevelTest, "$.drugLevels"),
                Scripted.Supported(),
                Scripted.Unknown("a hydroxychloroquine level in whole blood", ClinicalCode.Loinc("95921-3", "Hydroxychloroquine [Mass/volume] in Blood"), "$.somewhereElse"),
            ],
            (_, _) => { });

        var need = Assert.Single(verdict.WouldSharpen);
        Assert.Equal("whole-blood hydroxychloroquine level", need.Datum);
        Assert.Equal(LevelTest.Code, need.Test?.Code);
        Assert.Equal("$.drugLevels", need.Path);
        Assert.Equal(["f1", "f3"], need.Settles.AsEnumerable());
    }

    [Fact]
    public void Different_test_codes_are_different_needs_even_for_the_same_words()
    {
        var verdict = Scripted.Verdict([Scripted.Unknown("a blood test", LevelTest), Scripted.Unknown("a blood test", OtherTest)], (_, _) => { });

        Assert.Equal(["f1", "f2"], verdict.WouldSharpen.Select(n => string.Join(' ', n.Settles)));
    }

    [Fact]
    public void Without_a_code_the_same_datum_at_the_same_path_is_one_need()
    {
        var verdict = Scripted.Verdict(
            [
                Scripted.Unknown("a refill record", path: "$.refillAdherence"),
                Scripted.Unknown("a refill record", path: "$.refillAdherence"),
                Scripted.Unknown("a refill record", path: "$.other"),
                Scripted.Unknown("a refill record"),
                Scripted.Unknown("a refill record"),
                Scripted.Unknown("a refill record", LevelTest, "$.refillAdherence"),
            ],
            (_, _) => { });

        Assert.Equal(
            ["$.refillAdherence: f1 f2", "(no path): f4 f5", "$.other: f3", "$.refillAdherence LOINC: f6"],
            verdict.WouldSharpen.Select(n => $"{n.Path ?? "(no path)"}{(n.Test is null ? "" : " LOINC")}: {string.Join(' ', n.Settles)}"));
    }

    [Fact]
    public void Decided_findings_raise_no_need()
    {
        var verdict = Scripted.Verdict([Scripted.Supported(), Scripted.NotSupported()], (_, _) => { });

        Assert.Empty(verdict.WouldSharpen);
    }

    [Fact]
    public void A_need_settles_the_undecided_verdicts_that_refer_to_its_finding_directly()
    {
        var verdict = Scripted.Verdict([Scripted.Unknown("a drug level")], (_, v) =>
        {
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.CannotTellYet, new DateOnly(2020, 1, 1), findings: ["f1"]));
            v.Add(Scripted.Domain(OrganDomain.Systemic, ResistanceAnswer.CannotTellYet, findings: ["f1"]));
        });

        var need = Assert.Single(verdict.WouldSharpen);
        Assert.Equal([TherapyId.Hydroxychloroquine], need.Therapies.AsEnumerable());
        Assert.Equal([OrganDomain.Systemic], need.Domains.AsEnumerable());
    }

    [Fact]
    public void A_need_settles_the_undecided_verdicts_that_refer_to_its_finding_through_an_explanation()
    {
        var verdict = Scripted.Verdict([Scripted.NotSupported(), Scripted.Unknown("a drug level")], (_, v) =>
        {
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.CannotTellYet, new DateOnly(2020, 1, 1), findings: ["f1"], explainedBy: [Scripted.Link(FindingStatus.Unknown, "f2")]));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.CannotTellYet, explainedBy: [Scripted.Link(FindingStatus.Unknown, "f2")]));
        });

        var need = Assert.Single(verdict.WouldSharpen);
        Assert.Equal([TherapyId.Hydroxychloroquine], need.Therapies.AsEnumerable());
        Assert.Equal([OrganDomain.Renal], need.Domains.AsEnumerable());
    }

    [Fact]
    public void A_decided_verdict_is_never_settled_by_a_need_even_when_it_refers_to_the_finding()
    {
        var verdict = Scripted.Verdict([Scripted.Unknown("a drug level")], (_, v) =>
        {
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.Shown, new DateOnly(2020, 1, 1), findings: ["f1"]));
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, new DateOnly(2019, 1, 1), explainedBy: [Scripted.Link(FindingStatus.Unknown, "f1")]));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.Shown, findings: ["f1"]));
            v.Add(Scripted.Domain(OrganDomain.Skin, ResistanceAnswer.NotShown, explainedBy: [Scripted.Link(FindingStatus.Unknown, "f1")]));
        });

        var need = Assert.Single(verdict.WouldSharpen);
        Assert.Empty(need.Therapies);
        Assert.Empty(need.Domains);
        Assert.Equal(["f1"], need.Settles.AsEnumerable());
    }

    [Fact]
    public void An_undecided_verdict_that_does_not_refer_to_the_finding_is_not_settled_by_it()
    {
        var verdict = Scripted.Verdict([Scripted.Unknown("a drug level"), Scripted.Unknown("a biopsy")], (_, v) =>
        {
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.CannotTellYet, new DateOnly(2020, 1, 1), findings: ["f1"]));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.CannotTellYet, findings: ["f2"]));
        });

        var level = Assert.Single(verdict.WouldSharpen, n => n.Datum == "a drug level");
        var biopsy = Assert.Single(verdict.WouldSharpen, n => n.Datum == "a biopsy");
        Assert.Equal([TherapyId.Hydroxychloroquine], level.Therapies.AsEnumerable());
        Assert.Empty(level.Domains);
        Assert.Empty(biopsy.Therapies);
        Assert.Equal([OrganDomain.Renal], biopsy.Domains.AsEnumerable());
    }

    [Fact]
    public void A_therapy_judged_twice_is_settled_once()
    {
        var verdict = Scripted.Verdict([Scripted.Unknown("a drug level")], (_, v) =>
        {
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.CannotTellYet, new DateOnly(2020, 1, 1), findings: ["f1"]));
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.CannotTellYet, new DateOnly(2020, 1, 1), findings: ["f1"]) with { Disease = DiseaseId.Create("other") });
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.CannotTellYet, "one", findings: ["f1"]));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.CannotTellYet, "another", findings: ["f1"]));
        });

        var need = Assert.Single(verdict.WouldSharpen);
        Assert.Equal([TherapyId.Rituximab], need.Therapies.AsEnumerable());
        Assert.Equal([OrganDomain.Renal], need.Domains.AsEnumerable());
    }

    [Fact]
    public void The_most_useful_need_comes_first_verdicts_settled_then_findings_decided_then_finding_order()
    {
        var verdict = Scripted.Verdict(
            [
                Scripted.Unknown("first, deciding one finding"),               // f1
                Scripted.Unknown("second, deciding two findings"),             // f2
                Scripted.Unknown("second, deciding two findings"),             // f3
                Scripted.Unknown("settling one verdict"),                      // f4
                Scripted.Unknown("settling two verdicts"),                     // f5
                Scripted.Unknown("last, deciding one finding"),                // f6
                Scripted.Unknown("settling one verdict, deciding two findings"), // f7
                Scripted.Unknown("settling one verdict, deciding two findings"), // f8
            ],
            (_, v) =>
            {
                v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.CannotTellYet, new DateOnly(2019, 1, 1), findings: ["f4"]));
                v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.CannotTellYet, new DateOnly(2020, 1, 1), findings: ["f5"]));
                v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.CannotTellYet, explainedBy: [Scripted.Link(FindingStatus.Unknown, "f5")]));
                v.Add(Scripted.Domain(OrganDomain.Skin, ResistanceAnswer.CannotTellYet, findings: ["f8"]));
            });

        Assert.Equal(
            [
                "settling two verdicts",
                "settling one verdict, deciding two findings",
                "settling one verdict",
                "second, deciding two findings",
                "first, deciding one finding",
                "last, deciding one finding",
            ],
            verdict.WouldSharpen.Select(n => n.Datum));
    }

    [Fact]
    public void Needs_are_collected_from_every_evaluator_including_those_of_another_disease()
    {
        var other = DiseaseId.Create("other");
        var pipeline = new ResistancePipelineBuilder()
            .AddModule(new TestModule.ScriptedModule(Scripted.Disease, [Scripted.Reporting([Scripted.Unknown("a drug level")])], [new TestModule.ScriptedContributor(Scripted.Disease, (_, _, _) => { })]))
            .AddModule(new TestModule.ScriptedModule(other, [Scripted.Reporting([Finding.Unknown(EvaluatorId.Create("other.findings"), Scripted.Exposure, RuleId.Create("other.rule"), "Unknown.", EvidenceGrade.ExpertOpinion, new DataGap { Datum = "a smoking history" })], other, EvaluatorId.Create("other.findings"))]))
            .Build();

        var verdict = pipeline.Evaluate(Scripted.Patient(Scripted.Disease, other), new EvaluationOptions { AsOf = Scripted.AsOf }).Verdict!;

        Assert.Equal(["a smoking history", "a drug level"], verdict.WouldSharpen.Select(n => n.Datum));
    }
}
