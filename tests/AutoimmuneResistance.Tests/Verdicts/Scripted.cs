using AutoimmuneResistance.Tests.TestModule;

namespace AutoimmuneResistance.Tests.Verdicts;

// Runs the pipeline on one patient with the disease "scripted": one evaluator reports the given findings (ids f1, f2,
// ... in that order), and one contributor reports what the test scripts. Names no real disease.
internal static class Scripted
{
    public static readonly DiseaseId Disease = DiseaseId.Create("scripted");
    public static readonly EvaluatorId Evaluator = EvaluatorId.Create("scripted.findings");
    public static readonly MechanismId Adherence = MechanismCatalog.CoreId(MechanismCategory.NonAdherence);
    public static readonly MechanismId Exposure = MechanismCatalog.CoreId(MechanismCategory.Exposure);
    public static readonly RuleId Rule = RuleId.Create("scripted.rule");
    public static readonly DateOnly AsOf = new(2024, 1, 1);

    public static Finding Supported(string summary = "The data support it.") =>
        Finding.Supported(Evaluator, Adherence, Rule, summary, EvidenceGrade.ExpertOpinion);

    public static Finding NotSupported(string summary = "The data speak against it.") =>
        Finding.NotSupported(Evaluator, Adherence, Rule, summary, EvidenceGrade.ExpertOpinion);

    public static Finding Unknown(string datum, ClinicalCode? test = null, string? path = null) =>
        Finding.Unknown(Evaluator, Adherence, Rule, "Cannot be decided yet.", EvidenceGrade.ExpertOpinion, new DataGap { Datum = datum, Test = test, Path = path });

    public static PatientProfile Patient(params DiseaseId[] diseases) => new()
    {
        Subject = SubjectId.Create("S-1"),
        Diagnoses = [.. diseases.Select(d => new Diagnosis { Disease = d })],
    };

    public static ScriptedEvaluator Reporting(IEnumerable<Finding> findings, DiseaseId? disease = null, EvaluatorId? id = null) =>
        new(id ?? Evaluator, disease ?? Disease, (_, output) =>
        {
            foreach (var finding in findings)
            {
                output.Add(finding);
            }
        });

    public static ResistancePipeline Pipeline(IEnumerable<Finding> findings, Action<IReadOnlyList<Finding>, VerdictBuilder> contribute) =>
        new ResistancePipelineBuilder()
            .AddModule(new ScriptedModule(Disease, [Reporting(findings)], [new ScriptedContributor(Disease, (_, f, v) => contribute(f, v))]))
            .Build();

    public static ResistanceAssessment Evaluate(IEnumerable<Finding> findings, Action<IReadOnlyList<Finding>, VerdictBuilder> contribute) =>
        Pipeline(findings, contribute).Evaluate(Patient(Disease), new EvaluationOptions { AsOf = AsOf });

    public static ResistanceVerdict Verdict(IEnumerable<Finding> findings, Action<IReadOnlyList<Finding>, VerdictBuilder> contribute)
    {
        var assessment = Evaluate(findings, contribute);
        Assert.False(assessment.HasErrors, string.Join("; ", assessment.Diagnostics));
        return assessment.Verdict!;
    }

    public static ResistanceVerdict Verdict(Action<VerdictBuilder> contribute) => Verdict([], (_, v) => contribute(v));

    public static TherapyVerdict Therapy(
        TherapyId therapy,
        ResistanceAnswer resistance,
        DateOnly? start = null,
        string? name = null,
        string[]? findings = null,
        MechanismLink[]? explainedBy = null) => new()
        {
            Therapy = therapy,
            Name = name ?? Name(therapy),
            Disease = Disease,
            Outcome = resistance switch
            {
                ResistanceAnswer.Shown => TherapyOutcome.PrimaryNonResponse,
                ResistanceAnswer.NotShown => TherapyOutcome.Response,
                _ => TherapyOutcome.Unknown,
            },
            Resistance = resistance,
            Statement = $"{name ?? Name(therapy)}: {Words(resistance)}.",
            Courses = start is { } s ? [new CourseOutcome { Course = "$.therapies[0]", Start = s, Outcome = TherapyOutcome.Unknown }] : [],
            Findings = [.. findings ?? []],
            ExplainedBy = [.. explainedBy ?? []],
        };

    public static DomainVerdict Domain(OrganDomain domain, ResistanceAnswer answer, string? definition = null, string[]? findings = null, MechanismLink[]? explainedBy = null) => new()
    {
        Domain = domain,
        Disease = Disease,
        Definition = definition ?? $"refractory {domain.Value} disease (Example 2024)",
        Answer = answer,
        Statement = $"The {domain.Value} definition: {Words(answer)}.",
        Findings = [.. findings ?? []],
        ExplainedBy = [.. explainedBy ?? []],
    };

    public static MechanismLink Link(FindingStatus status, params string[] findings) => new() { Mechanism = Adherence, Status = status, Findings = [.. findings] };

    public static string Words(ResistanceAnswer answer) => answer switch
    {
        ResistanceAnswer.Shown => "resistance shown",
        ResistanceAnswer.NotShown => "responded",
        _ => "not yet decidable",
    };

    private static string Name(TherapyId therapy) => TherapyCatalog.BuiltIn.TryGet(therapy, out var definition) ? definition.Name : "Unlisted therapy";
}
