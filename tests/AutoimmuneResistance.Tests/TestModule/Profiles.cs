namespace AutoimmuneResistance.Tests.TestModule;

// Hand-built profiles shared by the pipeline, JSON and cohort tests.
public static class Profiles
{
    public static PatientProfile Toy(string subject = "T-1", decimal? level = 150m) => new()
    {
        Subject = SubjectId.Create(subject),
        BirthYear = 1990,
        Sex = Sex.Female,
        BodyWeights = [new BodyWeightMeasurement { On = new DateOnly(2023, 1, 1), Weight = BodyWeight.Kilograms(60m) }],
        Diagnoses = [new Diagnosis { Disease = ToyModule.Toy, Onset = new DateOnly(2019, 5, 1), Features = new ToyFeatures { Severe = true } }],
        Therapies =
        [
            new TherapyCourse
            {
                Therapy = TherapyId.Hydroxychloroquine,
                Class = TherapyClass.Antimalarial,
                Regimen = DoseRegimen.Daily(Dose.Milligrams(400m)),
                Start = new DateOnly(2019, 6, 1),
            },
        ],
        DrugLevels = level is { } l
            ? [new DrugLevel { On = new DateOnly(2023, 6, 1), Therapy = TherapyId.Hydroxychloroquine, Matrix = SampleMatrix.WholeBlood, Level = Concentration.Create(l, QuantityUnit.NanogramPerMilliliter) }]
            : [],
        Assessments = [new ToyActivity { On = new DateOnly(2023, 7, 1), Score = 4 }],
    };

    public static ResistancePipeline Pipeline(bool failing = false) =>
        new ResistancePipelineBuilder().AddModule(new ToyModule(failing)).Build();
}
