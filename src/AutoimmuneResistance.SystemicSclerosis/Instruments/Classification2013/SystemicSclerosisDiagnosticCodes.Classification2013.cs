namespace AutoimmuneResistance.SystemicSclerosis;

/// <content>The 2013 ACR/EULAR classification criteria codes (AIR3101–AIR3109).</content>
public static partial class SystemicSclerosisDiagnosticCodes
{
    /// <summary>Error: skin thickening sparing the fingers is stated together with an item of finger skin thickening (the sufficient criterion, puffy fingers or sclerodactyly).</summary>
    public const string ClassificationFingersContradictory = "AIR3101";
}
