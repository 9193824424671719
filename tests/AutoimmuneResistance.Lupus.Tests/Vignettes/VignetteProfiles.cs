namespace AutoimmuneResistance.Lupus.Tests.Vignettes;

// The lupus vignettes of docs/vignettes.md (shared folder) as profiles, exactly as stated there; where the vignette
// is silent (eGFR values for "eGFR stable", the stop reasons, the prednisone taper doses) the choice is noted.
internal static class VignetteProfiles
{
    public static PatientProfile V1() => new()
    {
        Subject = SubjectId.Create("V1"),
        BirthYear = 1990,
        Sex = Sex.Female,
        BodyWeights = [new BodyWeightMeasurement { On = new DateOnly(2023, 1, 10), Weight = BodyWeight.Kilograms(60m) }],
        Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Onset = new DateOnly(2019, 5, 1), Codes = [ClinicalCode.SnomedCt("55464009")] }],
        Therapies =
        [
            new TherapyCourse { Therapy = TherapyId.Hydroxychloroquine, Class = TherapyClass.Antimalarial, Route = Route.Oral, Start = new DateOnly(2019, 6, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(400m)) },
            new TherapyCourse { Therapy = TherapyId.Prednisone, Class = TherapyClass.Glucocorticoid, Route = Route.Oral, Start = new DateOnly(2022, 6, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(10m)) },
        ],
        Assessments =
        [
            new Sledai2kVisit { On = new DateOnly(2023, 1, 10), Present = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement] },
            new Sledai2kVisit { On = new DateOnly(2023, 4, 12), Present = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement] },
            new Sledai2kVisit { On = new DateOnly(2023, 7, 14), Present = [Sledai2kDescriptor.Arthritis, Sledai2kDescriptor.Rash, Sledai2kDescriptor.LowComplement, Sledai2kDescriptor.Alopecia] },
        ],
    };

    public static PatientProfile V2()
    {
        // eGFR is "stable" in the vignette; 90 mL/min/1.73 m2 at every UPCR date expresses that.
        DateOnly[] dates = [new(2022, 2, 1), new(2022, 5, 1), new(2022, 8, 1), new(2022, 12, 1), new(2023, 3, 1)];
        decimal[] upcr = [3.0m, 2.9m, 2.8m, 2.9m, 2.9m];
        return new PatientProfile
        {
            Subject = SubjectId.Create("V2"),
            BirthYear = 1997,
            Sex = Sex.Female,
            BodyWeights = [new BodyWeightMeasurement { On = new DateOnly(2022, 1, 15), Weight = BodyWeight.Kilograms(55m) }],
            Diagnoses =
            [
                new Diagnosis
                {
                    Disease = LupusIds.Sle,
                    Onset = new DateOnly(2021, 3, 1),
                    Features = new LupusFeatures { RenalBiopsyOn = new DateOnly(2022, 1, 15), NephritisClasses = [LupusNephritisClass.IV], Nephritis = true },
                },
            ],
            Therapies =
            [
                new TherapyCourse { Therapy = TherapyId.MycophenolateMofetil, Class = TherapyClass.Antimetabolite, Route = Route.Oral, Start = new DateOnly(2022, 2, 1), End = new DateOnly(2022, 8, 1), Regimen = DoseRegimen.Daily(Dose.Grams(3m)) },
                new TherapyCourse { Therapy = TherapyId.Prednisone, Class = TherapyClass.Glucocorticoid, Route = Route.Oral, Start = new DateOnly(2022, 2, 1), End = new DateOnly(2022, 8, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(25m)), DoseChanges = [new DoseChange { On = new DateOnly(2022, 5, 1), Regimen = DoseRegimen.Daily(Dose.Milligrams(7.5m)) }] },
                new TherapyCourse { Therapy = TherapyId.Cyclophosphamide, Class = TherapyClass.AlkylatingAgent, Route = Route.Intravenous, Start = new DateOnly(2022, 9, 1), End = new DateOnly(2023, 3, 1), Regimen = new DoseRegimen(Dose.Milligrams(500m), intervalDays: 14, totalAdministrations: 6) },
            ],
            DrugLevels =
            [
                new DrugLevel { On = new DateOnly(2022, 6, 1), Therapy = TherapyId.Hydroxychloroquine, Matrix = SampleMatrix.WholeBlood, Level = Concentration.Create(900m, QuantityUnit.NanogramPerMilliliter), Code = ClinicalCode.Loinc("95921-3") },
                new DrugLevel { On = new DateOnly(2022, 12, 1), Therapy = TherapyId.Hydroxychloroquine, Matrix = SampleMatrix.WholeBlood, Level = Concentration.Create(900m, QuantityUnit.NanogramPerMilliliter), Code = ClinicalCode.Loinc("95921-3") },
            ],
            Observations =
            [
                .. dates.Select((d, i) => new Observation { On = d, Code = ClinicalCode.Loinc("2890-2"), Value = Quantity.Create(upcr[i], QuantityUnit.GramPerGram) }),
                .. dates.Select(d => new Observation { On = d, Code = ClinicalCode.Loinc("98979-8"), Value = Quantity.Create(90m, QuantityUnit.MilliliterPerMinutePer1_73SquareMeter) }),
            ],
        };
    }

    /// <summary>Evaluates through the JSON contract, as a file-based user would: serialize, read back, evaluate.</summary>
    public static ResistanceAssessment EvaluateThroughJson(PatientProfile profile)
    {
        var pipeline = LupusProfiles.Pipeline;
        var read = pipeline.Json.ReadProfile(pipeline.Json.SerializeToUtf8Bytes(profile));
        Assert.False(read.HasErrors, string.Join("; ", read.Diagnostics));
        var assessment = pipeline.Evaluate(read.Profile!);
        Assert.False(assessment.HasErrors, string.Join("; ", assessment.Diagnostics));
        return assessment;
    }
}
