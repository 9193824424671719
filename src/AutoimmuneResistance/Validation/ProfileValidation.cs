using System.Collections.Immutable;

namespace AutoimmuneResistance;

/// <summary>The core rules followed by every module's and the user's validators.</summary>
internal sealed class ProfileValidation(CoreProfileValidator core, ImmutableArray<IProfileValidator> others)
{
    public ImmutableArray<EvaluationDiagnostic> Validate(PatientProfile profile)
    {
        var diagnostics = new List<EvaluationDiagnostic>();
        if (!core.Validate(profile, diagnostics))
        {
            // A null list element: no validator can read the profile further.
            return [.. diagnostics];
        }

        foreach (var validator in others)
        {
            validator.Validate(profile, diagnostics);
        }

        return [.. diagnostics];
    }
}
