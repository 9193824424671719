namespace AutoimmuneResistance;

/// <summary>
/// How a disease module turns its findings into verdicts: it judges each therapy it has rules for, reports verdicts
/// under its named organ-domain definitions, and says which patient-level mechanisms explain the picture. Register one
/// with <see cref="DiseaseModuleContext.AddVerdictContributor(IVerdictContributor)"/>.
/// </summary>
/// <remarks>
/// <para>
/// The pipeline runs contributors after every evaluator has run, for patients with a diagnosis of
/// <see cref="Disease"/>, in disease-id order, with the assessment's findings (their <see cref="Finding.Id"/>s
/// assigned). A contributor refers to findings by id only; the pipeline checks every id, fills mechanism titles from
/// the catalog, derives the patient's answer, collects the data needs, orders everything and writes the summary. The
/// core never names a disease: everything disease-specific is the contributor's.
/// </para>
/// <para>
/// Contract: stateless and thread-safe, no clock, no I/O, like <see cref="IResistanceEvaluator"/>. Values the module's
/// evaluators computed for the patient are available through <see cref="EvaluationContext.GetOrAdd{T}"/> on the same
/// context. A contributor that throws does not fail the patient: its contributions are dropped and an
/// <see cref="DiagnosticCodes.VerdictContributorFailed"/> error is reported.
/// </para>
/// </remarks>
public interface IVerdictContributor
{
    /// <summary>Gets the disease whose patients the contributor judges.</summary>
    DiseaseId Disease { get; }

    /// <summary>Adds the module's verdicts for the patient of <paramref name="context"/> to <paramref name="verdict"/>.</summary>
    /// <param name="context">The patient, evaluation date, selected definitions and the evaluation's shared values.</param>
    /// <param name="findings">Every finding of the assessment so far, in order, each with its id.</param>
    /// <param name="verdict">Where the verdicts go.</param>
    void Contribute(EvaluationContext context, IReadOnlyList<Finding> findings, VerdictBuilder verdict);
}
