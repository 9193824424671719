using System.Collections.Immutable;
using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>Describes an <see cref="IResistanceEvaluator"/>: its id, what it applies to, what it speaks to and its sources.</summary>
[DebuggerDisplay("{Id}: {Title}")]
public sealed record EvaluatorDescriptor
{
    /// <summary>Gets the evaluator's id, unique within a pipeline.</summary>
    public required EvaluatorId Id { get; init; }

    /// <summary>Gets a short human-readable title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the evaluator's version; bump it whenever a rule's behaviour changes.</summary>
    /// <value>Defaults to <c>1.0.0</c>.</value>
    public string Version { get; init; } = "1.0.0";

    /// <summary>Gets the diseases the evaluator applies to; it runs only for profiles with one of these diagnoses.</summary>
    /// <value>Empty means every profile.</value>
    public ImmutableArray<DiseaseId> AppliesTo { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the mechanisms its findings speak to.</summary>
    public ImmutableArray<MechanismId> Mechanisms { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the publications its rules rest on.</summary>
    public ImmutableArray<Citation> Sources { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Returns whether the evaluator should run for <paramref name="patient"/>.</summary>
    /// <param name="patient">The profile.</param>
    /// <returns><see langword="true"/> when <see cref="AppliesTo"/> is empty or the profile has one of its diagnoses.</returns>
    public bool AppliesToPatient(PatientProfile patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (AppliesTo.IsEmpty)
        {
            return true;
        }

        foreach (var disease in AppliesTo)
        {
            if (patient.HasDiagnosis(disease))
            {
                return true;
            }
        }

        return false;
    }
}
