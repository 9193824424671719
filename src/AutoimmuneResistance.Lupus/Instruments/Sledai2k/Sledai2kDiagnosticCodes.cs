namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The stable codes of the SLEDAI-2K instrument's input diagnostics (range AIR21xx of the lupus module's AIR2xxx).
/// Codes never change meaning once released; each is described in <c>docs/instruments/sle.sledai-2k.md</c>.
/// </summary>
public static class Sledai2kDiagnosticCodes
{
    /// <summary>A descriptor is listed more than once in <c>present</c>, or more than once in <c>otherCause</c>.</summary>
    public const string DescriptorRepeated = "AIR2101";

    /// <summary>A descriptor is listed both in <c>present</c> and in <c>otherCause</c>; it is attributed either to lupus or to another cause.</summary>
    public const string DescriptorPresentAndOtherCause = "AIR2102";

    /// <summary><c>windowDays</c> is neither 10 (original convention) nor 30 (Touma 2010).</summary>
    public const string WindowNotAllowed = "AIR2103";

    /// <summary>A value is not one of the 24 SLEDAI-2K descriptors (for example an out-of-range number).</summary>
    public const string UnknownDescriptor = "AIR2104";

    /// <summary>A descriptor is listed in <c>absent</c> and also in <c>present</c> or <c>otherCause</c>.</summary>
    public const string DescriptorAbsentAndReported = "AIR2105";

    /// <summary>A descriptor is dated more than once in <c>observedOn</c>.</summary>
    public const string DescriptorDateRepeated = "AIR2106";

    /// <summary>Warning: an observation's code is not one SLEDAI-2K derives a descriptor from; the observation is not used.</summary>
    public const string ObservationNotUsed = "AIR2107";

    /// <summary>An observation's unit does not fit its code (for example platelets in mg/dL, or a protein/creatinine ratio given as 24-hour protein).</summary>
    public const string ObservationUnitNotAccepted = "AIR2108";

    /// <summary>Warning: a complement or anti-dsDNA observation lacks the laboratory limit it is judged against (or gives it in a unit that does not convert); it is not used.</summary>
    public const string ReferenceLimitMissing = "AIR2109";

    /// <summary>
    /// Warning, on a profile evaluated with a definition set that treats unreported descriptors as unknown
    /// (<c>sle.activity.unreported-unknown</c>): a visit's total is unknown because descriptors were not reported; the
    /// visit is not used, and the message names the descriptors.
    /// </summary>
    public const string TotalUnknown = "AIR2110";
}
