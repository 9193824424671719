using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Verdicts;

// The patient's answer: shown when any therapy or domain verdict shows resistance, otherwise cannot tell yet when any
// is undecided or nothing was judged, otherwise not shown.
public sealed class AnswerDerivationTests
{
    private const string EmptySummary = "Cannot tell yet: no registered disease module judged a therapy or a named definition for this patient.";
    private const string NothingJudgedSummary = "Cannot tell yet: no therapy course or named definition could be judged.";

    private const ResistanceAnswer S = ResistanceAnswer.Shown;
    private const ResistanceAnswer N = ResistanceAnswer.NotShown;
    private const ResistanceAnswer C = ResistanceAnswer.CannotTellYet;

    [Fact]
    public void A_patient_whose_disease_has_no_module_cannot_be_told_yet_with_the_empty_verdict_summary()
    {
        var patient = Scripted.Patient(DiseaseId.Create("unregistered")) with
        {
            Therapies = [new TherapyCourse { Therapy = TherapyId.Hydroxychloroquine, Class = TherapyClass.Antimalarial, Start = new DateOnly(2020, 1, 1) }],
        };

        var assessment = Profiles.Pipeline().Evaluate(patient);

        Assert.Contains(assessment.Diagnostics, d => d.Code == DiagnosticCodes.DiseaseNotRegistered);
        var verdict = assessment.Verdict!;
        Assert.Equal(ResistanceAnswer.CannotTellYet, verdict.Answer);
        Assert.Equal(EmptySummary, verdict.Summary);
        Assert.Same(VerdictConcerns.None, verdict.Concerns);
        Assert.Empty(verdict.Therapies);
        Assert.Empty(verdict.Domains);
        Assert.Empty(verdict.ExplainedBy);
        Assert.Empty(verdict.WouldSharpen);
    }

    [Fact]
    public void A_patient_without_any_diagnosis_gets_the_empty_verdict()
    {
        var verdict = Profiles.Pipeline().Evaluate(Profiles.Toy() with { Diagnoses = [] }).Verdict!;

        Assert.Equal(ResistanceAnswer.CannotTellYet, verdict.Answer);
        Assert.Equal(EmptySummary, verdict.Summary);
    }

    [Fact]
    public void A_module_without_a_contributor_gives_the_empty_verdict_with_its_data_needs()
    {
        var pipeline = new ResistancePipelineBuilder()
            .AddModule(new ScriptedModule(Scripted.Disease, [Scripted.Reporting([Scripted.Unknown("a drug level")])]))
            .Build();

        var verdict = pipeline.Evaluate(Scripted.Patient(Scripted.Disease), new EvaluationOptions { AsOf = Scripted.AsOf }).Verdict!;

        Assert.Equal(ResistanceAnswer.CannotTellYet, verdict.Answer);
        Assert.Equal(EmptySummary + " Would sharpen this: a drug level.", verdict.Summary);
        var need = Assert.Single(verdict.WouldSharpen);
        Assert.Equal("a drug level", need.Datum);
        Assert.Equal(["f1"], need.Settles.AsEnumerable());
        Assert.Empty(need.Therapies);
    }

    [Fact]
    public void An_invalid_profile_has_no_verdict()
    {
        var patient = Profiles.Toy() with { Therapies = [Profiles.Toy().Therapies[0] with { End = new DateOnly(2019, 1, 1) }] };

        Assert.Null(Profiles.Pipeline().Evaluate(patient).Verdict);
    }

    [Fact]
    public void A_contributor_that_judges_nothing_cannot_tell_yet()
    {
        var verdict = Scripted.Verdict(_ => { });

        Assert.Equal(ResistanceAnswer.CannotTellYet, verdict.Answer);
        Assert.Equal(NothingJudgedSummary, verdict.Summary);
        Assert.Same(VerdictConcerns.None, verdict.Concerns);
    }

    [Fact]
    public void Patient_level_explanations_alone_are_not_a_judgement()
    {
        var verdict = Scripted.Verdict([Scripted.Supported()], (_, v) => v.Explain(Scripted.Link(FindingStatus.Supported, "f1") with { Statement = "taken irregularly" }));

        Assert.Equal(ResistanceAnswer.CannotTellYet, verdict.Answer);
        Assert.Equal(NothingJudgedSummary + " Also: taken irregularly.", verdict.Summary);
    }

    // Therapy answers (up to two) and a domain answer (or none), and the patient's answer the rule gives.
    public static TheoryData<ResistanceAnswer[], ResistanceAnswer?, ResistanceAnswer> Combinations() => new()
    {
        { [S], null, S },
        { [N], null, N },
        { [C], null, C },
        { [], S, S },
        { [], N, N },
        { [], C, C },

        // Shown beats undecided beats not shown, whichever kind of verdict carries it and in whichever order.
        { [S, C], null, S },
        { [C, S], null, S },
        { [S, N], null, S },
        { [N, S], null, S },
        { [C, N], null, C },
        { [N, C], null, C },
        { [N, N], null, N },
        { [C, C], null, C },
        { [N], S, S },
        { [C], S, S },
        { [S], N, S },
        { [S], C, S },
        { [N], C, C },
        { [C], N, C },
        { [N, N], C, C },
        { [N, N], N, N },
        { [C, N], S, S },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public void The_answer_is_shown_over_undecided_over_not_shown(ResistanceAnswer[] therapies, ResistanceAnswer? domain, ResistanceAnswer expected)
    {
        TherapyId[] drugs = [TherapyId.Hydroxychloroquine, TherapyId.MycophenolateMofetil];
        var verdict = Scripted.Verdict(v =>
        {
            for (var i = 0; i < therapies.Length; i++)
            {
                v.Add(Scripted.Therapy(drugs[i], therapies[i], new DateOnly(2020 + i, 1, 1)));
            }

            if (domain is { } answer)
            {
                v.Add(Scripted.Domain(OrganDomain.Renal, answer));
            }
        });

        Assert.Equal(expected, verdict.Answer);
        Assert.Equal(therapies.Length, verdict.Therapies.Length);
        Assert.Equal(domain is null ? 0 : 1, verdict.Domains.Length);
    }

    [Fact]
    public void The_answer_follows_the_verdicts_not_the_outcomes_the_contributor_reported()
    {
        // An intolerance is not resistance; the contributor says so with the answer, and the core reads only the answer.
        var verdict = Scripted.Verdict(v => v.Add(Scripted.Therapy(TherapyId.Azathioprine, ResistanceAnswer.NotShown) with { Outcome = TherapyOutcome.Intolerance }));

        Assert.Equal(ResistanceAnswer.NotShown, verdict.Answer);
        Assert.Equal(TherapyOutcome.Intolerance, Assert.Single(verdict.Therapies).Outcome);
    }
}
