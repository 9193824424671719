using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

public sealed class RituximabResponseEvaluatorTests
{
    private const string Evaluator = "sle.rituximab-response";
    private static readonly TherapyCourse First = Course(TherapyId.Rituximab, TherapyClass.AntiCd20, new DateOnly(2021, 1, 1), new DateOnly(2021, 1, 15), StopReason.Other, 1000m);
    private static readonly TherapyCourse Second = Course(TherapyId.Rituximab, TherapyClass.AntiCd20, new DateOnly(2022, 1, 1), new DateOnly(2022, 1, 15), StopReason.Other, 1000m);

    [Fact]
    public void Retreatment_without_an_antibody_test_is_unknown_and_names_the_test()
    {
        var findings = Findings(Patient(First, Second), Evaluator);

        var antibodies = Assert.Single(findings, f => f.Mechanism == LupusMechanisms.AntiDrugAntibodies);
        Assert.Equal(FindingStatus.Unknown, antibodies.Status);
        Assert.Equal("anti-rituximab (anti-drug) antibody test", antibodies.Gap!.Datum);
    }

    [Theory]
    [InlineData(true, FindingStatus.Supported)]
    [InlineData(false, FindingStatus.NotSupported)]
    public void Antibody_results_decide_the_antibody_finding(bool positive, FindingStatus status)
    {
        var patient = Patient(First, Second) with
        {
            AntiDrugAntibodies = [new AntiDrugAntibodyResult { On = new DateOnly(2022, 2, 1), Therapy = TherapyId.Rituximab, Positive = positive }],
        };

        var antibodies = Assert.Single(Findings(patient, Evaluator), f => f.Mechanism == LupusMechanisms.AntiDrugAntibodies);

        Assert.Equal(status, antibodies.Status);
        Assert.Contains("$.antiDrugAntibodies[0]", antibodies.Facts);
    }

    [Fact]
    public void A_single_uneventful_course_raises_no_antibody_question()
    {
        Assert.DoesNotContain(Findings(Patient(First), Evaluator), f => f.Mechanism == LupusMechanisms.AntiDrugAntibodies);
    }

    [Theory]
    [InlineData(false, FindingStatus.Supported)]
    [InlineData(true, FindingStatus.NotSupported)]
    public void Depletion_after_the_latest_course_decides_the_depletion_finding(bool complete, FindingStatus status)
    {
        var patient = Patient(First, Second) with
        {
            Assessments =
            [
                new BCellDepletion { On = new DateOnly(2021, 2, 12), Complete = !complete },
                new BCellDepletion { On = new DateOnly(2022, 2, 12), Complete = complete },
            ],
        };

        var depletion = Assert.Single(Findings(patient, Evaluator), f => f.Mechanism == LupusMechanisms.IncompleteBCellDepletion);

        Assert.Equal(status, depletion.Status);
        Assert.Equal(new DateOnly(2022, 2, 12), depletion.On);
    }

    [Fact]
    public void A_depletion_result_from_before_the_latest_course_does_not_count()
    {
        var patient = Patient(First, Second) with { Assessments = [new BCellDepletion { On = new DateOnly(2021, 2, 12), Complete = false }] };

        var depletion = Assert.Single(Findings(patient, Evaluator), f => f.Mechanism == LupusMechanisms.IncompleteBCellDepletion);

        Assert.Equal(FindingStatus.Unknown, depletion.Status);
    }
}
