namespace AutoimmuneResistance;

/// <summary>
/// Evaluates one aspect of treatment resistance for one patient and reports explained <see cref="Finding"/>s.
/// </summary>
/// <remarks>
/// <para>
/// Contract: implementations are stateless and thread-safe (one instance serves every patient of a cohort, from
/// several threads at once), read no clock (use <see cref="EvaluationContext.AsOf"/>) and do no I/O, so that an
/// evaluation is a pure function of the profile and the selected <see cref="DefinitionSet"/>s.
/// </para>
/// <para>
/// An evaluator that throws does not fail the patient: the pipeline records an <see cref="DiagnosticCodes.EvaluatorFailed"/>
/// error attributed to it, and the other evaluators still run.
/// </para>
/// </remarks>
public interface IResistanceEvaluator
{
    /// <summary>Gets the evaluator's descriptor.</summary>
    EvaluatorDescriptor Descriptor { get; }

    /// <summary>Evaluates <see cref="EvaluationContext.Patient"/> and reports findings and diagnostics to <paramref name="output"/>.</summary>
    /// <param name="context">The patient, evaluation date and selected definitions.</param>
    /// <param name="output">Where findings and diagnostics go.</param>
    void Evaluate(EvaluationContext context, EvaluationOutput output);
}
