namespace AutoimmuneResistance.SystemicSclerosis;

/// <content>The CRISS codes (AIR3301–AIR3309).</content>
public static partial class SystemicSclerosisDiagnosticCodes
{
    /// <summary>Error: an mRSS is outside 0 to 51.</summary>
    public const string CrissMrssOutOfRange = "AIR3301";

    /// <summary>Error: a patient or physician global assessment is outside 0 to the definition set's scale maximum.</summary>
    public const string CrissGlobalOutOfRange = "AIR3302";

    /// <summary>Error: a HAQ Disability Index is outside 0 to 3.</summary>
    public const string CrissHaqOutOfRange = "AIR3303";

    /// <summary>Error: a left-ventricular ejection fraction is outside 0 to 100 %, or a haemodynamic value outside 0 to 200.</summary>
    public const string CrissCardiacValueOutOfRange = "AIR3304";
}
