using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

public sealed class PharmacogenomicsEvaluatorTests
{
    private const string Evaluator = "sle.pharmacogenomics";
    private static readonly TherapyCourse Azathioprine = Course(TherapyId.Azathioprine, TherapyClass.Antimetabolite, new DateOnly(2021, 1, 1));

    [Theory]
    [InlineData("poor-metabolizer", "normal-metabolizer", "sle.pgx.thiopurine.poor-metabolizer", FindingStatus.Supported)]
    [InlineData("normal-metabolizer", "poor-metabolizer", "sle.pgx.thiopurine.poor-metabolizer", FindingStatus.Supported)]
    [InlineData("intermediate-metabolizer", "possible-intermediate-metabolizer", "sle.pgx.thiopurine.both-intermediate", FindingStatus.Supported)]
    [InlineData("intermediate-metabolizer", "normal-metabolizer", "sle.pgx.thiopurine.one-intermediate", FindingStatus.Supported)]
    [InlineData("normal-metabolizer", "normal-metabolizer", "sle.pgx.thiopurine.normal", FindingStatus.NotSupported)]
    [InlineData("extensive-metabolizer", "normal-metabolizer", "sle.pgx.thiopurine.normal", FindingStatus.NotSupported)]
    public void Azathioprine_follows_the_cpic_phenotype_table(string tpmt, string nudt15, string rule, FindingStatus status)
    {
        var patient = Patient(Azathioprine) with
        {
            Genotypes = [Genotype(GeneSymbol.Tpmt, GenePhenotype.Parse(tpmt)), Genotype(GeneSymbol.Nudt15, GenePhenotype.Parse(nudt15))],
        };

        var finding = Assert.Single(Findings(patient, Evaluator));

        Assert.Equal(rule, finding.Rule.Value);
        Assert.Equal(status, finding.Status);
        Assert.Equal(LupusMechanisms.ThiopurineMetabolism, finding.Mechanism);
        Assert.Equal(["$.therapies[0]", "$.genotypes[0]", "$.genotypes[1]"], finding.Facts.AsEnumerable());
        Assert.Equal("10.1002/cpt.1304", Assert.Single(finding.Citations).Doi);
    }

    [Fact]
    public void A_missing_nudt15_result_is_unknown_and_names_it()
    {
        var patient = Patient(Azathioprine) with { Genotypes = [Genotype(GeneSymbol.Tpmt, GenePhenotype.NormalMetabolizer)] };

        var finding = Assert.Single(Findings(patient, Evaluator));

        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Contains("NUDT15", finding.Gap!.Datum, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indeterminate_tpmt_asks_for_erythrocyte_tpmt_activity()
    {
        var patient = Patient(Azathioprine) with
        {
            Genotypes = [Genotype(GeneSymbol.Tpmt, GenePhenotype.Indeterminate), Genotype(GeneSymbol.Nudt15, GenePhenotype.NormalMetabolizer)],
        };

        Assert.Contains("erythrocyte TPMT activity", Assert.Single(Findings(patient, Evaluator)).Gap!.Datum, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_said_about_drugs_the_patient_never_had()
    {
        var patient = Patient(Course(TherapyId.Hydroxychloroquine, TherapyClass.Antimalarial, new DateOnly(2020, 1, 1))) with
        {
            Genotypes = [Genotype(GeneSymbol.Tpmt, GenePhenotype.PoorMetabolizer)],
        };

        Assert.Empty(Findings(patient, Evaluator));
    }

    [Theory]
    [InlineData("*1/*1", FindingStatus.Supported)]
    [InlineData("*1/*3", FindingStatus.Supported)]
    [InlineData("*3/*1", FindingStatus.Supported)]
    [InlineData("*1/*7", FindingStatus.Supported)]
    [InlineData("*3/*3", FindingStatus.NotSupported)]
    [InlineData("*3/*6", FindingStatus.NotSupported)]
    [InlineData("*6/*7", FindingStatus.NotSupported)]
    [InlineData("*2/*9", FindingStatus.Unknown)]
    public void Tacrolimus_reads_cyp3a5_expression_from_the_diplotype_and_says_the_evidence_is_extrapolated(string diplotype, FindingStatus status)
    {
        var patient = Patient(Course(TherapyId.Tacrolimus, TherapyClass.CalcineurinInhibitor, new DateOnly(2022, 1, 1), milligrams: 4m)) with
        {
            Genotypes = [Genotype(GeneSymbol.Cyp3a5, diplotype: diplotype)],
        };

        var finding = Assert.Single(Findings(patient, Evaluator));

        Assert.Equal(status, finding.Status);
        Assert.Equal(EvidenceGrade.Extrapolated, finding.Grade);
        Assert.Equal(TherapyId.Tacrolimus, finding.Therapy);
    }

    [Fact]
    public void A_cyp3a5_phenotype_takes_precedence_over_parsing()
    {
        Assert.True(PharmacogenomicsEvaluator.IsCyp3a5Expresser(Genotype(GeneSymbol.Cyp3a5, GenePhenotype.IntermediateMetabolizer, "*3/*3")));
        Assert.False(PharmacogenomicsEvaluator.IsCyp3a5Expresser(Genotype(GeneSymbol.Cyp3a5, GenePhenotype.PoorMetabolizer)));
        Assert.Null(PharmacogenomicsEvaluator.IsCyp3a5Expresser(Genotype(GeneSymbol.Cyp3a5)));
    }

    [Theory]
    [InlineData("158V/F", true)]
    [InlineData("F/F", true)]
    [InlineData(" 158 f / v ", true)]
    [InlineData("V/V", false)]
    [InlineData("158V/V", false)]
    [InlineData("V", null)]
    [InlineData("176V/F-ish", null)]
    [InlineData(null, null)]
    public void Fcgr3a_158f_carriage_is_parsed_strictly(string? diplotype, bool? carrier) =>
        Assert.Equal(carrier, PharmacogenomicsEvaluator.IsFcgr3a158FCarrier(diplotype));

    [Fact]
    public void Rituximab_without_an_fcgr3a_genotype_names_the_test()
    {
        var patient = Patient(Course(TherapyId.Rituximab, TherapyClass.AntiCd20, new DateOnly(2022, 1, 1), new DateOnly(2022, 1, 15), milligrams: 1000m));

        var finding = Assert.Single(Findings(patient, Evaluator));

        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Contains("rs396991", finding.Gap!.Datum, StringComparison.Ordinal);
    }
}
