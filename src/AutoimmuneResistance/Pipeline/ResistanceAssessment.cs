using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// The result of evaluating one profile: the <see cref="Verdict"/> (is the disease resisting treatment, to what, and
/// why), the findings underneath it (ordered by evaluator id, then as reported, each with an id the verdict points
/// at), every diagnostic, and a manifest that makes the result reproducible. Serializes to byte-identical JSON for the
/// same input, library version and definition sets.
/// </summary>
[DebuggerDisplay("Subject = {Subject}, Findings = {Findings.Length}, HasErrors = {HasErrors}")]
[TypeFormatterSource(typeof(HtmlFormatterSource<ResistanceAssessment>))]
public sealed record ResistanceAssessment
{
    /// <summary>The schema version this library writes.</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>Gets the schema version of the document.</summary>
    /// <value>Defaults to <see cref="CurrentSchemaVersion"/>; required in JSON documents.</value>
    [JsonRequired]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the subject evaluated.</summary>
    public required SubjectId Subject { get; init; }

    /// <summary>Gets the evaluation date.</summary>
    /// <value><see langword="null"/> when none could be determined (see <see cref="DiagnosticCodes.NoEvaluationDate"/>).</value>
    public DateOnly? AsOf { get; init; }

    /// <summary>Gets the verdict: the answer for the patient, per therapy and per organ domain, with its reasons and the data that would sharpen it.</summary>
    /// <value><see langword="null"/> when the profile was not evaluated (it was invalid, or had no evaluation date).</value>
    public ResistanceVerdict? Verdict { get; init; }

    /// <summary>Gets the findings, ordered by evaluator id and then in the order each evaluator reported them.</summary>
    public ImmutableArray<Finding> Findings { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets validation and evaluation diagnostics.</summary>
    public ImmutableArray<EvaluationDiagnostic> Diagnostics { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Gets every publication the findings and the verdict's options cite, once each, in order of first use. In JSON
    /// this is the document's citation list, and findings and options refer to it by <see cref="Citation.Key"/>.
    /// </summary>
    public ImmutableArray<Citation> Citations
    {
        get
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var cited = ImmutableArray.CreateBuilder<Citation>();
            foreach (var finding in Findings)
            {
                Collect(finding.Citations, keys, cited);
                Collect(finding.Effects, keys, cited);
            }

            if (Verdict is { } verdict)
            {
                foreach (var therapy in verdict.Therapies)
                {
                    foreach (var option in therapy.Options)
                    {
                        Collect(option.Citations, keys, cited);
                        Collect(option.Effects, keys, cited);
                    }
                }

                foreach (var domain in verdict.Domains)
                {
                    foreach (var option in domain.Options)
                    {
                        Collect(option.Citations, keys, cited);
                        Collect(option.Effects, keys, cited);
                    }
                }
            }

            return cited.ToImmutable();
        }
    }

    /// <summary>Gets the manifest: versions, definition sets and the input's content hash.</summary>
    public required AssessmentManifest Manifest { get; init; }

    /// <summary>Gets whether any diagnostic is an error (the profile was invalid, or an evaluator failed).</summary>
    [JsonIgnore]
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the warning diagnostics.</summary>
    [JsonIgnore]
    public IEnumerable<EvaluationDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);

    private static void Collect(ImmutableArray<Citation> citations, HashSet<string> keys, ImmutableArray<Citation>.Builder cited)
    {
        foreach (var citation in citations)
        {
            if (keys.Add(citation.Key))
            {
                cited.Add(citation);
            }
        }
    }

    private static void Collect(ImmutableArray<PublishedEffect> effects, HashSet<string> keys, ImmutableArray<Citation>.Builder cited)
    {
        foreach (var effect in effects)
        {
            if (keys.Add(effect.Citation.Key))
            {
                cited.Add(effect.Citation);
            }
        }
    }

    /// <summary>Returns the findings about <paramref name="mechanism"/>.</summary>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>The matching findings, in order.</returns>
    public IEnumerable<Finding> FindingsFor(MechanismId mechanism) => Findings.Where(f => f.Mechanism == mechanism);
}
