namespace AutoimmuneResistance;

/// <summary>A comorbid condition, coded (ICD-10 or SNOMED CT), with its onset and resolution where known.</summary>
public sealed record Comorbidity
{
    /// <summary>Gets the condition's code.</summary>
    public required ClinicalCode Code { get; init; }

    /// <summary>Gets the onset date.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public DateOnly? Onset { get; init; }

    /// <summary>Gets the resolution date.</summary>
    /// <value><see langword="null"/> while the condition persists or when unknown.</value>
    public DateOnly? Resolved { get; init; }
}
