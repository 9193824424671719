namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// Checks the recorded scores of the CRISS core measures that have no item-level type in the module: the patient and
/// physician global assessments (<c>ssc.patient-global</c>, <c>ssc.physician-global</c>) from 0 to 10 (the scale of
/// <see cref="CrissDefinitions.Acr2016"/>; UNCONFIRMED, clinical reference §8.2) and the HAQ Disability Index
/// (<c>ssc.haq-di</c>) from 0 to 3. Out of range is an error with the instrument's codes (AIR3302, AIR3303).
/// </summary>
internal sealed class CrissMeasureValidator : IProfileValidator
{
    private const decimal HaqMaximum = 3m;

    /// <inheritdoc/>
    public void Validate(PatientProfile profile, ICollection<EvaluationDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(diagnostics);
        for (var i = 0; i < profile.Assessments.Length; i++)
        {
            if (profile.Assessments[i] is not RecordedScore score)
            {
                continue;
            }

            var path = ProfilePaths.Assessment(i) + ".score";
            if ((score.Instrument == SystemicSclerosisIds.PatientGlobal || score.Instrument == SystemicSclerosisIds.PhysicianGlobal)
                && (score.Score < 0m || score.Score > CrissDefinitions.Acr2016.GlobalScaleMaximum))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.CrissGlobalOutOfRange, "a patient or physician global assessment must be between 0 and 10", path, value: DiagnosticValues.Of(score.Score)));
            }
            else if (score.Instrument == SystemicSclerosisIds.HaqDi && score.Score is < 0m or > HaqMaximum)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(SystemicSclerosisDiagnosticCodes.CrissHaqOutOfRange, "the HAQ Disability Index must be between 0 and 3", path, value: DiagnosticValues.Of(score.Score)));
            }
        }
    }
}
