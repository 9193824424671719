using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>A diagnosis of a disease that a registered <see cref="IDiseaseModule"/> models.</summary>
public sealed record Diagnosis
{
    /// <summary>Gets the disease (for example <c>sle</c>).</summary>
    public required DiseaseId Disease { get; init; }

    /// <summary>Gets the onset date as the disease module defines it (diagnosis date for SLE; the first non-Raynaud symptom for systemic sclerosis).</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public DateOnly? Onset { get; init; }

    /// <summary>Gets the diagnosis codes as recorded (ICD-10, ICD-10-CM, SNOMED CT, ...).</summary>
    public ImmutableArray<ClinicalCode> Codes { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the disease-specific features; the concrete type comes from the disease module.</summary>
    /// <value><see langword="null"/> when none are recorded.</value>
    public DiseaseFeatures? Features { get; init; }
}
