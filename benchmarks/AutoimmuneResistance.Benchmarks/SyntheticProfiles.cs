using System.Collections.Immutable;
using System.Globalization;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>
/// Builds "typical" synthetic profiles from core types only (no disease module exists yet): a few diagnoses, seven
/// therapy courses with dose changes, ten visits of laboratory observations and recorded scores, drug levels, refill
/// records, autoantibodies, genotypes, comorbidities and exposures. Deterministic: the same index gives the same
/// profile, and every profile passes core validation without errors.
/// </summary>
internal static class SyntheticProfiles
{
    /// <summary>The diseases the profiles name; <see cref="Pipeline"/> registers a stub module for each.</summary>
    public static readonly DiseaseId Sle = DiseaseId.Create("sle");

    /// <summary>Antiphospholipid syndrome, a second diagnosis of a typical lupus profile.</summary>
    public static readonly DiseaseId Aps = DiseaseId.Create("aps");

    /// <summary>Secondary Sjögren's disease.</summary>
    public static readonly DiseaseId Sjogren = DiseaseId.Create("sjogren");

    private static readonly DateOnly Diagnosed = new(2015, 3, 2);
    private static readonly DateOnly FirstVisit = new(2019, 9, 2);

    private static readonly ClinicalCode C3 = ClinicalCode.Loinc("4485-9", "Complement C3 [Mass/volume] in Serum or Plasma");
    private static readonly ClinicalCode C4 = ClinicalCode.Loinc("4498-2", "Complement C4 [Mass/volume] in Serum or Plasma");
    private static readonly ClinicalCode Upcr = ClinicalCode.Loinc("2890-2", "Protein/Creatinine [Mass Ratio] in Urine");
    private static readonly ClinicalCode Creatinine = ClinicalCode.Loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma");
    private static readonly ClinicalCode Leukocytes = ClinicalCode.Loinc("6690-2", "Leukocytes [#/volume] in Blood");
    private static readonly ClinicalCode Haemoglobin = ClinicalCode.Loinc("718-7", "Hemoglobin [Mass/volume] in Blood");
    private static readonly ClinicalCode Egfr = ClinicalCode.Loinc("33914-3", "Glomerular filtration rate/1.73 sq M.predicted");
    private static readonly ClinicalCode AnaTitre = ClinicalCode.Loinc("5048-4", "Nuclear Ab [Titer] in Serum");
    private static readonly ClinicalCode HcqWholeBlood = ClinicalCode.Loinc("95921-3", "Hydroxychloroquine [Mass/volume] in Blood");
    private static readonly InstrumentId Sledai = InstrumentId.Create("sledai-2k");
    private static readonly InstrumentId Pga = InstrumentId.Create("pga");

    /// <summary>Returns a pipeline that knows the profiles' diseases (so validation reports nothing) and has the given evaluators.</summary>
    /// <param name="evaluators">The evaluators to add.</param>
    /// <returns>The pipeline.</returns>
    public static ResistancePipeline Pipeline(params IEnumerable<IResistanceEvaluator> evaluators) => Builder(evaluators).Build();

    /// <summary>Returns the builder behind <see cref="Pipeline"/>, not yet built.</summary>
    /// <param name="evaluators">The evaluators to add.</param>
    /// <returns>The builder.</returns>
    public static ResistancePipelineBuilder Builder(IEnumerable<IResistanceEvaluator> evaluators)
    {
        var builder = new ResistancePipelineBuilder()
            .AddModule(new StubDiseaseModule(Sle, "Systemic lupus erythematosus"))
            .AddModule(new StubDiseaseModule(Aps, "Antiphospholipid syndrome"))
            .AddModule(new StubDiseaseModule(Sjogren, "Sjögren's disease"));
        foreach (var evaluator in evaluators)
        {
            builder.AddEvaluator(evaluator);
        }

        return builder;
    }

    /// <summary>Returns the subject id of the profile with <paramref name="index"/>: <c>P-</c> and ten digits.</summary>
    /// <param name="index">The profile's index.</param>
    /// <returns>The subject id.</returns>
    public static SubjectId Subject(long index) => SubjectId.Create(string.Create(CultureInfo.InvariantCulture, $"P-{index:D10}"));

    /// <summary>Builds the typical profile number <paramref name="index"/>; values vary a little with the index.</summary>
    /// <param name="index">Any non-negative number.</param>
    /// <returns>The profile.</returns>
    public static PatientProfile Typical(long index)
    {
        var v = (int)(index % 97);
        decimal Jitter(decimal baseValue, decimal step, int period) => baseValue + (step * ((v + period) % period));

        var visits = new DateOnly[10];
        for (var i = 0; i < visits.Length; i++)
        {
            visits[i] = FirstVisit.AddDays((182 * i) + (v % 11));
        }

        var observations = ImmutableArray.CreateBuilder<Observation>((visits.Length * 6) + 1);
        var scores = ImmutableArray.CreateBuilder<InstrumentAssessment>(visits.Length + (visits.Length / 2));
        for (var i = 0; i < visits.Length; i++)
        {
            var on = visits[i];
            var flare = i is 3 or 4;
            observations.Add(Lab(on, C3, Jitter(flare ? 0.62m : 0.95m, 0.03m, 5), QuantityUnit.GramPerLiter, 0.9m, 1.8m));
            observations.Add(Lab(on, C4, Jitter(flare ? 0.06m : 0.14m, 0.01m, 4), QuantityUnit.GramPerLiter, 0.1m, 0.4m));
            observations.Add(Lab(on, Upcr, Jitter(flare ? 180m : 22m, 7m, 6), QuantityUnit.MilligramPerMillimole, null, 30m));
            observations.Add(Lab(on, Creatinine, Jitter(68m, 3m, 5), QuantityUnit.MicromolePerLiter, 45m, 90m));
            observations.Add(Lab(on, Leukocytes, Jitter(flare ? 3.1m : 4.8m, 0.2m, 7), QuantityUnit.BillionPerLiter, 4.0m, 11.0m));
            observations.Add(Lab(on, Haemoglobin, Jitter(flare ? 10.4m : 12.6m, 0.1m, 9), QuantityUnit.GramPerDeciliter, 12.0m, 15.5m));
            scores.Add(new RecordedScore { On = on, Instrument = Sledai, Score = flare ? 10 + (v % 3) : 2 + (2 * (v % 2)) });
            if (i % 2 == 0)
            {
                scores.Add(new RecordedScore { On = on, Instrument = Pga, Score = flare ? 1.8m : 0.5m + (0.1m * (v % 4)) });
            }
        }

        observations.Add(Lab(visits[^1], Egfr, Jitter(88m, 2m, 8), QuantityUnit.MilliliterPerMinutePer1_73SquareMeter, 60m, null));

        return new PatientProfile
        {
            Subject = Subject(index),
            BirthYear = 1970 + (v % 35),
            Sex = v % 9 == 0 ? Sex.Male : Sex.Female,
            BodyWeights =
            [
                Weight(Diagnosed, Jitter(64m, 0.5m, 20)),
                Weight(visits[2], Jitter(66m, 0.5m, 20)),
                Weight(visits[7], Jitter(69m, 0.5m, 20)),
            ],
            Diagnoses =
            [
                new Diagnosis
                {
                    Disease = Sle,
                    Onset = Diagnosed,
                    Codes = [ClinicalCode.Icd10("M32.1", "SLE with organ or system involvement"), ClinicalCode.SnomedCt("55464009", "Systemic lupus erythematosus")],
                },
                new Diagnosis { Disease = Aps, Onset = new DateOnly(2018, 11, 5), Codes = [ClinicalCode.Icd10("D68.6")] },
                new Diagnosis { Disease = Sjogren, Onset = new DateOnly(2017, 4, 18), Codes = [ClinicalCode.Icd10("M35.0")] },
            ],
            Therapies = Courses(v),
            Observations = observations.MoveToImmutable(),
            Autoantibodies =
            [
                new AutoantibodyResult { Antibody = AutoantibodyId.Ana, On = Diagnosed, Positive = true, TiterDenominator = v % 2 == 0 ? 640 : 1280, Code = AnaTitre },
                new AutoantibodyResult { Antibody = AutoantibodyId.AntiSm, On = Diagnosed, Positive = v % 3 != 0 },
                new AutoantibodyResult { Antibody = AutoantibodyId.AntiRo, On = Diagnosed, Positive = true },
                new AutoantibodyResult { Antibody = AutoantibodyId.AntiCardiolipin, On = new DateOnly(2018, 11, 5), Positive = true, Level = Quantity.Create(Jitter(42m, 1m, 10), QuantityUnit.InternationalUnitPerMilliliter) },
                new AutoantibodyResult { Antibody = AutoantibodyId.LupusAnticoagulant, On = new DateOnly(2018, 11, 5), Positive = true },
                DsDna(visits[0], Jitter(45m, 2m, 10)),
                DsDna(visits[3], Jitter(310m, 5m, 10)),
                DsDna(visits[5], Jitter(120m, 3m, 10)),
                DsDna(visits[7], Jitter(60m, 2m, 10)),
                DsDna(visits[9], Jitter(52m, 2m, 10)),
            ],
            Genotypes =
            [
                new GenotypeResult { Gene = GeneSymbol.Tpmt, Diplotype = v % 10 == 0 ? "*1/*3A" : "*1/*1", Phenotype = v % 10 == 0 ? GenePhenotype.IntermediateMetabolizer : GenePhenotype.NormalMetabolizer },
                new GenotypeResult { Gene = GeneSymbol.Nudt15, Diplotype = "*1/*1", Phenotype = GenePhenotype.NormalMetabolizer },
                new GenotypeResult { Gene = GeneSymbol.Cyp3a5, Diplotype = "*3/*3", Phenotype = GenePhenotype.PoorMetabolizer },
                new GenotypeResult { Gene = GeneSymbol.Fcgr3a, Diplotype = "158V/F" },
            ],
            Comorbidities =
            [
                new Comorbidity { Code = ClinicalCode.Icd10("I10", "Essential hypertension"), Onset = new DateOnly(2020, 2, 1) },
                new Comorbidity { Code = ClinicalCode.Icd10("E66.9"), Onset = new DateOnly(2021, 6, 1), Resolved = new DateOnly(2023, 1, 10) },
            ],
            Exposures =
            [
                new Exposure { Kind = ExposureKind.Smoking, Status = ExposureStatus.Former, From = new DateOnly(2004, 1, 1), To = new DateOnly(2015, 3, 1) },
                new Exposure { Kind = ExposureKind.UvLight, Status = ExposureStatus.Current },
            ],
            DrugLevels =
            [
                HcqLevel(visits[1], Jitter(980m, 15m, 10)),
                HcqLevel(visits[3], Jitter(410m, 15m, 10)),
                HcqLevel(visits[6], Jitter(760m, 15m, 10)),
                HcqLevel(visits[9], Jitter(820m, 15m, 10)),
            ],
            RefillAdherence =
            [
                Refill(TherapyId.Hydroxychloroquine, 2019, Jitter(92m, 1m, 6)),
                Refill(TherapyId.Hydroxychloroquine, 2020, Jitter(61m, 1m, 6)),
                Refill(TherapyId.Hydroxychloroquine, 2021, Jitter(85m, 1m, 6)),
                Refill(TherapyId.Hydroxychloroquine, 2022, Jitter(88m, 1m, 6)),
                Refill(TherapyId.Hydroxychloroquine, 2023, Jitter(90m, 1m, 6)),
                Refill(TherapyId.MycophenolateMofetil, 2017, Jitter(79m, 1m, 6)),
                Refill(TherapyId.MycophenolateMofetil, 2018, Jitter(83m, 1m, 6)),
                Refill(TherapyId.Azathioprine, 2020, Jitter(94m, 1m, 6)),
            ],
            AntiDrugAntibodies =
            [
                new AntiDrugAntibodyResult { On = new DateOnly(2023, 9, 4), Therapy = TherapyId.Rituximab, Positive = v % 8 == 0 },
            ],
            Assessments = scores.MoveToImmutable(),
        };
    }

    private static ImmutableArray<TherapyCourse> Courses(int v) =>
    [
        new TherapyCourse
        {
            Therapy = TherapyId.Hydroxychloroquine,
            Class = TherapyClass.Antimalarial,
            Code = ClinicalCode.Atc("P01BA02"),
            Regimen = DoseRegimen.Daily(Dose.Milligrams(400m)),
            DoseChanges = [new DoseChange { On = new DateOnly(2019, 1, 7), Regimen = DoseRegimen.Daily(Dose.Milligrams(v % 2 == 0 ? 300m : 200m)) }],
            Start = new DateOnly(2015, 3, 16),
        },
        new TherapyCourse
        {
            Therapy = TherapyId.Prednisone,
            Class = TherapyClass.Glucocorticoid,
            Code = ClinicalCode.Atc("H02AB07"),
            Regimen = DoseRegimen.Daily(Dose.Milligrams(30m)),
            DoseChanges =
            [
                new DoseChange { On = new DateOnly(2015, 5, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(20m)) },
                new DoseChange { On = new DateOnly(2015, 8, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(10m)) },
                new DoseChange { On = new DateOnly(2016, 2, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(5m)) },
            ],
            Start = new DateOnly(2015, 3, 16),
            End = new DateOnly(2017, 1, 31),
            StopReason = StopReason.Remission,
        },
        new TherapyCourse
        {
            Therapy = TherapyId.MycophenolateMofetil,
            Class = TherapyClass.Antimetabolite,
            Code = ClinicalCode.Atc("L04AA06"),
            Regimen = new DoseRegimen(Dose.Milligrams(1000m), administrations: 2),
            DoseChanges = [new DoseChange { On = new DateOnly(2017, 3, 1), Regimen = new DoseRegimen(Dose.Milligrams(1500m), administrations: 2) }],
            Start = new DateOnly(2016, 1, 11),
            End = new DateOnly(2019, 6, 28),
            StopReason = StopReason.Inefficacy,
        },
        new TherapyCourse
        {
            Therapy = TherapyId.Azathioprine,
            Class = TherapyClass.Antimetabolite,
            Code = ClinicalCode.Atc("L04AX01"),
            Regimen = DoseRegimen.Daily(Dose.Milligrams(100m)),
            DoseChanges = [new DoseChange { On = new DateOnly(2019, 10, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(150m)) }],
            Start = new DateOnly(2019, 7, 1),
            End = new DateOnly(2020, 12, 18),
            StopReason = StopReason.AdverseEvent,
        },
        new TherapyCourse
        {
            Therapy = TherapyId.Belimumab,
            Class = TherapyClass.BlysInhibitor,
            Code = ClinicalCode.Atc("L04AG04"),
            Route = Route.Intravenous,
            Regimen = new DoseRegimen(Dose.MilligramsPerKilogram(10m), intervalDays: 28),
            DoseChanges = [new DoseChange { On = new DateOnly(2022, 1, 10), Regimen = new DoseRegimen(Dose.Milligrams(200m), intervalDays: 7) }],
            Start = new DateOnly(2021, 1, 15),
        },
        new TherapyCourse
        {
            Therapy = TherapyId.Rituximab,
            Class = TherapyClass.AntiCd20,
            Code = ClinicalCode.Atc("L01FA01"),
            Route = Route.Intravenous,
            Regimen = new DoseRegimen(Dose.Grams(1m), intervalDays: 14, totalAdministrations: 2),
            Start = new DateOnly(2023, 3, 1),
            End = new DateOnly(2023, 3, 15),
            StopReason = StopReason.Other,
        },
        new TherapyCourse
        {
            Therapy = TherapyId.Prednisone,
            Class = TherapyClass.Glucocorticoid,
            Code = ClinicalCode.Atc("H02AB07"),
            Regimen = DoseRegimen.Daily(Dose.Milligrams(20m)),
            DoseChanges =
            [
                new DoseChange { On = new DateOnly(2021, 5, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(15m)) },
                new DoseChange { On = new DateOnly(2021, 9, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(10m)) },
                new DoseChange { On = new DateOnly(2022, 3, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(7.5m)) },
            ],
            Start = new DateOnly(2021, 3, 1),
        },
    ];

    private static Observation Lab(DateOnly on, ClinicalCode code, decimal value, QuantityUnit unit, decimal? low, decimal? high) => new()
    {
        On = on,
        Code = code,
        Value = Quantity.Create(value, unit),
        ReferenceLow = low is { } l ? Quantity.Create(l, unit) : null,
        ReferenceHigh = high is { } h ? Quantity.Create(h, unit) : null,
    };

    private static BodyWeightMeasurement Weight(DateOnly on, decimal kilograms) => new() { On = on, Weight = BodyWeight.Kilograms(kilograms) };

    private static AutoantibodyResult DsDna(DateOnly on, decimal level) => new()
    {
        Antibody = AutoantibodyId.AntiDsDna,
        On = on,
        Positive = level > 100m,
        Level = Quantity.Create(level, QuantityUnit.InternationalUnitPerMilliliter),
    };

    private static DrugLevel HcqLevel(DateOnly on, decimal nanogramsPerMilliliter) => new()
    {
        On = on,
        Therapy = TherapyId.Hydroxychloroquine,
        Matrix = SampleMatrix.WholeBlood,
        Level = Concentration.NanogramsPerMilliliter(nanogramsPerMilliliter),
        Code = HcqWholeBlood,
    };

    private static RefillAdherence Refill(TherapyId therapy, int year, decimal percent) => new()
    {
        Therapy = therapy,
        From = new DateOnly(year, 1, 1),
        To = new DateOnly(year, 12, 31),
        ProportionOfDaysCovered = Percentage.FromPercent(percent),
    };

    /// <summary>A module that registers a disease and nothing else, so that profiles naming it validate cleanly.</summary>
    private sealed class StubDiseaseModule(DiseaseId id, string name) : IDiseaseModule
    {
        public DiseaseDescriptor Disease { get; } = new() { Id = id, Name = name, Module = "AutoimmuneResistance.Benchmarks.Stub", Version = "0.0.0" };

        public void Configure(DiseaseModuleContext context)
        {
        }
    }
}
