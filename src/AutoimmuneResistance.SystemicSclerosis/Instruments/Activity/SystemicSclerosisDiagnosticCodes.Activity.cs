namespace AutoimmuneResistance.SystemicSclerosis;

/// <content>The revised EUSTAR activity index codes (AIR3401–AIR3409).</content>
public static partial class SystemicSclerosisDiagnosticCodes
{
    /// <summary>Error: the mRSS of the EUSTAR activity index is outside 0 to 51.</summary>
    public const string ActivityMrssOutOfRange = "AIR3401";

    /// <summary>Error: the C-reactive protein is not a mass concentration (for example a value in µmol/L or IU/mL), so it cannot be compared in mg/dL.</summary>
    public const string ActivityCrpUnitNotMass = "AIR3402";
}
