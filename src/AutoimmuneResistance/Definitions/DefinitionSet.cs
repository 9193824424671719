using System.Collections.Immutable;
using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// Base of a named, versioned set of definitions (thresholds, windows and switches) that evaluators apply. Where
/// published definitions disagree (for example lupus nephritis complete response under EULAR/ERA-EDTA 2019 versus
/// KDIGO 2024), each variant is a definition set; a pipeline selects one per definition-set type, and every
/// assessment's manifest records which were used.
/// </summary>
/// <remarks>
/// Modules derive sealed records holding their values, register them through
/// <see cref="DiseaseModuleContext.AddDefinitionSet(DefinitionSet, bool)"/>, and evaluators read the selected one with
/// <see cref="SelectedDefinitionSets.Get{T}"/>. A user may tune a set with <c>with { ... }</c>; give the result a
/// new <see cref="Id"/> so that manifests never confuse it with the published variant.
/// </remarks>
[DebuggerDisplay("{Id} {Version}")]
public abstract record DefinitionSet
{
    /// <summary>Gets the definition set's id.</summary>
    public required DefinitionSetId Id { get; init; }

    /// <summary>Gets the version of the set; bump it whenever a value changes.</summary>
    public required string Version { get; init; }

    /// <summary>Gets a short human-readable title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the publications the values come from.</summary>
    public ImmutableArray<Citation> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Checks the set's values and returns every problem found (empty when valid).</summary>
    /// <returns>One line per broken rule, each naming the member.</returns>
    public virtual IReadOnlyList<string> Validate() => [];
}
