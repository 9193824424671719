using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

public sealed class BiomarkerEvaluatorTests
{
    private const string Evaluator = "sle.biomarkers";
    private static readonly DateOnly Visit = new(2023, 6, 1);

    // arthritis 4 + rash 2 = 6 (> 4): active.
    private static PatientProfile Active(params InstrumentAssessment[] more) => Patient() with
    {
        Assessments = [Sledai(Visit, Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash), .. more],
    };

    [Fact]
    public void Quiet_disease_raises_no_biomarker_question()
    {
        // arthritis 4 = 4: at the LLDAS limit, not above it.
        var patient = Patient() with { Assessments = [Sledai(Visit, Sledai2kDescriptor.Arthritis)] };

        Assert.Empty(Findings(patient, Evaluator));
    }

    [Theory]
    [InlineData(4, 2)] // default LLDAS limit: 6 > 4, active
    [InlineData(5, 2)] // 6 > 5, active
    [InlineData(6, 0)] // 6 is at a tuned limit of 6, not above it: quiet
    public void The_activity_trigger_follows_the_selected_lldas_limit(int limit, int expectedFindings)
    {
        var tuned = TreatToTargetDefinitions.Default with { Id = DefinitionSetId.Create($"test.treat-to-target.sledai-{limit}"), LldasMaxSledai2k = limit };
        var pipeline = new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(tuned).Build();

        var findings = pipeline.Evaluate(Active()).Findings.Where(f => f.Evaluator.Value == Evaluator).ToList();

        Assert.Equal(expectedFindings, findings.Count);
        Assert.All(findings, f => Assert.All(f.Thresholds.Where(t => t.Name == "SLEDAI-2K total"), t => Assert.Equal(limit, t.Limit)));
    }

    [Fact]
    public void A_course_stopped_for_inefficacy_raises_the_question_even_without_activity_scores()
    {
        var patient = Patient(Course(TherapyId.Belimumab, TherapyClass.BlysInhibitor, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 1), StopReason.Inefficacy));

        var findings = Findings(patient, Evaluator);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(FindingStatus.Unknown, f.Status));
    }

    [Theory]
    [InlineData(true, FindingStatus.Supported)]
    [InlineData(false, FindingStatus.NotSupported)]
    public void The_interferon_signature_marks_anifrolumab_benefit(bool high, FindingStatus status)
    {
        var finding = Assert.Single(
            Findings(Active(new InterferonGeneSignature { On = Visit, High = high }), Evaluator),
            f => f.Mechanism == LupusMechanisms.TypeIInterferon);

        Assert.Equal(status, finding.Status);
        Assert.Equal(EvidenceGrade.PostHocAnalysis, finding.Grade);
        var activity = Assert.Single(finding.Thresholds);
        Assert.Equal(6m, activity.Observed);
    }

    [Fact]
    public void Without_a_signature_the_gap_names_it()
    {
        var finding = Assert.Single(Findings(Active(), Evaluator), f => f.Mechanism == LupusMechanisms.TypeIInterferon);

        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Contains("interferon gene signature", finding.Gap!.Datum, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2.00, QuantityUnit.NanogramPerMilliliter, FindingStatus.Supported)]
    [InlineData(1.99, QuantityUnit.NanogramPerMilliliter, FindingStatus.NotSupported)]
    [InlineData(2.00, QuantityUnit.MicrogramPerLiter, FindingStatus.Supported)]
    [InlineData(0.002, QuantityUnit.MilligramPerLiter, FindingStatus.Supported)]
    public void Blys_is_split_at_2_ng_per_ml_inclusive(decimal value, QuantityUnit unit, FindingStatus status)
    {
        var patient = Active(new BlysLevel { On = Visit, Level = Concentration.Create(value, unit) });

        var finding = Assert.Single(Findings(patient, Evaluator), f => f.Mechanism == LupusMechanisms.BlysAndSerology);

        Assert.Equal(status, finding.Status);
        Assert.Equal(ComparisonOperator.GreaterThanOrEqual, Assert.Single(finding.Thresholds).Operator);
    }

    [Theory]
    [InlineData(true, FindingStatus.Supported)]
    [InlineData(false, FindingStatus.NotSupported)]
    public void Without_blys_active_serology_marks_belimumab_benefit(bool bothSerological, FindingStatus status)
    {
        Sledai2kDescriptor[] present = bothSerological
            ? [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.IncreasedDnaBinding]
            : [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.LowComplement];
        var patient = Patient() with { Assessments = [Sledai(Visit, present)] };

        var finding = Assert.Single(Findings(patient, Evaluator), f => f.Mechanism == LupusMechanisms.BlysAndSerology);

        Assert.Equal(status, finding.Status);
    }
}
