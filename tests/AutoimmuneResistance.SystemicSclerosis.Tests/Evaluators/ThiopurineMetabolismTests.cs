using Xunit.Abstractions;

namespace AutoimmuneResistance.SystemicSclerosis.Tests.Evaluators;

// Worked examples of TPMT / NUDT15 and azathioprine (CPIC, Relling 2019 with the March 2024 update), by hand: a poor
// metabolizer for either gene, consider another immunosuppressant; intermediate (or possible intermediate) for both,
// 20-50 % of the normal starting dose; for one, 30-80 %; normal (or the pre-2017 "extensive") for both, the normal dose.
// The base patient: azathioprine from 2021-01-01 (first course of SequentialFailureTests' patient), rituximab from 2023.
public sealed class ThiopurineMetabolismTests(ITestOutputHelper output)
{
    private static string WithGenotypes(string profile, params (string Gene, string Phenotype, string On)[] genotypes) =>
        profile[..^1] + ",\"genotypes\":[" + string.Join(",", genotypes.Select(g => "{\"gene\":\"" + g.Gene + "\",\"phenotype\":\"" + g.Phenotype + "\",\"on\":\"" + g.On + "\"}")) + "]}";

    private static Finding? Thiopurine(ResistanceAssessment assessment) =>
        assessment.Findings.SingleOrDefault(f => f.Mechanism == SscMechanisms.ThiopurineMetabolism);

    private static Finding Evaluate(string? tpmt, string? nudt15)
    {
        var genotypes = new List<(string, string, string)>();
        if (tpmt is not null)
        {
            genotypes.Add(("TPMT", tpmt, "2020-06-01"));
        }

        if (nudt15 is not null)
        {
            genotypes.Add(("NUDT15", nudt15, "2020-06-01"));
        }

        return Thiopurine(SequentialFailureTests.Evaluate(WithGenotypes(SequentialFailureTests.Profile(first: "azathioprine"), [.. genotypes])))!;
    }

    [Theory]
    [InlineData("normal-metabolizer", "normal-metabolizer", "ssc.pgx.thiopurine.normal", FindingStatus.NotSupported)]
    [InlineData("extensive-metabolizer", "normal-metabolizer", "ssc.pgx.thiopurine.normal", FindingStatus.NotSupported)] // the pre-2017 term
    [InlineData("intermediate-metabolizer", "normal-metabolizer", "ssc.pgx.thiopurine.one-intermediate", FindingStatus.Supported)]
    [InlineData("normal-metabolizer", "possible-intermediate-metabolizer", "ssc.pgx.thiopurine.one-intermediate", FindingStatus.Supported)]
    [InlineData("intermediate-metabolizer", "possible-intermediate-metabolizer", "ssc.pgx.thiopurine.both-intermediate", FindingStatus.Supported)]
    [InlineData("poor-metabolizer", null, "ssc.pgx.thiopurine.poor-metabolizer", FindingStatus.Supported)] // poor decides even with NUDT15 missing
    [InlineData("normal-metabolizer", "poor-metabolizer", "ssc.pgx.thiopurine.poor-metabolizer", FindingStatus.Supported)]
    [InlineData(null, "normal-metabolizer", "ssc.pgx.thiopurine.genotype-missing", FindingStatus.Unknown)]
    [InlineData("indeterminate", "normal-metabolizer", "ssc.pgx.thiopurine.genotype-missing", FindingStatus.Unknown)]
    [InlineData("normal-metabolizer", "indeterminate", "ssc.pgx.thiopurine.genotype-missing", FindingStatus.Unknown)]
    [InlineData("rapid-metabolizer", "normal-metabolizer", "ssc.pgx.thiopurine.genotype-missing", FindingStatus.Unknown)] // not a term of CPIC's thiopurine table
    public void Cpic_groups_of_both_genes(string? tpmt, string? nudt15, string rule, FindingStatus status)
    {
        var finding = Evaluate(tpmt, nudt15);

        Assert.Equal(rule, finding.Rule.Value);
        Assert.Equal(status, finding.Status);
        Assert.Equal(EvidenceGrade.Guideline, finding.Grade);
        Assert.Equal(TherapyId.Azathioprine, finding.Therapy);
        Assert.Equal("$.therapies[0]", finding.Facts[0]);
        Assert.Equal("10.1002/cpt.1304", Assert.Single(finding.Citations).Doi);
    }

    [Fact]
    public void The_gene_and_the_datum_are_named()
    {
        Assert.Contains("Intermediate NUDT15 function", Evaluate("normal-metabolizer", "intermediate-metabolizer").Summary, StringComparison.Ordinal);
        Assert.Contains("A NUDT15 poor metabolizer", Evaluate("normal-metabolizer", "poor-metabolizer").Summary, StringComparison.Ordinal);
        Assert.Equal("TPMT phenotype (the genotype with the laboratory's CPIC phenotype)", Evaluate(null, "normal-metabolizer").Gap!.Datum);
        Assert.Equal("erythrocyte TPMT activity (CPIC's advice when the TPMT genotype is indeterminate)", Evaluate("indeterminate", "normal-metabolizer").Gap!.Datum);
        Assert.Equal("NUDT15 phenotype (the genotype with the laboratory's CPIC phenotype)", Evaluate("normal-metabolizer", null).Gap!.Datum);
    }

    [Fact]
    public void Without_an_azathioprine_course_genotypes_say_nothing()
    {
        var json = WithGenotypes(SequentialFailureTests.Profile(), ("TPMT", "poor-metabolizer", "2020-06-01"), ("NUDT15", "poor-metabolizer", "2020-06-01"));

        Assert.Null(Thiopurine(SequentialFailureTests.Evaluate(json)));
    }

    [Fact]
    public void The_latest_result_on_or_before_the_assessment_date_is_read()
    {
        var profile = SequentialFailureTests.Profile(first: "azathioprine");

        // A TPMT poor result from 2020 and a normal one from 2022: the later decides.
        var later = Thiopurine(SequentialFailureTests.Evaluate(WithGenotypes(profile, ("TPMT", "poor-metabolizer", "2020-06-01"), ("TPMT", "normal-metabolizer", "2022-06-01"), ("NUDT15", "normal-metabolizer", "2020-06-01"))))!;
        Assert.Equal(ThiopurineMetabolismEvaluator.Normal, later.Rule);
        Assert.Equal(["$.therapies[0]", "$.genotypes[1]", "$.genotypes[2]"], later.Facts.AsEnumerable());

        // A result dated after the assessment date (2024-01-15) is not read yet.
        var future = Thiopurine(SequentialFailureTests.Evaluate(WithGenotypes(profile, ("TPMT", "normal-metabolizer", "2024-01-16"), ("NUDT15", "normal-metabolizer", "2020-06-01"))))!;
        Assert.Equal(ThiopurineMetabolismEvaluator.GenotypeMissing, future.Rule);
    }

    [Fact]
    public void End_to_end_a_poor_metabolizer_explains_azathioprine_and_the_summary_says_what_cpic_advises()
    {
        // Azathioprine then rituximab, lung progression on both with refills shown (see SequentialFailureTests), TPMT poor.
        var json = WithGenotypes(SequentialFailureTests.Profile(first: "azathioprine"), ("TPMT", "poor-metabolizer", "2020-06-01"), ("NUDT15", "normal-metabolizer", "2020-06-01"));
        var assessment = SequentialFailureTests.Evaluate(json);
        var verdict = assessment.Verdict!;
        output.WriteLine(verdict.Summary);

        var finding = Thiopurine(assessment)!;
        var azathioprine = Assert.Single(verdict.Therapies, t => t.Therapy == TherapyId.Azathioprine);
        var link = Assert.Single(azathioprine.ExplainedBy, l => l.Mechanism == SscMechanisms.ThiopurineMetabolism);
        Assert.Equal(FindingStatus.Supported, link.Status);
        Assert.Equal(finding.Id, Assert.Single(link.Findings));
        Assert.DoesNotContain(verdict.Therapies.Single(t => t.Therapy == TherapyId.Rituximab).ExplainedBy, l => l.Mechanism == SscMechanisms.ThiopurineMetabolism);
        Assert.Contains(
            "Also: failure of azathioprine and rituximab, drugs of different mechanism classes (an antimetabolite; B-cell depletion), a signal that redundant disease pathways are at work rather than a proof; a TPMT or NUDT15 poor metabolizer, for whom CPIC advises an immunosuppressant other than azathioprine.",
            verdict.Summary,
            StringComparison.Ordinal);
        Assert.DoesNotContain("ssc.", verdict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_genotype_is_a_datum_that_would_sharpen_the_verdict()
    {
        var assessment = SequentialFailureTests.Evaluate(WithGenotypes(SequentialFailureTests.Profile(first: "azathioprine"), ("NUDT15", "normal-metabolizer", "2020-06-01")));

        Assert.Contains(assessment.Verdict!.WouldSharpen, n => n.Datum == "TPMT phenotype (the genotype with the laboratory's CPIC phenotype)");
        Assert.Null(Assert.Single(assessment.Verdict!.ExplainedBy, l => l.Mechanism == SscMechanisms.ThiopurineMetabolism).Statement);
    }
}
