namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The stable diagnostic codes (range AIR2300–AIR2399) of the lupus treat-to-target, lupus nephritis, glucocorticoid
/// exposure and hydroxychloroquine instruments. Every one is an input-validation error reported with a JSON path into
/// the instrument's input document. Codes never change meaning once released.
/// </summary>
public static class TargetDiagnosticCodes
{
    /// <summary><c>definitions</c> names a definition set the instrument does not know.</summary>
    public const string UnknownDefinitionSet = "AIR2301";

    /// <summary>Both a prednisone-equivalent dose and glucocorticoid entries were given; give one of them.</summary>
    public const string ConflictingGlucocorticoidInputs = "AIR2302";

    /// <summary>A glucocorticoid has no prednisone equivalence, or its dose is weight-based (mg/kg), so it cannot be converted.</summary>
    public const string UnconvertibleGlucocorticoid = "AIR2303";

    /// <summary>A physician global assessment is outside 0 to 3.</summary>
    public const string PhysicianGlobalAssessmentOutOfRange = "AIR2304";

    /// <summary>A SLEDAI-2K descriptor is listed twice, or both as present and as due to another cause.</summary>
    public const string DuplicateSledaiDescriptor = "AIR2305";

    /// <summary>A date is out of order: a course ends before it starts, a dose change falls outside its course, a range ends before it starts, or a follow-up precedes its baseline.</summary>
    public const string DateOutOfOrder = "AIR2306";

    /// <summary>A regimen's administrations (1 to 24) or interval (1 to 366 days) is out of range.</summary>
    public const string InvalidRegimen = "AIR2307";

    /// <summary>A therapy course or drug level is not of the therapy (or therapy class) the instrument reads.</summary>
    public const string WrongTherapy = "AIR2308";

    /// <summary>A drug level's LOINC code contradicts its stated sample matrix (95921-3 is whole blood, 3684-8 is serum).</summary>
    public const string MatrixCodeMismatch = "AIR2309";

    /// <summary>A drug level is not a mass concentration (ng/mL, ug/L, mg/L, mg/dL, g/L, g/dL).</summary>
    public const string NotMassConcentration = "AIR2310";

    /// <summary>Proteinuria values of one assessment mix a 24-hour excretion with a protein-to-creatinine ratio.</summary>
    public const string ProteinuriaKindMismatch = "AIR2311";

    /// <summary>The baseline proteinuria is zero (or so close to zero that a follow-up's relative change leaves decimal range), so no relative change can be computed.</summary>
    public const string ZeroBaselineProteinuria = "AIR2312";

    /// <summary>An eGFR is not in mL/min/1.73 m², or is outside 0 to 250 (or a baseline eGFR is so close to zero that a follow-up's percentage of it leaves decimal range).</summary>
    public const string InvalidEgfr = "AIR2313";

    /// <summary>A dose is outside its plausible range (for example a glucocorticoid dose whose prednisone equivalent exceeds the dose ceiling).</summary>
    public const string InvalidDose = "AIR2314";

    /// <summary>A list is empty where at least one entry is needed, or an entry lacks a required part (for example an induction course without therapies).</summary>
    public const string MissingEntry = "AIR2315";

    /// <summary>A date range is longer than the instrument accepts (200 years).</summary>
    public const string RangeTooLong = "AIR2316";
}
