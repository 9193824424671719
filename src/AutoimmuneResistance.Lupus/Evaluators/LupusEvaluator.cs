using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>Shared plumbing of the lupus evaluators: the descriptor, and findings attributed to this evaluator.</summary>
internal abstract class LupusEvaluator : IResistanceEvaluator
{
    protected LupusEvaluator(string id, string title, ImmutableArray<MechanismId> mechanisms, ImmutableArray<Citation> sources)
    {
        Descriptor = new EvaluatorDescriptor
        {
            Id = EvaluatorId.Create(id),
            Title = title,
            AppliesTo = [LupusIds.Sle],
            Mechanisms = mechanisms,
            Sources = sources,
        };
    }

    public EvaluatorDescriptor Descriptor { get; }

    protected EvaluatorId Id => Descriptor.Id;

    public abstract void Evaluate(EvaluationContext context, EvaluationOutput output);

    protected Finding Supported(MechanismId mechanism, RuleId rule, string summary, EvidenceGrade grade) =>
        Finding.Supported(Id, mechanism, rule, summary, grade);

    protected Finding NotSupported(MechanismId mechanism, RuleId rule, string summary, EvidenceGrade grade) =>
        Finding.NotSupported(Id, mechanism, rule, summary, grade);

    protected Finding Unknown(MechanismId mechanism, RuleId rule, string summary, EvidenceGrade grade, DataGap gap) =>
        Finding.Unknown(Id, mechanism, rule, summary, grade, gap);
}
