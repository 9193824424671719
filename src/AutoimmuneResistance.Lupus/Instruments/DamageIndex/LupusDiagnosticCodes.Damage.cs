namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The stable codes of the lupus module's diagnostics (range AIR2xxx). Codes never change meaning once released. This
/// part holds the SLICC/ACR Damage Index codes (AIR2201–AIR2219) and the 2019 EULAR/ACR classification codes
/// (AIR2220–AIR2229); every code is described in <c>docs/instruments/sle.slicc-acr-damage-index.md</c> or
/// <c>docs/instruments/sle.eular-acr-2019-classification.md</c>.
/// </summary>
public static partial class LupusDiagnosticCodes
{
    /// <summary>Error: a damage item is listed more than once.</summary>
    public const string DamageItemDuplicated = "AIR2201";

    /// <summary>Error: a damage item is not one of the 41 items of the index.</summary>
    public const string DamageItemUndefined = "AIR2202";

    /// <summary>Error: a count is outside 1 to 99, or given for an item that does not score 2 for repeats or sites.</summary>
    public const string DamageCountInvalid = "AIR2203";

    /// <summary>Error: a damage date is after the assessment date.</summary>
    public const string DamageDateAfterAssessment = "AIR2204";

    /// <summary>Error: an item gives more than one of <c>since</c>, <c>persistedMonths</c> and <c>episodes</c>, or both <c>count</c> and <c>episodes</c>.</summary>
    public const string DamageTimingConflict = "AIR2205";

    /// <summary>Error: <c>persistedMonths</c> is outside 0 to 1200.</summary>
    public const string DamageDurationOutOfRange = "AIR2206";

    /// <summary>Error: episode dates are given for an item that does not score 2 for repeat episodes.</summary>
    public const string DamageEpisodesNotApplicable = "AIR2207";

    /// <summary>Error: <c>procedure</c> is set on an item without a procedure alternative.</summary>
    public const string DamageProcedureNotApplicable = "AIR2208";

    /// <summary>Warning: an item has been present for less than its persistence requirement; it is not scored (not damage yet).</summary>
    public const string DamageNotYetPersistent = "AIR2209";

    /// <summary>Warning: an item began before SLE onset; it is not scored.</summary>
    public const string DamageBeforeSleOnset = "AIR2210";

    /// <summary>Warning: more than one episode is recorded without dates while the separation rule is on; the item scores 1.</summary>
    public const string DamageRepeatUndated = "AIR2211";

    /// <summary>Error: the SLE onset date is after the assessment date.</summary>
    public const string SleOnsetAfterAssessment = "AIR2212";

    /// <summary>Error: inline damage index definitions break a rule of their own.</summary>
    public const string DamageDefinitionsInvalid = "AIR2213";

    /// <summary>Warning (profile validation): a damage index assessment scores lower than an earlier one; damage does not decrease, so one of them is probably wrong.</summary>
    public const string DamageDecreased = "AIR2214";

    /// <summary>Error: inline damage index definitions reuse the id of the instrument's definitions with different values; give a tuned set its own id.</summary>
    public const string DamageDefinitionsIdReused = "AIR2215";
}
