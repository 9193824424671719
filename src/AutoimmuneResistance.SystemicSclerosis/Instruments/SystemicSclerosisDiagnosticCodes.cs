namespace AutoimmuneResistance.SystemicSclerosis;

/// <summary>
/// The systemic sclerosis module's diagnostic codes (AIR3xxx): AIR300x shared by every instrument, AIR31xx 2013
/// classification, AIR32xx mRSS, AIR33xx CRISS, AIR34xx EUSTAR activity index, AIR35xx progressive ILD, AIR36xx
/// glucocorticoid renal-crisis risk, AIR37xx disease duration. Each is documented in <c>docs/diagnostics.md</c>.
/// </summary>
public static partial class SystemicSclerosisDiagnosticCodes
{
    /// <summary>Error: the input names a definition set the instrument does not know.</summary>
    public const string UnknownDefinitionSet = "AIR3001";

    /// <summary>Error: a value is not a member of its list (for example a number that names no item, site or antibody).</summary>
    public const string UndefinedValue = "AIR3002";

    /// <summary>Error: a value is listed more than once where each may appear once.</summary>
    public const string ValueRepeated = "AIR3003";
}
