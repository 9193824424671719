using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json.Serialization;

namespace AutoimmuneResistance;

/// <summary>
/// The result of one input record of a cohort: either an <see cref="Assessment"/> or the <see cref="Errors"/> that
/// explain why the record could not be evaluated. Every input record yields exactly one outcome, in input order.
/// </summary>
[DebuggerDisplay("#{Index} {Subject} {IsSuccess ? \"ok\" : \"error\"}")]
[TypeFormatterSource(typeof(HtmlFormatterSource<CohortOutcome>))]
public sealed record CohortOutcome
{
    /// <summary>Creates an outcome, checking that it holds an assessment or errors, never both and never neither.</summary>
    /// <param name="index">The zero-based position of the record in the input.</param>
    /// <param name="line">The one-based line number in a JSON Lines input, if any.</param>
    /// <param name="subject">The subject, when it could be read.</param>
    /// <param name="assessment">The assessment of a successful record.</param>
    /// <param name="errors">The diagnostics of a failed record (at least one error).</param>
    /// <exception cref="ArgumentException">Both or neither of <paramref name="assessment"/> and <paramref name="errors"/> are given.</exception>
    [JsonConstructor]
    public CohortOutcome(
        long index,
        long? line = null,
        SubjectId? subject = null,
        ResistanceAssessment? assessment = null,
        ImmutableArray<EvaluationDiagnostic> errors = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        errors = errors.IsDefault ? [] : errors;
        if ((assessment is null) == errors.IsEmpty)
        {
            throw new ArgumentException("A cohort outcome holds either an assessment or errors.", nameof(errors));
        }

        Index = index;
        Line = line;
        Subject = subject;
        Assessment = assessment;
        Errors = errors;
    }

    /// <summary>Gets the zero-based position of the record in the input (blank JSON Lines lines are not records).</summary>
    public long Index { get; }

    /// <summary>Gets the one-based line number in a JSON Lines input.</summary>
    /// <value><see langword="null"/> for in-memory input.</value>
    public long? Line { get; }

    /// <summary>Gets the subject.</summary>
    /// <value><see langword="null"/> when the record could not be read far enough to know it.</value>
    public SubjectId? Subject { get; }

    /// <summary>Gets the assessment.</summary>
    /// <value><see langword="null"/> for a failed record.</value>
    public ResistanceAssessment? Assessment { get; }

    /// <summary>Gets the diagnostics of a failed record, each with a JSON path into the record.</summary>
    /// <value>Empty for a successful record.</value>
    public ImmutableArray<EvaluationDiagnostic> Errors { get; }

    /// <summary>Gets whether the record was evaluated.</summary>
    [JsonIgnore]
    public bool IsSuccess => Assessment is not null;

    internal static CohortOutcome Success(long index, long? line, ResistanceAssessment assessment) =>
        new(index, line, assessment.Subject, assessment, []);

    internal static CohortOutcome Failure(long index, long? line, SubjectId? subject, ImmutableArray<EvaluationDiagnostic> errors) =>
        new(index, line, subject, null, errors);
}
