namespace AutoimmuneResistance.Lupus.Tests;

// Small builders for lupus test profiles; every date is explicit so that windows are clear.
internal static class LupusProfiles
{
    public static readonly ResistancePipeline Pipeline = new ResistancePipelineBuilder().AddLupus().Build();

    public static PatientProfile Patient(params TherapyCourse[] courses) => new()
    {
        Subject = SubjectId.Create("L-1"),
        BirthYear = 1990,
        Sex = Sex.Female,
        Diagnoses = [new Diagnosis { Disease = LupusIds.Sle, Onset = new DateOnly(2019, 5, 1) }],
        Therapies = [.. courses],
    };

    public static TherapyCourse Course(TherapyId therapy, TherapyClass @class, DateOnly start, DateOnly? end = null, StopReason? stop = null, decimal milligrams = 100m) => new()
    {
        Therapy = therapy,
        Class = @class,
        Route = Route.Oral,
        Start = start,
        End = end,
        StopReason = stop,
        Regimen = DoseRegimen.Daily(Dose.Milligrams(milligrams)),
    };

    public static GenotypeResult Genotype(GeneSymbol gene, GenePhenotype? phenotype = null, string? diplotype = null) =>
        new() { Gene = gene, Phenotype = phenotype, Diplotype = diplotype, On = new DateOnly(2020, 1, 1) };

    public static Sledai2kVisit Sledai(DateOnly on, params Sledai2kDescriptor[] present) => new() { On = on, Present = [.. present] };

    public static IReadOnlyList<Finding> Findings(PatientProfile patient, string evaluator)
    {
        var assessment = Pipeline.Evaluate(patient);
        Assert.False(assessment.HasErrors, string.Join("; ", assessment.Diagnostics));
        return [.. assessment.Findings.Where(f => f.Evaluator.Value == evaluator)];
    }
}
