namespace AutoimmuneResistance;

/// <summary>
/// A module's extra validation of profiles (for example that a lupus assessment's descriptors are consistent). The
/// pipeline runs every registered validator after the core rules; validators report with paths and stable codes,
/// and never throw for bad data.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe.</remarks>
public interface IProfileValidator
{
    /// <summary>Validates <paramref name="profile"/> and adds a diagnostic for each problem.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="diagnostics">Where diagnostics go.</param>
    void Validate(PatientProfile profile, ICollection<EvaluationDiagnostic> diagnostics);
}
