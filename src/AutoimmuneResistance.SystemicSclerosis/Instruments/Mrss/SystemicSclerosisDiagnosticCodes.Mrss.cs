namespace AutoimmuneResistance.SystemicSclerosis;

/// <content>The modified Rodnan skin score codes (AIR3201–AIR3209).</content>
public static partial class SystemicSclerosisDiagnosticCodes
{
    /// <summary>Error: a site's score is not a whole number from 0 to 3.</summary>
    public const string MrssScoreOutOfRange = "AIR3201";

    /// <summary>Error: a site of the 17 is not scored; the mRSS needs every site (no partial totals).</summary>
    public const string MrssSiteMissing = "AIR3202";
}
