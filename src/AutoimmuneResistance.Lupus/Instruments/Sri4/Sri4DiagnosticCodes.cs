namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The stable codes of the SLE Responder Index instrument's input diagnostics (range AIR26xx of the lupus module's
/// AIR2xxx). A SLEDAI-2K visit inside the input is checked with the <see cref="Sledai2kDiagnosticCodes"/>. Codes never
/// change meaning once released; each is described in <c>docs/instruments/sle.sri-4.md</c>.
/// </summary>
public static class Sri4DiagnosticCodes
{
    /// <summary>A physician global assessment is outside 0 to 3.</summary>
    public const string PgaOutOfRange = "AIR2601";

    /// <summary>A BILAG-2004 domain is graded more than once at one time point (an SRI-4 input, or a <c>sle.bilag-2004</c> assessment of a profile).</summary>
    public const string BilagDomainRepeated = "AIR2602";

    /// <summary>A follow-up date precedes the matching baseline date.</summary>
    public const string FollowUpBeforeBaseline = "AIR2603";

    /// <summary>A BILAG-2004 domain is graded at one time point and not at the other.</summary>
    public const string BilagDomainMissing = "AIR2604";

    /// <summary>A time point gives both a SLEDAI total and a SLEDAI-2K visit, or neither.</summary>
    public const string SledaiSourceInvalid = "AIR2605";

    /// <summary>A SLEDAI total is outside 0 to 105.</summary>
    public const string SledaiTotalOutOfRange = "AIR2606";

    /// <summary>The stated index is SELENA-SLEDAI but a time point is a SLEDAI-2K visit, which is scored with SLEDAI-2K.</summary>
    public const string IndexMismatch = "AIR2607";

    /// <summary>The response threshold is outside 4 to 8 (SRI-4 to SRI-8).</summary>
    public const string ResponseThresholdOutOfRange = "AIR2608";

    /// <summary>A BILAG-2004 domain or grade is not a defined value (for example an out-of-range number), in an SRI-4 input or a profile's <c>sle.bilag-2004</c> assessment.</summary>
    public const string UnknownBilagValue = "AIR2609";

    /// <summary>Warning: some BILAG-2004 domains are graded at neither time point; they cannot contribute a new A or B.</summary>
    public const string BilagDomainsNotGraded = "AIR2610";

    /// <summary>The index is not a defined value (for example an out-of-range number).</summary>
    public const string UnknownIndex = "AIR2611";
}
