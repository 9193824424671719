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
}
