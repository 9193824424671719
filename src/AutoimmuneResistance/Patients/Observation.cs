using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// A dated laboratory or physiological observation: a code (usually LOINC) and a value with its unit. The reporting
/// laboratory's reference limits travel with the value, because several instruments judge "low complement" or
/// "raised anti-dsDNA" against the lab's own range.
/// </summary>
[DebuggerDisplay("{Code} = {Value} on {On}")]
public sealed record Observation
{
    /// <summary>Gets the date of the observation (the specimen date for laboratory results).</summary>
    public required DateOnly On { get; init; }

    /// <summary>Gets what was observed (for example LOINC 2890-2, urine protein/creatinine ratio).</summary>
    public required ClinicalCode Code { get; init; }

    /// <summary>Gets the value with its unit.</summary>
    public required Quantity Value { get; init; }

    /// <summary>Gets the laboratory's lower reference limit.</summary>
    /// <value><see langword="null"/> when not reported.</value>
    public Quantity? ReferenceLow { get; init; }

    /// <summary>Gets the laboratory's upper reference limit.</summary>
    /// <value><see langword="null"/> when not reported.</value>
    public Quantity? ReferenceHigh { get; init; }
}
