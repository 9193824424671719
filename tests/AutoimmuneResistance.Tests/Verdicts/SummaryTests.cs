using System.Text.RegularExpressions;

namespace AutoimmuneResistance.Tests.Verdicts;

// The summary a clinician-researcher reads in ten seconds: a lead sentence per answer, at most three verdict
// statements, at most two supported patient-level explanations, and the most useful datum to collect.
public sealed partial class SummaryTests
{
    private static readonly DateOnly Y2019 = new(2019, 1, 1);
    private static readonly DateOnly Y2020 = new(2020, 1, 1);
    private static readonly DateOnly Y2021 = new(2021, 1, 1);
    private static readonly DateOnly Y2022 = new(2022, 1, 1);

    [Fact]
    public void Resistance_shown_to_therapies_names_them_in_mid_sentence_and_gives_their_statements()
    {
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.Shown, Y2021));
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, Y2019));
            v.Add(Scripted.Therapy(TherapyId.MycophenolateMofetil, ResistanceAnswer.Shown, Y2020));
        });

        Assert.Equal(
            "Resistance shown to mycophenolate mofetil and rituximab. Mycophenolate mofetil: resistance shown. Rituximab: resistance shown.",
            verdict.Summary);
    }

    [Fact]
    public void Resistance_shown_under_a_definition_alone_says_it_is_met()
    {
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, Y2019));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.Shown, "Refractory lupus nephritis (Example 2022)"));
        });

        // A definition is written as the contributor named it, capitals included.
        Assert.Equal("Resistance shown: Refractory lupus nephritis (Example 2022) is met. The renal definition: resistance shown.", verdict.Summary);
    }

    [Fact]
    public void Resistance_shown_to_therapies_and_under_definitions_gives_both()
    {
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.Shown, Y2021));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.Shown, "refractory renal disease (Example 2022)"));
            v.Add(Scripted.Domain(OrganDomain.Systemic, ResistanceAnswer.Shown, "severe refractory disease (Example 2025)"));
        });

        Assert.StartsWith(
            "Resistance shown to rituximab; refractory renal disease (Example 2022) and severe refractory disease (Example 2025) are met. Rituximab: resistance shown.",
            verdict.Summary,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Cannot_tell_yet_names_the_undecided_therapies_and_definitions()
    {
        var therapies = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Belimumab, ResistanceAnswer.CannotTellYet, Y2021));
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, Y2019));
        });
        var definitions = Scripted.Verdict(v => v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.CannotTellYet, "refractory renal disease (Example 2022)")));
        var both = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Belimumab, ResistanceAnswer.CannotTellYet, Y2021));
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.CannotTellYet, "refractory renal disease (Example 2022)"));
        });

        Assert.Equal("Cannot tell yet whether the disease resists belimumab. Belimumab: not yet decidable.", therapies.Summary);
        Assert.Equal(
            "Cannot tell yet whether the disease resists treatment; undecided: refractory renal disease (Example 2022). The renal definition: not yet decidable.",
            definitions.Summary);
        Assert.StartsWith("Cannot tell yet whether the disease resists belimumab; undecided: refractory renal disease (Example 2022). ", both.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_shown_gives_the_statements_of_every_verdict()
    {
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, Y2019) with { Statement = "Hydroxychloroquine: responded." });
            v.Add(Scripted.Therapy(TherapyId.Azathioprine, ResistanceAnswer.NotShown, Y2020) with { Statement = "Azathioprine: stopped for an adverse event." });
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.NotShown) with { Statement = "No refractory nephritis." });
        });

        Assert.Equal("Resistance not shown. Hydroxychloroquine: responded. Azathioprine: stopped for an adverse event. No refractory nephritis.", verdict.Summary);
    }

    [Fact]
    public void At_most_three_statements_are_given_therapies_first_in_time_order()
    {
        var verdict = Scripted.Verdict(v =>
        {
            v.Add(Scripted.Domain(OrganDomain.Renal, ResistanceAnswer.Shown, "refractory renal disease (Example 2022)"));
            v.Add(Scripted.Therapy(TherapyId.Tacrolimus, ResistanceAnswer.Shown, Y2022));
            v.Add(Scripted.Therapy(TherapyId.Rituximab, ResistanceAnswer.Shown, Y2021));
            v.Add(Scripted.Therapy(TherapyId.MycophenolateMofetil, ResistanceAnswer.Shown, Y2020));
            v.Add(Scripted.Therapy(TherapyId.Cyclophosphamide, ResistanceAnswer.Shown, Y2019));
        });

        Assert.Equal(
            "Resistance shown to cyclophosphamide, mycophenolate mofetil, rituximab and tacrolimus; refractory renal disease (Example 2022) is met. "
            + "Cyclophosphamide: resistance shown. Mycophenolate mofetil: resistance shown. Rituximab: resistance shown.",
            verdict.Summary);
    }

    [Fact]
    public void At_most_two_supported_explanations_with_statements_are_given()
    {
        var verdict = Scripted.Verdict(
            [Scripted.Supported(), Scripted.Unknown("a drug level")],
            (_, v) =>
            {
                v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.NotShown, Y2019));
                v.Explain(Scripted.Link(FindingStatus.Unknown, "f2") with { Statement = "adherence unknown" });
                v.Explain(Scripted.Link(FindingStatus.Supported, "f1"));
                v.Explain(Scripted.Link(FindingStatus.Supported, "f1") with { Statement = "glucocorticoid dependence: above 5 mg/day at 3 of 3 visits" });
                v.Explain(Scripted.Link(FindingStatus.NotSupported, "f1") with { Statement = "not a smoker" });
                v.Explain(Scripted.Link(FindingStatus.Supported, "f1") with { Statement = "not at target at 4 of 4 visits" });
                v.Explain(Scripted.Link(FindingStatus.Supported, "f1") with { Statement = "a third supported explanation" });
            });

        Assert.Equal(
            "Resistance not shown. Hydroxychloroquine: responded. Also: glucocorticoid dependence: above 5 mg/day at 3 of 3 visits; not at target at 4 of 4 visits. "
            + "Would sharpen this: a drug level.",
            verdict.Summary);
    }

    [Fact]
    public void The_top_data_need_is_given_with_how_many_more_there_are()
    {
        var verdict = Scripted.Verdict(
            [Scripted.Unknown("a smoking history"), Scripted.Unknown("a whole-blood drug level"), Scripted.Unknown("a refill record")],
            (_, v) => v.Add(Scripted.Therapy(TherapyId.Hydroxychloroquine, ResistanceAnswer.CannotTellYet, Y2019, findings: ["f2"])));

        Assert.Equal(
            "Cannot tell yet whether the disease resists hydroxychloroquine. Hydroxychloroquine: not yet decidable. Would sharpen this: a whole-blood drug level (and 2 more).",
            verdict.Summary);
    }

    [Fact]
    public void Nothing_judged_still_names_the_top_data_need()
    {
        var verdict = Scripted.Verdict([Scripted.Unknown("a drug level"), Scripted.Unknown("a biopsy")], (_, _) => { });

        Assert.Equal("Cannot tell yet: no therapy course or named definition could be judged. Would sharpen this: a drug level (and 1 more).", verdict.Summary);
    }

    [Theory]
    [InlineData("Hydroxychloroquine", "hydroxychloroquine")]
    [InlineData("Mycophenolate mofetil", "mycophenolate mofetil")]
    [InlineData("Autologous haematopoietic stem-cell transplantation", "autologous haematopoietic stem-cell transplantation")]
    [InlineData("Anti-CD20 antibody", "anti-CD20 antibody")]
    [InlineData("CD19 CAR-T cell therapy", "CD19 CAR-T cell therapy")]
    [InlineData("JAK inhibitor", "JAK inhibitor")]
    [InlineData("IL-6 receptor antagonist", "IL-6 receptor antagonist")]
    [InlineData("B-cell depletion", "B-cell depletion")]
    [InlineData("IgG replacement", "IgG replacement")]
    [InlineData("Th17 blockade", "Th17 blockade")]
    [InlineData("Hydroxychloroquine/chloroquine", "hydroxychloroquine/chloroquine")]
    [InlineData("IVIg", "IVIg")]
    [InlineData("tocilizumab", "tocilizumab")]
    public void A_therapy_name_is_lower_cased_in_mid_sentence_unless_it_starts_with_an_abbreviation(string name, string inSentence)
    {
        var verdict = Scripted.Verdict(v => v.Add(Scripted.Therapy(TherapyId.Create("scripted.drug"), ResistanceAnswer.Shown, Y2020, name)));

        Assert.StartsWith($"Resistance shown to {inSentence}. ", verdict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_never_names_a_code_identifier_or_a_csharp_name()
    {
        var custom = TherapyId.Create("scripted.custom-drug");
        ResistanceVerdict[] verdicts =
        [
            Scripted.Verdict(
                [Scripted.Unknown("a drug level", ClinicalCode.Loinc("95921-3"), "$.drugLevels"), Scripted.Supported()],
                (_, v) =>
                {
                    v.Add(Scripted.Therapy(custom, ResistanceAnswer.Shown, Y2019, "Custom drug"));
                    v.Add(Scripted.Therapy(TherapyId.MycophenolateMofetil, ResistanceAnswer.CannotTellYet, Y2020, findings: ["f1"]));
                    v.Add(Scripted.Domain(OrganDomain.PulmonaryVascular, ResistanceAnswer.Shown, "refractory pulmonary hypertension (Example 2023)"));
                    v.Explain(new MechanismLink { Mechanism = Scripted.Adherence, Status = FindingStatus.Supported, Findings = ["f1"], Statement = "taken irregularly" });
                }),
            Scripted.Verdict([Scripted.Unknown("a drug level")], (_, v) => v.Add(Scripted.Therapy(custom, ResistanceAnswer.CannotTellYet, Y2019, "Custom drug", findings: ["f1"]))),
            Scripted.Verdict(v => v.Add(Scripted.Domain(OrganDomain.PulmonaryVascular, ResistanceAnswer.CannotTellYet, "refractory pulmonary hypertension (Example 2023)"))),
            Scripted.Verdict(v => v.Add(Scripted.Therapy(custom, ResistanceAnswer.NotShown, Y2019, "Custom drug"))),
            Scripted.Verdict(_ => { }),
            new ResistancePipelineBuilder().Build().Evaluate(Scripted.Patient(Scripted.Disease), new EvaluationOptions { AsOf = Scripted.AsOf }).Verdict!,
        ];

        Assert.All(verdicts, verdict => AssertClinicalProse(verdict.Summary));
    }

    internal static void AssertClinicalProse(string summary)
    {
        Assert.DoesNotMatch(CodeIdentifier(), summary);
        Assert.DoesNotMatch(CSharpName(), summary);
        Assert.DoesNotContain("$.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("AutoimmuneResistance", summary, StringComparison.Ordinal);
        foreach (var name in Enum.GetNames<ResistanceAnswer>().Concat(Enum.GetNames<TherapyOutcome>()).Concat(Enum.GetNames<FindingStatus>()))
        {
            Assert.DoesNotContain(name, summary, StringComparison.Ordinal);
        }
    }

    // "sle.x", "core.non-adherence", "scripted.custom-drug": dotted lower-case identifiers.
    [GeneratedRegex(@"\b[a-z][a-z0-9_-]*\.[a-z][a-z0-9_-]*")]
    private static partial Regex CodeIdentifier();

    // "TherapyVerdict", "CannotTellYet", "ImmutableArray`1", "System.String": compound Pascal-case names.
    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][a-z]+|`\d|\bSystem\.")]
    private static partial Regex CSharpName();
}
