using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>
/// A convenient base for a disease module's evaluators: it builds the <see cref="EvaluatorDescriptor"/> from the id,
/// title, disease, mechanisms and sources, and creates findings attributed to this evaluator (the pipeline drops a
/// finding attributed to another, with <see cref="DiagnosticCodes.FindingMisattributed"/>).
/// </summary>
/// <remarks>
/// The <see cref="IResistanceEvaluator"/> contract applies unchanged: stateless, thread-safe, no clock, no I/O.
/// Implementing the interface directly remains possible, for an evaluator that needs a descriptor of another shape.
/// </remarks>
/// <example>
/// <code>
/// internal sealed class SmokingEvaluator() : ResistanceEvaluator(
///     "my.smoking", "Smoking and antimalarial response", MyIds.Disease, [MyMechanisms.Smoking], [MySources.Smoking])
/// {
///     public override void Evaluate(EvaluationContext context, EvaluationOutput output) =>
///         output.Add(NotSupported(MyMechanisms.Smoking, MyRules.Smoking, "Not a current smoker.", EvidenceGrade.Observational));
/// }
/// </code>
/// </example>
public abstract class ResistanceEvaluator : IResistanceEvaluator
{
    /// <summary>Creates the evaluator and its descriptor.</summary>
    /// <param name="id">The evaluator id, namespaced by the module's disease id (for example <c>sle.non-adherence</c>).</param>
    /// <param name="title">What the evaluator judges, in clinical prose.</param>
    /// <param name="disease">The disease whose patients it evaluates.</param>
    /// <param name="mechanisms">The mechanisms its findings speak to.</param>
    /// <param name="sources">The publications its rules rest on.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid evaluator id.</exception>
    protected ResistanceEvaluator(string id, string title, DiseaseId disease, ImmutableArray<MechanismId> mechanisms, ImmutableArray<Citation> sources)
    {
        Descriptor = new EvaluatorDescriptor
        {
            Id = EvaluatorId.Create(id),
            Title = title,
            AppliesTo = [disease],
            Mechanisms = mechanisms,
            Sources = sources,
        };
    }

    /// <inheritdoc/>
    public EvaluatorDescriptor Descriptor { get; }

    /// <summary>Gets the evaluator's id, the one its findings are attributed to.</summary>
    protected EvaluatorId Id => Descriptor.Id;

    /// <inheritdoc/>
    public abstract void Evaluate(EvaluationContext context, EvaluationOutput output);

    /// <summary>Creates a finding of this evaluator that the data support the mechanism.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <param name="rule">The rule that decided.</param>
    /// <param name="summary">The explanation, in clinical prose.</param>
    /// <param name="grade">The grade of the evidence behind the rule.</param>
    /// <returns>The finding.</returns>
    protected Finding Supported(MechanismId mechanism, RuleId rule, string summary, EvidenceGrade grade) =>
        Finding.Supported(Id, mechanism, rule, summary, grade);

    /// <summary>Creates a finding of this evaluator that the data speak against the mechanism.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <param name="rule">The rule that decided.</param>
    /// <param name="summary">The explanation, in clinical prose.</param>
    /// <param name="grade">The grade of the evidence behind the rule.</param>
    /// <returns>The finding.</returns>
    protected Finding NotSupported(MechanismId mechanism, RuleId rule, string summary, EvidenceGrade grade) =>
        Finding.NotSupported(Id, mechanism, rule, summary, grade);

    /// <summary>Creates a finding of this evaluator that the mechanism cannot be judged yet, naming the data that would settle it.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <param name="rule">The rule that would decide.</param>
    /// <param name="summary">Why it cannot be decided, in clinical prose.</param>
    /// <param name="grade">The grade of the evidence behind the rule.</param>
    /// <param name="gap">The datum that would settle it.</param>
    /// <returns>The finding.</returns>
    protected Finding Unknown(MechanismId mechanism, RuleId rule, string summary, EvidenceGrade grade, DataGap gap) =>
        Finding.Unknown(Id, mechanism, rule, summary, grade, gap);
}
