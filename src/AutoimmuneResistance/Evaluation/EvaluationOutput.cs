namespace AutoimmuneResistance;

/// <summary>
/// Collects what evaluators report for one patient. The pipeline owns one per evaluation and checks that every
/// finding is attributed to the evaluator that reported it; tests can create their own to run one evaluator alone.
/// </summary>
/// <remarks>Not thread-safe: one evaluation writes to it at a time.</remarks>
public sealed class EvaluationOutput
{
    private readonly List<Finding> _findings = [];
    private readonly List<EvaluationDiagnostic> _diagnostics = [];
    private EvaluatorId? _current;

    /// <summary>Gets the findings reported so far, in order.</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Gets the diagnostics reported so far, in order.</summary>
    public IReadOnlyList<EvaluationDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Reports a finding and gives it its id within the assessment.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The finding as reported, with its <see cref="Finding.Id"/>; a verdict contributor refers to it by that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is <see langword="null"/>.</exception>
    public Finding Add(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (_current is { } current && finding.Evaluator != current)
        {
            _diagnostics.Add(new EvaluationDiagnostic
            {
                Severity = DiagnosticSeverity.Error,
                Code = DiagnosticCodes.FindingMisattributed,
                Message = $"evaluator '{current}' reported a finding attributed to '{finding.Evaluator}'; the finding was dropped",
                Evaluator = current,
            });

            // Dropped, so not reported: it must not carry an id that points at another finding of the assessment.
            return finding.Id is null ? finding : finding with { Id = null };
        }

        // Ids follow the position in the assessment, so they are stable for the same input; a failed evaluator's
        // findings are truncated, and the next evaluator's ids continue from where the last good one stopped.
        var identified = finding with { Id = FindingIds.Of(_findings.Count) };
        _findings.Add(identified);
        return identified;
    }

    /// <summary>Reports a diagnostic (for example a safety flag or an implausible value the evaluator skipped).</summary>
    /// <param name="diagnostic">The diagnostic; when it names no evaluator, the current evaluator is recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is <see langword="null"/>.</exception>
    public void Report(EvaluationDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _diagnostics.Add(diagnostic.Evaluator is null && _current is not null ? diagnostic with { Evaluator = _current } : diagnostic);
    }

    internal void BeginEvaluator(EvaluatorId evaluator) => _current = evaluator;

    internal void EndEvaluator() => _current = null;

    internal int FindingCount => _findings.Count;

    internal void TruncateFindings(int count) => _findings.RemoveRange(count, _findings.Count - count);
}
