using System.Collections.Immutable;
using System.Reflection;
using AutoimmuneResistance.Tests.TestModule;
using FsCheck;
using FsCheck.Fluent;

namespace AutoimmuneResistance.Tests.Properties;

/// <summary>What the profile generator may produce besides well-formed values.</summary>
/// <param name="IncludeUnspecified">
/// Also produce <c>default</c> identifiers and quantities, which C# allows but the JSON contract cannot carry.
/// </param>
internal sealed record ProfileShape(bool IncludeUnspecified = false)
{
    /// <summary>Profiles that the JSON contract can write and read: every identifier and quantity specified.</summary>
    public static ProfileShape Wire { get; } = new();

    /// <summary>Anything a caller can build in C#.</summary>
    public static ProfileShape Anything { get; } = new(IncludeUnspecified: true);
}

/// <summary>
/// FsCheck generators of patient profiles over the whole model: random pseudonymous subject ids, birth years in and
/// out of range, therapy courses whose dates are in or out of order, dose changes and administrations inside and
/// outside their course,
/// LOINC-coded observations with lab reference ranges, drug levels, refills, genotypes, exposures, and the test
/// module's features and activity assessments (the polymorphic parts). Roughly one profile in three breaks a
/// validation rule.
/// </summary>
internal static class Generators
{
    /// <summary>The pipeline the generated profiles are meant for (core plus the toy module).</summary>
    public static readonly ResistancePipeline Pipeline = TestModule.Profiles.Pipeline();

    public static ResistanceJson Json => Pipeline.Json;

    /// <summary>Real LOINC codes with valid check digits (a test keeps them valid).</summary>
    public static readonly string[] LoincCodes =
    [
        "2890-2",  // protein/creatinine [mass ratio] in urine
        "5048-4",  // nuclear Ab titer in serum by immunofluorescence
        "95921-3", // hydroxychloroquine in whole blood
        "718-7",   // hemoglobin in blood
        "2160-0",  // creatinine in serum or plasma
        "4485-9",  // complement C3 in serum or plasma
        "4498-2",  // complement C4 in serum or plasma
        "1988-5",  // C reactive protein in serum or plasma
        "26464-8", // leukocytes in blood
        "777-3",   // platelets in blood
    ];

    private static readonly DateOnly Epoch = new(2012, 1, 1);

    private const string IdStart = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string IdRest = IdStart + ".-_:";

    public static Gen<DateOnly> Dates { get; } = Gen.Choose(0, 4000).Select(d => Epoch.AddDays(d));

    /// <summary>Valid pseudonymous subject ids (<see cref="IdentifierSyntax.Opaque"/>), sometimes at the 64-character limit.</summary>
    public static Gen<SubjectId> SubjectIds { get; } =
        from first in Gen.Elements(IdStart.ToCharArray())
        from length in Gen.Frequency((9, Gen.Choose(0, 15)), (1, Gen.Constant(63)))
        from rest in Gen.Elements(IdRest.ToCharArray()).ArrayOf(length)
        select SubjectId.Create(first + new string(rest));

    public static Gen<PatientProfile> Profiles(ProfileShape shape) =>
        from subject in OrDefault(SubjectIds, shape)
        from schemaVersion in Gen.Frequency((15, Gen.Constant(1)), (1, Gen.Choose(0, 3)))
        from birthYear in Maybe(Gen.Frequency((12, Gen.Choose(1930, 2020)), (1, Gen.Choose(1700, 2300))))
        from sex in Gen.Elements(Enum.GetValues<Sex>())
        from weights in Many(BodyWeights(shape), 2)
        from diagnoses in Many(Diagnoses(shape), 2)
        from therapies in Many(Courses(shape), 3)
        from observations in Many(Observations(shape), 3)
        from antibodies in Many(Autoantibodies(shape), 2)
        from genotypes in Many(Genotypes(shape), 2)
        from comorbidities in Many(Comorbidities, 1)
        from exposures in Many(Exposures(shape), 2)
        from levels in Many(DrugLevels(shape), 2)
        from refills in Many(Refills(shape), 1)
        from antiDrug in Many(AntiDrugAntibodies(shape), 1)
        from assessments in Many(Assessments(shape), 2)
        select new PatientProfile
        {
            SchemaVersion = schemaVersion,
            Subject = subject,
            BirthYear = birthYear,
            Sex = sex,
            BodyWeights = weights,
            Diagnoses = diagnoses,
            Therapies = therapies,
            Observations = observations,
            Autoantibodies = antibodies,
            Genotypes = genotypes,
            Comorbidities = comorbidities,
            Exposures = exposures,
            DrugLevels = levels,
            RefillAdherence = refills,
            AntiDrugAntibodies = antiDrug,
            Assessments = assessments,
        };

    /// <summary>A profile as its JSON, so that a counterexample can be replayed by hand.</summary>
    public static string Describe(PatientProfile profile)
    {
        try
        {
            return Json.Serialize(profile);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            return $"(profile of subject '{profile.Subject}' that cannot be serialized: {e.Message})";
        }
    }

    private static Gen<BodyWeightMeasurement> BodyWeights(ProfileShape shape) =>
        from date in Dates
        from weight in Gen.Frequency(
            (6, Gen.Choose(1, 65_000).Select(n => BodyWeight.Kilograms(n / 100m))),
            (2, Gen.Choose(1, 1400).Select(n => BodyWeight.Pounds(n))),
            (shape.IncludeUnspecified ? 1 : 0, Gen.Constant(default(BodyWeight))))
        select new BodyWeightMeasurement { On = date, Weight = weight };

    private static Gen<Diagnosis> Diagnoses(ProfileShape shape) =>
        from disease in OrDefault(Gen.Frequency((4, Gen.Constant(ToyModule.Toy)), (1, Gen.Elements(DiseaseId.Create("sle"), DiseaseId.Create("ssc")))), shape)
        from onset in Maybe(Dates)
        from codes in Many(Gen.Elements(ClinicalCode.Icd10("M32.1"), ClinicalCode.Icd10("M34.0", "Progressive systemic sclerosis"), ClinicalCode.SnomedCt("55464009", "Systemic lupus erythematosus – SLE")), 2)
        from features in MaybeRef(Gen.Elements(true, false).Select(severe => (DiseaseFeatures)new ToyFeatures { Severe = severe }))
        select new Diagnosis { Disease = disease, Onset = onset, Codes = codes, Features = features };

    public static Gen<TherapyCourse> Courses(ProfileShape shape) =>
        from therapy in OrDefault(Gen.Frequency((6, WellKnown<TherapyId>()), (1, Gen.Constant(TherapyId.Create("study-drug-x1")))), shape)
        from therapyClass in OrDefault(WellKnown<TherapyClass>(), shape)
        from route in Maybe(OrDefault(WellKnown<Route>(), shape))
        from code in MaybeRef(Gen.Elements(ClinicalCode.Atc("P01BA02", "hydroxychloroquine"), ClinicalCode.Atc("L04AA06"), ClinicalCode.Create(CodeSystem.RxNorm, "5521")))
        from regimen in MaybeRef(Regimens())
        from start in Dates
        from length in Maybe(Gen.Frequency((6, Gen.Choose(0, 1500)), (1, Gen.Choose(-90, -1))))
        from stop in Maybe(Gen.Elements(Enum.GetValues<StopReason>()))
        from changes in Many(DoseChanges(start), 2)
        from administered in Many(Administrations(start), 3)
        select new TherapyCourse
        {
            Therapy = therapy,
            Class = therapyClass,
            Code = code,
            Route = route,
            Regimen = regimen,
            Start = start,
            End = length is { } days ? start.AddDays(days) : null,
            StopReason = stop,
            DoseChanges = changes,
            Administered = administered,
        };

    private static Gen<DoseChange> DoseChanges(DateOnly start) =>
        from offset in Gen.Frequency((5, Gen.Choose(0, 700)), (1, Gen.Choose(-60, -1)))
        from regimen in Regimens()
        select new DoseChange { On = start.AddDays(offset), Regimen = regimen };

    private static Gen<Administration> Administrations(DateOnly start) =>
        from offset in Gen.Frequency((5, Gen.Choose(0, 700)), (1, Gen.Choose(-60, -1)))
        from reaction in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new Administration { On = start.AddDays(offset), Reaction = reaction };

    // Administrations and interval days run outside their valid ranges (including zero and negative) now and then.
    private static Gen<DoseRegimen> Regimens() =>
        from dose in Gen.OneOf(
            Gen.Choose(0, 200_000).Select(n => Dose.Milligrams(n / 100m)),
            Gen.Choose(1, 50).Select(n => Dose.MilligramsPerKilogram(n)),
            Gen.Choose(1, 2_000).Select(n => Dose.Grams(n / 1000m)))
        from administrations in Gen.Frequency((10, Gen.Choose(1, 3)), (1, Gen.Choose(25, 30)), (1, Gen.Choose(-2, 0)))
        from interval in Gen.Frequency((10, Gen.Elements(1, 7, 14, 28)), (1, Gen.Choose(367, 400)), (1, Gen.Choose(-2, 0)))
        from total in Maybe(Gen.Frequency((8, Gen.Choose(1, 12)), (1, Gen.Choose(-1, 0)), (1, Gen.Choose(1001, 1200))))
        select new DoseRegimen(dose, administrations, interval, total);

    private static Gen<Observation> Observations(ProfileShape shape) =>
        from date in Dates
        from loinc in Gen.Elements(LoincCodes)
        from display in MaybeRef(Gen.Elements("Protein/Creat \"ratio\"", "Hämoglobin ≥ ref", "C3 <low>"))
        from value in Quantities(shape)
        from low in Maybe(Quantities(shape))
        from high in Maybe(Quantities(shape))
        select new Observation { On = date, Code = ClinicalCode.Loinc(loinc, display), Value = value, ReferenceLow = low, ReferenceHigh = high };

    private static Gen<Quantity> Quantities(ProfileShape shape) =>
        Gen.Frequency(
            (20, from unit in Gen.Elements(Quantity.Units.ToArray())
                 from hundredths in Gen.Choose(0, 500_000)
                 select Quantity.Create(hundredths / 100m, unit)),
            (shape.IncludeUnspecified ? 1 : 0, Gen.Constant(default(Quantity))));

    private static Gen<AutoantibodyResult> Autoantibodies(ProfileShape shape) =>
        from antibody in OrDefault(WellKnown<AutoantibodyId>(), shape)
        from date in Maybe(Dates)
        from positive in Gen.Elements(true, false)
        from titer in Maybe(Gen.Frequency((8, Gen.Elements(40, 80, 160, 320, 640, 1280)), (1, Gen.Choose(-3, 0)), (1, Gen.Constant(2_000_000))))
        from level in Maybe(Gen.Choose(0, 100_000).Select(n => Quantity.Create(n / 10m, QuantityUnit.InternationalUnitPerMilliliter)))
        from code in MaybeRef(Gen.Constant(ClinicalCode.Loinc("5048-4")))
        select new AutoantibodyResult { Antibody = antibody, On = date, Positive = positive, TiterDenominator = titer, Level = level, Code = code };

    private static Gen<GenotypeResult> Genotypes(ProfileShape shape) =>
        from gene in OrDefault(WellKnown<GeneSymbol>(), shape)
        from diplotype in MaybeRef(Gen.Elements("*1/*1", "*1/*3A", "*3A/*3C", "158V/F", " ", new string('*', 65)))
        from phenotype in Maybe(WellKnown<GenePhenotype>())
        from date in Maybe(Dates)
        select new GenotypeResult { Gene = gene, Diplotype = diplotype, Phenotype = phenotype, On = date };

    private static Gen<Comorbidity> Comorbidities { get; } =
        from code in Gen.Elements(ClinicalCode.Icd10("I10"), ClinicalCode.Icd10("E11.9"), ClinicalCode.Icd10Cm("N18.30"), ClinicalCode.SnomedCt("38341003"))
        from onset in Maybe(Dates)
        from resolved in Maybe(Dates)
        select new Comorbidity { Code = code, Onset = onset, Resolved = resolved };

    private static Gen<Exposure> Exposures(ProfileShape shape) =>
        from kind in OrDefault(WellKnown<ExposureKind>(), shape)
        from status in Gen.Elements(Enum.GetValues<ExposureStatus>())
        from since in Maybe(Dates)
        from to in Maybe(Dates)
        select new Exposure { Kind = kind, Status = status, From = since, To = to };

    private static Gen<DrugLevel> DrugLevels(ProfileShape shape) =>
        from date in Dates
        from therapy in OrDefault(WellKnown<TherapyId>(), shape)
        from matrix in Gen.Elements(Enum.GetValues<SampleMatrix>())
        from level in Gen.Choose(0, 300_000).Select(n => Concentration.NanogramsPerMilliliter(n / 100m))
        from code in MaybeRef(Gen.Constant(ClinicalCode.Loinc("95921-3")))
        select new DrugLevel { On = date, Therapy = therapy, Matrix = matrix, Level = level, Code = code };

    private static Gen<RefillAdherence> Refills(ProfileShape shape) =>
        from therapy in OrDefault(WellKnown<TherapyId>(), shape)
        from start in Dates
        from length in Gen.Frequency((6, Gen.Choose(0, 365)), (1, Gen.Choose(-30, -1)))
        from pdc in Gen.Choose(0, 10_000).Select(n => Percentage.FromPercent(n / 100m))
        select new RefillAdherence { Therapy = therapy, From = start, To = start.AddDays(length), ProportionOfDaysCovered = pdc };

    private static Gen<AntiDrugAntibodyResult> AntiDrugAntibodies(ProfileShape shape) =>
        from date in Dates
        from therapy in OrDefault(Gen.Elements(TherapyId.Rituximab, TherapyId.Belimumab), shape)
        from positive in Gen.Elements(true, false)
        from level in Maybe(Gen.Choose(0, 10_000).Select(n => Quantity.Create(n, QuantityUnit.NanogramPerMilliliter)))
        select new AntiDrugAntibodyResult { On = date, Therapy = therapy, Positive = positive, Level = level };

    private static Gen<InstrumentAssessment> Assessments(ProfileShape shape) =>
        Gen.OneOf(
            from date in Dates
            from score in Gen.Choose(-2, 12)
            select (InstrumentAssessment)new ToyActivity { On = date, Score = score },
            from date in Dates
            from instrument in OrDefault(Gen.Elements(InstrumentId.Create("sledai-2k"), InstrumentId.Create("mrss")), shape)
            from tenths in Gen.Choose(0, 1000)
            select (InstrumentAssessment)new RecordedScore { On = date, Instrument = instrument, Score = tenths / 10m });

    /// <summary>Every value an identifier type publishes as a static property (its well-known values).</summary>
    public static Gen<T> WellKnown<T>()
        where T : struct, IIdentifier<T> =>
        Gen.Elements(typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(T))
            .Select(p => (T)p.GetValue(null)!)
            .ToArray());

    public static Gen<ImmutableArray<T>> Many<T>(Gen<T> gen, int max) =>
        Gen.Choose(0, max).SelectMany(n => gen.ArrayOf(n)).Select(ImmutableArray.Create);

    public static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    public static Gen<T?> MaybeRef<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<T> OrDefault<T>(Gen<T> gen, ProfileShape shape)
        where T : struct, IIdentifier<T> =>
        Gen.Frequency((30, gen), (shape.IncludeUnspecified ? 1 : 0, Gen.Constant(default(T))));
}
