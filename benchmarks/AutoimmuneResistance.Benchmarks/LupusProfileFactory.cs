using AutoimmuneResistance.Lupus;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>A typical lupus profile for the lupus benchmarks: 10 visits, 6 courses (the size issue 3 names).</summary>
internal static class LupusProfileFactory
{
    public static PatientProfile Typical()
    {
        var start = new DateOnly(2021, 1, 10);
        Sledai2kDescriptor[][] patterns =
        [
            [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.IncreasedDnaBinding],
            [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement],
            [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.LowComplement],
            [Sledai2kDescriptor.Rash],
            [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Alopecia, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.IncreasedDnaBinding],
        ];
        var assessments = new List<InstrumentAssessment>();
        for (var i = 0; i < 10; i++)
        {
            var on = start.AddMonths(3 * i);
            assessments.Add(new Sledai2kVisit { On = on, Present = [.. patterns[i % patterns.Length]] });
            assessments.Add(new PhysicianGlobalAssessment { On = on, Score = 0.5m + (i % 3 * 0.5m) });
        }

        assessments.Add(new BCellDepletion { On = new DateOnly(2023, 3, 15), Complete = false });
        assessments.Add(new InterferonGeneSignature { On = new DateOnly(2022, 6, 1), High = true });

        return new PatientProfile
        {
            Subject = SubjectId.Create("BENCH-SLE-1"),
            BirthYear = 1988,
            Sex = Sex.Female,
            BodyWeights = [new BodyWeightMeasurement { On = start, Weight = BodyWeight.Kilograms(64m) }],
            Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Onset = new DateOnly(2018, 4, 1), Codes = [ClinicalCode.SnomedCt("55464009")] }],
            Therapies =
            [
                new TherapyCourse { Therapy = TherapyId.Hydroxychloroquine, Class = TherapyClass.Antimalarial, Route = Route.Oral, Start = new DateOnly(2018, 5, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(300m)) },
                new TherapyCourse
                {
                    Therapy = TherapyId.Prednisone, Class = TherapyClass.Glucocorticoid, Route = Route.Oral, Start = new DateOnly(2020, 12, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(20m)),
                    DoseChanges = [new DoseChange { On = new DateOnly(2021, 3, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(10m)) }, new DoseChange { On = new DateOnly(2021, 9, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(7.5m)) }],
                },
                new TherapyCourse { Therapy = TherapyId.MycophenolateMofetil, Class = TherapyClass.Antimetabolite, Route = Route.Oral, Start = new DateOnly(2021, 1, 15), End = new DateOnly(2021, 10, 1), StopReason = StopReason.Inefficacy, Regimen = DoseRegimen.Daily(Dose.Grams(2m)) },
                new TherapyCourse { Therapy = TherapyId.Azathioprine, Class = TherapyClass.Antimetabolite, Route = Route.Oral, Start = new DateOnly(2021, 10, 15), End = new DateOnly(2022, 3, 1), StopReason = StopReason.AdverseEvent, Regimen = DoseRegimen.Daily(Dose.Milligrams(100m)) },
                new TherapyCourse { Therapy = TherapyId.Belimumab, Class = TherapyClass.BlysInhibitor, Route = Route.Subcutaneous, Start = new DateOnly(2022, 3, 15), Regimen = new DoseRegimen(Dose.Milligrams(200m), intervalDays: 7) },
                new TherapyCourse { Therapy = TherapyId.Rituximab, Class = TherapyClass.AntiCd20, Route = Route.Intravenous, Start = new DateOnly(2023, 2, 1), End = new DateOnly(2023, 2, 15), Regimen = new DoseRegimen(Dose.Grams(1m), intervalDays: 14, totalAdministrations: 2) },
            ],
            DrugLevels =
            [
                new DrugLevel { On = new DateOnly(2021, 6, 1), Therapy = TherapyId.Hydroxychloroquine, Matrix = SampleMatrix.WholeBlood, Level = Concentration.Create(650m, QuantityUnit.NanogramPerMilliliter) },
                new DrugLevel { On = new DateOnly(2022, 9, 1), Therapy = TherapyId.Hydroxychloroquine, Matrix = SampleMatrix.WholeBlood, Level = Concentration.Create(180m, QuantityUnit.NanogramPerMilliliter) },
            ],
            RefillAdherence = [new RefillAdherence { Therapy = TherapyId.MycophenolateMofetil, From = new DateOnly(2021, 1, 15), To = new DateOnly(2021, 10, 1), ProportionOfDaysCovered = Percentage.FromPercent(91m) }],
            Genotypes =
            [
                new GenotypeResult { Gene = GeneSymbol.Tpmt, Phenotype = GenePhenotype.IntermediateMetabolizer },
                new GenotypeResult { Gene = GeneSymbol.Nudt15, Phenotype = GenePhenotype.NormalMetabolizer },
                new GenotypeResult { Gene = GeneSymbol.Fcgr3a, Diplotype = "158V/F" },
            ],
            Exposures = [new Exposure { Kind = ExposureKind.Smoking, Status = ExposureStatus.Former }],
            Assessments = [.. assessments],
        };
    }
}
