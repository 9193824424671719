using System.Text;
using AutoimmuneResistance.Lupus.Tests.Vignettes;

namespace AutoimmuneResistance.Lupus.Tests;

// Every JSON kind the lupus module registers round-trips to identical bytes through the pipeline's contract. The kind
// list is read from the pipeline, so a newly registered kind without a sample here fails the coverage check.
public sealed class LupusJsonKindsTests
{
    private static readonly ResistancePipeline Pipeline = LupusProfiles.Pipeline;
    private static readonly DateOnly On = new(2024, 3, 1);

    private static PatientProfile AllAssessmentKinds() => LupusProfiles.Patient() with
    {
        Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Features = new LupusFeatures { RenalBiopsyOn = On, NephritisClasses = [LupusNephritisClass.III, LupusNephritisClass.V], Nephritis = true } }],
        Assessments =
        [
            new Sledai2kVisit { On = On, Present = [Sledai2kDescriptor.Arthritis], OtherCause = [Sledai2kDescriptor.Fever], WindowDays = 30 },
            new PhysicianGlobalAssessment { On = On, Score = 1.25m },
            new BilagVisit { On = On, Domains = [new BilagDomainGrade { Domain = BilagDomain.Renal, Grade = BilagGrade.B }] },
            new MaintenanceTherapyReview { On = On, WellTolerated = true, Stable = false, InvestigationalDrug = false },
            new InterferonGeneSignature { On = On, High = true, Assay = "4-gene" },
            new BlysLevel { On = On, Level = Concentration.Create(2.5m, QuantityUnit.NanogramPerMilliliter) },
            new BCellDepletion { On = On, Complete = false, Count = CellCount.BillionsPerLiter(0.02m) },
            new DamageIndexAssessment { On = On, Items = [new DamageItemEntry { Item = DamageItem.Cataract, Since = On.AddYears(-1) }] },
            new RecordedScore { On = On, Instrument = LupusIds.Sledai2k, Score = 6m },
        ],
    };

    [Fact]
    public void Every_lupus_profile_kind_round_trips_to_identical_bytes()
    {
        var bytes = Pipeline.Json.SerializeToUtf8Bytes(AllAssessmentKinds());

        var read = Pipeline.Json.ReadProfile(bytes);

        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        Assert.Equal(Encoding.UTF8.GetString(bytes), Pipeline.Json.Serialize(read.Profile!));
    }

    [Fact]
    public void Every_lupus_finding_detail_kind_round_trips_in_an_assessment()
    {
        // Vignette V2 produces course classifications (and a verdict with options).
        var assessment = Pipeline.Evaluate(VignetteProfiles.V2());
        var bytes = Pipeline.Json.SerializeToUtf8Bytes(assessment);

        var read = Pipeline.Json.DeserializeAssessment(bytes);

        Assert.Equal(Encoding.UTF8.GetString(bytes), Pipeline.Json.Serialize(read));
        Assert.Contains(read.Findings, f => f.Detail is CourseClassificationDetail);
        Assert.NotEmpty(Assert.Single(read.Verdict!.Domains, d => d.Domain == OrganDomain.Renal).Options);
    }

    [Fact]
    public void The_pharmacogenomics_detail_round_trips_in_an_assessment()
    {
        var bytes = Pipeline.Json.SerializeToUtf8Bytes(Pipeline.Evaluate(Evaluators.PharmacogenomicsDosingTests.AzathioprineAndTacrolimus(60m)));

        var read = Pipeline.Json.DeserializeAssessment(bytes);

        Assert.Equal(Encoding.UTF8.GetString(bytes), Pipeline.Json.Serialize(read));
        Assert.Equal(2, read.Findings.Count(f => f.Detail is PharmacogenomicsDetail));
    }

    [Fact]
    public void The_samples_cover_every_registered_lupus_kind()
    {
        var profileText = Pipeline.Json.Serialize(AllAssessmentKinds());
        var assessmentText = Pipeline.Json.Serialize(Pipeline.Evaluate(VignetteProfiles.V2()))
            + Pipeline.Json.Serialize(Pipeline.Evaluate(Evaluators.PharmacogenomicsDosingTests.AzathioprineAndTacrolimus(60m)));
        var registered = Pipeline.Json.KindsByBase.Values.SelectMany(k => k).Where(k => k.StartsWith("sle.", StringComparison.Ordinal));

        Assert.All(registered, kind => Assert.True(
            profileText.Contains($"\"$kind\":\"{kind}\"", StringComparison.Ordinal) || assessmentText.Contains($"\"$kind\":\"{kind}\"", StringComparison.Ordinal),
            $"no round-trip sample for the registered kind '{kind}'"));
    }
}
