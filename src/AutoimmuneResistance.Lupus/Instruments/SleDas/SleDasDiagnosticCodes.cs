namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The stable diagnostic codes (range AIR2700–AIR2799) of the SLE Disease Activity Score instrument
/// (<c>sle.sle-das</c>), reported with a JSON path into its input document. Codes never change meaning once released.
/// </summary>
public static class SleDasDiagnosticCodes
{
    /// <summary>Error: the swollen joint count is outside 0 to 28.</summary>
    public const string SwollenJointCountOutOfRange = "AIR2701";

    /// <summary>Error: the proteinuria is outside 0 to 100000 mg/24 h (or mg/g).</summary>
    public const string ProteinuriaOutOfRange = "AIR2702";

    /// <summary>Error: a platelet count (above 0 to 2000 × 10⁹/L) or leukocyte count (above 0 to 500 × 10⁹/L) is out of range.</summary>
    public const string CellCountOutOfRange = "AIR2703";

    /// <summary>Error: a localized and a generalized skin rash are both given; a localized rash is only above the neck, a generalized rash also below it.</summary>
    public const string RashContradictory = "AIR2704";

    /// <summary>Warning: a laboratory value (proteinuria, platelet or leukocyte count) is not given; its item is scored as absent.</summary>
    public const string LaboratoryValueMissing = "AIR2705";

    /// <summary>Error: the prednisone-equivalent dose is outside 0 to 2000 mg/day.</summary>
    public const string PrednisoneOutOfRange = "AIR2706";
}
