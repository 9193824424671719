using System.Diagnostics;

namespace AutoimmuneResistance;

/// <summary>
/// A problem or remark about a profile or its evaluation, with a stable code (<c>AIR####</c>, listed in
/// <c>docs/diagnostics.md</c>), a severity and the JSON path it concerns, for example
/// <c>$.therapies[2].end: the end date precedes the start date</c>. Messages name the field, the rule and the
/// expected form, never the patient's values; the value behind a diagnostic is in <see cref="Value"/>, which a
/// pipeline fills only when asked to (<see cref="ResistancePipelineBuilder.IncludeValuesInDiagnostics(bool)"/>).
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record EvaluationDiagnostic
{
    /// <summary>Gets the severity.</summary>
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>Gets the stable diagnostic code, such as <c>AIR1103</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the message: which rule was broken, or what was noticed.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the JSON path the diagnostic concerns (for example <c>$.therapies[2].end</c>).</summary>
    /// <value><see langword="null"/> when it concerns the record as a whole.</value>
    public string? Path { get; init; }

    /// <summary>
    /// Gets the data behind the diagnostic: the offending value as read (cut after 40 characters), or the message of the
    /// exception an evaluator threw, which may quote the patient's data.
    /// </summary>
    /// <value>
    /// <see langword="null"/> unless the pipeline was built with
    /// <see cref="ResistancePipelineBuilder.IncludeValuesInDiagnostics(bool)"/>: by default the pipeline and its
    /// <see cref="ResistanceJson"/> remove it, so that diagnostics can be logged and shared without patient data.
    /// A module's validator or evaluator passes it to <see cref="Error"/> (or the other factories) and never puts the value in
    /// <see cref="Message"/>.
    /// </value>
    public string? Value { get; init; }

    /// <summary>Gets the evaluator the diagnostic comes from.</summary>
    /// <value><see langword="null"/> for validation and reading diagnostics.</value>
    public EvaluatorId? Evaluator { get; init; }

    /// <summary>Creates an error diagnostic.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">The rule that was broken.</param>
    /// <param name="path">The JSON path, if any.</param>
    /// <param name="value">The value behind it (<see cref="Value"/>), which the message does not quote; shown only on request.</param>
    /// <returns>The diagnostic.</returns>
    public static EvaluationDiagnostic Error(string code, string message, string? path = null, string? value = null) =>
        new() { Severity = DiagnosticSeverity.Error, Code = code, Message = message, Path = path, Value = value };

    /// <summary>Creates a warning diagnostic.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">What was noticed.</param>
    /// <param name="path">The JSON path, if any.</param>
    /// <param name="value">The value behind it (<see cref="Value"/>), which the message does not quote; shown only on request.</param>
    /// <returns>The diagnostic.</returns>
    public static EvaluationDiagnostic Warning(string code, string message, string? path = null, string? value = null) =>
        new() { Severity = DiagnosticSeverity.Warning, Code = code, Message = message, Path = path, Value = value };

    /// <summary>Creates an information diagnostic.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">What was noticed.</param>
    /// <param name="path">The JSON path, if any.</param>
    /// <param name="value">The value behind it (<see cref="Value"/>), which the message does not quote; shown only on request.</param>
    /// <returns>The diagnostic.</returns>
    public static EvaluationDiagnostic Information(string code, string message, string? path = null, string? value = null) =>
        new() { Severity = DiagnosticSeverity.Information, Code = code, Message = message, Path = path, Value = value };

    /// <summary>Returns the code, severity, path and message, and the <see cref="Value"/> when there is one.</summary>
    /// <returns>For example <c>AIR1103 ERROR $.therapies[2].end: the end date precedes the start date</c>.</returns>
    public override string ToString() =>
        $"{Code} {Severity.ToString().ToUpperInvariant()} {(Path is null ? string.Empty : Path + ": ")}{Message}{(Value is null ? string.Empty : " (found: " + Value + ")")}";
}
