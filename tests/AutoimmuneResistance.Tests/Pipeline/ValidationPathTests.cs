using System.Collections.Frozen;
using System.Collections.Immutable;

namespace AutoimmuneResistance.Tests.Pipeline;

/// <summary>
/// Validation formats a JSON path only for a diagnostic it reports: a clean profile is validated without allocating,
/// and the paths it does report read as they always have.
/// </summary>
public sealed class ValidationPathTests
{
    private static readonly CoreProfileValidator Validator = new(
        TherapyCatalog.BuiltIn,
        new[] { DiseaseId.Create("sle") }.ToFrozenSet());

    [Fact]
    public void A_clean_profile_is_validated_without_allocating()
    {
        var profile = Clean(entries: 12);
        var diagnostics = new List<EvaluationDiagnostic>();
        Assert.True(Validator.Validate(profile, diagnostics));
        Assert.Empty(diagnostics);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Validator.Validate(profile, diagnostics);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(diagnostics);
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData("$.subject", "$.subject")]
    [InlineData("$.observations[3].referenceLow", "$.observations", 3, ".referenceLow")]
    [InlineData("$.therapies[2].regimen.dose", "$.therapies", 2, ".regimen", ".dose")]
    [InlineData("$.therapies[2].doseChanges[0].regimen.dose", "$.therapies", 2, null, null, ".doseChanges", 0, ".regimen", ".dose")]
    [InlineData("$.therapies[2].doseChanges[11].on", "$.therapies", 2, null, null, ".doseChanges", 11, ".on")]
    [InlineData("$.a[1].b.c.d", "$.a", 1, ".b", ".c", null, -1, ".d")]
    public void A_path_formats_as_its_parts_read(
        string expected, string head, int index = -1, string? member = null, string? subMember = null, string? inner = null, int innerIndex = -1, string? afterInner = null, string? last = null)
    {
        var path = index < 0 ? ProfilePath.Of(head) : ProfilePath.Item(head, index);
        if (member is not null)
        {
            path = path.Member(member);
        }

        if (subMember is not null)
        {
            path = path.Member(subMember);
        }

        if (inner is not null)
        {
            path = path.Nested(inner, innerIndex);
        }

        if (afterInner is not null)
        {
            path = path.Member(afterInner);
        }

        if (last is not null)
        {
            path = path.Member(last);
        }

        Assert.Equal(expected, path.ToString());
    }

    [Fact]
    public void Problems_deep_in_a_course_are_reported_with_their_paths()
    {
        var profile = Clean(entries: 3) with
        {
            Therapies =
            [
                new TherapyCourse
                {
                    Therapy = TherapyId.Prednisone,
                    Class = TherapyClass.Glucocorticoid,
                    Start = new DateOnly(2020, 1, 1),
                    End = new DateOnly(2020, 12, 31),
                    Regimen = new DoseRegimen(Dose.Milligrams(10m), administrations: 30),
                    DoseChanges = [new DoseChange { On = new DateOnly(2021, 6, 1), Regimen = new DoseRegimen(Dose.Milligrams(5m), intervalDays: 0) }],
                },
            ],
        };
        var diagnostics = new List<EvaluationDiagnostic>();

        Validator.Validate(profile, diagnostics);

        Assert.Equal(
            ["$.therapies[0].regimen.administrations", "$.therapies[0].doseChanges[0].on", "$.therapies[0].doseChanges[0].regimen.intervalDays"],
            diagnostics.Select(d => d.Path));
    }

    private static PatientProfile Clean(int entries)
    {
        var on = new DateOnly(2020, 1, 1);
        return new PatientProfile
        {
            Subject = SubjectId.Create("S-1"),
            BirthYear = 1980,
            Sex = Sex.Female,
            BodyWeights = [.. Enumerable.Range(0, entries).Select(i => new BodyWeightMeasurement { On = on.AddDays(i), Weight = BodyWeight.Kilograms(60m + i) })],
            Diagnoses = [new Diagnosis { Disease = DiseaseId.Create("sle"), Onset = on, Codes = [ClinicalCode.Icd10("M32.1")] }],
            Therapies =
            [
                .. Enumerable.Range(0, entries).Select(i => new TherapyCourse
                {
                    Therapy = TherapyId.Hydroxychloroquine,
                    Class = TherapyClass.Antimalarial,
                    Route = Route.Oral,
                    Start = on,
                    End = on.AddDays(400),
                    StopReason = StopReason.Remission,
                    Regimen = DoseRegimen.Daily(Dose.Milligrams(400m)),
                    DoseChanges = [new DoseChange { On = on.AddDays(100 + i), Regimen = DoseRegimen.Daily(Dose.Milligrams(200m)) }],
                }),
            ],
            Observations =
            [
                .. Enumerable.Range(0, entries).Select(i => new Observation
                {
                    On = on.AddDays(i),
                    Code = ClinicalCode.Loinc("2890-2"),
                    Value = Quantity.Create(0.5m + i, QuantityUnit.GramPerGram),
                    ReferenceLow = Quantity.Create(0m, QuantityUnit.GramPerGram),
                    ReferenceHigh = Quantity.Create(0.2m, QuantityUnit.GramPerGram),
                }),
            ],
            Autoantibodies = [.. Enumerable.Range(0, entries).Select(i => new AutoantibodyResult { Antibody = AutoantibodyId.AntiDsDna, On = on, Positive = true, TiterDenominator = 80, Level = Quantity.Create(10m, QuantityUnit.InternationalUnitPerMilliliter) })],
            Genotypes = [new GenotypeResult { Gene = GeneSymbol.Tpmt, Diplotype = "*1/*1" }],
            Comorbidities = [new Comorbidity { Code = ClinicalCode.Icd10("I10"), Onset = on, Resolved = on.AddDays(10) }],
            Exposures = [new Exposure { Kind = ExposureKind.Smoking, Status = ExposureStatus.Former, From = on, To = on.AddDays(5) }],
            DrugLevels = [.. Enumerable.Range(0, entries).Select(i => new DrugLevel { On = on, Therapy = TherapyId.Hydroxychloroquine, Matrix = SampleMatrix.WholeBlood, Level = Concentration.NanogramsPerMilliliter(600m) })],
            RefillAdherence = [new RefillAdherence { Therapy = TherapyId.Hydroxychloroquine, From = on, To = on.AddDays(90), ProportionOfDaysCovered = Percentage.FromPercent(90m) }],
            AntiDrugAntibodies = [new AntiDrugAntibodyResult { On = on, Therapy = TherapyId.Rituximab, Positive = false, Level = Quantity.Create(1m, QuantityUnit.NanogramPerMilliliter) }],
            Assessments = [.. Enumerable.Range(0, entries).Select(i => (InstrumentAssessment)new RecordedScore { On = on.AddDays(i), Instrument = InstrumentId.Create("sledai-2k"), Score = 4m })],
        };
    }
}
