namespace AutoimmuneResistance.Lupus;

/// <content>The 2019 EULAR/ACR classification criteria codes (AIR2220–AIR2229).</content>
public static partial class LupusDiagnosticCodes
{
    /// <summary>Error: a criterion is listed more than once in the same list.</summary>
    public const string ClassificationCriterionDuplicated = "AIR2220";

    /// <summary>Error: a criterion is not one of the 21 criteria of the 2019 EULAR/ACR criteria.</summary>
    public const string ClassificationCriterionUndefined = "AIR2221";

    /// <summary>Error: a criterion is listed both as attributed to SLE and as better explained by another cause.</summary>
    public const string ClassificationCriterionContradictory = "AIR2222";

    /// <summary>Warning: no ANA result (HEp-2 titre or equivalent test) is given, so the entry criterion cannot be met.</summary>
    public const string ClassificationAnaMissing = "AIR2223";
}
