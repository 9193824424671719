using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

public sealed class OrganConfinedActivityEvaluatorTests
{
    private const string Evaluator = "sle.organ-confined-activity";

    [Fact]
    public void Nephritis_alone_with_serology_is_confined_to_the_kidney()
    {
        // proteinuria 4 + haematuria 4 + low complement 2 = 10: renal activity only; serology is not an organ.
        var patient = Patient() with
        {
            Assessments = [Sledai(new DateOnly(2023, 3, 1), Sledai2kDescriptor.Proteinuria, Sledai2kDescriptor.Hematuria, Sledai2kDescriptor.LowComplement)],
        };

        var finding = Assert.Single(Findings(patient, Evaluator));

        Assert.Equal(FindingStatus.Supported, finding.Status);
        Assert.Contains("(renal)", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(10m, Assert.Single(finding.Thresholds).Observed);
    }

    [Fact]
    public void The_activity_trigger_follows_the_selected_lldas_limit()
    {
        // proteinuria 4 + haematuria 4 = 8: active under the default limit of 4, not above a tuned limit of 8.
        var patient = Patient() with
        {
            Assessments = [Sledai(new DateOnly(2023, 3, 1), Sledai2kDescriptor.Proteinuria, Sledai2kDescriptor.Hematuria)],
        };
        var tuned = TreatToTargetDefinitions.Default with { Id = DefinitionSetId.Create("test.treat-to-target.sledai-8"), LldasMaxSledai2k = 8 };
        var pipeline = new ResistancePipelineBuilder().AddLupus().UseDefinitionSet(tuned).Build();

        Assert.Equal(4m, Assert.Single(Assert.Single(Findings(patient, Evaluator)).Thresholds).Limit);
        Assert.DoesNotContain(pipeline.Evaluate(patient).Findings, f => f.Evaluator.Value == Evaluator);
    }

    [Fact]
    public void Activity_in_two_systems_is_not_confined()
    {
        var patient = Patient() with
        {
            Assessments = [Sledai(new DateOnly(2023, 3, 1), Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash)],
        };

        var finding = Assert.Single(Findings(patient, Evaluator));

        Assert.Equal(FindingStatus.NotSupported, finding.Status);
        Assert.Contains("musculoskeletal, mucocutaneous", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_latest_active_visit_is_used_and_low_activity_is_ignored()
    {
        var patient = Patient() with
        {
            Assessments =
            [
                Sledai(new DateOnly(2023, 1, 1), Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash),
                Sledai(new DateOnly(2023, 6, 1), Sledai2kDescriptor.Proteinuria, Sledai2kDescriptor.Pyuria),
                Sledai(new DateOnly(2023, 9, 1), Sledai2kDescriptor.Arthritis),
            ],
        };

        var finding = Assert.Single(Findings(patient, Evaluator));

        Assert.Equal(new DateOnly(2023, 6, 1), finding.On);
        Assert.Equal(["$.assessments[1]"], finding.Facts.AsEnumerable());
    }

    [Fact]
    public void Serology_alone_or_low_activity_says_nothing()
    {
        Assert.Empty(Findings(Patient() with { Assessments = [Sledai(new DateOnly(2023, 1, 1), Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.IncreasedDnaBinding)] }, Evaluator));
        Assert.Empty(Findings(Patient() with { Assessments = [Sledai(new DateOnly(2023, 1, 1), Sledai2kDescriptor.Arthritis)] }, Evaluator));
    }
}
