namespace AutoimmuneResistance.SystemicSclerosis;

/// <content>The disease-duration codes (AIR3701–AIR3709).</content>
public static partial class SystemicSclerosisDiagnosticCodes
{
    /// <summary>Error: the first non-Raynaud manifestation is after the assessment date.</summary>
    public const string DurationOnsetAfterAssessment = "AIR3701";
}
