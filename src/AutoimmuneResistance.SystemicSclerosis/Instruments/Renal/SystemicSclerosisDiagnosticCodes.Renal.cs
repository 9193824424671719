namespace AutoimmuneResistance.SystemicSclerosis;

/// <content>The glucocorticoid renal-crisis risk codes (AIR3601–AIR3609).</content>
public static partial class SystemicSclerosisDiagnosticCodes
{
    /// <summary>Error: a prednisone-equivalent dose is outside 0 to 2000 mg/day.</summary>
    public const string GlucocorticoidDoseOutOfRange = "AIR3601";

    /// <summary>Error: an exposure ends before it starts.</summary>
    public const string GlucocorticoidExposureEndBeforeStart = "AIR3602";

    /// <summary>Warning: an exposure starts after the assessment date; it cannot be in the look-back window.</summary>
    public const string GlucocorticoidExposureAfterAssessment = "AIR3603";
}
