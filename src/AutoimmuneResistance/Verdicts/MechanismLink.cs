using System.Collections.Immutable;
using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// A mechanism that explains (or was checked as an explanation of) a verdict, with the findings that speak to it: for
/// example non-adherence, unknown, behind a hydroxychloroquine non-response; anti-rituximab antibodies, supported,
/// behind a secondary loss of response to rituximab.
/// </summary>
[DebuggerDisplay("{Mechanism} {Status}")]
public sealed record MechanismLink
{
    /// <summary>Gets the mechanism.</summary>
    public required MechanismId Mechanism { get; init; }

    /// <summary>Gets the mechanism's title from the pipeline's mechanism catalog (filled in by the pipeline when left empty).</summary>
    public string? Title { get; init; }

    /// <summary>Gets what the findings conclude about the mechanism: supported, not supported, or unknown until a named datum is known.</summary>
    public required FindingStatus Status { get; init; }

    /// <summary>Gets the ids of the findings that speak to the mechanism (<see cref="Finding.Id"/>).</summary>
    public ImmutableArray<string> Findings { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets a short clinical phrase for the patient's summary, for example "glucocorticoid dependence: above 5 mg/day at 3 of 3 visits".</summary>
    /// <value><see langword="null"/> when the link is evidence only and has no place in the summary.</value>
    public string? Statement { get; init; }
}
