namespace AutoimmuneResistance.Lupus.Tests.Instruments;

public sealed class Sledai2kHistoryTests
{
    // Vignette V1 (vignettes.md): 2023-01-10 = 8 (arthritis 4, rash 2, low complement 2); 2023-04-12 = 8 (same);
    // 2023-07-14 = 10 (same plus alopecia 2). Listed out of order on the profile, with a PGA and an invalid visit.
    private static readonly Sledai2kDescriptor[] V1 = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement];

    private static readonly PatientProfile Profile = new()
    {
        Subject = SubjectId.Create("V1"),
        Assessments =
        [
            new Sledai2kVisit { On = new DateOnly(2023, 7, 14), Present = [.. V1, Sledai2kDescriptor.Alopecia] },
            new PhysicianGlobalAssessment { On = new DateOnly(2023, 1, 10), Score = 1.5m },
            new Sledai2kVisit { On = new DateOnly(2023, 1, 10), Present = [.. V1] },
            new Sledai2kVisit { On = new DateOnly(2023, 5, 1), Present = [Sledai2kDescriptor.Rash, Sledai2kDescriptor.Rash] },
            new Sledai2kVisit { On = new DateOnly(2023, 4, 12), Present = [.. V1] },
        ],
    };

    [Fact]
    public void Visits_are_scored_and_ordered_by_date()
    {
        var history = Sledai2kHistory.FromProfile(Profile);

        Assert.Equal([2, 4, 3, 0], history.Select(e => e.AssessmentIndex));
        Assert.Equal(["$.assessments[2]", "$.assessments[4]", "$.assessments[3]", "$.assessments[0]"], history.Select(e => e.Path));
        Assert.Equal([8, 8, null, 10], history.Select(e => e.Result?.Total.Value));
        Assert.Equal([false, false, null, true], history.Select(e => e.Result?.HighDiseaseActivityStatus));
        Assert.All(history.Where(e => e.Result is not null), e => Assert.Empty(e.Diagnostics));
    }

    [Fact]
    public void An_invalid_visit_has_no_result_and_errors_with_paths_into_the_profile()
    {
        var invalid = Sledai2kHistory.FromProfile(Profile).Single(e => e.AssessmentIndex == 3);

        Assert.Null(invalid.Result);
        var error = Assert.Single(invalid.Diagnostics);
        Assert.Equal(Sledai2kDiagnosticCodes.DescriptorRepeated, error.Code);
        Assert.Equal("$.assessments[3].present[1]", error.Path);
    }

    [Fact]
    public void The_definitions_passed_in_apply()
    {
        var history = Sledai2kHistory.FromProfile(Profile, ActivityDefinitions.Window30);

        Assert.All(history.Where(e => e.Result is not null), e => Assert.Equal(30, e.Result!.WindowDays));
        Assert.Empty(Sledai2kHistory.FromProfile(new PatientProfile { Subject = SubjectId.Create("empty") }));
    }
}
