using System.Globalization;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>What the trivial evaluators of the overhead benchmark do.</summary>
public enum EvaluatorWork
{
    /// <summary>Report nothing.</summary>
    Nothing,

    /// <summary>Report one finding, built once in the evaluator's constructor.</summary>
    OneFinding,
}

/// <summary>Trivial evaluators whose own cost is as close to zero as an evaluator's can be.</summary>
internal static class BenchmarkEvaluators
{
    private static readonly MechanismId Mechanism = MechanismCatalog.CoreId(MechanismCategory.NonAdherence);
    private static readonly RuleId Rule = RuleId.Create("bench.rule");

    /// <summary>Creates <paramref name="count"/> evaluators with distinct ids (<c>bench.e01</c>, ...), applicable to every profile.</summary>
    /// <param name="count">How many.</param>
    /// <param name="work">What each does.</param>
    /// <returns>The evaluators, in id order.</returns>
    public static IResistanceEvaluator[] Create(int count, EvaluatorWork work)
    {
        var evaluators = new IResistanceEvaluator[count];
        for (var i = 0; i < count; i++)
        {
            var descriptor = new EvaluatorDescriptor
            {
                Id = EvaluatorId.Create(string.Create(CultureInfo.InvariantCulture, $"bench.e{i + 1:D2}")),
                Title = "Benchmark evaluator",
                Mechanisms = [Mechanism],
            };
            evaluators[i] = work == EvaluatorWork.Nothing ? new NoOpEvaluator(descriptor) : new OneFindingEvaluator(descriptor);
        }

        return evaluators;
    }

    private sealed class NoOpEvaluator(EvaluatorDescriptor descriptor) : IResistanceEvaluator
    {
        public EvaluatorDescriptor Descriptor { get; } = descriptor;

        public void Evaluate(EvaluationContext context, EvaluationOutput output)
        {
        }
    }

    private sealed class OneFindingEvaluator(EvaluatorDescriptor descriptor) : IResistanceEvaluator
    {
        private readonly Finding _finding = Finding.NotSupported(descriptor.Id, Mechanism, Rule, "Benchmark finding.", EvidenceGrade.ExpertOpinion);

        public EvaluatorDescriptor Descriptor { get; } = descriptor;

        public void Evaluate(EvaluationContext context, EvaluationOutput output) => output.Add(_finding);
    }
}
