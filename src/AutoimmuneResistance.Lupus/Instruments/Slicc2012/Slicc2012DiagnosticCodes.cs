namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The stable diagnostic codes (range AIR2800–AIR2899) of the 2012 SLICC classification criteria instrument
/// (<c>sle.slicc-2012-classification</c>), reported with a JSON path into its input document. Codes never change meaning
/// once released.
/// </summary>
public static class Slicc2012DiagnosticCodes
{
    /// <summary>Error: a criterion is listed more than once in the same list.</summary>
    public const string CriterionDuplicated = "AIR2801";

    /// <summary>Error: a criterion is not one of the 17 criteria of the 2012 SLICC criteria.</summary>
    public const string CriterionUndefined = "AIR2802";

    /// <summary>Error: a criterion is listed both as attributed to SLE and as explained by another cause.</summary>
    public const string CriterionContradictory = "AIR2803";

    /// <summary>Warning: a positive direct Coombs test is listed with haemolytic anaemia; it counts only in the absence of haemolytic anaemia, so it is not counted.</summary>
    public const string CoombsWithHemolyticAnemia = "AIR2804";
}
