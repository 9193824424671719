using static AutoimmuneResistance.Lupus.Tests.LupusProfiles;

namespace AutoimmuneResistance.Lupus.Tests.Evaluators;

public sealed class ExposureEvaluatorTests
{
    private const string Evaluator = "sle.exposures";
    private static readonly TherapyCourse Hcq = Course(TherapyId.Hydroxychloroquine, TherapyClass.Antimalarial, new DateOnly(2020, 1, 1), milligrams: 400m);

    [Theory]
    [InlineData(ExposureStatus.Current, FindingStatus.Supported)]
    [InlineData(ExposureStatus.Former, FindingStatus.NotSupported)]
    [InlineData(ExposureStatus.Never, FindingStatus.NotSupported)]
    public void Smoking_status_decides_the_antimalarial_exposure_finding(ExposureStatus status, FindingStatus expected)
    {
        var patient = Patient(Hcq) with { Exposures = [new Exposure { Kind = ExposureKind.Smoking, Status = status }] };

        var finding = Assert.Single(Findings(patient, Evaluator));

        Assert.Equal(expected, finding.Status);
        Assert.Equal(TherapyId.Hydroxychloroquine, finding.Therapy);
        Assert.Equal("10.1016/j.jaad.2014.12.025", Assert.Single(finding.Citations).Doi);
    }

    [Fact]
    public void Unrecorded_smoking_is_unknown_not_negative()
    {
        var finding = Assert.Single(Findings(Patient(Hcq), Evaluator));

        Assert.Equal(FindingStatus.Unknown, finding.Status);
        Assert.Equal("$.exposures", finding.Gap!.Path);
    }

    [Fact]
    public void Without_an_antimalarial_nothing_is_said()
    {
        var patient = Patient() with { Exposures = [new Exposure { Kind = ExposureKind.Smoking, Status = ExposureStatus.Current }] };

        Assert.Empty(Findings(patient, Evaluator));
    }
}
