using AutoimmuneResistance.Tests.TestModule;
using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Tests.Properties;

/// <summary>
/// Library bugs found by the property and convention tests, each pinned by a test of the intended behaviour. They are
/// skipped so that the branch stays green until src/ is fixed (the lead owns src/); remove the Skip with the fix.
/// </summary>
public sealed class LibraryBugTests
{
    private const string Bug = "LIBRARY BUG (reported to the lead): ";

    private static readonly ResistancePipeline Pipeline = Generators.Pipeline;

    private static readonly DateOnly Start = new(2020, 1, 1);

    [Fact(Skip = Bug + "ResistancePipeline.Evaluate (src/AutoimmuneResistance/Pipeline/ResistancePipeline.cs:140) catches only " +
        "NotSupportedException from ComputeContentHash, so a profile holding default(Quantity) (which validation does not report) makes " +
        "Evaluate throw JsonException instead of returning an assessment with diagnostics.")]
    public void Evaluate_returns_an_assessment_for_any_profile_a_caller_can_build() =>
        Prop.ForAll(Generators.Samples(ProfileShape.Anything), sample =>
        {
            var assessment = Pipeline.Evaluate(sample.Profile);

            Assert.Equal(sample.Profile.Subject, assessment.Subject);
        }).Check(PropertyConfig.Runs(200));

    // Was a bug (AverageDailyDose written to JSON); fixed on main by [JsonIgnore]. Kept as a regression test.
    [Fact]
    public void A_regimen_that_passes_validation_can_be_written_to_json()
    {
        var profile = WithRegimen(new DoseRegimen(Dose.Milligrams(60_000m), administrations: 2));
        Assert.DoesNotContain(Pipeline.Validate(profile), d => d.Code == DiagnosticCodes.InvalidRegimen);

        var json = Pipeline.Json.Serialize(profile);

        Assert.False(Pipeline.Json.ReadProfile(json).HasErrors);
    }

    // Was a bug (AverageDailyDose written to JSON); fixed on main by [JsonIgnore]. Kept as a regression test.
    [Fact]
    public void An_invalid_regimen_gives_an_assessment_with_its_validation_error()
    {
        var profile = WithRegimen(new DoseRegimen(Dose.Milligrams(400m), administrations: 0));

        var assessment = Pipeline.Evaluate(profile);

        Assert.Contains(assessment.Diagnostics, d => d.Code == DiagnosticCodes.InvalidRegimen && d.Path == "$.therapies[0].regimen.administrations");
    }

    // Was a bug; fixed on main by [JsonIgnore]. Kept as a regression test.
    [Fact]
    public void The_average_daily_dose_is_not_written_to_json()
    {
        var json = Pipeline.Json.Serialize(WithRegimen(DoseRegimen.Daily(Dose.Milligrams(400m))));

        Assert.DoesNotContain("averageDailyDose", json, StringComparison.Ordinal);
    }

    [Fact(Skip = Bug + "a document carrying \"averageDailyDose\" is read without a diagnostic (a [JsonIgnore] property is skipped " +
        "silently despite UnmappedMemberHandling.Disallow), so the average can contradict the regimen unnoticed. Low severity; the same " +
        "holds for ResistanceAssessment.hasErrors/warnings and CohortOutcome.isSuccess on read.")]
    public void A_document_carrying_an_average_daily_dose_is_rejected_as_an_unknown_property()
    {
        var json = Pipeline.Json.Serialize(WithRegimen(DoseRegimen.Daily(Dose.Milligrams(400m))));
        var contradicting = json.Replace(
            "\"intervalDays\":1",
            "\"intervalDays\":1,\"averageDailyDose\":{\"value\":99999,\"unit\":\"mg\"}",
            StringComparison.Ordinal);
        Assert.NotEqual(json, contradicting);

        var read = Pipeline.Json.ReadProfile(contradicting);

        Assert.Equal(DiagnosticCodes.UnknownProperty, Assert.Single(read.Diagnostics).Code);
    }

    [Fact(Skip = Bug + "DoseRegimen.ToString() (compiler-generated for the record) reads AverageDailyDose (src/AutoimmuneResistance/Patients/DoseRegimen.cs:54), which throws for a regimen " +
        "with 0 administrations or interval days, so ToString, TherapyCourse.ToString and debugger views throw (CA1065).")]
    public void An_invalid_regimen_can_still_be_printed()
    {
        var regimen = new DoseRegimen(Dose.Milligrams(400m), intervalDays: 0);

        Assert.Contains("IntervalDays = 0", regimen.ToString(), StringComparison.Ordinal);
    }

    [Fact(Skip = Bug + "CoreProfileValidator (src/AutoimmuneResistance/Validation/CoreProfileValidator.cs) does not check quantities: " +
        "default(Quantity) in an observation passes validation, then Evaluate throws JsonException while hashing the profile.")]
    public void An_unspecified_quantity_is_a_validation_error_not_an_exception()
    {
        var profile = Profiles.Toy() with
        {
            Observations = [new Observation { On = Start, Code = ClinicalCode.Loinc("2890-2"), Value = default }],
        };

        Assert.Contains(Pipeline.Validate(profile), d => d.Severity == DiagnosticSeverity.Error && d.Path == "$.observations[0].value");
        Assert.True(Pipeline.Evaluate(profile).HasErrors);
    }

    [Fact(Skip = Bug + "default(BodyWeight) (0 kg) passes validation and is written as {\"value\":0,\"unit\":\"kg\"}, which ReadProfile " +
        "rejects (AIR1005): the contract writes documents it cannot read. Validate it (CoreProfileValidator) or refuse to write it " +
        "(QuantityJsonConverter.Write, src/AutoimmuneResistance/Quantities/QuantityJsonConverter.cs:103).")]
    public void A_profile_that_validates_clean_reads_back_from_its_json()
    {
        var profile = Profiles.Toy() with { BodyWeights = [new BodyWeightMeasurement { On = Start, Weight = default }] };
        var clean = !Pipeline.Validate(profile).Any(d => d.Severity == DiagnosticSeverity.Error);

        Assert.False(clean && Pipeline.Json.ReadProfile(Pipeline.Json.Serialize(profile)).HasErrors);
    }

    [Fact(Skip = Bug + "ResistancePipeline.Sequential (src/AutoimmuneResistance/Pipeline/ResistancePipeline.Cohort.cs:77-84) does not turn a " +
        "null element into the AIR1302 'the record is null' error as the parallel path does; Process then reads empty JSON and reports AIR1001 " +
        "with a JSON reader message, so MaxDegreeOfParallelism = 1 and > 1 give different outcomes.")]
    public void A_null_cohort_element_gives_the_same_outcome_sequentially_and_in_parallel()
    {
        PatientProfile[] cohort = [Profiles.Toy("A"), null!, Profiles.Toy("C")];

        var sequential = Pipeline.EvaluateCohort(cohort, new CohortOptions { MaxDegreeOfParallelism = 1 }).Select(Pipeline.Json.Serialize);
        var parallel = Pipeline.EvaluateCohort(cohort, new CohortOptions { MaxDegreeOfParallelism = 2 }).Select(Pipeline.Json.Serialize);

        Assert.Equal(parallel, sequential);
        Assert.Equal(
            DiagnosticCodes.RecordFailed,
            Assert.Single(Pipeline.EvaluateCohort(cohort, new CohortOptions { MaxDegreeOfParallelism = 1 }).ElementAt(1).Errors).Code);
    }

    private static PatientProfile WithRegimen(DoseRegimen regimen) => new()
    {
        Subject = SubjectId.Create("S-1"),
        Therapies =
        [
            new TherapyCourse { Therapy = TherapyId.Hydroxychloroquine, Class = TherapyClass.Antimalarial, Start = Start, Regimen = regimen },
        ],
    };
}
