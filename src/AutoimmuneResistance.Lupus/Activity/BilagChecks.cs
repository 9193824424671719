namespace AutoimmuneResistance.Lupus;

/// <summary>
/// The rules of a BILAG-2004 visit, shared by the SRI-4 instrument's input and the profile's <c>sle.bilag-2004</c>
/// assessments: every entry is present, each of the nine domains is graded at most once, and domains and grades are
/// defined values (the enum reader also accepts numbers).
/// </summary>
internal static class BilagChecks
{
    /// <summary>Adds a diagnostic for each problem of <paramref name="visit"/>.</summary>
    /// <param name="visit">The visit.</param>
    /// <param name="root">The JSON path of the visit.</param>
    /// <param name="diagnostics">Receives the problems.</param>
    public static void Validate(BilagVisit visit, string root, ICollection<EvaluationDiagnostic> diagnostics)
    {
        // Nine domains: a bit per domain marks the graded ones, and paths are formatted only for a problem (profile
        // validation runs this for every BILAG visit of every patient).
        var seen = 0;
        for (var i = 0; i < visit.Domains.Length; i++)
        {
            var entry = visit.Domains[i];
            var path = new EntryPath(root, i);
            if (entry is null)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(DiagnosticCodes.MissingRequiredProperty, "null is not allowed as a list element; remove the element", path.ToString()));
                continue;
            }

            if (!Enum.IsDefined(entry.Domain))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(Sri4DiagnosticCodes.UnknownBilagValue, "not one of the nine BILAG-2004 domains", path + ".domain", value: DiagnosticValues.Of((int)entry.Domain)));
            }
            else if ((seen & (1 << (int)entry.Domain)) != 0)
            {
                diagnostics.Add(EvaluationDiagnostic.Error(
                    Sri4DiagnosticCodes.BilagDomainRepeated,
                    $"the BILAG-2004 domain is graded more than once (first at {new EntryPath(root, FirstIndex(visit, entry.Domain))}); grade each domain once",
                    path.ToString(), value: ActivityJson.Name(entry.Domain)));
            }
            else
            {
                seen |= 1 << (int)entry.Domain;
            }

            if (!Enum.IsDefined(entry.Grade))
            {
                diagnostics.Add(EvaluationDiagnostic.Error(Sri4DiagnosticCodes.UnknownBilagValue, "a BILAG-2004 grade must be A, B, C, D or E", path + ".grade", value: DiagnosticValues.Of((int)entry.Grade)));
            }
        }
    }

    private static int FirstIndex(BilagVisit visit, BilagDomain domain)
    {
        for (var i = 0; ; i++)
        {
            if (visit.Domains[i] is { } entry && entry.Domain == domain)
            {
                return i;
            }
        }
    }

    // The path of one entry, formatted only when a diagnostic needs it.
    private readonly record struct EntryPath(string Root, int Index)
    {
        public static string operator +(EntryPath path, string member) => path.ToString() + member;

        public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Root}.domains[{Index}]");
    }
}

/// <summary>
/// Validates the BILAG-2004 assessments of a profile (<c>sle.bilag-2004</c>) with <see cref="BilagChecks"/>, at
/// <c>$.assessments[i]</c>: a profile with a null, repeated or undefined domain grade is invalid and not evaluated.
/// </summary>
internal sealed class BilagProfileValidator : IProfileValidator
{
    /// <inheritdoc/>
    public void Validate(PatientProfile profile, ICollection<EvaluationDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(diagnostics);
        for (var i = 0; i < profile.Assessments.Length; i++)
        {
            if (profile.Assessments[i] is BilagVisit visit)
            {
                BilagChecks.Validate(visit, $"$.assessments[{i}]", diagnostics);
            }
        }
    }
}
