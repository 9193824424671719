using System.Collections.Immutable;
using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>Describes a disease module: the disease it models, the module's name and version, and the disease's codes.</summary>
[DebuggerDisplay("{Id}: {Name} ({Module} {Version})")]
public sealed record DiseaseDescriptor
{
    /// <summary>Gets the disease id (also the prefix of the module's ids and JSON kinds).</summary>
    public required DiseaseId Id { get; init; }

    /// <summary>Gets the disease's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the module's name (usually its package id).</summary>
    public required string Module { get; init; }

    /// <summary>Gets the module's version, recorded in every assessment's manifest.</summary>
    public required string Version { get; init; }

    /// <summary>Gets codes that identify the disease (ICD-10, SNOMED CT).</summary>
    public ImmutableArray<ClinicalCode> Codes { get; init => field = value.IsDefault ? [] : value; } = [];
}
