using System.Collections.Immutable;
using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// A datum that would sharpen the verdict: the data gaps of the assessment's unknown findings, one entry per datum, with
/// the conclusions it would settle. <see cref="ResistanceVerdict.WouldSharpen"/> lists the most useful first.
/// </summary>
[DebuggerDisplay("{Datum}")]
public sealed record DataNeed
{
    /// <summary>Gets the missing datum, in words (for example "whole-blood hydroxychloroquine level").</summary>
    public required string Datum { get; init; }

    /// <summary>Gets the code of the test that would supply it (for example LOINC 95921-3).</summary>
    /// <value><see langword="null"/> when no single coded test fits.</value>
    public ClinicalCode? Test { get; init; }

    /// <summary>Gets the profile path where the datum belongs (for example <c>$.drugLevels</c>).</summary>
    /// <value><see langword="null"/> when not applicable.</value>
    public string? Path { get; init; }

    /// <summary>Gets the therapies whose verdict the datum would settle (a verdict that cannot tell yet because of it).</summary>
    public ImmutableArray<TherapyId> Therapies { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the organ domains whose verdict the datum would settle.</summary>
    public ImmutableArray<OrganDomain> Domains { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the ids of the unknown findings the datum would decide (<see cref="Finding.Id"/>).</summary>
    public ImmutableArray<string> Settles { get; init => field = value.IsDefault ? [] : value; } = [];
}
