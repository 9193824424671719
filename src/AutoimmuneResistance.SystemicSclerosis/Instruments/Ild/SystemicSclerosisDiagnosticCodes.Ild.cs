namespace AutoimmuneResistance.SystemicSclerosis;

/// <content>The progressive ILD codes (AIR3501–AIR3509).</content>
public static partial class SystemicSclerosisDiagnosticCodes
{
    /// <summary>Error: the follow-up lung function test is not after the baseline test.</summary>
    public const string IldFollowUpNotAfterBaseline = "AIR3501";
}
