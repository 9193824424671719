namespace AutoimmuneResistance;

/// <summary>
/// A total score of an instrument as recorded in a source system, without its items (JSON kind
/// <c>core.recorded-score</c>). Modules that can score items prefer their own assessment types; evaluators may still
/// use a recorded total, and their findings say so.
/// </summary>
public sealed record RecordedScore : InstrumentAssessment
{
    /// <summary>The JSON <c>$kind</c> of this type.</summary>
    public const string Kind = "core.recorded-score";

    /// <summary>Gets the instrument whose total this is.</summary>
    public required InstrumentId Instrument { get; init; }

    /// <summary>Gets the recorded total. Its valid range is the instrument's; the owning module validates it.</summary>
    public required decimal Score { get; init; }
}
