using System.Collections.Immutable;
using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>Describes a clinical instrument: its stable id, title, version and the publications it implements.</summary>
[DebuggerDisplay("{Id}: {Title}")]
public sealed record InstrumentDescriptor
{
    /// <summary>Gets the instrument's stable id (for example <c>sle.sledai-2k</c>).</summary>
    public required InstrumentId Id { get; init; }

    /// <summary>Gets the instrument's name.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the implementation's version; bump it whenever a computed result can change.</summary>
    /// <value>Defaults to <c>1.0.0</c>.</value>
    public string Version { get; init; } = "1.0.0";

    /// <summary>Gets the publications the instrument's items, weights and rules come from.</summary>
    public ImmutableArray<Citation> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the page that documents the instrument's input, result and worked example (for example <c>docs/instruments/sle.sledai-2k.md</c>).</summary>
    /// <value><see langword="null"/> when none exists.</value>
    public string? Documentation { get; init; }
}
