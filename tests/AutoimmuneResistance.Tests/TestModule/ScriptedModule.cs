using System.Collections.Immutable;

namespace AutoimmuneResistance.Tests.TestModule;

// A second toy module whose evaluators and verdict contributors are scripted by the test: it exercises the core's side
// of the verdict contract (answer, concerns, ordering, data needs, summary, reference checks) on exactly the findings
// and verdicts a test needs, through the public module contract and the real pipeline.
public sealed class ScriptedModule(
    DiseaseId disease,
    IEnumerable<IResistanceEvaluator>? evaluators = null,
    IEnumerable<IVerdictContributor>? contributors = null) : IDiseaseModule
{
    private readonly ImmutableArray<IResistanceEvaluator> _evaluators = [.. evaluators ?? []];
    private readonly ImmutableArray<IVerdictContributor> _contributors = [.. contributors ?? []];

    public DiseaseDescriptor Disease { get; } = new()
    {
        Id = disease,
        Name = "Scripted disease " + disease.Value,
        Module = "AutoimmuneResistance.Tests.ScriptedModule",
        Version = "1.0.0",
    };

    public void Configure(DiseaseModuleContext context)
    {
        foreach (var evaluator in _evaluators)
        {
            context.AddEvaluator(evaluator);
        }

        foreach (var contributor in _contributors)
        {
            context.AddVerdictContributor(contributor);
        }
    }
}

// Reports whatever its script reports; applies to one disease.
public sealed class ScriptedEvaluator(EvaluatorId id, DiseaseId disease, Action<EvaluationContext, EvaluationOutput> evaluate) : IResistanceEvaluator
{
    public EvaluatorDescriptor Descriptor { get; } = new() { Id = id, Title = "Scripted evaluator " + id.Value, AppliesTo = [disease] };

    public void Evaluate(EvaluationContext context, EvaluationOutput output) => evaluate(context, output);
}

// Contributes whatever its script contributes.
public sealed class ScriptedContributor(
    DiseaseId disease,
    Action<EvaluationContext, IReadOnlyList<Finding>, VerdictBuilder> contribute) : IVerdictContributor
{
    public DiseaseId Disease => disease;

    public void Contribute(EvaluationContext context, IReadOnlyList<Finding> findings, VerdictBuilder verdict) => contribute(context, findings, verdict);
}
