using System.Collections.Immutable;

namespace AutoimmuneResistance.Lupus;

/// <summary>
/// One SLEDAI-2K assessment (JSON kind <c>sle.sledai-2k</c>): which descriptors were present in the scoring window
/// and attributed to lupus, and which were present but attributed to another cause (those are recorded, never
/// scored). Used both on a profile (as an <see cref="InstrumentAssessment"/>) and as the instrument's JSON input.
/// </summary>
/// <remarks>
/// Source: Gladman DD, Ibañez D, Urowitz MB. J Rheumatol 2002;29(2):288-91 (PMID 11838846). The window is 10 days by
/// the original convention; Touma Z et al. Lupus 2010;19(1):49-51 (doi:10.1177/0961203309346505) validated 30 days.
/// </remarks>
public sealed record Sledai2kVisit : InstrumentAssessment
{
    /// <summary>Gets the descriptors present in the window and attributed to lupus; each is scored.</summary>
    public ImmutableArray<Sledai2kDescriptor> Present { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the descriptors present but attributed to another cause (infection, drugs, ...); recorded, not scored.</summary>
    public ImmutableArray<Sledai2kDescriptor> OtherCause { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the scoring window the assessor used, in days: 10 (original) or 30 (Touma 2010).</summary>
    /// <value><see langword="null"/> when not stated: the selected definition set's window applies.</value>
    public int? WindowDays { get; init; }
}
